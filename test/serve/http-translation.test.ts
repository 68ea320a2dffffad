/**
 * HTTP → ApiRequest: what the live bridge hands the engine for what arrives on the
 * wire — /_ping for HEAD and GET, versioned and unversioned paths, decoded queries with
 * repeated keys as arrays, lower-case header names, parsed JSON (and a 400 for bad
 * JSON), and a build context as tar bytes, gunzipped when gzipped.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from './harness.ts';
import { interceptApi, tarOf } from './http-harness.ts';

let bridge: Bridge;
beforeEach(async () => (bridge = await startBridge()));
afterEach(() => bridge.close());

describe('requests into the engine', () => {
  it('HEAD /_ping answers 200 with the headers the CLI negotiates on and no body', async () => {
    const res = await fetch(`${bridge.url}/_ping`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('api-version')).toBe('1.50');
    expect(res.headers.get('ostype')).toBe('linux');
    expect(res.headers.get('docker-experimental')).toBe('false');
    expect(res.headers.get('builder-version')).toBe('1');
    expect(res.headers.get('content-length')).toBe('0');
    expect(await res.text()).toBe('');
  });

  it('GET /_ping answers the text OK', async () => {
    const res = await fetch(`${bridge.url}/_ping`);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe('OK');
  });

  it('versioned and unversioned paths reach the same route; a version below 1.24 is a 400', async () => {
    const versioned = await (await fetch(`${bridge.url}/v1.50/version`)).json();
    const bare = await (await fetch(`${bridge.url}/version`)).json();
    expect(bare).toEqual(versioned);
    const old = await fetch(`${bridge.url}/v1.20/version`);
    expect(old.status).toBe(400);
    expect(await old.json()).toEqual({ message: 'client version 1.20 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version' });
  });

  it('the query is decoded, with a repeated key as an array, and header names are lower case', async () => {
    const seen = interceptApi(bridge.daemon, (inner) => inner);
    await fetch(`${bridge.url}/v1.50/images/json?all=1&t=a%20b&t=c&filters=%7B%7D`, { headers: { 'X-Registry-Auth': 'e30=' } });
    expect(seen[0].path).toBe('/v1.50/images/json');
    expect(seen[0].query).toEqual({ all: '1', t: ['a b', 'c'], filters: '{}' });
    expect(seen[0].headers?.['x-registry-auth']).toBe('e30=');
  });

  it('a JSON body is parsed; an invalid one is a 400 worded like dockerd', async () => {
    const seen = interceptApi(bridge.daemon, (inner) => inner);
    await fetch(`${bridge.url}/v1.50/containers/create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"Image":"alpine"}' });
    expect(seen[0].body).toEqual({ Image: 'alpine' });
    const bad = await fetch(`${bridge.url}/v1.50/containers/create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'nope' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('{"message":"invalid character \'o\' looking for beginning of value"}\n');
    const cut = await fetch(`${bridge.url}/v1.50/containers/create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"Image":' });
    expect(await cut.json()).toEqual({ message: 'unexpected EOF' });
  });

  it('a build context arrives as tar bytes, gunzipped when the client compressed it', async () => {
    const seen = interceptApi(bridge.daemon, (inner) => inner);
    const tar = tarOf({ Dockerfile: 'FROM alpine\n' });
    await fetch(`${bridge.url}/v1.50/build?t=app&t=app:v1`, { method: 'POST', headers: { 'Content-Type': 'application/x-tar' }, body: new Uint8Array(tar) });
    await fetch(`${bridge.url}/v1.50/build`, { method: 'POST', headers: { 'Content-Type': 'application/x-tar' }, body: new Uint8Array(gzipSync(tar)) });
    expect(seen[0].query).toEqual({ t: ['app', 'app:v1'] });
    expect(seen[0].body).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(seen[0].body as Uint8Array)).toEqual(Buffer.from(tar));
    expect(Buffer.from(seen[1].body as Uint8Array)).toEqual(Buffer.from(tar));
  });
});
