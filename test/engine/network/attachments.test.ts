import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errdefs.ts';
import { attachAtCreate, connectAll, connectContainer, detachNetwork, disconnectAll, forgetContainer } from '../../../src/engine/network/attachments.ts';
import { containerNetworkSettings } from '../../../src/engine/network/views.ts';
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

describe('container attachments', () => {
  it('NetworkMode default means the bridge; the endpoint appears at start and goes at stop', () => {
    const { store, container } = makeNetworks();
    const web = container('web');
    attachAtCreate(store, web, 'default');
    expect(store.endpointsOf(web)).toEqual([]);
    const [endpoint] = connectAll(store, web);
    expect(endpoint.ip).toBe('172.17.0.2');
    expect(containerNetworkSettings(store, web).bridge).toMatchObject({ IPAddress: '172.17.0.2', Gateway: '172.17.0.1', IPPrefixLen: 16, DNSNames: null });
    disconnectAll(store, web);
    expect(containerNetworkSettings(store, web).bridge).toMatchObject({ IPAddress: '', EndpointID: '', NetworkID: store.get('bridge').id });
  });

  it('create with an unknown network fails with network nope not found', () => {
    const { store, container } = makeNetworks();
    expect(message(() => attachAtCreate(store, container('web'), 'nope'))).toBe('404 network nope not found');
  });

  it('EndpointsConfig adds aliases and more networks; DNSNames lists name, aliases, short ID', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'app' });
    store.create({ Name: 'ops' });
    const web = container('web');
    attachAtCreate(store, web, 'app', { app: { Aliases: ['site'] }, ops: {} });
    connectAll(store, web);
    const settings = containerNetworkSettings(store, web);
    expect(Object.keys(settings)).toEqual(['app', 'ops']);
    expect(settings.app).toMatchObject({ Aliases: ['site'], IPAddress: '172.18.0.2', DNSNames: ['web', 'site', web.slice(0, 12)] });
    expect(settings.ops).toMatchObject({ IPAddress: '172.19.0.2' });
  });

  it('aliases on the default bridge are refused', () => {
    const { store, container } = makeNetworks();
    expect(message(() => attachAtCreate(store, container('web'), 'bridge', { bridge: { Aliases: ['x'] } }))).toBe(
      '400 network-scoped alias is supported only for containers in user defined networks',
    );
  });

  it('host networking cannot be mixed with other networks', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'app' });
    const web = container('web');
    attachAtCreate(store, web, 'host');
    expect(message(() => connectContainer(store, web, false, 'app'))).toBe('403 container cannot be disconnected from host network or connected to host network');
  });

  it('connecting a stopped container records the network for its next start', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'app' });
    const web = container('web');
    attachAtCreate(store, web, 'bridge');
    connectContainer(store, web, false, 'app');
    expect(store.endpointsOf(web)).toEqual([]);
    expect(connectAll(store, web).map((e) => e.ip)).toEqual(['172.17.0.2', '172.18.0.2']);
  });

  it('starting after the network was removed fails with network app not found and leaves no endpoint', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'app' });
    const web = container('web');
    attachAtCreate(store, web, 'bridge', { app: {} });
    store.remove('app');
    expect(message(() => connectAll(store, web))).toBe('404 network app not found');
    expect(store.endpointsOf(web)).toEqual([]);
  });

  it('detach removes the endpoint and the configuration; forget removes everything', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'app' });
    const web = container('web');
    attachAtCreate(store, web, 'app');
    connectAll(store, web);
    detachNetwork(store, web, 'app');
    expect(containerNetworkSettings(store, web)).toEqual({});
    expect(message(() => detachNetwork(store, web, 'app'))).toBe(`400 container ${web} is not connected to network app`);
    attachAtCreate(store, web, 'app');
    connectAll(store, web);
    forgetContainer(store, web);
    expect(store.get('app').endpoints.size).toBe(0);
    expect(store.attachments.has(web)).toBe(false);
  });
});
