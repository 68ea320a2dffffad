// Properties: on any input the parser, the instruction layer and the shell lexer
// either succeed or throw an EngineError, and pathological inputs finish in
// roughly linear time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errdefs.ts';
import { parseDockerfile } from '../../../src/engine/builder/parser/parser.ts';
import { dumpNode } from '../../../src/engine/builder/parser/dump.ts';
import { parseStages } from '../../../src/engine/builder/instructions/stages.ts';
import { ShellLex } from '../../../src/engine/builder/shell-lex/lex.ts';

function parsesOrEngineError(text: string): void {
  try {
    const { ast } = parseDockerfile(text);
    dumpNode(ast);
    parseStages(ast);
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
  }
}

// Fragments that exercise the interesting paths more often than random text would.
const fragment = fc.constantFrom(
  'FROM ', 'RUN ', 'COPY ', 'ADD ', 'ENV ', 'ARG ', 'LABEL ', 'ONBUILD ', 'HEALTHCHECK ', 'CMD ', 'SHELL ', 'EXPOSE ', 'VOLUME ',
  '--from=x ', '--', '\\', '`', '\n', '\r\n', ' ', '\t', '#', '# escape=`', '# syntax=x', '<<EOF', '<<-"E"', 'EOF', '[', ']', '"', "'",
  '=', '${', '}', '$', ':-', 'AS ', 'a', 'b', '\uFEFF', '[["x"]]', '["a", 1]', 'NONE', 'CMD', '--interval=0.1ms ',
);
const dockerfileText = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join('')));

describe('parser robustness', () => {
  it('never throws anything but an EngineError', () => {
    fc.assert(fc.property(dockerfileText, (text) => parsesOrEngineError(text)), { numRuns: 2000 });
  });

  it('the shell lexer never throws anything but an EngineError', () => {
    const word = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.array(fc.constantFrom('$', '{', '}', ':', '-', '+', '?', '#', '%', '/', '*', '\\', '"', "'", 'A', 'x', ' ', '\n'), { maxLength: 40 }).map((p) => p.join('')),
    );
    const env = { A: 'a*b/c', x: '', HOME: '/root' };
    fc.assert(
      fc.property(word, fc.boolean(), (w, tick) => {
        try {
          new ShellLex({ escapeToken: tick ? '`' : '\\' }).processWord(w, env);
        } catch (e) {
          if (!(e instanceof EngineError)) throw e;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('the dump is stable: parsing never depends on anything but the text', () => {
    fc.assert(
      fc.property(dockerfileText, (text) => {
        const once = (): string => {
          try {
            return dumpNode(parseDockerfile(text).ast);
          } catch (e) {
            return (e as Error).message;
          }
        };
        expect(once()).toBe(once());
      }),
      { numRuns: 300 },
    );
  });
});

describe('pathological inputs finish in roughly linear time', () => {
  const timed = (fn: () => void): number => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  const cases: [string, (n: number) => string][] = [
    ['a long continuation', (n) => 'FROM a\nRUN x \\\n' + ' y \\\n'.repeat(n) + 'z\n'],
    ['many instructions', (n) => 'FROM a\n' + 'RUN echo hi\n'.repeat(n)],
    ['many empty continuation lines', (n) => 'FROM a\nRUN x \\\n' + '\n'.repeat(n) + 'y\n'],
    ['deeply nested JSON', (n) => 'FROM a\nCMD ' + '['.repeat(n) + ']'.repeat(n) + '\n'],
    ['a long ONBUILD chain', (n) => 'FROM a\n' + 'ONBUILD '.repeat(n) + 'RUN x\n'],
    ['a heredoc with many lines', (n) => 'FROM a\nRUN <<EOF\n' + 'line\n'.repeat(n) + 'EOF\n'],
    ['many heredocs on one line', (n) => 'FROM a\nRUN' + ' <<E'.repeat(n) + '\n' + 'E\n'.repeat(n)],
    ['a directive-like first line with long space runs', (n) => '# escape=' + 'x' + ' '.repeat(Math.min(n * 4, 60000)) + 'y\nFROM a\n'],
    ['trailing carriage returns', (n) => 'FROM a\nRUN x' + '\r'.repeat(Math.min(n * 4, 60000)) + 'y\n'],
    ['white space runs', (n) => 'FROM a\nRUN ' + ' '.repeat(Math.min(n * 4, 60000)) + 'x\n'],
  ];
  for (const [name, make] of cases) {
    it(`${name}`, () => {
      parsesOrEngineError(make(100)); // warm up
      const small = timed(() => parsesOrEngineError(make(2000)));
      const large = timed(() => parsesOrEngineError(make(16000)));
      // 8x the input may cost at most ~8x (generous slack for timer noise), never quadratic.
      expect(large).toBeLessThan(Math.max(30 * small, 250));
    });
  }

  it('deep ${...} nesting is refused quickly instead of recursing', () => {
    const lex = new ShellLex();
    const deep = '${a:-'.repeat(50_000) + '}'.repeat(50_000);
    const t = performance.now();
    expect(() => lex.processWord(deep, {})).toThrow('nested deeper than 100 levels');
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
