/** `xargs [-n N] [-I REPL] [cmd args…]`: run cmd (default echo) with arguments read from stdin. */
import { readAll } from '../../process/streams.ts';
import type { Program } from '../../process/types.ts';

export const xargs: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let perCall = Infinity;
  let replace: string | undefined;
  while (args[0]?.startsWith('-')) {
    const option = args.shift()!;
    if (option === '-n') perCall = Number(args.shift());
    else if (option === '-I') replace = args.shift();
    else if (option.startsWith('-n')) perCall = Number(option.slice(2));
  }
  const command = args.length > 0 ? args : ['echo'];
  const text = new TextDecoder().decode(await readAll(ctx.stdin));
  const items = replace ? text.split('\n').filter((l) => l !== '') : text.split(/\s+/).filter((w) => w !== '');
  let status = 0;
  if (replace !== undefined) {
    for (const item of items) status = Math.max(status, await ctx.spawn(command.map((a) => a.split(replace!).join(item))));
    return status === 0 ? 0 : 123;
  }
  if (items.length === 0) return ctx.spawn(command).then((s) => (s === 0 ? 0 : 123));
  for (let i = 0; i < items.length; i += perCall === Infinity ? items.length : perCall) {
    const s = await ctx.spawn([...command, ...items.slice(i, i + (perCall === Infinity ? items.length : perCall))]);
    if (s === 127) return 127;
    if (s !== 0) status = 123;
  }
  return status;
};
