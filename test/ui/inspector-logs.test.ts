import { describe, expect, it } from 'vitest';
import { apiLogEntries, filterApiLog, prettyJson } from '../../src/ui/inspectors/api-log.ts';
import { groupTrace } from '../../src/ui/inspectors/trace-groups.ts';
import { tabForKey } from '../../src/ui/inspectors/tabs.ts';
import { getJson } from '../../src/ui/inspectors/engine-client.ts';
import { ownRequests } from '../../src/ui/inspectors/own-requests.ts';
import { lintSummary } from '../../src/ui/editor/lint-summary.ts';
import type { TraceStep } from '../../src/sim/trace/types.ts';
import type { EngineEvent } from '../../src/engine/events/types.ts';
import { sessionAfter } from './engine-fixture.ts';

describe('apiLogEntries', () => {
  it('describes engine request and response events, pairing them by request ID', () => {
    const entries = apiLogEntries([
      { kind: 'api.request', requestId: 7, method: 'POST', path: '/v1.50/containers/create', query: { name: 'web' }, body: { Image: 'nginx' }, seq: 1, at: 0 },
      { kind: 'api.response', requestId: 7, status: 201, body: { Id: 'abc', Warnings: [] }, seq: 2, at: 0 },
    ]);
    expect(entries.map((e) => e.title)).toEqual(['→ POST /v1.50/containers/create?name=web', '← 201 POST /v1.50/containers/create?name=web']);
    expect(entries[0].json).toContain('"Image": "nginx"');
    expect(entries[1]).toMatchObject({ direction: 'response', status: 201, requestId: 7 });
  });

  it('describes the trace recorder’s exchanges, pending or answered', () => {
    const entries = apiLogEntries([
      { requestId: 3, commandId: 1, method: 'GET', path: '/v1.50/containers/json', query: { all: '1' }, status: 200, response: [], at: 0 },
      { requestId: 4, commandId: 1, method: 'POST', path: '/v1.50/containers/abc/wait', at: 0 },
    ]);
    expect(entries.map((e) => [e.title, e.requestId])).toEqual([
      ['⇄ GET /v1.50/containers/json?all=1 → 200', 3],
      ['→ POST /v1.50/containers/abc/wait', 4],
    ]);
    expect(filterApiLog(entries, { text: '', hide: new Set([3]) }).map((e) => e.requestId)).toEqual([4]);
  });

  it('describes trace steps and plain records carrying an API message', () => {
    const entries = apiLogEntries([{ id: 3, api: { method: 'GET', path: '/v1.50/images/json', status: 200 } }, { method: 'GET', path: '/_ping', status: 200 }, 'odd', { kind: 'docker' }]);
    expect(entries.map((e) => e.title)).toEqual(['⇄ GET /v1.50/images/json → 200', '⇄ GET /_ping → 200', 'odd', 'docker']);
  });

  it('summarises bytes and streams and survives cycles', () => {
    const cyclic: Record<string, unknown> = { body: new Uint8Array(2048), frames: { [Symbol.asyncIterator]: () => undefined } };
    cyclic.self = cyclic;
    const json = prettyJson(cyclic);
    expect(json).toContain('"body": "<2048 bytes>"');
    expect(json).toContain('"frames": "<stream>"');
    expect(json).toContain('"self": "<circular>"');
  });

  it('filters by text and hides the inspectors’ own requests', () => {
    const entries = apiLogEntries([
      { kind: 'api.request', requestId: 1, method: 'GET', path: '/v1.50/images/json' },
      { kind: 'api.request', requestId: 2, method: 'POST', path: '/v1.50/images/create', query: { fromImage: 'alpine' } },
      { kind: 'api.response', requestId: 2, status: 200 },
    ]);
    expect(filterApiLog(entries, { text: 'ALPINE' }).map((e) => e.requestId)).toEqual([2, 2]);
    expect(filterApiLog(entries, { text: '', hide: new Set([1]) }).map((e) => e.requestId)).toEqual([2, 2]);
  });
});

describe('ownRequests', () => {
  it('knows which requests the inspectors made and which the learner’s commands made', async () => {
    const session = await sessionAfter([]);
    const seen: EngineEvent[] = [];
    session.daemon.events.subscribe((e) => seen.push(e));
    await getJson(session, '/images/json');
    await session.daemon.api.handle({ method: 'GET', path: '/v1.50/containers/json' });
    const ids = seen.flatMap((e) => (e.kind === 'api.request' ? [e.requestId] : []));
    const own = ownRequests(session.daemon.events);
    expect(ids.map((id) => own.has(id))).toEqual([true, false]);
  });
});

const step = (id: number, commandId: number, extra: Partial<TraceStep> = {}): TraceStep => ({
  id,
  commandId,
  machine: 'request',
  machineId: `r${id}`,
  from: 'idle',
  to: 'handling',
  component: 'daemon',
  sentence: `step ${id}`,
  at: id,
  ...extra,
});

describe('groupTrace', () => {
  it('groups consecutive steps by command and places them around the position', () => {
    const groups = groupTrace([step(0, 1), step(1, 1, { api: { method: 'GET', path: '/_ping', status: 200 } }), step(2, 2, { edge: { from: 'client', to: 'daemon', label: 'POST /containers/create' } })], 1);
    expect(groups.map((g) => [g.commandId, g.current, g.steps.map((s) => s.when)])).toEqual([
      [1, true, ['shown', 'current']],
      [2, false, ['ahead']],
    ]);
    expect(groups[0].steps[1]).toMatchObject({ transition: 'request r1: idle → handling', api: 'GET /_ping → 200' });
    expect(groups[1].steps[0].api).toBe('POST /containers/create');
  });
});

describe('tabForKey', () => {
  it('moves with arrows (wrapping), Home and End, and ignores other keys', () => {
    expect([tabForKey('ArrowRight', 4, 5), tabForKey('ArrowLeft', 0, 5), tabForKey('Home', 3, 5), tabForKey('End', 0, 5), tabForKey('a', 0, 5)]).toEqual([0, 4, 0, 4, undefined]);
  });
});

describe('lintSummary', () => {
  it('counts problems by kind and names the first', () => {
    expect(lintSummary([])).toBe('No problems found by the Dockerfile parser.');
    expect(
      lintSummary([
        { line: 2, endLine: 2, severity: 'error', message: 'bad', source: 'parser' },
        { line: 3, endLine: 3, severity: 'info', message: 'pin it', source: 'hint' },
        { line: 4, endLine: 4, severity: 'info', message: 'add CMD', source: 'hint' },
      ]),
    ).toBe('1 error, 2 hints. Line 2: bad');
  });
});
