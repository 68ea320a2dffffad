/**
 * `printf FORMAT [args…]`: `%s %d %i %u %x %X %o %c %b %%` with flags, width and
 * precision, backslash escapes; the format repeats while arguments remain, as POSIX says.
 */
import type { Program } from '../../process/types.ts';
import { unescape } from './echo.ts';

function pad(text: string, flags: string, width: number): string {
  if (text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (flags.includes('0') && /^[-+]?[0-9a-fA-F]+$/.test(text)) {
    const sign = /^[-+]/.test(text) ? text[0] : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

export const printf: Program = async (ctx) => {
  const [format, ...args] = ctx.argv.slice(1);
  if (format === undefined) {
    ctx.stderr.write('printf: usage: printf FORMAT [ARGUMENT...]\n');
    return 2;
  }
  let status = 0;
  let out = '';
  let used = 0;
  const next = () => (used < args.length ? args[used++] : undefined);
  const number = (arg: string | undefined): number => {
    if (arg === undefined || arg === '') return 0;
    if (/^['"]/.test(arg)) return arg.charCodeAt(1) || 0;
    const n = Number(arg);
    if (!Number.isFinite(n)) {
      ctx.stderr.write(`printf: invalid number '${arg}'\n`);
      status = 1;
      return 0;
    }
    return Math.trunc(n);
  };
  do {
    const start = used;
    let stop = false;
    out += format.replace(/%([-+ #0]*)([0-9]*|\*)(?:\.([0-9]*))?([sdiuxXocb%])|\\(?:[0-7]{1,3}|.)/g, (match, flags: string, w: string, precision: string | undefined, conv: string) => {
      if (stop) return '';
      if (match.startsWith('\\')) {
        if (/^\\[0-7]/.test(match)) return String.fromCharCode(parseInt(match.slice(1), 8));
        const r = unescape(match);
        stop = r.stop;
        return r.text;
      }
      if (conv === '%') return '%';
      const width = w === '*' ? number(next()) : Number(w || 0);
      const arg = next();
      let text: string;
      switch (conv) {
        case 's':
          text = arg ?? '';
          if (precision !== undefined) text = text.slice(0, Number(precision || 0));
          break;
        case 'b': {
          const r = unescape(arg ?? '');
          text = r.text;
          stop = r.stop;
          break;
        }
        case 'c':
          text = (arg ?? '').slice(0, 1);
          break;
        case 'x':
        case 'X':
        case 'o': {
          const n = number(arg);
          text = (n >>> 0).toString(conv === 'o' ? 8 : 16);
          if (conv === 'X') text = text.toUpperCase();
          break;
        }
        default: {
          const n = number(arg);
          text = (n >= 0 && flags.includes('+') ? '+' : n >= 0 && flags.includes(' ') ? ' ' : '') + String(n);
        }
      }
      return pad(text, flags, width);
    });
    if (stop || used === start) break;
  } while (used < args.length);
  ctx.stdout.write(out);
  return status;
};
