/**
 * `alpine`: one layer, the minirootfs tarball ADDed by BuildKit, and `CMD ["/bin/sh"]`.
 * Real sizes (linux/amd64, `docker images`): 3.20.3 7.8MB, 3.19.4 7.38MB, 3.18.9 7.33MB.
 */
import type { ImageSpec } from './spec.ts';
import type { AlpineRelease } from './alpine-base.ts';
import { alpineRootfs } from './alpine-base.ts';
import { copy, meta } from './history.ts';

export const defaultPath = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function alpine(release: AlpineRelease, tags: string[], created: string): ImageSpec {
  return {
    repository: 'library/alpine',
    tags,
    created,
    config: { Env: [defaultPath], Cmd: ['/bin/sh'] },
    steps: [copy(`ADD alpine-minirootfs-${release.version}-x86_64.tar.gz /`, alpineRootfs(release)), meta('CMD ["/bin/sh"]')],
  };
}

export const alpine320: ImageSpec = alpine({ version: '3.20.3', branch: '3.20', libcryptoSize: 4_642_000, busyboxSize: 808_712 }, ['3.20', '3.20.3', 'latest'], '2024-09-06T12:05:36Z');

export const alpine319: ImageSpec = alpine({ version: '3.19.4', branch: '3.19', libcryptoSize: 4_222_000, busyboxSize: 808_712 }, ['3.19', '3.19.4'], '2024-09-06T12:05:36Z');

/** Only as the base of `registry:2`, which the distribution project builds FROM alpine:3.18. */
export const alpine318: ImageSpec = alpine({ version: '3.18.9', branch: '3.18', libcryptoSize: 4_178_000, busyboxSize: 800_624 }, ['3.18', '3.18.9'], '2024-09-06T12:05:36Z');
