import { describe, expect, it } from 'vitest';
import { connectAll, attachAtCreate } from '../../../src/engine/network/attachments.ts';
import { resolve } from '../../../src/engine/network/dns.ts';
import { makeNetworks } from './world.ts';

describe('embedded DNS', () => {
  it('a user-defined network resolves container names, aliases and short IDs of its members', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'app' });
    const web = container('web');
    const db = container('db');
    store.connect('app', web);
    const dbEndpoint = store.connect('app', db, { aliases: ['database'] });
    expect(resolve(store, web, 'db')).toBe(dbEndpoint.ip);
    expect(resolve(store, web, 'database')).toBe(dbEndpoint.ip);
    expect(resolve(store, web, db.slice(0, 12))).toBe(dbEndpoint.ip);
    expect(resolve(store, web, 'DB.app.')).toBe(dbEndpoint.ip);
    expect(resolve(store, web, 'cache')).toBeUndefined();
  });

  it('the default bridge resolves nothing, not even container names', () => {
    const { store, container } = makeNetworks();
    const web = container('web');
    store.connect('bridge', web);
    store.connect('bridge', container('db'));
    expect(resolve(store, web, 'db')).toBeUndefined();
  });

  it('names resolve only between containers that share a network', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'front' });
    store.create({ Name: 'back' });
    const web = container('web');
    const db = container('db');
    store.connect('front', web);
    store.connect('back', db);
    expect(resolve(store, web, 'db')).toBeUndefined();
  });

  it('a stopped container resolves to nothing: it has no endpoint', () => {
    const { store, container } = makeNetworks();
    store.create({ Name: 'app' });
    const web = container('web');
    const db = container('db');
    attachAtCreate(store, web, 'app');
    attachAtCreate(store, db, 'app');
    connectAll(store, web);
    expect(resolve(store, web, 'db')).toBeUndefined();
    connectAll(store, db);
    expect(resolve(store, web, 'db')).toBe('172.18.0.3');
  });
});
