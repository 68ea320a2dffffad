/**
 * Golden transcripts: each `test/golden/NAME.sh` is a script a learner could type; its
 * transcript (`$ command`, output, `[exit N]`) must equal `NAME.txt` byte for byte.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run test/golden`
 * and read the diff as a Docker user would.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/sim/host/transcript.ts';

const dir = import.meta.dirname;
const scripts = readdirSync(dir).filter((f) => f.endsWith('.sh')).sort();

describe('golden transcripts', () => {
  for (const file of scripts) {
    const name = file.replace(/\.sh$/, '');
    it(`${name}: the transcript matches ${name}.txt`, async () => {
      const script = readFileSync(join(dir, file), 'utf8');
      const transcript = await runScript(script, { seed: 1 });
      const expectedPath = join(dir, `${name}.txt`);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, transcript);
      expect(transcript).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }

  it('the same script with the same seed gives a byte-identical transcript', async () => {
    const script = readFileSync(join(dir, 'first-steps.sh'), 'utf8');
    const [a, b] = [await runScript(script, { seed: 7 }), await runScript(script, { seed: 7 })];
    expect(a).toBe(b);
  });

  it('another seed gives other IDs and names but the same story', async () => {
    const script = 'docker run -d --name web nginx\ndocker ps -q\n';
    const [a, b] = [await runScript(script, { seed: 1 }), await runScript(script, { seed: 2 })];
    expect(a).not.toBe(b);
    expect(a.replace(/[0-9a-f]{12,64}/g, 'ID')).toBe(b.replace(/[0-9a-f]{12,64}/g, 'ID'));
  });
});
