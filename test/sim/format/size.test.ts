import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesSize, formatG, humanSize, humanSize4 } from '../../../src/sim/format/index.ts';

describe('humanSize (go-units HumanSizeWithPrecision)', () => {
  const table: [number, string, string][] = [
    [0, '0B', '0B'],
    [527, '527B', '527B'],
    [1000, '1kB', '1kB'],
    [1024, '1.02kB', '1.024kB'],
    [4096, '4.1kB', '4.096kB'],
    [13256, '13.3kB', '13.26kB'],
    [999500, '1e+03kB', '999.5kB'],
    [7800000, '7.8MB', '7.8MB'],
    [8310000, '8.31MB', '8.31MB'],
    [12345678, '12.3MB', '12.35MB'],
    [123456789, '123MB', '123.5MB'],
    [1234567890, '1.23GB', '1.235GB'],
  ];
  it.each(table)('%d bytes prints %s at precision 3 and %s at precision 4', (bytes, p3, p4) => {
    expect(humanSize(bytes)).toBe(p3);
    expect(humanSize(bytes, 3)).toBe(p3);
    expect(humanSize4(bytes)).toBe(p4);
    expect(humanSize(bytes, 4)).toBe(p4);
  });

  it('uses a lowercase k and stops at YB', () => {
    expect(humanSize(1500)).toBe('1.5kB');
    expect(humanSize(1e24)).toBe('1YB');
    expect(humanSize(1e27)).toBe('1e+03YB');
  });

  it('rounds an exact tie to even, as Go does (1.125kB at precision 3 is 1.12kB)', () => {
    expect(humanSize(1125)).toBe('1.12kB');
    expect(humanSize(1135)).toBe('1.14kB');
  });

  // Tests of go-units size_test.go
  it('matches go-units TestHumanSize', () => {
    expect(humanSize4(1000)).toBe('1kB');
    expect(humanSize4(1024)).toBe('1.024kB');
    expect(humanSize4(1000000)).toBe('1MB');
    expect(humanSize4(1048576)).toBe('1.049MB');
    expect(humanSize4(2 * 1000 ** 2)).toBe('2MB');
    expect(humanSize4(3.42 * 1000 ** 3)).toBe('3.42GB');
    expect(humanSize4(5.372 * 1000 ** 4)).toBe('5.372TB');
    expect(humanSize4(2.22 * 1000 ** 5)).toBe('2.22PB');
    expect(humanSize4(1e21)).toBe('1ZB');
    expect(humanSize4(1e30)).toBe('1e+06YB');
  });
});

describe('bytesSize (go-units BytesSize)', () => {
  it('uses binary units with %.4g, as go-units TestBytesSize', () => {
    expect(bytesSize(1024)).toBe('1KiB');
    expect(bytesSize(1024 * 1024)).toBe('1MiB');
    expect(bytesSize(1048576)).toBe('1MiB');
    expect(bytesSize(2 * 1024 ** 2)).toBe('2MiB');
    expect(bytesSize(3.42 * 1024 ** 3)).toBe('3.42GiB');
    expect(bytesSize(5.372 * 1024 ** 4)).toBe('5.372TiB');
    expect(bytesSize(2.22 * 1024 ** 5)).toBe('2.22PiB');
    expect(bytesSize(1024 ** 8)).toBe('1YiB');
    expect(bytesSize(16_000_000_000)).toBe('14.9GiB');
  });
});

describe('formatG (Go %g)', () => {
  it('prints the shortest form with no trailing zeros', () => {
    expect(formatG(1, 3)).toBe('1');
    expect(formatG(1.5, 3)).toBe('1.5');
    expect(formatG(0.0001234, 3)).toBe('0.000123');
    expect(formatG(0.00001234, 3)).toBe('1.23e-05');
    expect(formatG(123456, 3)).toBe('1.23e+05');
    expect(formatG(100, 3)).toBe('100');
    expect(formatG(-2.5, 2)).toBe('-2.5');
    expect(formatG(12.5, 2)).toBe('12');
    expect(formatG(13.5, 2)).toBe('14');
  });

  it('agrees in value with toPrecision whenever the number is not an exact binary tie', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 6 }), (n, p) => {
        fc.pre(n % 125 !== 0); // n/1000 is exact in binary only for multiples of 125
        const x = n / 1000;
        expect(Number(formatG(x, p))).toBe(Number(x.toPrecision(p)));
      }),
    );
  });
});
