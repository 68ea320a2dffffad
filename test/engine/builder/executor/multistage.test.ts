import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../../src/engine/daemon/daemon.ts';
import { build } from './helpers.ts';

const dockerfile = 'FROM alpine AS build\nRUN echo compiled > /out.txt\nFROM alpine\nCOPY --from=build /out.txt /app/\nRUN cat /app/out.txt\n';

describe('multi-stage classic builds', () => {
  it('copies from an earlier stage by name and emits an aux ID per stage', async () => {
    const daemon = new Daemon();
    const r = await build(daemon, { Dockerfile: dockerfile }, { t: 'ms' });
    expect(r.error).toBeUndefined();
    expect(r.text).toContain('Step 5/5 : RUN cat /app/out.txt');
    expect(r.text).toContain('compiled\n');
    expect(r.ids).toHaveLength(2);
  });

  it('copies from a stage by index', async () => {
    const daemon = new Daemon();
    const r = await build(daemon, { Dockerfile: dockerfile.replace('--from=build', '--from=0') });
    expect(r.text).toContain('compiled\n');
  });

  it('stops at --target and counts only the stages up to it', async () => {
    const daemon = new Daemon();
    const r = await build(daemon, { Dockerfile: dockerfile }, { target: 'build', t: 'only-build' });
    expect(r.text).toContain('Step 2/2 : RUN echo compiled > /out.txt');
    expect(r.ids).toHaveLength(1);
  });

  it('keeps only the final stage layers in the image', async () => {
    const daemon = new Daemon();
    await build(daemon, { Dockerfile: dockerfile }, { t: 'ms' });
    const created = daemon.images.images.get(daemon.images.resolve('ms').id as never)!.config.history.map((h) => h.created_by);
    expect(created.some((c) => c?.includes('echo compiled'))).toBe(false);
  });
});
