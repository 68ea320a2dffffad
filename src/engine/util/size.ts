/**
 * Byte sizes as the docker CLI prints them (vendored github.com/docker/go-units
 * size.go): decimal units with a lowercase `k` for image and container sizes, binary
 * units for memory. Numbers go through Go's `%g`, so the quirks (`1e+03kB`) are kept.
 */
import { formatG } from './gofloat.ts';

const decimalUnits = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const binaryUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function sizeAndUnit(size: number, base: number, units: string[]): [number, string] {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return [size, units[i]];
}

/**
 * go-units `HumanSizeWithPrecision`: used with precision 3 by `docker images`,
 * `docker ps -s` and `docker history`.
 * @example humanSize(13256) === '13.3kB'
 * @example humanSize(999500) === '1e+03kB'
 */
export function humanSize(bytes: number, precision = 3): string {
  const [size, unit] = sizeAndUnit(bytes, 1000, decimalUnits);
  return formatG(size, precision) + unit;
}

/**
 * go-units `HumanSize` (precision 4): `docker system df`, `Total reclaimed space:`,
 * build context and pull/push progress.
 * @example humanSize4(1024) === '1.024kB'
 */
export function humanSize4(bytes: number): string {
  return humanSize(bytes, 4);
}

/**
 * go-units `BytesSize`: binary units, `%.4g` (`docker info` Total Memory).
 * @example bytesSize(16 * 1024 ** 3) === '16GiB'
 */
export function bytesSize(bytes: number): string {
  const [size, unit] = sizeAndUnit(bytes, 1024, binaryUnits);
  return formatG(size, 4) + unit;
}
