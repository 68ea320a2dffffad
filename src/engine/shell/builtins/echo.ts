/** busybox `echo [-neE] args…`: `-n` no newline, `-e` interprets `\n`, `\t`, `\c`, `\0NNN`… */
import type { Program } from '../../process/types.ts';

export function unescape(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[++i];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', '\\': '\\' };
    if (next in simple) out += simple[next];
    else if (next === 'c') return { text: out, stop: true };
    else if (next === '0' || next === 'x') {
      const re = next === '0' ? /^[0-7]{1,3}/ : /^[0-9a-fA-F]{1,2}/;
      const digits = re.exec(text.slice(i + 1))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits || '0', next === '0' ? 8 : 16));
      i += digits.length;
    } else out += '\\' + next;
  }
  return { text: out, stop: false };
}

export const echo: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args.length > 0 && /^-[neE]+$/.test(args[0])) {
    for (const letter of args.shift()!.slice(1)) {
      if (letter === 'n') newline = false;
      else escapes = letter === 'e';
    }
  }
  let text = args.join(' ');
  if (escapes) {
    const result = unescape(text);
    text = result.text;
    if (result.stop) newline = false;
  }
  ctx.stdout.write(newline ? text + '\n' : text);
  return 0;
};
