import { describe, expect, it } from 'vitest';
import { findHubImage } from '../../../src/engine/registry/hub/index.ts';
import type { ImageSpec } from '../../../src/engine/registry/hub/spec.ts';
import { allSteps } from './image-tree.ts';

function image(ref: string): ImageSpec {
  const found = findHubImage(`library/${ref}`);
  if (!found) throw new Error(ref);
  return found;
}

const path = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

// The configs below are what `docker inspect` shows for the real images (docker-library/repo-info).
describe('hub image configs', () => {
  it('nginx:latest runs nginx in the foreground behind the entrypoint, stops with SIGQUIT and exposes 80/tcp', () => {
    expect(image('nginx:latest').config).toEqual({
      Env: [path, 'NGINX_VERSION=1.27.3', 'NJS_VERSION=0.8.7', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'],
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      ExposedPorts: { '80/tcp': {} },
      Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
      StopSignal: 'SIGQUIT',
    });
  });

  it('redis:latest works in the /data volume and exposes 6379/tcp', () => {
    expect(image('redis:latest').config).toEqual({
      Env: [path, 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.1', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz', 'REDIS_DOWNLOAD_SHA=bc34b878eb89421bbfca6fa78752343bf37af312a09eb0fae47c9575977dfaa2'],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['redis-server'],
      WorkingDir: '/data',
      Volumes: { '/data': {} },
      ExposedPorts: { '6379/tcp': {} },
    });
  });

  it('postgres:16 keeps PGDATA in a volume and stops with SIGINT', () => {
    expect(image('postgres:16').config).toEqual({
      Env: [`${path}:/usr/lib/postgresql/16/bin`, 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', 'PG_MAJOR=16', 'PG_VERSION=16.6-1.pgdg120+1', 'PGDATA=/var/lib/postgresql/data'],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['postgres'],
      Volumes: { '/var/lib/postgresql/data': {} },
      ExposedPorts: { '5432/tcp': {} },
      StopSignal: 'SIGINT',
    });
  });

  it('httpd:latest starts httpd-foreground in /usr/local/apache2 and stops with SIGWINCH', () => {
    const { config } = image('httpd:latest');
    expect(config.Cmd).toEqual(['httpd-foreground']);
    expect(config.WorkingDir).toBe('/usr/local/apache2');
    expect(config.StopSignal).toBe('SIGWINCH');
    expect(config.Env).toContain('HTTPD_VERSION=2.4.62');
  });

  it('registry:2 passes its config file to the entrypoint and keeps images in /var/lib/registry', () => {
    expect(image('registry:2').config).toEqual({
      Env: [path],
      Entrypoint: ['/entrypoint.sh'],
      Cmd: ['/etc/docker/registry/config.yml'],
      ExposedPorts: { '5000/tcp': {} },
      Volumes: { '/var/lib/registry': {} },
    });
  });

  it('node:20 hands its command to docker-entrypoint.sh, which defaults to node', () => {
    expect(image('node:20').config).toEqual({
      Env: [path, 'NODE_VERSION=20.18.1', 'YARN_VERSION=1.22.22'],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['node'],
    });
  });

  it('the base images start a shell: alpine /bin/sh, busybox sh, ubuntu /bin/bash, debian bash', () => {
    expect(image('alpine:latest').config.Cmd).toEqual(['/bin/sh']);
    expect(image('busybox:latest').config.Cmd).toEqual(['sh']);
    expect(image('ubuntu:24.04').config.Cmd).toEqual(['/bin/bash']);
    expect(image('debian:bookworm').config.Cmd).toEqual(['bash']);
    expect(image('hello-world:latest').config.Cmd).toEqual(['/hello']);
  });
});

describe('layer sharing between hub images', () => {
  const firstSteps = (ref: string, n: number) => allSteps(image(ref)).slice(0, n);

  it('builds node and python on the same four buildpack-deps layers, whose first is debian:bookworm', () => {
    const shared = firstSteps('buildpack-deps:bookworm', 5);
    expect(firstSteps('node:20', 5)).toEqual(shared);
    expect(firstSteps('node:18', 5)).toEqual(shared);
    expect(firstSteps('python:3.12', 5)).toEqual(shared);
    expect(shared[0]).toBe(image('debian:bookworm').steps[0]);
  });

  it('builds nginx, httpd, redis and postgres on the same debian:bookworm-slim layer', () => {
    const slim = image('debian:bookworm-slim').steps[0];
    for (const ref of ['nginx:latest', 'httpd:latest', 'redis:latest', 'postgres:16']) expect(allSteps(image(ref))[0], ref).toBe(slim);
  });

  it('builds nginx:alpine and node:lts-alpine on alpine:3.20, and registry:2 on alpine:3.18', () => {
    expect(allSteps(image('nginx:alpine'))[0]).toBe(image('alpine:3.20').steps[0]);
    expect(allSteps(image('node:lts-alpine'))[0]).toBe(image('alpine:3.20').steps[0]);
    expect(allSteps(image('registry:2'))[0]).toBe(image('alpine:3.18').steps[0]);
  });
});
