/**
 * printf-style formatting for awk's printf and sprintf (and number-to-string
 * conversion, CONVFMT `%.6g`): flags `-+ 0#`, width and precision (also `*`), and the
 * conversions d i o x X u c s e E f F g G %.
 */

type Arg = string | number;

function num(v: Arg | undefined): number {
  if (typeof v === 'number') return v;
  const m = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(v ?? '');
  return m ? Number(m[0]) : 0;
}

function gFormat(n: number, precision: number, upper: boolean, alt: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (n === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  let text: string;
  if (exp < -4 || exp >= p) {
    text = n.toExponential(p - 1);
    if (!alt) text = text.replace(/\.?0+e/, 'e');
    text = text.replace(/e([+-])(\d)$/, 'e$10$2');
  } else {
    text = n.toFixed(Math.max(0, p - 1 - exp));
    if (!alt && text.includes('.')) text = text.replace(/\.?0+$/, '');
  }
  return upper ? text.toUpperCase() : text;
}

export function formatPrintf(fmt: string, args: Arg[]): string {
  let i = 0;
  return fmt.replace(/%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXcseEfFgG%])/g, (_, flags: string, w?: string, p?: string, conv?: string) => {
    if (conv === '%') return '%';
    const width = w === '*' ? num(args[i++]) : w === undefined ? 0 : Number(w);
    const precision = p === '*' ? num(args[i++]) : p === undefined ? undefined : Number(p);
    const arg = args[i++];
    let text: string;
    switch (conv) {
      case 'd':
      case 'i':
      case 'u':
        text = String(Math.trunc(num(arg)));
        break;
      case 'o':
        text = Math.trunc(num(arg)).toString(8);
        break;
      case 'x':
      case 'X':
        text = Math.trunc(num(arg)).toString(16);
        if (conv === 'X') text = text.toUpperCase();
        break;
      case 'c':
        text = typeof arg === 'number' ? String.fromCharCode(arg) : (arg ?? '').slice(0, 1);
        break;
      case 's':
        text = typeof arg === 'number' ? (Number.isInteger(arg) ? String(arg) : gFormat(arg, 6, false, false)) : (arg ?? '');
        if (precision !== undefined) text = text.slice(0, precision);
        break;
      case 'e':
      case 'E':
        text = num(arg).toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
        if (conv === 'E') text = text.toUpperCase();
        break;
      case 'f':
      case 'F':
        text = num(arg).toFixed(precision ?? 6);
        break;
      default:
        text = gFormat(num(arg), precision ?? 6, conv === 'G', flags.includes('#'));
    }
    if ('dioxXueEfFgG'.includes(conv ?? '') && !text.startsWith('-')) {
      if (flags.includes('+')) text = `+${text}`;
      else if (flags.includes(' ')) text = ` ${text}`;
    }
    if (text.length >= width) return text;
    if (flags.includes('-')) return text.padEnd(width);
    if (flags.includes('0') && conv !== 's' && conv !== 'c') {
      const sign = /^[-+ ]/.test(text) ? text[0] : '';
      return sign + text.slice(sign.length).padStart(width - sign.length, '0');
    }
    return text.padStart(width);
  });
}
