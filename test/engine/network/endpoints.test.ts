import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errdefs.ts';
import { makeNetworks } from './world.ts';

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof EngineError) return `${e.status} ${e.message}`;
    throw e;
  }
  throw new Error('expected an EngineError');
}

describe('endpoints', () => {
  it('connect gives addresses from .2 up with the gateway, prefix length and a MAC derived from the IP', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'mynet' });
    const a = store.connect('mynet', container('a'));
    const b = store.connect('mynet', container('b'));
    expect([a.ip, a.gateway, a.prefixLen, a.mac]).toEqual(['172.18.0.2', '172.18.0.1', 16, '02:42:ac:12:00:02']);
    expect(b.ip).toBe('172.18.0.3');
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('disconnect releases the address for the next endpoint', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'mynet' });
    const a = container('a');
    store.connect('mynet', a);
    store.connect('mynet', container('b'));
    store.disconnect('mynet', a);
    expect(store.connect('mynet', container('c')).ip).toBe('172.18.0.2');
  });

  it('connecting twice is refused: endpoint with name web already exists in network mynet', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'mynet' });
    const web = container('web');
    store.connect('mynet', web);
    expect(message(() => store.connect('mynet', web))).toBe('403 endpoint with name web already exists in network mynet');
  });

  it('--ip works only on user networks with a configured subnet', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'auto' });
    store.create({ Name: 'fixed', IPAM: { Config: [{ Subnet: '10.9.0.0/24' }] } });
    expect(store.connect('fixed', container('a'), { ipv4: '10.9.0.50' }).ip).toBe('10.9.0.50');
    expect(message(() => store.connect('fixed', container('b'), { ipv4: '10.9.0.50' }))).toBe('403 Address already in use');
    expect(message(() => store.connect('auto', container('c'), { ipv4: '172.18.0.9' }))).toBe(
      '400 user specified IP address is supported only when connecting to networks with user configured subnets',
    );
    expect(message(() => store.connect('bridge', container('d'), { ipv4: '172.17.0.9' }))).toBe('400 user specified IP address is supported on user defined networks only');
  });

  it('host and none endpoints have no address', () => {
    const { store, container } = makeNetworks();
    expect(store.connect('host', container('a')).ip).toBe('');
    expect(store.connect('none', container('b')).mac).toBe('');
  });
});
