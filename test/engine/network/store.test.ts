import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errdefs.ts';
import { makeNetworks } from './world.ts';

function failure(f: () => unknown): { status: number; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof EngineError) return { status: e.status, message: e.message };
    throw e;
  }
  throw new Error('expected an EngineError');
}

describe('NetworkStore', () => {
  it('starts with bridge, host and none, with 64-hex IDs', () => {
    const { store } = makeNetworks();
    expect(store.all().map((n) => [n.name, n.driver])).toEqual([
      ['bridge', 'bridge'],
      ['host', 'host'],
      ['none', 'null'],
    ]);
    for (const n of store.all()) expect(n.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the default bridge 172.17.0.0/16 with gateway 172.17.0.1 and the docker0 options', () => {
    const bridge = makeNetworks().store.get('bridge');
    expect(bridge.ipam?.subnetText).toBe('172.17.0.0/16');
    expect(bridge.ipam?.gatewayText).toBe('172.17.0.1');
    expect(bridge.options['com.docker.network.bridge.default_bridge']).toBe('true');
    expect(bridge.options['com.docker.network.bridge.name']).toBe('docker0');
  });

  it('allocates user subnets 172.18.0.0/16, 172.19.0.0/16, … with gateway .1', () => {
    const { store } = makeNetworks();
    const nets = ['a', 'b', 'c'].map((Name) => store.create({ Name }));
    expect(nets.map((n) => [n.ipam?.subnetText, n.ipam?.gatewayText])).toEqual([
      ['172.18.0.0/16', '172.18.0.1'],
      ['172.19.0.0/16', '172.19.0.1'],
      ['172.20.0.0/16', '172.20.0.1'],
    ]);
  });

  it('hands a freed subnet to the next network and moves to 192.168.0.0/20 after 172.31.0.0/16', () => {
    const { store } = makeNetworks();
    for (let i = 18; i <= 31; i++) store.create({ Name: `n${i}` });
    expect(store.create({ Name: 'spill' }).ipam?.subnetText).toBe('192.168.0.0/20');
    expect(store.create({ Name: 'spill2' }).ipam?.subnetText).toBe('192.168.16.0/20');
    store.remove('n19');
    expect(store.create({ Name: 'again' }).ipam?.subnetText).toBe('172.19.0.0/16');
  });

  it('honours --subnet and --gateway, and defaults the gateway to the first address', () => {
    const { store } = makeNetworks();
    const a = store.create({ Name: 'a', IPAM: { Config: [{ Subnet: '10.5.0.0/24', Gateway: '10.5.0.254' }] } });
    const b = store.create({ Name: 'b', IPAM: { Config: [{ Subnet: '10.6.0.0/24' }] } });
    expect([a.ipam?.gatewayText, b.ipam?.gatewayText]).toEqual(['10.5.0.254', '10.6.0.1']);
    expect(store.create({ Name: 'c' }).ipam?.subnetText).toBe('172.18.0.0/16');
  });

  it('validates --subnet and --gateway with the daemon messages', () => {
    const { store } = makeNetworks();
    expect(failure(() => store.create({ Name: 'x', IPAM: { Config: [{ Subnet: '10.0.0/24' }] } }))).toEqual({
      status: 400,
      message: 'invalid subnet 10.0.0/24: invalid CIDR block notation',
    });
    expect(failure(() => store.create({ Name: 'x', IPAM: { Config: [{ Subnet: '10.0.0.1/24' }] } })).message).toBe('invalid subnet 10.0.0.1/24: it should be 10.0.0.0/24');
    expect(failure(() => store.create({ Name: 'x', IPAM: { Config: [{ Subnet: '10.0.0.0/24', Gateway: '10.1.0.1' }] } })).message).toBe(
      "invalid gateway 10.1.0.1: parent subnet 10.0.0.0/24 doesn't contain this address",
    );
    expect(failure(() => store.create({ Name: 'x', IPAM: { Config: [{ Subnet: '172.17.5.0/24' }] } }))).toEqual({
      status: 403,
      message: 'invalid pool request: Pool overlaps with other one on this address space',
    });
  });

  it('refuses a duplicate name with 409 and predefined names with 403', () => {
    const { store } = makeNetworks();
    store.create({ Name: 'mynet' });
    expect(failure(() => store.create({ Name: 'mynet' }))).toEqual({ status: 409, message: 'network with name mynet already exists' });
    expect(failure(() => store.create({ Name: 'host' }))).toEqual({ status: 403, message: 'operation is not permitted on predefined host network ' });
  });

  it('finds networks by full ID, name or unique ID prefix, else 404 network mynet not found', () => {
    const { store } = makeNetworks();
    const net = store.create({ Name: 'mynet' });
    expect(store.get(net.id)).toBe(net);
    expect(store.get('mynet')).toBe(net);
    expect(store.get(net.id.slice(0, 5))).toBe(net);
    expect(failure(() => store.get('nope'))).toEqual({ status: 404, message: 'network nope not found' });
  });

  it('refuses to remove predefined networks and networks with active endpoints (403)', () => {
    const { store, container } = makeNetworks();
    expect(failure(() => store.remove('bridge'))).toEqual({ status: 403, message: 'bridge is a pre-defined network and cannot be removed' });
    const net = store.create({ Name: 'mynet' });
    const web = container('web');
    store.connect('mynet', web);
    expect(failure(() => store.remove('mynet'))).toEqual({
      status: 403,
      message: `error while removing network: network mynet id ${net.id} has active endpoints`,
    });
    store.disconnect('mynet', web);
    store.remove('mynet');
    expect(store.find('mynet')).toBeUndefined();
  });

  it('prunes unused user networks only and says which', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'idle' });
    store.create({ Name: 'busy' });
    store.connect('busy', container('web'));
    expect(store.prune()).toEqual(['idle']);
    expect(store.all().map((n) => n.name)).toEqual(['bridge', 'host', 'none', 'busy']);
  });

  it('emits create, connect, disconnect and destroy events with the network name and type', () => {
    const { store, container, dockerEvents } = makeNetworks();
    const net = store.create({ Name: 'mynet' });
    const web = container('web');
    store.connect('mynet', web);
    store.disconnect('mynet', web);
    store.remove('mynet');
    expect(dockerEvents.map((e) => [e.Type, e.Action, e.Actor.ID, e.Actor.Attributes])).toEqual([
      ['network', 'create', net.id, { name: 'mynet', type: 'bridge' }],
      ['network', 'connect', net.id, { container: web, name: 'mynet', type: 'bridge' }],
      ['network', 'disconnect', net.id, { container: web, name: 'mynet', type: 'bridge' }],
      ['network', 'destroy', net.id, { name: 'mynet', type: 'bridge' }],
    ]);
  });
});
