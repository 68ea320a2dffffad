/**
 * `registry:2`: the CNCF Distribution registry (2.8.3), a single Go binary on
 * alpine:3.18, serving the configuration below: filesystem storage in the
 * /var/lib/registry volume, HTTP on :5000. Real size (linux/amd64): 25.4MB, 5 layers.
 */
import type { ImageSpec } from './spec.ts';
import { bin, blob, script, text } from './files.ts';
import { copy, meta, run } from './history.ts';

export const registryConfig = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

/** A config file argument means `registry serve <config>`; a subcommand or flag goes to `registry`. */
export const registryEntrypoint = `#!/bin/sh

set -e

case "$1" in
    *.yaml|*.yml) set -- registry serve "$@" ;;
    serve|garbage-collect|help|-*) set -- registry "$@" ;;
esac

exec "$@"
`;

export const registry2: ImageSpec = {
  repository: 'library/registry',
  tags: ['2', '2.8', '2.8.3', 'latest'],
  created: '2023-10-02T18:42:41Z',
  base: 'library/alpine:3.18',
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Entrypoint: ['/entrypoint.sh'],
    Cmd: ['/etc/docker/registry/config.yml'],
    ExposedPorts: { '5000/tcp': {} },
    Volumes: { '/var/lib/registry': {} },
  },
  steps: [
    run('apk add --no-cache ca-certificates', [blob('/etc/ssl/certs/ca-certificates.crt', 221_000), blob('/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', 1_939), blob('/usr/sbin/update-ca-certificates', 34_000, 0o755)]),
    run('set -eux; \tversion=\'2.8.3\'; \tapkArch="$(apk --print-arch)"; \tcase "$apkArch" in \t\tx86_64)  arch=\'amd64\';   sha256=\'b1f750ecbe09f38e2143e22c61a25e3da2afe1510d9522859230b480e642ceff\' ;; \t\t... \tesac; \twget -O registry.tar.gz "https://github.com/distribution/distribution/releases/download/v${version}/registry_${version}_linux_${arch}.tar.gz"; \techo "$sha256 *registry.tar.gz" | sha256sum -c -; \ttar --extract --verbose --file registry.tar.gz --directory /bin/ registry; \trm registry.tar.gz; \tregistry --version', [
      bin('/bin/registry', 'registry', 17_400_000),
    ]),
    copy('COPY ./config-example.yml /etc/docker/registry/config.yml', [text('/etc/docker/registry/config.yml', registryConfig)]),
    meta('VOLUME [/var/lib/registry]'),
    meta('EXPOSE map[5000/tcp:{}]'),
    copy('COPY docker-entrypoint.sh /entrypoint.sh', [script('/entrypoint.sh', registryEntrypoint)]),
    meta('ENTRYPOINT ["/entrypoint.sh"]'),
    meta('CMD ["/etc/docker/registry/config.yml"]'),
  ],
};
