/**
 * How a trace step maps onto the diagram (which box, which edge, whether a build step
 * stacks a layer or hits the cache) and the short texts the diagram writes.
 */
import { describe, expect, it } from 'vitest';
import { layoutArchitecture } from '../../src/diagrams/architecture/layout.ts';
import {
  boxKeyFor,
  buildLayerKind,
  isLayerStep,
  stepTargets,
} from '../../src/diagrams/architecture/step-target.ts';
import { packetFor } from '../../src/diagrams/architecture/render-packet.ts';
import { edgeBetween } from '../../src/diagrams/architecture/edges.ts';
import { stepAnnouncement } from '../../src/diagrams/architecture/render-caption.ts';
import { apiLabel, humanSize, layerCommand } from '../../src/diagrams/architecture/format.ts';
import { fit, pointAlong, wrap } from '../../src/diagrams/architecture/geometry.ts';
import type { TraceStep } from '../../src/diagrams/sim-types.ts';
import { everydayScene } from './scenes.ts';

const step = (over: Partial<TraceStep>): TraceStep => ({
  id: 1,
  commandId: 1,
  machine: 'request',
  machineId: 'r1',
  from: 'a',
  to: 'b',
  component: 'daemon',
  sentence: 'Something happens.',
  at: 0,
  ...over,
});
const layout = layoutArchitecture(everydayScene(), { width: 1280, height: 720 });

describe('steps on the diagram', () => {
  it('finds the registry a step talks about, and Docker Hub otherwise', () => {
    expect(
      boxKeyFor(
        layout,
        'registry',
        step({ api: { method: 'GET', path: 'https://localhost:5000/v2/myapp/manifests/latest' } }),
      ),
    ).toBe('registry:localhost:5000');
    expect(
      boxKeyFor(layout, 'registry', step({ sentence: 'The daemon asks the registry for the manifest.' })),
    ).toBe('registry:docker.io');
    expect(boxKeyFor(layout, 'images')).toBe('images');
  });

  it('names the box to highlight and the edge the packet travels', () => {
    const targets = stepTargets(
      layout,
      step({ component: 'registry', edge: { from: 'daemon', to: 'registry', label: 'manifest' } }),
    );
    expect(targets).toEqual({
      boxKey: 'registry:docker.io',
      edgeKey: 'daemon->registry:docker.io',
      from: 'daemon',
      to: 'registry:docker.io',
    });
  });

  it('labels the packet with the edge label the trace wrote, else the API call without version or query', () => {
    const focus = (label: string) => ({
      step: step({
        edge: { from: 'client', to: 'daemon', label },
        api: { method: 'POST', path: `/v1.47/containers/${'ab12'.repeat(16)}/start?x=1`, status: 204 },
      }),
      stepMode: true,
      reducedMotion: true,
      durationMs: 0,
    });
    expect(packetFor(layout, focus('204 No Content'), 'daemon', 'client')?.label).toBe('204 No Content');
    const packet = packetFor(layout, focus(''), 'client', 'daemon');
    expect(packet?.label).toBe('POST /containers/ab12ab12ab12/start → 204');
    expect(packet!.rest.x).toBeGreaterThanOrEqual(4);
    expect(packet!.rest.x + packet!.width).toBeLessThanOrEqual(1276);
  });

  it('sends a layer from the registry to the images through the daemon', () => {
    const path = edgeBetween(layout.edges, layout.boxes, 'registry:docker.io', 'images');
    const daemon = layout.boxes.find((b) => b.key === 'daemon')!;
    expect(path.some((p) => p.x === daemon.x + daemon.width)).toBe(true);
  });

  it('has no packet for a step that crosses no edge', () => {
    expect(
      packetFor(layout, { step: step({}), stepMode: true, reducedMotion: false, durationMs: 400 }),
    ).toBeNull();
  });

  it('stacks a layer for each committed build step and marks a cache hit as such', () => {
    const build = (from: string, to: string, over: Partial<TraceStep> = {}) =>
      step({ machine: 'build', from, to, ...over });
    expect(isLayerStep(build('running', 'committed'))).toBe(true);
    expect(isLayerStep(build('cacheCheck', 'cached', { cached: true }))).toBe(false);
    expect(isLayerStep(build('cached', 'committed', { cached: true }))).toBe(true);
    expect(isLayerStep(build('cacheCheck', 'running'))).toBe(false);
    expect(isLayerStep(step({ machine: 'pull', to: 'committed' }))).toBe(false);
    expect(buildLayerKind(build('cached', 'committed', { cached: true }))).toBe('cached');
    expect(buildLayerKind(build('running', 'committed'))).toBe('new');
    expect(buildLayerKind(build('cacheCheck', 'committed', { sentence: 'The base image is ready.' }))).toBe(
      'base',
    );
  });

  it('announces a step with its sentence and API call', () => {
    expect(
      stepAnnouncement(
        step({
          sentence: 'The client asks the daemon to start web.',
          api: { method: 'POST', path: '/v1.47/containers/web/start', status: 204 },
        }),
      ),
    ).toBe('The client asks the daemon to start web. (POST /containers/web/start → 204)');
  });
});

describe('texts and geometry', () => {
  it('writes sizes as docker images does', () => {
    expect([humanSize(13_256), humanSize(187_000_000), humanSize(512)]).toEqual(['13.3kB', '187MB', '512B']);
  });

  it('shows a layer history line as its Dockerfile instruction', () => {
    expect(layerCommand('/bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon off;"]')).toBe(
      'CMD ["nginx" "-g" "daemon off;"]',
    );
    expect(layerCommand('/bin/sh -c apt-get update')).toBe('RUN apt-get update');
    expect(layerCommand('RUN /bin/sh -c npm ci # buildkit')).toBe('RUN npm ci');
  });

  it('cuts and wraps text to a width with an ellipsis', () => {
    expect(fit('hello-world:latest', 60, 10)).toBe('hello-wo…');
    expect(wrap('The daemon does not have hello-world:latest, so it asks the registry', 160, 13, 2)).toEqual([
      'The daemon does not',
      'have hello-world:l…',
    ]);
    expect(apiLabel({ method: 'GET', path: '/_ping' })).toBe('GET /_ping');
  });

  it('walks a polyline by length', () => {
    const l = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 30 },
    ];
    expect(pointAlong(l, 0.5)).toEqual({ x: 10, y: 10 });
    expect(pointAlong(l, 1)).toEqual({ x: 10, y: 30 });
  });
});
