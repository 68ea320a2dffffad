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
