/** `tee [-a] file…`: copy stdin to stdout and to each file. */
import type { Program } from '../../process/types.ts';
import type { OutputStream } from '../../process/types.ts';
import { fileOutput } from '../redirect.ts';
import { abs, errorText, fail } from './support.ts';

export const tee: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const append = args[0] === '-a';
  if (append) args.shift();
  let status = 0;
  const outputs: OutputStream[] = [ctx.stdout];
  for (const file of args) {
    try {
      outputs.push(fileOutput(ctx.fs, abs(ctx, file), append, ctx));
    } catch (error) {
      fail(ctx, `${file}: ${errorText(error)}`);
      status = 1;
    }
  }
  for (let chunk = await ctx.stdin.read(); chunk; chunk = await ctx.stdin.read()) for (const out of outputs) out.write(chunk);
  return status;
};
