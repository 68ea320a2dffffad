/**
 * Scenes for the diagram tests, built by functions: a handful of real-looking images
 * that share a Debian base (as nginx, httpd and node do), containers in every state,
 * and a crowd of 50 containers and 30 images.
 */
import type { SceneContainer, SceneImage, SceneLayer, SceneState } from '../../src/diagrams/sim-types.ts';

function digest(text: string): string {
  let h = 2166136261;
  let out = '';
  for (let round = 0; round < 8; round++) {
    for (const ch of `${round}:${text}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return `sha256:${out}`;
}

export function layer(name: string, size = 1_000_000): SceneLayer {
  return { diffId: digest(`layer:${name}`), size, createdBy: `RUN ${name}` };
}

const debian = layer('debian:bookworm rootfs', 74_800_000);

export function image(tag: string, layers: SceneLayer[]): SceneImage {
  return { id: digest(`image:${tag}`), tags: [tag], layers, size: layers.reduce((a, l) => a + l.size, 0) };
}

export const images = {
  helloWorld: image('hello-world:latest', [layer('COPY hello /', 13_256)]),
  nginx: image('nginx:latest', [
    debian,
    ...['apt-get install nginx', 'docker-entrypoint.sh', 'conf.d', 'nginx.conf', 'index.html'].map((n) =>
      layer(`nginx ${n}`),
    ),
  ]),
  httpd: image('httpd:2.4', [
    debian,
    ...['apt-get install libapr1', 'build httpd', 'httpd-foreground'].map((n) => layer(`httpd ${n}`)),
  ]),
  node: image('node:20', [
    debian,
    ...['buildpack-deps curl', 'buildpack-deps scm', 'node', 'yarn', 'docker-entrypoint.sh'].map((n) =>
      layer(`node ${n}`),
    ),
  ]),
  alpine: image('alpine:3.20', [layer('alpine rootfs', 7_800_000)]),
};

export function container(
  name: string,
  img: SceneImage,
  state: SceneContainer['state'],
  ports: string[] = [],
): SceneContainer {
  const status = {
    running: 'Up 2 minutes',
    exited: 'Exited (0) 5 seconds ago',
    paused: 'Up 3 minutes (Paused)',
    created: 'Created',
    restarting: 'Restarting (1) 2 seconds ago',
    removing: 'Removal In Progress',
    dead: 'Dead',
  }[state];
  return {
    id: digest(`container:${name}`).slice(7),
    name,
    image: img.tags[0],
    imageId: img.id,
    state,
    status,
    ports,
    networks: ['bridge'],
  };
}

const defaultNetworks = ['bridge', 'host', 'none'].map((name) => ({
  id: digest(`net:${name}`).slice(7, 19),
  name,
  driver: name === 'none' ? 'null' : name,
}));

export function emptyScene(): SceneState {
  return {
    registries: [{ host: 'docker.io', repositories: [] }],
    images: [],
    containers: [],
    networks: defaultNetworks,
    volumes: [],
    transfers: [],
  };
}

/** After `docker run hello-world`, `docker run -d -p 8080:80 nginx` and a few more. */
export function everydayScene(): SceneState {
  const { helloWorld, nginx, httpd, node, alpine } = images;
  return {
    registries: [
      {
        host: 'docker.io',
        repositories: [
          'library/hello-world',
          'library/nginx',
          'library/httpd',
          'library/node',
          'library/alpine',
        ],
      },
      { host: 'localhost:5000', repositories: ['myapp'] },
    ],
    images: [helloWorld, nginx, httpd, node, alpine],
    containers: [
      container('brave_hopper', helloWorld, 'exited'),
      container('web', nginx, 'running', ['0.0.0.0:8080->80/tcp']),
      container('site', httpd, 'paused', ['0.0.0.0:8081->80/tcp']),
      container('builder', node, 'created'),
      container('flaky', alpine, 'restarting'),
    ],
    networks: defaultNetworks,
    volumes: [{ name: 'pgdata' }],
    transfers: [],
  };
}

/** 30 images (most on the Debian base) and 50 containers in mixed states. */
export function crowdedScene(): SceneState {
  const many = Array.from({ length: 30 }, (_, i) =>
    image(
      `app${i}:v${i % 3}`,
      i % 3 === 0
        ? [layer(`alpine rootfs`), layer(`app${i}`)]
        : [debian, layer(`deps ${i % 4}`), layer(`app${i}`)],
    ),
  );
  const states: SceneContainer['state'][] = ['running', 'running', 'exited', 'created', 'paused'];
  const containers = Array.from({ length: 50 }, (_, i) =>
    container(`svc-${i}`, many[i % 30], states[i % 5], i % 2 ? [`0.0.0.0:${8000 + i}->80/tcp`] : []),
  );
  const volumes = Array.from({ length: 12 }, (_, i) => ({ name: `data-${i}` }));
  return { ...everydayScene(), images: many, containers, volumes };
}
