import { describe, expect, test } from 'vitest';
import type { SimpleCommand } from '../../../src/engine/shell/ast.ts';
import { parse } from '../../../src/engine/shell/parser.ts';

const firstCommand = (src: string) => parse(src).items[0].command.first.commands[0];

describe('parser', () => {
  test('a simple command keeps assignments, words and redirections apart', () => {
    const cmd = firstCommand('A=1 B="x y" run arg 2>&1 >out') as SimpleCommand;
    expect(cmd.assigns.map((a) => a.name)).toEqual(['A', 'B']);
    expect(cmd.words.map((w) => w.raw)).toEqual(['run', 'arg']);
    expect(cmd.redirects.map((r) => [r.fd, r.op, r.target.raw])).toEqual([
      [2, '>&', '1'],
      [1, '>', 'out'],
    ]);
  });

  test('quoted parts are marked quoted; parameters and substitutions are parts', () => {
    const cmd = firstCommand(`echo "a $b" 'c' $(d) \${e:-f}`) as SimpleCommand;
    expect(cmd.words[1].parts.map((p) => [p.kind, 'quoted' in p && p.quoted])).toEqual([
      ['text', true],
      ['param', true],
    ]);
    expect(cmd.words[2].parts).toEqual([{ kind: 'text', text: 'c', quoted: true }]);
    expect(cmd.words[3].parts[0].kind).toBe('command');
    expect(cmd.words[4].parts[0]).toMatchObject({ kind: 'param', name: 'e', op: ':-' });
  });

  test('and-or lists, negation, pipelines and background jobs', () => {
    const list = parse('! a | b && c || d &');
    const item = list.items[0];
    expect(item.background).toBe(true);
    expect(item.command.first.negate).toBe(true);
    expect(item.command.first.commands).toHaveLength(2);
    expect(item.command.rest.map((r) => r.op)).toEqual(['&&', '||']);
  });

  test('compound commands and function definitions', () => {
    expect(firstCommand('if a; then b; elif c; then d; else e; fi')).toMatchObject({ type: 'if', clauses: [{}, {}] });
    expect(firstCommand('for x in 1 2; do :; done')).toMatchObject({ type: 'for', name: 'x' });
    expect(firstCommand('while a; do b; done')).toMatchObject({ type: 'while', until: false });
    expect(firstCommand('until a; do b; done')).toMatchObject({ type: 'while', until: true });
    expect(firstCommand('case x in a|b) c;; *) d;; esac')).toMatchObject({ type: 'case', items: [{ patterns: [{}, {}] }, {}] });
    expect(firstCommand('f() { echo; }')).toMatchObject({ type: 'function', name: 'f', body: { type: 'group' } });
    expect(firstCommand('( a ) > out')).toMatchObject({ type: 'subshell', redirects: [{ op: '>' }] });
  });

  test('a here-document body is read after the line of its <<', () => {
    const list = parse('cat <<EOF; echo after\nbody $x\nEOF\necho last');
    const cat = list.items[0].command.first.commands[0] as SimpleCommand;
    expect(cat.redirects[0].heredoc?.raw).toBe('body $x\n');
    expect(list.items).toHaveLength(3);
  });

  test('reserved words count only in command position', () => {
    const cmd = firstCommand('echo if then fi') as SimpleCommand;
    expect(cmd.words.map((w) => w.raw)).toEqual(['echo', 'if', 'then', 'fi']);
  });

  test('syntax errors name the unexpected token; unfinished input is marked incomplete', () => {
    expect(() => parse('fi')).toThrow('unexpected "fi"');
    expect(() => parse('echo a; ;')).toThrow('unexpected ";"');
    expect(() => parse('if true; then echo')).toThrow(expect.objectContaining({ incomplete: true }));
    expect(() => parse("echo 'open")).toThrow(expect.objectContaining({ incomplete: true, message: 'unterminated quoted string' }));
  });

  test('comments run to the end of the line', () => {
    expect(parse('echo a # not this\n# nor this').items).toHaveLength(1);
  });
});
