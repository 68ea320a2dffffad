import { describe, expect, it } from 'vitest';
import { makeNetworkApi } from './world.ts';

const createBody = (Name: string) => ({
  Driver: 'bridge',
  Scope: '',
  IPAM: { Driver: 'default', Options: {}, Config: [] },
  Internal: false,
  Attachable: false,
  Ingress: false,
  ConfigOnly: false,
  ConfigFrom: null,
  Options: {},
  Labels: {},
  Name,
});

describe('network routes', () => {
  it('GET /networks lists every network with the Engine API fields and empty Containers', async () => {
    const { call } = makeNetworkApi();
    const res = await call('GET', '/v1.50/networks');
    expect(res.status).toBe(200);
    const list = res.body as Record<string, unknown>[];
    expect(list.map((n) => n.Name)).toEqual(['bridge', 'host', 'none']);
    expect(list[0]).toMatchObject({
      Scope: 'local',
      Driver: 'bridge',
      EnableIPv4: true,
      EnableIPv6: false,
      IPAM: { Driver: 'default', Options: null, Config: [{ Subnet: '172.17.0.0/16', Gateway: '172.17.0.1' }] },
      Internal: false,
      Attachable: false,
      Ingress: false,
      ConfigFrom: { Network: '' },
      ConfigOnly: false,
      Containers: {},
      Labels: {},
      Created: '2025-01-02T03:04:05Z',
    });
    expect(Object.keys(list[0])).toEqual(['Name', 'Id', 'Created', 'Scope', 'Driver', 'EnableIPv4', 'EnableIPv6', 'IPAM', 'Internal', 'Attachable', 'Ingress', 'ConfigFrom', 'ConfigOnly', 'Containers', 'Options', 'Labels']);
  });

  it('GET /networks filters by name, driver and type, and rejects unknown filters', async () => {
    const { call } = makeNetworkApi();
    await call('POST', '/networks/create', createBody('mynet'));
    const names = async (filters: unknown) => ((await call('GET', '/networks', undefined, { filters: JSON.stringify(filters) })).body as { Name: string }[]).map((n) => n.Name);
    expect(await names({ name: { my: true } })).toEqual(['mynet']);
    expect(await names({ driver: { null: true } })).toEqual(['none']);
    expect(await names({ type: { custom: true } })).toEqual(['mynet']);
    const bad = await call('GET', '/networks', undefined, { filters: '{"colour":{"red":true}}' });
    expect([bad.status, bad.body]).toEqual([400, { message: "invalid filter 'colour'" }]);
  });

  it('POST /networks/create answers 201 {Id, Warning: ""}, 409 for a duplicate', async () => {
    const { call } = makeNetworkApi();
    const res = await call('POST', '/networks/create', createBody('mynet'));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ Id: expect.stringMatching(/^[0-9a-f]{64}$/), Warning: '' });
    const dup = await call('POST', '/networks/create', createBody('mynet'));
    expect([dup.status, dup.body]).toEqual([409, { message: 'network with name mynet already exists' }]);
  });

  it('GET /networks/{id} inspects, with a Containers map of endpoints', async () => {
    const { call, fake } = makeNetworkApi();
    const { Id } = (await call('POST', '/networks/create', createBody('mynet'))).body as { Id: string };
    const web = fake('web', true);
    expect((await call('POST', '/networks/mynet/connect', { Container: 'web', EndpointConfig: {} })).status).toBe(200);
    const res = await call('GET', `/networks/${Id.slice(0, 12)}`);
    const body = res.body as { Name: string; Containers: Record<string, unknown> };
    expect(body.Name).toBe('mynet');
    expect(body.Containers).toEqual({
      [web]: { Name: 'web', EndpointID: expect.stringMatching(/^[0-9a-f]{64}$/), MacAddress: '02:42:ac:12:00:02', IPv4Address: '172.18.0.2/16', IPv6Address: '' },
    });
    const missing = await call('GET', '/networks/nope');
    expect([missing.status, missing.body]).toEqual([404, { message: 'network nope not found' }]);
  });

  it('POST /networks/{id}/connect refuses a second connect (403) and an unknown container (404)', async () => {
    const { call, fake } = makeNetworkApi();
    await call('POST', '/networks/create', createBody('mynet'));
    fake('web', true);
    await call('POST', '/networks/mynet/connect', { Container: 'web' });
    const again = await call('POST', '/networks/mynet/connect', { Container: 'web' });
    expect([again.status, again.body]).toEqual([403, { message: 'endpoint with name web already exists in network mynet' }]);
    const ghost = await call('POST', '/networks/mynet/connect', { Container: 'ghost' });
    expect([ghost.status, ghost.body]).toEqual([404, { message: 'No such container: ghost' }]);
  });

  it('DELETE /networks/{id} answers 204, 403 with active endpoints or for bridge, and disconnect frees it', async () => {
    const { call, fake } = makeNetworkApi();
    const { Id } = (await call('POST', '/networks/create', createBody('mynet'))).body as { Id: string };
    fake('web', true);
    await call('POST', '/networks/mynet/connect', { Container: 'web' });
    const busy = await call('DELETE', '/networks/mynet');
    expect([busy.status, busy.body]).toEqual([403, { message: `error while removing network: network mynet id ${Id} has active endpoints` }]);
    const bridge = await call('DELETE', '/networks/bridge');
    expect([bridge.status, bridge.body]).toEqual([403, { message: 'bridge is a pre-defined network and cannot be removed' }]);
    expect((await call('POST', '/networks/mynet/disconnect', { Container: 'web', Force: false })).status).toBe(200);
    expect((await call('DELETE', '/networks/mynet')).status).toBe(204);
  });

  it('POST /networks/prune answers {NetworksDeleted}, null when nothing went', async () => {
    const { call } = makeNetworkApi();
    await call('POST', '/networks/create', createBody('a'));
    await call('POST', '/networks/create', createBody('b'));
    expect((await call('POST', '/networks/prune')).body).toEqual({ NetworksDeleted: ['a', 'b'] });
    expect((await call('POST', '/networks/prune')).body).toEqual({ NetworksDeleted: null });
  });
});
