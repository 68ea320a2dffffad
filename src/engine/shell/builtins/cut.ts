/** `cut -d SEP -f LIST | -c LIST [file…]`: select fields or characters; LIST like `1,3-5,7-`. */
import type { Program } from '../../process/types.ts';
import { badOption, fail, linesOf, parseArgs, readInputs } from './support.ts';

function selector(list: string): (n: number) => boolean {
  const ranges = list.split(',').map((part) => {
    const [a, b] = part.split('-');
    const from = a === '' ? 1 : Number(a);
    const to = part.includes('-') ? (b === '' ? Infinity : Number(b)) : from;
    return [from, to] as const;
  });
  return (n) => ranges.some(([from, to]) => n >= from && n <= to);
}

export const cut: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 's', 'dfcb');
  if (args.bad) return badOption(ctx, args.bad);
  const fields = args.values.get('f');
  const chars = args.values.get('c') ?? args.values.get('b');
  if (!fields && !chars) {
    fail(ctx, 'expected a list of bytes, characters, or fields');
    return 1;
  }
  const pick = selector((fields ?? chars)!);
  const sep = args.values.get('d') ?? '\t';
  return readInputs(ctx, args.operands, (text) => {
    for (const line of linesOf(text)) {
      if (chars) ctx.stdout.write([...line].filter((_, i) => pick(i + 1)).join('') + '\n');
      else if (!line.includes(sep)) {
        if (!args.flags.has('s')) ctx.stdout.write(line + '\n');
      } else ctx.stdout.write(line.split(sep).filter((_, i) => pick(i + 1)).join(sep) + '\n');
    }
  });
};
