/** `chmod [-R] mode file…`: octal (`755`) or symbolic (`u+x`, `go-w`, `a=r`, `+x`) modes. */
import { join } from '../../fs/path.ts';
import type { Program, ProcessContext } from '../../process/types.ts';
import { abs, errorText, fail } from './support.ts';

export function applyMode(spec: string, mode: number): number | undefined {
  if (/^[0-7]+$/.test(spec)) return parseInt(spec, 8) <= 0o7777 ? parseInt(spec, 8) : undefined;
  let result = mode;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxX]*)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1] === '' || m[1].includes('a') ? 'ugo' : m[1];
    let bits = 0;
    for (const p of m[3]) bits |= p === 'r' ? 4 : p === 'w' ? 2 : 1;
    let mask = 0;
    let value = 0;
    for (const w of who) {
      const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
      mask |= 7 << shift;
      value |= bits << shift;
    }
    if (m[2] === '+') result |= value;
    else if (m[2] === '-') result &= ~value;
    else result = (result & ~mask) | value;
  }
  return result;
}

export const chmod: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const recursive = args[0] === '-R';
  if (recursive) args.shift();
  const [spec, ...files] = args;
  if (spec === undefined || files.length === 0) {
    fail(ctx, 'missing operand');
    return 1;
  }
  let status = 0;
  const change = (ctxPath: string, shown: string) => {
    const stat = ctx.fs.stat(ctxPath);
    const mode = applyMode(spec, stat.mode);
    if (mode === undefined) throw new ModeError(spec);
    ctx.fs.chmod(ctxPath, mode);
    if (recursive && stat.type === 'dir') for (const name of ctx.fs.readdir(ctxPath)) change(join(ctxPath, name), join(shown, name));
  };
  for (const file of files) {
    try {
      change(abs(ctx, file), file);
    } catch (error) {
      if (error instanceof ModeError) return invalid(ctx, spec);
      fail(ctx, `${file}: ${errorText(error)}`);
      status = 1;
    }
  }
  return status;
};

class ModeError extends Error {}

function invalid(ctx: ProcessContext, spec: string): number {
  fail(ctx, `invalid mode '${spec}'`);
  return 1;
}
