// Golden parser cases: each folder of parser-cases holds a Dockerfile and either the
// expected BuildKit dump (`result`) or the expected error message (`error`).
// Cases prefixed buildkit- and moby- are ported from those projects' parser testfiles.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/engine/builder/parser/parser.ts';
import { dumpNode } from '../../../src/engine/builder/parser/dump.ts';
import { EngineError } from '../../../src/engine/errdefs.ts';
import { parseStages } from '../../../src/engine/builder/instructions/stages.ts';

const dir = join(import.meta.dirname, 'parser-cases');
const cases = readdirSync(dir)
  .filter((name) => statSync(join(dir, name)).isDirectory())
  .sort();

describe('golden parser cases', () => {
  for (const name of cases) {
    const read = (file: string) => readFileSync(join(dir, name, file), 'utf8');
    if (existsSync(join(dir, name, 'result'))) {
      it(`${name} parses to its BuildKit dump`, () => {
        expect(dumpNode(parseDockerfile(read('Dockerfile')).ast) + '\n').toBe(read('result'));
      });
    } else {
      it(`${name} is rejected with its exact error message`, () => {
        const text = read('Dockerfile');
        let message = '(no error)';
        try {
          parseStages(parseDockerfile(text).ast);
        } catch (e) {
          expect(e).toBeInstanceOf(EngineError);
          message = (e as Error).message;
        }
        expect(message).toBe(read('error').trimEnd());
      });
    }
  }
});
