/**
 * `type name…` and the lookup behind `command -v`: is a name a function, a builtin, or
 * which file on PATH would run.
 */
import { resolveExecutable } from '../../process/resolve.ts';
import type { Shell } from '../interpreter.ts';
import type { Builtin } from './types.ts';
import { regularBuiltins, specialBuiltins } from './index.ts';

export type CommandKind = { kind: 'function' | 'builtin' | 'special' } | { kind: 'file'; path: string } | { kind: 'none' };

const keywords = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in', '{', '}', '!']);

export function lookupCommand(sh: Shell, name: string): CommandKind {
  if (name in specialBuiltins) return { kind: 'special' };
  if (sh.functions.has(name)) return { kind: 'function' };
  if (name in regularBuiltins) return { kind: 'builtin' };
  const found = resolveExecutable(sh.fs, name, sh.environment(), sh.cwd);
  if (found.ok) return { kind: 'file', path: found.path };
  if (sh.config.extraCommands?.[name]) return { kind: 'builtin' };
  return { kind: 'none' };
}

export const type: Builtin = async (sh, argv, io) => {
  let status = 0;
  for (const name of argv.slice(1)) {
    if (keywords.has(name)) {
      io.stdout.write(`${name} is a shell keyword\n`);
      continue;
    }
    const found = lookupCommand(sh, name);
    if (found.kind === 'file') io.stdout.write(`${name} is ${found.path}\n`);
    else if (found.kind === 'function') io.stdout.write(`${name} is a function\n`);
    else if (found.kind === 'special') io.stdout.write(`${name} is a special shell builtin\n`);
    else if (found.kind === 'builtin') io.stdout.write(`${name} is a shell builtin\n`);
    else {
      io.stdout.write(`${name}: not found\n`);
      status = 1;
    }
  }
  return status;
};
