/**
 * awk's built-in functions: length, substr, index, split, sub, gsub, match, sprintf,
 * tolower, toupper, int and the arithmetic ones. `system` and `close` are not
 * simulated (they would need the process's spawn inside a synchronous interpreter) and
 * return -1.
 */
import type { Expr } from './ast.ts';
import { formatPrintf } from './format.ts';
import type { AwkInterpreter } from './interp.ts';
import { toNum, toStr } from './interp.ts';

type Value = string | number;

function substitute(awk: AwkInterpreter, args: Expr[], global: boolean): number {
  const re = awk.regexOf(args[0]);
  const replacement = toStr(awk.eval(args[1]));
  const target: Expr = args[2] ?? { k: 'field', e: { k: 'num', v: 0 } };
  const text = toStr(awk.eval(target));
  let count = 0;
  const flags = global ? 'g' : '';
  const result = text.replace(new RegExp(re.source, flags), (matched) => {
    count++;
    return replacement.replace(/\\\\|\\&|&/g, (token) => (token === '&' ? matched : token === '\\&' ? '&' : '\\'));
  });
  if (count > 0) awk.assignTo(target, result);
  return count;
}

export function callBuiltin(awk: AwkInterpreter, name: string, args: Expr[]): Value {
  const arg = (i: number): Value => (args[i] ? awk.eval(args[i]) : '');
  switch (name) {
    case 'length':
      if (args[0]?.k === 'var' && awk.arrays.has(args[0].name)) return awk.arrayFor(args[0].name).size;
      return toStr(args.length === 0 ? awk.fields[0] : arg(0)).length;
    case 'substr': {
      const text = toStr(arg(0));
      const start = Math.round(toNum(arg(1)));
      const length = args.length > 2 ? Math.round(toNum(arg(2))) : Infinity;
      const from = Math.max(start, 1);
      const to = start + length;
      return to <= from ? '' : text.slice(from - 1, to - 1);
    }
    case 'index':
      return toStr(arg(0)).indexOf(toStr(arg(1))) + 1;
    case 'split': {
      const target = args[1];
      if (target?.k !== 'var') return 0;
      const sep = args[2] ? (args[2].k === 'regex' ? args[2].v : toStr(awk.eval(args[2]))) : toStr(awk.vars.get('FS') ?? ' ');
      const pieces = awk.split(toStr(arg(0)), sep);
      const arr = awk.arrayFor(target.name);
      arr.clear();
      pieces.forEach((piece, i) => arr.set(String(i + 1), piece));
      return pieces.length;
    }
    case 'sub':
    case 'gsub':
      return substitute(awk, args, name === 'gsub');
    case 'match': {
      const m = awk.regexOf(args[1]).exec(toStr(arg(0)));
      awk.vars.set('RSTART', m ? m.index + 1 : 0);
      awk.vars.set('RLENGTH', m ? m[0].length : -1);
      return m ? m.index + 1 : 0;
    }
    case 'sprintf': {
      const [fmt, ...rest] = args.map((a) => awk.eval(a));
      return formatPrintf(toStr(fmt ?? ''), rest);
    }
    case 'tolower':
      return toStr(arg(0)).toLowerCase();
    case 'toupper':
      return toStr(arg(0)).toUpperCase();
    case 'int':
      return Math.trunc(toNum(arg(0)));
    case 'sqrt':
      return Math.sqrt(toNum(arg(0)));
    case 'exp':
      return Math.exp(toNum(arg(0)));
    case 'log':
      return Math.log(toNum(arg(0)));
    case 'sin':
      return Math.sin(toNum(arg(0)));
    case 'cos':
      return Math.cos(toNum(arg(0)));
    case 'atan2':
      return Math.atan2(toNum(arg(0)), toNum(arg(1)));
    case 'rand':
      // awk's rand() without srand() starts from a fixed seed too: the same sequence every run.
      return 0.0379;
    case 'srand':
      return 0;
    default:
      return -1;
  }
}
