import { describe, expect, test } from 'vitest';
import { truncateBody } from '../../../src/sim/trace/api-log.ts';
import type { TraceStep } from '../../../src/sim/trace/types.ts';
import { tracedSession } from './fixtures.ts';

describe('TraceRecorder', () => {
  test('records each command line with its steps and exit code', async () => {
    const t = await tracedSession();
    await t.run('docker run hello-world');
    await t.run('docker rm nosuch');
    await t.run('echo hi');
    const [run, rm, echo] = t.recorder.commands;
    expect(run).toMatchObject({ id: 0, line: 'docker run hello-world', firstStep: 0, exitCode: 0 });
    expect(rm).toMatchObject({ id: 1, firstStep: run.lastStep + 1, exitCode: 1 });
    expect(t.recorder.steps.slice(echo.firstStep).map((s) => s.sentence)).toEqual(['You type `echo hi`; the host shell runs it without Docker.', 'The command finishes with exit code 0.']);
    expect(t.recorder.steps.every((s, i) => s.id === i)).toBe(true);
  });

  test('steps carry the API message and the engine event behind them', async () => {
    const t = await tracedSession();
    await t.run('docker run --name web -d nginx');
    const create = t.recorder.steps.find((s) => s.api?.path === '/v1.50/containers/create' && s.to === 'received')!;
    expect(create.edge).toEqual({ from: 'client', to: 'daemon', label: 'POST /containers/create' });
    expect(create.api).toMatchObject({ method: 'POST', request: { Image: 'nginx' } });
    expect(create.eventSeq).toBeGreaterThan(0);
    const created = t.recorder.steps.find((s) => s.to === 'responded' && s.api?.status === 201)!;
    expect(created.api?.response).toMatchObject({ Id: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  test('keeps an API log of request/response pairs, without the queries it makes itself', async () => {
    const t = await tracedSession();
    await t.run('docker run hello-world');
    const log = t.recorder.apiLog.entries.map((e) => `${e.method} ${e.path} → ${e.status}`);
    expect(log).toEqual([
      'HEAD /_ping → 200',
      'POST /v1.50/containers/create → 404',
      'POST /v1.50/images/create → 200',
      'POST /v1.50/containers/create → 201',
      expect.stringMatching(/^POST \/v1\.50\/containers\/[0-9a-f]{64}\/attach → 200$/),
      expect.stringMatching(/\/wait → 200$/),
      expect.stringMatching(/\/start → 204$/),
    ]);
    expect(t.recorder.apiLog.entries[1].response).toEqual({ message: 'No such image: hello-world:latest' });
  });

  test('truncates long bodies sensibly', () => {
    const body = { text: 'x'.repeat(1000), list: Array.from({ length: 30 }, (_, i) => i), bytes: new Uint8Array(5) };
    expect(truncateBody(body)).toEqual({ text: `${'x'.repeat(300)}… (1000 characters)`, list: [...Array.from({ length: 20 }, (_, i) => i), '… 10 more'], bytes: '(5 bytes)' });
  });

  test('tells listeners about each new step as it is made', async () => {
    const t = await tracedSession();
    const heard: TraceStep[] = [];
    const stop = t.recorder.subscribe((step) => heard.push(step));
    await t.run('docker version --format x');
    stop();
    await t.run('docker ps');
    expect(heard.length).toBeGreaterThan(2);
    expect(heard.at(-1)?.commandId).toBe(0);
  });

  test('keeps only the most recent steps, counting the dropped ones, and still draws their scenes', async () => {
    const t = await tracedSession({ maxSteps: 20 });
    await t.run('docker run --name one hello-world');
    await t.run('docker run --name two hello-world');
    const { recorder } = t;
    expect(recorder.steps).toHaveLength(20);
    expect(recorder.droppedSteps).toBe(recorder.nextId - 20);
    expect(recorder.steps[0].id).toBe(recorder.droppedSteps);
    expect(recorder.step(recorder.droppedSteps - 1)).toBeUndefined();
    expect(recorder.sceneAt(recorder.nextId - 1).containers.map((c) => c.name)).toEqual(['one', 'two']);
  });

  test('detach stops recording and gives the API handler back', async () => {
    const t = await tracedSession();
    const handle = t.session.daemon.api.handle;
    t.recorder.detach();
    expect(t.session.daemon.api.handle).not.toBe(handle);
    await t.session.run('docker ps');
    expect(t.recorder.steps).toHaveLength(0);
  });
});
