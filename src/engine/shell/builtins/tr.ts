/** `tr [-d] [-s] SET1 [SET2]`: translate, delete or squeeze characters; ranges `a-z` and classes `[:upper:]`. */
import { readAll } from '../../process/streams.ts';
import type { Program } from '../../process/types.ts';
import { unescape } from './echo.ts';

const classes: Record<string, string> = { '[:upper:]': 'A-Z', '[:lower:]': 'a-z', '[:digit:]': '0-9', '[:alpha:]': 'A-Za-z', '[:alnum:]': 'A-Za-z0-9', '[:space:]': ' \t\n\r\f\v' };

function expandSet(spec: string): string[] {
  let text = unescape(spec).text;
  for (const [name, range] of Object.entries(classes)) text = text.split(name).join(range);
  const out: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && chars[i + 2] !== undefined) {
      for (let c = chars[i].codePointAt(0)!; c <= chars[i + 2].codePointAt(0)!; c++) out.push(String.fromCodePoint(c));
      i += 2;
    } else out.push(chars[i]);
  }
  return out;
}

export const tr: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let del = false;
  let squeeze = false;
  while (args[0]?.startsWith('-') && args[0].length > 1) {
    const flags = args.shift()!;
    del ||= flags.includes('d');
    squeeze ||= flags.includes('s');
  }
  if (args.length === 0 || (!del && !squeeze && args.length < 2)) {
    ctx.stderr.write('tr: missing operand\n');
    return 1;
  }
  const set1 = expandSet(args[0]);
  const set2 = args[1] !== undefined ? expandSet(args[1]) : [];
  const input = [...new TextDecoder().decode(await readAll(ctx.stdin))];
  let out = '';
  let previous = '';
  for (const c of input) {
    const index = set1.indexOf(c);
    if (del && index >= 0) continue;
    const mapped = !del && index >= 0 && set2.length > 0 ? set2[Math.min(index, set2.length - 1)] : c;
    const squeezeSet = del ? set2 : set2.length > 0 ? set2 : set1;
    if (squeeze && mapped === previous && squeezeSet.includes(mapped)) continue;
    out += mapped;
    previous = mapped;
  }
  ctx.stdout.write(out);
  return 0;
};
