import { describe, expect, it } from 'vitest';
import { renderTable, tabwrite } from '../../../src/sim/format/tabwriter.ts';
import { stringWidth } from '../../../src/sim/format/width.ts';

describe('renderTable (docker tabwriter: minwidth 10, padding 3)', () => {
  it('prints the empty docker ps header exactly as observed', () => {
    const header = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
    expect(renderTable([header])).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
  });

  it('prints the empty docker images and network ls headers exactly as observed', () => {
    expect(renderTable([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']])).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
    expect(renderTable([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE']])).toBe('NETWORK ID   NAME      DRIVER    SCOPE\n');
  });

  it('pads every column but the last to max(10, widest + 3)', () => {
    const out = renderTable([
      ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
      ['alpine', 'latest', '85bb50361186', '2 weeks ago', '8.31MB'],
      ['hello-world', 'latest', 'a7e1cc3ba4e6', '2 weeks ago', '10kB'],
    ]);
    expect(out).toBe(
      'REPOSITORY    TAG       IMAGE ID       CREATED       SIZE\n' +
        'alpine        latest    85bb50361186   2 weeks ago   8.31MB\n' +
        'hello-world   latest    a7e1cc3ba4e6   2 weeks ago   10kB\n',
    );
  });

  it('keeps the padding of a column before an empty last cell (history rows end in spaces)', () => {
    const out = renderTable([
      ['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'],
      ['85bb50361186', '2 weeks ago', '/bin/sh -c #(nop)  CMD ["/bin/sh"]', '0B', ''],
    ]);
    expect(out.split('\n')[1]).toBe('85bb50361186   2 weeks ago   /bin/sh -c #(nop)  CMD ["/bin/sh"]   0B        ');
  });

  it('prints the docker ps sample with an Exited status as observed', () => {
    const out = renderTable([
      ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
      ['318d4c25ddc5', 'hello-world', '"/hello"', '18 seconds ago', 'Exited (0) 3 seconds ago', '', 'hungry_hopper'],
    ]);
    expect(out).toBe(
      'CONTAINER ID   IMAGE         COMMAND    CREATED          STATUS                     PORTS     NAMES\n' +
        '318d4c25ddc5   hello-world   "/hello"   18 seconds ago   Exited (0) 3 seconds ago             hungry_hopper\n',
    );
  });

  it('counts East-Asian wide characters as two columns', () => {
    expect(stringWidth('日本語')).toBe(6);
    expect(renderTable([['名前名前名前', 'x'], ['a', 'y']])).toBe('名前名前名前   x\na              y\n');
  });

  it('renders nothing for no rows', () => {
    expect(renderTable([])).toBe('');
  });
});

describe('tabwrite (elastic tabstops)', () => {
  it('ends a column at a line with fewer cells, as upstream text/tabwriter', () => {
    // upstream doc example: aaaa|bbb|d / aa|b|dd / a| / aa|cccc|eee
    const out = tabwrite('aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee', { minwidth: 0, padding: 1 });
    expect(out).toBe('aaaa bbb d\naa   b   dd\na    \naa   cccc eee');
  });

  it('leaves text without tabs untouched', () => {
    expect(tabwrite('hello\n\nworld')).toBe('hello\n\nworld');
  });
});

describe('tabwrite passes the upstream tabwriter_test.go cases that docker can reach (no flags)', () => {
  const cases: [string, number, number, string, string, string][] = [
    ['1a', 8, 1, '.', '', ''],
    ['2', 8, 1, '.', '\n\n\n', '\n\n\n'],
    ['3', 8, 1, '.', 'a\nb\nc', 'a\nb\nc'],
    ['4a', 8, 1, '.', '\t', ''],
    ['5', 8, 1, '.', '*\t*', '*.......*'],
    ['5b', 8, 1, '.', '*\t*\n', '*.......*\n'],
    ['5c', 8, 1, '.', '*\t*\t', '*.......*'],
    ['6', 8, 1, '.', '\t\n', '........\n'],
    ['7a', 8, 1, '.', 'a) foo', 'a) foo'],
    ['7b', 8, 1, ' ', 'b) foo\tbar', 'b) foo  bar'],
    ['7c', 8, 1, '.', 'c) foo\tbar\t', 'c) foo..bar'],
    ['7d', 8, 1, '.', 'd) foo\tbar\n', 'd) foo..bar\n'],
    ['7e', 8, 1, '.', 'e) foo\tbar\t\n', 'e) foo..bar.....\n'],
    ['8', 8, 1, '*', 'Hello, world!\n', 'Hello, world!\n'],
    ['9a', 1, 0, '.', '1\t2\t3\t4\n11\t222\t3333\t44444\n', '1.2..3...4\n11222333344444\n'],
    ['10a', 5, 0, '.', '1\t2\t3\t4\n', '1....2....3....4\n'],
    ['10b', 5, 0, '.', '1\t2\t3\t4\t\n', '1....2....3....4....\n'],
    ['11', 8, 1, '.', '本\tb\tc\naa\t本本本\tcccc\tddddd\naaa\tbbbb\n', '本......b.......c\naa......本本本..cccc....ddddd\naaa.....bbbb\n'],
    ['12b', 2, 0, ' ', 'a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n', 'a  b  c\naa bbbcccc\naaabbbb\n'],
    ['12c', 8, 1, '_', 'a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n', 'a_______b_______c\naa______bbb_____cccc\naaa_____bbbb\n'],
    [
      '13a', 4, 1, '-',
      '4444\t日本語\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
      '4444------日本語-22--1---333\n999999999-22\n7---------22\n------------------88888888\n\n666666-666666-666666----4444\n1------1------999999999-0000000000\n',
    ],
    [
      '13b', 4, 3, '.',
      '4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
      '4444........333...22...1...333\n999999999...22\n7...........22\n....................88888888\n\n666666...666666...666666......4444\n1........1........999999999...0000000000\n',
    ],
    ['15a', 4, 0, '.', 'a\t\tb', 'a.......b'],
  ];
  it.each(cases)('case %s', (_name, minwidth, padding, padchar, src, expected) => {
    expect(tabwrite(src, { minwidth, padding, padchar })).toBe(expected);
  });
});
