/**
 * Live mode end to end in Node: a `dockyard serve` in-process, a LiveSession reading its
 * event stream, the ordinary TraceRecorder on top, and the real docker 28.2.2 client
 * sending the requests. The recorder sees the CLI's command, its API traffic and the
 * steps the diagram animates, and its own queries never show up in the trace.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveSession } from '../../../src/sim/live/live-session.ts';
import { TraceRecorder } from '../../../src/sim/trace/recorder.ts';
import { dockerAvailable, realDocker, startBridge, type Bridge } from '../../serve/harness.ts';

let bridge: Bridge;
let live: LiveSession;
let recorder: TraceRecorder;
beforeEach(async () => {
  bridge = await startBridge();
  live = new LiveSession({ base: bridge.url, quietMs: 300 });
  recorder = new TraceRecorder(live);
  live.follow(recorder);
  await live.connect();
  await recorder.ready;
});
afterEach(async () => {
  live.close();
  recorder.detach();
  await bridge.close();
});

describe('a live session on dockyard serve', () => {
  it('answers the scene’s queries through the server’s Engine API, as an observer', async () => {
    const response = await live.daemon.api.handle({ method: 'GET', path: '/v1.50/images/json' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual([]);
    expect(recorder.apiLog.entries).toEqual([]);
    expect(live.stream.status).toBe('open');
  });

  it.skipIf(!dockerAvailable)(`traces docker run --rm alpine echo hello as one command of the real CLI (needs the docker 28.2.2 client)`, async () => {
    const outcome = await realDocker(bridge, ['run', '--rm', 'alpine', 'echo', 'hello']);
    expect(outcome.stdout).toBe('hello\n');
    await expect.poll(() => recorder.commands.at(-1)?.exitCode, { timeout: 5000 }).toBe(0);
    expect(recorder.commands.map((c) => c.line)).toEqual(['docker run --rm alpine echo hello']);
    const paths = recorder.apiLog.entries.map((e) => `${e.method} ${e.path.replace(/[0-9a-f]{64}/, '<id>')}`);
    expect(paths).toContain('POST /v1.50/containers/create');
    expect(paths).toContain('POST /v1.50/containers/<id>/start');
    expect(recorder.apiLog.entries.find((e) => e.path.endsWith('/containers/create'))?.request).toMatchObject({ Image: 'alpine', Cmd: ['echo', 'hello'] });
    expect(recorder.steps.some((s) => s.edge?.label.includes('/containers/create'))).toBe(true);
    expect(recorder.steps.some((s) => s.component === 'containers')).toBe(true);
    expect(recorder.sceneAt(recorder.nextId - 1).images.some((i) => i.tags.includes('alpine:latest'))).toBe(true);
  });

  it.skipIf(!dockerAvailable)(`gives each real CLI command its own record with the exit status it had (needs the docker 28.2.2 client)`, async () => {
    await realDocker(bridge, ['pull', 'alpine']);
    const failed = await realDocker(bridge, ['run', 'alpine', 'sh', '-c', 'exit 3']);
    expect(failed.code).toBe(3);
    await expect.poll(() => recorder.commands.length === 2 && recorder.commands[1].exitCode, { timeout: 5000 }).toBe(3);
    expect(recorder.commands.map((c) => [c.line, c.exitCode])).toEqual([
      ['docker pull alpine:latest', 0],
      ["docker run alpine sh -c 'exit 3'", 3],
    ]);
  });

  it.skipIf(!dockerAvailable)('names each command of a classroom session as the learner typed it, with its exit status (needs the docker 28.2.2 client)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockyard-live-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine\nRUN echo hi > /greeting\nCMD ["cat", "/greeting"]\n');
    try {
      const session = [
        ['build', '-t', 'app', '.'],
        ['run', '-d', '--name', 'web', '-p', '8080:80', 'nginx'],
        ['logs', 'web'],
        ['exec', 'web', 'ls', '/usr/share/nginx/html'],
        ['stop', 'web'],
        ['rm', 'web'],
        ['rm', 'nope'],
      ];
      for (const args of session) await realDocker(bridge, args, { cwd: dir });
      await expect.poll(() => recorder.commands.at(-1)?.exitCode, { timeout: 5000 }).toBe(1);
      expect(recorder.commands.map((c) => `${c.line} → ${c.exitCode}`)).toEqual([
        'docker build -t app . → 0',
        'docker run -d --name web -p 8080:80 nginx → 0',
        'docker logs web → 0',
        'docker exec web ls /usr/share/nginx/html → 0',
        'docker stop web → 0',
        'docker rm web → 0',
        'docker rm nope → 1',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
