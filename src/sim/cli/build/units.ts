/**
 * Byte sizes as BuildKit's progress prints them (tonistiigi/units `%.2f`): plain
 * integers below 1000 (`123B`), otherwise two decimals of decimal units (`1.35kB`,
 * `49.56MB`).
 */
const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];

export function bytesString(n: number): string {
  if (n < 1000) return `${n}B`;
  let value = n;
  let i = 0;
  while (value >= 1000 && i < UNITS.length - 1) {
    value /= 1000;
    i++;
  }
  return `${(n / 1000 ** i).toFixed(2)}${UNITS[i]}`;
}

/** Seconds with one decimal (`%.1f`), from two RFC 3339 times. */
export function seconds(from: string, to: string): string {
  return ((Date.parse(to) - Date.parse(from)) / 1000).toFixed(1);
}
