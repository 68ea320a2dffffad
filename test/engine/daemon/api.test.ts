import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEngine } from './fixtures.ts';

describe('the Engine API front door', () => {
  it('HEAD /_ping answers 200 with the headers the CLI negotiates on', async () => {
    const e = await makeEngine();
    const res = await e.daemon.api.handle({ method: 'HEAD', path: '/_ping' });
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({ 'Api-Version': '1.50', Ostype: 'linux', 'Docker-Experimental': 'false', 'Builder-Version': '1', Swarm: 'inactive' });
    expect(res.body).toBeUndefined();
    expect((await e.daemon.api.handle({ method: 'GET', path: '/_ping' })).body).toBe('OK');
  });

  it('serves versioned and unversioned paths, and refuses versions outside 1.24–1.50', async () => {
    const e = await makeEngine();
    expect((await e.daemon.api.handle({ method: 'GET', path: '/containers/json' })).status).toBe(200);
    expect((await e.daemon.api.handle({ method: 'GET', path: '/v1.43/containers/json' })).status).toBe(200);
    expect((await e.daemon.api.handle({ method: 'GET', path: '/v1.20/containers/json' })).body).toEqual({
      message: 'client version 1.20 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version',
    });
    expect((await e.daemon.api.handle({ method: 'GET', path: '/v1.52/containers/json' })).body).toEqual({ message: 'client version 1.52 is too new. Maximum supported API version is 1.50' });
  });

  it('answers an unknown route with 404 page not found', async () => {
    const e = await makeEngine();
    expect(await e.daemon.api.handle({ method: 'GET', path: '/v1.50/nothing/here' })).toMatchObject({ status: 404, body: { message: 'page not found' } });
  });

  it('no request, however malformed, makes the daemon throw or breaks its invariants', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const paths = ['/containers/create', '/containers/json', '/containers/x/start', '/containers/x/stop', '/containers/x', '/containers/x/logs', '/containers/x/wait', '/containers/x/exec', '/images/create', '/images/json', '/images/alpine/tag', '/images/alpine', '/images/alpine/push', '/networks/create', '/volumes/create', '/commit', '/auth', '/build', '/events', '/system/df'];
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'DELETE', 'HEAD' as const),
        fc.constantFrom(...paths),
        fc.dictionary(fc.constantFrom('name', 'fromImage', 'tag', 'repo', 'all', 'filters', 't', 'condition', 'force', 'container', 'until'), fc.string({ maxLength: 20 })),
        fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom('Image', 'Cmd', 'Name', 'HostConfig', 'Env', 'Entrypoint', 'Driver'), value)),
        async (method, path, query, body) => {
          const res = await e.daemon.api.handle({ method: method as 'GET', path: `/v1.50${path}`, query: { ...query, until: '1' }, body });
          expect(res.status).toBeGreaterThanOrEqual(200);
          expect(res.status).toBeLessThan(600);
          if (res.status >= 400) expect(typeof (res.body as { message: unknown }).message).toBe('string');
          const list = (await e.call('GET', '/containers/json', { query: { all: '1' } })).body as { Names: string[] }[];
          const all = list.map((c) => c.Names[0]);
          expect(new Set(all).size).toBe(all.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
