import { describe, expect, it } from 'vitest';
import { ellipsis, goQuote, truncateId } from '../../../src/sim/format/strings.ts';

describe('ellipsis (docker/cli formatter.Ellipsis)', () => {
  // docker/cli displayutils_test.go TestEllipsis
  it.each([
    ['t🐳ststring', 0, ''],
    ['t🐳ststring', 1, 't'],
    ['t🐳ststring', 2, 't…'],
    ['t🐳ststring', 6, 't🐳st…'],
    ['t🐳ststring', 20, 't🐳ststring'],
    ['你好世界teststring', 0, ''],
    ['你好世界teststring', 1, '你'],
    ['你好世界teststring', 3, '你…'],
    ['你好世界teststring', 6, '你好…'],
    ['你好世界teststring', 20, '你好世界teststring'],
    ['test🐳string', 7, 'test🐳…'],
    ['test🐳string', 8, 'test🐳s…'],
    ['test🐳string', 9, 'test🐳st…'],
    ['test🐳string', 13, 'test🐳string'],
  ])('ellipsis(%s, %d) is "%s"', (s, w, out) => {
    expect(ellipsis(s, w)).toBe(out);
  });

  it('truncates COMMAND to 20 columns: 19 characters and …', () => {
    expect(ellipsis('docker-entrypoint.sh mysqld', 20)).toBe('docker-entrypoint.s…');
    expect(ellipsis('sleep 100', 20)).toBe('sleep 100');
  });
});

describe('goQuote (strconv.Quote)', () => {
  it('quotes and escapes like Go', () => {
    expect(goQuote('/hello')).toBe('"/hello"');
    expect(goQuote('echo "hi" \\ there')).toBe('"echo \\"hi\\" \\\\ there"');
    expect(goQuote('a\tb\nc')).toBe('"a\\tb\\nc"');
    expect(goQuote('\x00\x7f')).toBe('"\\x00\\x7f"');
    expect(goQuote('日本')).toBe('"日本"');
  });
});

describe('truncateId (stringid.TruncateID)', () => {
  it('drops the algorithm prefix and keeps 12 characters', () => {
    expect(truncateId('sha256:85bb50361186aaaabbbbccccdddd')).toBe('85bb50361186');
    expect(truncateId('be9bb02613801234')).toBe('be9bb0261380');
    expect(truncateId('abc')).toBe('abc');
  });
});
