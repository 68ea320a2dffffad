import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errdefs.ts';
import { parseBind, parseMount } from '../../../src/engine/volume/mount-spec.ts';

function failure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof EngineError) return `${e.status} ${e.message}`;
    throw e;
  }
  throw new Error('expected an EngineError');
}

describe('parseBind (-v)', () => {
  it('name:/path is a named volume', () => {
    expect(parseBind('myvol:/data')).toEqual({ type: 'volume', source: 'myvol', target: '/data', readOnly: false, mode: '', noCopy: false });
  });

  it('/host/path:/path:ro is a read-only bind mount', () => {
    expect(parseBind('/srv/site:/usr/share/nginx/html:ro')).toMatchObject({ type: 'bind', source: '/srv/site', target: '/usr/share/nginx/html', readOnly: true, mode: 'ro' });
  });

  it('/path alone is an anonymous volume', () => {
    expect(parseBind('/var/lib/data')).toMatchObject({ type: 'volume', source: '', target: '/var/lib/data' });
  });

  it('nocopy turns off copy-up', () => {
    expect(parseBind('v1:/data:nocopy').noCopy).toBe(true);
  });

  it('rejects malformed specs with Docker messages', () => {
    expect(failure(() => parseBind('a:b:c:d'))).toBe("400 invalid volume specification: 'a:b:c:d'");
    expect(failure(() => parseBind('/data:rw'))).toBe("400 invalid volume specification: '/data:rw'");
    expect(failure(() => parseBind(':/data'))).toBe("400 invalid volume specification: ':/data'");
    expect(failure(() => parseBind('v1:/data:rx'))).toBe('400 invalid mode: rx');
    expect(failure(() => parseBind('v1:data'))).toBe(
      `400 invalid volume specification: 'v1:data': invalid mount config for type "volume": invalid mount path: 'data' mount path must be absolute`,
    );
    expect(failure(() => parseBind('v1:/'))).toBe("400 invalid volume specification: 'v1:/': invalid specification: destination can't be '/'");
  });
});

describe('parseMount (--mount)', () => {
  it('reads volume, bind and tmpfs objects', () => {
    expect(parseMount({ Type: 'volume', Source: 'v1', Target: '/data', VolumeOptions: { NoCopy: true } })).toMatchObject({ type: 'volume', noCopy: true });
    expect(parseMount({ Type: 'bind', Source: '/src', Target: '/app', ReadOnly: true }, () => true)).toMatchObject({ type: 'bind', readOnly: true });
    expect(parseMount({ Type: 'tmpfs', Target: '/run' })).toMatchObject({ type: 'tmpfs', source: '' });
  });

  it('asks the caller whether a bind source exists', () => {
    expect(failure(() => parseMount({ Type: 'bind', Source: '/nope', Target: '/x' }, (p) => p !== '/nope'))).toBe(
      '400 invalid mount config for type "bind": bind source path does not exist: /nope',
    );
  });

  it('rejects missing fields and unknown types', () => {
    expect(failure(() => parseMount({ Type: 'volume', Source: 'v' }))).toBe('400 invalid mount config for type "volume": field Target must not be empty');
    expect(failure(() => parseMount({ Type: 'bind', Target: '/x' }))).toBe('400 invalid mount config for type "bind": field Source must not be empty');
    expect(failure(() => parseMount({ Type: 'tmpfs', Source: 'x', Target: '/x' }))).toBe('400 invalid mount config for type "tmpfs": field Source must not be specified');
    expect(failure(() => parseMount({ Type: 'nfs', Target: '/x' }))).toBe('400 invalid mount config for type "nfs": mount type unknown');
  });
});
