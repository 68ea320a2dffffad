/**
 * The `Options:` block of `--help`, as pflag's FlagUsagesWrapped renders it: flags
 * sorted by name, `  -a, --all` or `      --name`, the type as a placeholder, usage
 * aligned two columns after the longest flag, `(default …)` when the default is not the
 * zero value, and pflag's word wrapping at the terminal width minus one.
 */
import type { FlagSpec } from './flags.ts';

const zeroDefaults = new Set(['', 'false', '0', '<nil>', '[]', '0s']);

function placeholder(spec: FlagSpec): string {
  if (spec.type === 'bool') return '';
  if (spec.type === 'int64' || spec.type === 'int32') return 'int';
  if (spec.type === 'uint64') return 'uint';
  if (spec.type === 'stringSlice') return 'strings';
  return spec.type;
}

function defaultText(spec: FlagSpec): string {
  if (spec.def === undefined || zeroDefaults.has(spec.def)) {
    // List-typed values whose String() is "[]" or "map[]" do print it (ulimit, sysctl).
    if (spec.def === '[]' && spec.type === 'ulimit') return ' (default [])';
    return '';
  }
  return spec.type === 'string' ? ` (default ${JSON.stringify(spec.def)})` : ` (default ${spec.def})`;
}

/** pflag wrapN: split at the last whitespace before `i`, allowing `slop` extra at the end. */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag wrap: indent continuation lines by `i`, wrap to width `w` (0 = never). */
export function wrap(i: number, w: number, s: string): string {
  if (w === 0) return s.replaceAll('\n', '\n' + ' '.repeat(i));
  let width = w - i;
  let r = '';
  if (width < 24) {
    i = 16;
    width = w - i;
    r += '\n' + ' '.repeat(i);
  }
  if (width < 24) return s.replaceAll('\n', r);
  const slop = 5;
  width -= slop;
  const indent = '\n' + ' '.repeat(i);
  let [line, rest] = wrapN(width, slop, s);
  r += line.replaceAll('\n', indent);
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    r += indent + line.replaceAll('\n', indent);
  }
  return r;
}

/**
 * The flag table of a command's help, without the trailing newline.
 * @example flagUsages([{ long: 'all', short: 'a', type: 'bool', usage: 'Show all' }], 79) === '  -a, --all   Show all'
 */
export function flagUsages(specs: FlagSpec[], cols: number): string {
  const visible = specs.filter((s) => !s.hidden).sort((a, b) => (a.long < b.long ? -1 : a.long > b.long ? 1 : 0));
  const heads: string[] = [];
  let maxlen = 0;
  for (const spec of visible) {
    let head = spec.short ? `  -${spec.short}, --${spec.long}` : `      --${spec.long}`;
    const ph = placeholder(spec);
    if (ph) head += ' ' + ph;
    heads.push(head);
    maxlen = Math.max(maxlen, head.length + 1);
  }
  const lines = visible.map((spec, k) => {
    const head = heads[k];
    const usage = spec.usage + defaultText(spec);
    return `${head} ${' '.repeat(maxlen - head.length)} ${wrap(maxlen + 2, cols, usage)}`;
  });
  return lines.join('\n').replace(/\s+$/, '');
}
