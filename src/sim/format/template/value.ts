/**
 * How Go's text/template sees JavaScript values: printing with fmt's `%v`, truth for
 * `if`/`with`/`and`/`or`, and the Go type names used in error messages. Plain objects
 * nested in the data behave as Go maps (missing key → `<no value>`); only the root
 * object behaves as a struct, whose type name the caller supplies.
 */
import { goTimeString } from '../../../engine/util/gotime.ts';

/** Printed for a missing map entry, as Go prints an invalid reflect.Value. */
export const noValue = '<no value>';

const sortedKeys = (o: object) => Object.keys(o).sort();

function formatFloat(n: number): string {
  // fmt's %v of a float64 is strconv 'g' with the shortest digits, which switches to
  // exponent form when the exponent is < -4 or >= 6 (fmt.Println(1234567.5) prints
  // 1.2345675e+06), with at least two exponent digits.
  const [mantissa, exponent] = n.toExponential().split('e');
  const exp = Number(exponent);
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(n);
}

/**
 * fmt's `%v` of a value, as a template action prints it.
 * @example printValue(['a', 'b']) === '[a b]'
 */
export function printValue(v: unknown): string {
  if (v === undefined) return noValue;
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatFloat(v);
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v instanceof Date) return goTimeString(v.getTime());
  if (Array.isArray(v)) return '[' + v.map(printValue).join(' ') + ']';
  if (v instanceof Map) {
    const keys = [...v.keys()].sort();
    return 'map[' + keys.map((k) => `${printValue(k)}:${printValue(v.get(k))}`).join(' ') + ']';
  }
  if (typeof v === 'function') return printValue((v as () => unknown)());
  const o = v as Record<string, unknown>;
  return 'map[' + sortedKeys(o).map((k) => `${k}:${printValue(o[k])}`).join(' ') + ']';
}

/**
 * text/template's `truth`: false, 0, '', empty collections and nil are false.
 * @example isTrue([]) === false
 */
export function isTrue(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'string' || Array.isArray(v)) return v.length > 0;
  if (v instanceof Map) return v.size > 0;
  return true;
}

/** A Go-ish type name for error messages. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? '[]string' : '[]interface {}';
  return 'map[string]interface {}';
}
