/**
 * `. file [args]` (also `source`): run a file in the current shell, so its variables,
 * functions and `cd` stay. A name without `/` is searched on PATH, as ash does.
 */
import { FsError } from '../../fs/types.ts';
import { join, resolve } from '../../fs/path.ts';
import { defaultPath } from '../../process/resolve.ts';
import { ReturnSignal } from '../errors.ts';
import type { Builtin } from './types.ts';

export const source: Builtin = async (sh, argv, io) => {
  const name = argv[1];
  if (name === undefined) {
    sh.error(io, `${argv[0]}: filename argument required`);
    return 2;
  }
  const candidates = name.includes('/') ? [resolve(sh.cwd, name)] : [...(sh.get('PATH') ?? defaultPath).split(':').map((dir) => join(resolve(sh.cwd, dir || '.'), name)), resolve(sh.cwd, name)];
  const path = candidates.find((p) => sh.fs.exists(p) && sh.fs.stat(p).type === 'file');
  let src: string;
  try {
    src = sh.fs.readText(path ?? resolve(sh.cwd, name));
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    sh.error(io, `${argv[0]}: can't open '${name}': ${error.message}`);
    return 2;
  }
  const saved = sh.positional;
  if (argv.length > 2) sh.positional = argv.slice(2);
  sh.frames.push({ name: 'source', source: path ?? resolve(sh.cwd, name) });
  try {
    return await sh.runSource(src, io);
  } catch (signal) {
    if (signal instanceof ReturnSignal) return signal.status;
    throw signal;
  } finally {
    sh.frames.pop();
    if (argv.length > 2) sh.positional = saved;
  }
};
