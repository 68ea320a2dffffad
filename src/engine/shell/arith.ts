/**
 * Shell arithmetic, `$((…))`: integers (64-bit in ash; JavaScript numbers truncated
 * here), the C operators by precedence, variables by name (unset or empty is 0), and
 * assignments (`=`, `+=`, …, `++`, `--`). A precedence-climbing parser evaluates as it
 * goes; `&&`, `||` and `?:` still evaluate both sides (no side effects are skipped).
 */
import { ExpansionError } from './errors.ts';

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

const binary: Record<string, [number, (a: number, b: number) => number]> = {
  '||': [1, (a, b) => (a || b ? 1 : 0)],
  '&&': [2, (a, b) => (a && b ? 1 : 0)],
  '|': [3, (a, b) => a | b],
  '^': [4, (a, b) => a ^ b],
  '&': [5, (a, b) => a & b],
  '==': [6, (a, b) => (a === b ? 1 : 0)],
  '!=': [6, (a, b) => (a !== b ? 1 : 0)],
  '<': [7, (a, b) => (a < b ? 1 : 0)],
  '>': [7, (a, b) => (a > b ? 1 : 0)],
  '<=': [7, (a, b) => (a <= b ? 1 : 0)],
  '>=': [7, (a, b) => (a >= b ? 1 : 0)],
  '<<': [8, (a, b) => a << b],
  '>>': [8, (a, b) => a >> b],
  '+': [9, (a, b) => a + b],
  '-': [9, (a, b) => a - b],
  '*': [10, (a, b) => a * b],
  '/': [10, (a, b) => divide(a, b, Math.trunc(a / b))],
  '%': [10, (a, b) => divide(a, b, a % b)],
  '**': [11, (a, b) => a ** b],
};

function divide(_a: number, b: number, result: number): number {
  if (b === 0) throw new ExpansionError('divide by zero');
  return result;
}

const tokenRe = /\s*(0[xX][0-9a-fA-F]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|\*\*=?|<<=?|>>=?|\+\+|--|[-+*/%&|^]=|[=!<>]=|&&|\|\||[-+*/%&|^!~<>=?:()])/y;

export function evaluateArithmetic(expr: string, vars: ArithVars): number {
  const tokens: string[] = [];
  tokenRe.lastIndex = 0;
  let at = 0;
  while (at < expr.length) {
    if (/^\s*$/.test(expr.slice(at))) break;
    tokenRe.lastIndex = at;
    const m = tokenRe.exec(expr);
    if (!m) throw new ExpansionError(`arithmetic syntax error`);
    tokens.push(m[1]);
    at = tokenRe.lastIndex;
  }
  let i = 0;
  const peek = () => tokens[i];
  const valueOf = (name: string): number => {
    const raw = vars.get(name) ?? '';
    if (raw.trim() === '') return 0;
    const n = Number(raw.trim());
    if (!Number.isFinite(n)) throw new ExpansionError(`arithmetic syntax error`);
    return Math.trunc(n);
  };

  const primary = (): number => {
    const t = tokens[i++];
    if (t === undefined) throw new ExpansionError('arithmetic syntax error');
    if (t === '(') {
      const v = ternary();
      if (tokens[i++] !== ')') throw new ExpansionError('arithmetic syntax error');
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '!') return primary() ? 0 : 1;
    if (t === '~') return ~primary();
    if (t === '++' || t === '--') {
      const name = tokens[i++];
      const v = valueOf(name) + (t === '++' ? 1 : -1);
      vars.set(name, String(v));
      return v;
    }
    if (/^[0-9]/.test(t)) return Number(t.startsWith('0') && t.length > 1 && !/^0[xX]/.test(t) ? parseInt(t, 8) : t);
    if (/^[A-Za-z_]/.test(t)) {
      const op = peek();
      if (op === '++' || op === '--') {
        i++;
        const v = valueOf(t);
        vars.set(t, String(v + (op === '++' ? 1 : -1)));
        return v;
      }
      if (op === '=' || (op !== undefined && op.endsWith('=') && binary[op.slice(0, -1)] && !['==', '!=', '<=', '>='].includes(op))) {
        i++;
        const rhs = ternary();
        const v = op === '=' ? rhs : binary[op.slice(0, -1)][1](valueOf(t), rhs);
        vars.set(t, String(v));
        return v;
      }
      return valueOf(t);
    }
    throw new ExpansionError(`arithmetic syntax error`);
  };

  const climb = (minPrec: number): number => {
    let left = primary();
    for (;;) {
      const op = peek();
      const entry = op === undefined ? undefined : binary[op];
      if (!entry || entry[0] < minPrec) return left;
      i++;
      const right = climb(op === '**' ? entry[0] : entry[0] + 1);
      left = entry[1](left, right);
    }
  };

  const ternary = (): number => {
    const cond = climb(1);
    if (peek() !== '?') return cond;
    i++;
    const a = ternary();
    if (tokens[i++] !== ':') throw new ExpansionError('arithmetic syntax error');
    const b = ternary();
    return cond ? a : b;
  };

  if (tokens.length === 0) return 0;
  const result = ternary();
  if (i < tokens.length) throw new ExpansionError('arithmetic syntax error');
  return Math.trunc(result);
}
