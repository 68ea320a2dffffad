import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../../src/engine/daemon/daemon.ts';
import { build, seedFiles } from './helpers.ts';

const betterOrder = 'FROM node:18\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nCMD ["node", "index.js"]\n';

describe('the classic build cache', () => {
  it('builds the seed example, then rebuilds it entirely from cache with the same image ID', async () => {
    const daemon = new Daemon();
    const first = await build(daemon, seedFiles, { t: 'app' });
    expect(first.error).toBeUndefined();
    expect(first.text).toContain('added 64 packages, and audited 65 packages');
    expect(first.text).toContain('Successfully tagged app:latest');
    const second = await build(daemon, seedFiles, { t: 'app' });
    expect(second.text.match(/Using cache/g)).toHaveLength(4);
    expect(second.ids.at(-1)).toBe(first.ids.at(-1));
  });

  it('rebuilds from the COPY step when index.js changes', async () => {
    const daemon = new Daemon();
    await build(daemon, seedFiles, { t: 'app' });
    const again = await build(daemon, { ...seedFiles, 'index.js': seedFiles['index.js'] + '// change\n' }, { t: 'app' });
    expect(again.text).not.toContain('Using cache');
    expect(again.text).toContain('added 64 packages');
  });

  it('keeps npm install cached after an index.js edit when package.json is copied first', async () => {
    const daemon = new Daemon();
    const files = { ...seedFiles, Dockerfile: betterOrder };
    await build(daemon, files, { t: 'app' });
    const again = await build(daemon, { ...files, 'index.js': files['index.js'] + '// change\n' }, { t: 'app' });
    const steps = again.text.split(/^Step /m).slice(1);
    expect(steps[3]).toMatch(/^4\/6 : RUN npm install\n ---> Using cache/);
    expect(steps[4]).toMatch(/^5\/6 : COPY \. \.\n ---> [0-9a-f]{12}\n$/);
    expect(again.text).not.toContain('added 64 packages');
  });

  it('does not use the cache with nocache', async () => {
    const daemon = new Daemon();
    await build(daemon, seedFiles);
    const again = await build(daemon, seedFiles, { nocache: '1' });
    expect(again.text).not.toContain('Using cache');
  });

  it('misses for a RUN whose build-arg value changed', async () => {
    const daemon = new Daemon();
    const files = { Dockerfile: 'FROM alpine\nARG V=1\nRUN echo $V\n' };
    await build(daemon, files);
    const same = await build(daemon, files);
    expect(same.text.match(/Using cache/g)).toHaveLength(2);
    const changed = await build(daemon, files, { buildargs: JSON.stringify({ V: '2' }) });
    expect(changed.text).toMatch(/RUN echo \$V\n ---> Running in/);
    expect(changed.text).toContain('\n2\n');
  });
});
