/**
 * Go's `%.Ng` for float64, digit for digit. JavaScript's `toPrecision` differs in two
 * ways that show in docker output: it never switches to exponent form where Go does
 * (`%.3g` of 999.5 is `1e+03` in Go), and it rounds exact ties up where Go's strconv
 * rounds them to even (`%.3g` of 1.125 is `1.12`). So this works like strconv: take the
 * exact decimal expansion of the double, round it, then apply the `%g` layout rules.
 */

/** The exact decimal digits of a finite non-negative double: value = 0.d1d2… × 10^dp. */
interface Decimal {
  digits: string;
  dp: number;
}

function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponentBits = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let exp2: number;
  if (exponentBits === 0) exp2 = -1074;
  else {
    mantissa |= 1n << 52n;
    exp2 = exponentBits - 1075;
  }
  // value = mantissa × 2^exp2; for a negative exponent, mantissa × 5^k / 10^k is exact.
  let text: string;
  let fractionDigits = 0;
  if (exp2 >= 0) text = (mantissa << BigInt(exp2)).toString();
  else {
    fractionDigits = -exp2;
    text = (mantissa * 5n ** BigInt(fractionDigits)).toString();
  }
  const dp = text.length - fractionDigits;
  const digits = text.replace(/0+$/, '').replace(/^0+/, '');
  const leadingZeros = text.length - text.replace(/^0+/, '').length;
  return { digits, dp: dp - leadingZeros };
}

/** strconv's decimal.Round: half-even only on an exact tie, else half-up. */
function roundDecimal(d: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= d.digits.length) return d;
  const next = d.digits.charCodeAt(nd) - 48;
  let up: boolean;
  if (next === 5 && nd + 1 === d.digits.length) {
    up = nd > 0 && (d.digits.charCodeAt(nd - 1) - 48) % 2 === 1;
  } else up = next >= 5;
  if (!up) return { digits: d.digits.slice(0, nd).replace(/0+$/, ''), dp: d.dp };
  const kept = d.digits.slice(0, nd).split('').map(Number);
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === 9) i--;
  if (i < 0) return { digits: '1', dp: d.dp + 1 };
  kept[i]++;
  return { digits: kept.slice(0, i + 1).join(''), dp: d.dp };
}

function digitAt(d: Decimal, i: number): string {
  return i < d.digits.length ? d.digits[i] : '0';
}

function fmtE(d: Decimal, prec: number): string {
  let out = d.digits.length === 0 ? '0' : d.digits[0];
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(d, i);
  }
  const exp = d.digits.length === 0 ? 0 : d.dp - 1;
  const sign = exp < 0 ? '-' : '+';
  const abs = Math.abs(exp);
  return `${out}e${sign}${abs < 10 ? '0' : ''}${abs}`;
}

function fmtF(d: Decimal, prec: number): string {
  let out = '';
  if (d.dp > 0) {
    for (let i = 0; i < d.dp; i++) out += digitAt(d, i);
  } else out = '0';
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      const j = d.dp + i;
      out += j >= 0 ? digitAt(d, j) : '0';
    }
  }
  return out;
}

/**
 * Go `fmt.Sprintf("%.*g", precision, x)`.
 * @example formatG(999.5, 3) === '1e+03'
 * @example formatG(1.024, 4) === '1.024'
 */
export function formatG(x: number, precision: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const negative = x < 0 || Object.is(x, -0);
  let prec = precision === 0 ? 1 : precision;
  const digs = roundDecimal(exactDecimal(Math.abs(x)), prec);
  const nd = digs.digits.length;
  let eprec = prec;
  if (eprec > nd && nd >= digs.dp) eprec = nd;
  const exp = digs.dp - 1;
  let body: string;
  if (nd > 0 && (exp < -4 || exp >= eprec)) {
    if (prec > nd) prec = nd;
    body = fmtE(digs, prec - 1);
  } else {
    if (prec > digs.dp) prec = nd;
    body = fmtF(digs, Math.max(prec - digs.dp, 0));
  }
  return (negative ? '-' : '') + body;
}
