import { describe, expect, it } from 'vitest';
import { isTraceMessage, type Vertex } from '../../../../src/engine/builder/buildkit/solve-status.ts';
import { Daemon } from '../../../../src/engine/daemon/daemon.ts';
import { MemFs } from '../../../../src/engine/fs/memfs.ts';
import { build, historyOf, seedFiles, type BuildResult } from '../executor/helpers.ts';

const bk = (daemon: Daemon, files: Record<string, string>, query: Record<string, string | string[]> = {}) => build(daemon, files, { version: '2', ...query });

/** The final state of every vertex, in start order. */
function vertices(r: BuildResult): Vertex[] {
  const byDigest = new Map<string, Vertex>();
  for (const m of r.messages) if (isTraceMessage(m)) for (const v of m.aux.vertexes) byDigest.set(v.digest, { ...byDigest.get(v.digest), ...v });
  return [...byDigest.values()];
}
const cachedSteps = (r: BuildResult) => vertices(r).filter((v) => v.cached).map((v) => v.name);
const betterOrder = 'FROM node:18\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nCMD ["node", "index.js"]\n';

describe('the BuildKit cache', () => {
  it('rebuilds the seed example fully CACHED with the same image ID', async () => {
    const daemon = new Daemon();
    const first = await bk(daemon, seedFiles, { t: 'app' });
    expect(first.error).toBeUndefined();
    expect(cachedSteps(first)).toEqual([]);
    const second = await bk(daemon, seedFiles, { t: 'app' });
    expect(cachedSteps(second)).toEqual(['[2/4] COPY . /app', '[3/4] WORKDIR /app', '[4/4] RUN npm install']);
    expect(second.ids.filter(Boolean)).toEqual(first.ids.filter(Boolean));
  });

  it('re-runs from the COPY that includes index.js after an edit', async () => {
    const daemon = new Daemon();
    await bk(daemon, seedFiles, { t: 'app' });
    const again = await bk(daemon, { ...seedFiles, 'index.js': seedFiles['index.js'] + '// change\n' }, { t: 'app' });
    expect(cachedSteps(again)).toEqual([]);
  });

  it('keeps npm install CACHED after an index.js edit with the better ordering', async () => {
    const daemon = new Daemon();
    const files = { ...seedFiles, Dockerfile: betterOrder };
    await bk(daemon, files);
    const again = await bk(daemon, { ...files, 'index.js': files['index.js'] + '// change\n' });
    expect(cachedSteps(again)).toEqual(['[2/5] WORKDIR /app', '[3/5] COPY package*.json ./', '[4/5] RUN npm install']);
  });
});

describe('BuildKit stages, history and heredocs', () => {
  it('builds only the stages the --target depends on', async () => {
    const daemon = new Daemon();
    const Dockerfile = 'FROM alpine AS base\nRUN echo base > /b\nFROM alpine AS unused\nRUN echo unused\nFROM base AS final\nRUN cat /b\nFROM final AS last\nRUN echo last\n';
    const r = await bk(daemon, { Dockerfile }, { target: 'final' });
    const names = vertices(r).map((v) => v.name);
    expect(names).toContain('[base 2/2] RUN echo base > /b');
    expect(names).toContain('[final 1/1] RUN cat /b');
    expect(names.some((n) => n.includes('unused') || n.includes('echo last'))).toBe(false);
  });

  it('writes BuildKit history strings with <missing> intermediate layers and no intermediate images', async () => {
    const daemon = new Daemon();
    const before = daemon.images.images.all().length;
    await bk(daemon, { Dockerfile: 'FROM alpine\nENV A=b\nWORKDIR /app\nCOPY f /app/f\nRUN echo hi\nEXPOSE 80\nCMD ["sh"]\n', f: 'x' }, { t: 'h' });
    const tail = historyOf(daemon, 'h').slice(-6);
    expect(tail.map((h) => h.created_by)).toEqual(['ENV A=b', 'WORKDIR /app', 'COPY f /app/f # buildkit', 'RUN /bin/sh -c echo hi # buildkit', 'EXPOSE map[80/tcp:{}]', 'CMD ["sh"]']);
    expect(tail.map((h) => h.empty_layer ?? false)).toEqual([true, false, false, false, true, true]);
    expect(tail.every((h) => h.comment === 'buildkit.dockerfile.v0')).toBe(true);
    expect(daemon.images.images.all().length).toBe(before + 2);
  });

  it('runs a RUN heredoc as a script and writes a COPY heredoc as a file, with --chmod', async () => {
    const daemon = new Daemon();
    const Dockerfile = 'FROM alpine\nRUN <<EOF\necho one > /one\necho two > /two\nEOF\nCOPY --chmod=755 <<EOF /hello.sh\necho hello\nEOF\n';
    const r = await bk(daemon, { Dockerfile }, { t: 'hd' });
    expect(r.error).toBeUndefined();
    expect(vertices(r).map((v) => v.name)).toContain('[2/3] RUN <<EOF (echo one > /one...)');
    const fs = MemFs.from(daemon.images.rootfs(daemon.images.resolve('hd').id));
    expect(fs.readText('/two')).toBe('two\n');
    expect(fs.stat('/hello.sh').mode & 0o777).toBe(0o755);
  });
});

describe('BuildKit errors', () => {
  it('reports a failing RUN as failed to solve with the exit code and its Dockerfile line', async () => {
    const r = await bk(new Daemon(), { Dockerfile: 'FROM alpine\nRUN exit 3\n' }, { t: 'x' });
    expect(r.error?.message).toBe('failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3');
    const source = r.messages.find((m) => m.id === 'moby.buildkit.source');
    expect(source?.aux).toMatchObject({ filename: 'Dockerfile', ranges: [{ start: 2, end: 2 }] });
  });

  it('reports a parse error in BuildKit format after loading the definition', async () => {
    const r = await bk(new Daemon(), { Dockerfile: 'FROM alpine\nRUN echo hi\nRUNN echo x\n' });
    expect(r.status).toBe(200);
    expect(r.error?.message).toBe('failed to solve: dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)');
  });
});
