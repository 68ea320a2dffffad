/**
 * layoutArchitecture, without a DOM: every part of Docker is placed, as Docker's
 * overview draws it, without overlaps, at projector and phone sizes; the same scene
 * always gives the same layout.
 */
import { describe, expect, it } from 'vitest';
import { layoutArchitecture } from '../../src/diagrams/architecture/layout.ts';
import { contains, overlaps } from '../../src/diagrams/architecture/geometry.ts';
import type { ArchitectureLayout, Rect } from '../../src/diagrams/architecture/layout-types.ts';
import { container, emptyScene, everydayScene, images } from './scenes.ts';

const projector = { width: 1280, height: 720 };
const phone = { width: 390, height: 844 };
const box = (layout: ArchitectureLayout, key: string) => layout.boxes.find((b) => b.key === key) as Rect;

function overlappingPairs(rects: (Rect & { key: string })[]): string[] {
  const pairs: string[] = [];
  rects.forEach((a, i) =>
    rects.slice(i + 1).forEach((b) => overlaps(a, b) && pairs.push(`${a.key} × ${b.key}`)),
  );
  return pairs;
}

describe('layoutArchitecture', () => {
  for (const [name, size] of [
    ['1280×720', projector],
    ['390×844', phone],
  ] as const) {
    it(`places the client, daemon, every registry, images, containers, networks and volumes at ${name}`, () => {
      const layout = layoutArchitecture(everydayScene(), size);
      expect(layout.boxes.map((b) => b.key).sort()).toEqual([
        'client',
        'containers',
        'daemon',
        'images',
        'networks',
        'registry:docker.io',
        'registry:localhost:5000',
        'volumes',
      ]);
    });

    it(`draws no box over another and keeps everything inside the drawing at ${name}`, () => {
      const layout = layoutArchitecture(everydayScene(), size);
      expect(overlappingPairs([...layout.boxes, { ...layout.caption, key: 'caption' }])).toEqual([]);
      const bounds = { x: 0, y: 0, ...size };
      for (const b of [...layout.boxes, layout.host, layout.caption])
        expect(contains(bounds, b), JSON.stringify(b)).toBe(true);
      for (const key of ['daemon', 'images', 'containers', 'networks', 'volumes'])
        expect(contains(layout.host, box(layout, key)), key).toBe(true);
    });

    it(`keeps every image stack, container card and chip inside its own box at ${name}`, () => {
      const layout = layoutArchitecture(everydayScene(), size);
      for (const s of layout.images) expect(contains(box(layout, 'images'), s), s.key).toBe(true);
      for (const c of layout.containers) expect(contains(box(layout, 'containers'), c), c.name).toBe(true);
      for (const c of layout.chips)
        expect(
          contains(box(layout, c.kind === 'volume' ? 'volumes' : 'networks'), c) ||
            contains(box(layout, 'volumes'), c),
          c.key,
        ).toBe(true);
      expect(overlappingPairs(layout.containers)).toEqual([]);
      expect(overlappingPairs(layout.images)).toEqual([]);
    });
  }

  it('draws the client left of the daemon and the registries right of it on a wide screen', () => {
    const layout = layoutArchitecture(everydayScene(), projector);
    const [client, daemon, hub, images, containers] = [
      'client',
      'daemon',
      'registry:docker.io',
      'images',
      'containers',
    ].map((k) => box(layout, k));
    expect(layout.orientation).toBe('wide');
    expect(client.x + client.width).toBeLessThan(daemon.x);
    expect(daemon.x + daemon.width).toBeLessThan(hub.x);
    expect(images.y).toBeGreaterThan(daemon.y + daemon.height);
    expect(containers.x + containers.width).toBeLessThan(images.x);
  });

  it('stacks client, daemon, images and containers from top to bottom on a phone', () => {
    const layout = layoutArchitecture(everydayScene(), phone);
    const [client, daemon, images, containers] = ['client', 'daemon', 'images', 'containers'].map((k) =>
      box(layout, k),
    );
    expect(layout.orientation).toBe('narrow');
    expect(client.y + client.height).toBeLessThan(daemon.y);
    expect(daemon.y + daemon.height).toBeLessThan(images.y);
    expect(images.y + images.height).toBeLessThan(containers.y);
  });

  it('always shows Docker Hub, even before anything was pulled, and no networks box without networks', () => {
    const layout = layoutArchitecture({ ...emptyScene(), registries: [], networks: [] }, projector);
    expect(layout.boxes.map((b) => b.key)).toEqual([
      'client',
      'daemon',
      'registry:docker.io',
      'containers',
      'images',
    ]);
    expect(layout.containers).toEqual([]);
    expect(layout.description).toContain('0 images and 0 containers');
  });

  it('gives a container card its name, image, state, status and ports', () => {
    const [, web] = layoutArchitecture(everydayScene(), projector).containers;
    expect(web).toMatchObject({
      name: 'web',
      image: 'nginx:latest',
      state: 'running',
      status: 'Up 2 minutes',
      ports: ['0.0.0.0:8080->80/tcp'],
      compact: false,
    });
  });

  it('connects the client to the daemon and the daemon to every registry', () => {
    const keys = layoutArchitecture(everydayScene(), projector).edges.map((e) => e.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'client->daemon',
        'daemon->registry:docker.io',
        'daemon->registry:localhost:5000',
        'daemon->images',
        'images->containers',
      ]),
    );
  });

  it('is deterministic: the same scene and size give the same layout', () => {
    expect(layoutArchitecture(everydayScene(), projector)).toEqual(
      layoutArchitecture(everydayScene(), projector),
    );
    const reordered = { ...everydayScene(), images: [...everydayScene().images].reverse() };
    expect(layoutArchitecture(reordered, projector).images).toEqual(
      layoutArchitecture(everydayScene(), projector).images,
    );
  });

  it('keeps existing cards where they were when a new container comes', () => {
    const before = layoutArchitecture(everydayScene(), projector);
    const scene = everydayScene();
    scene.containers.push(container('late', images.alpine, 'created'));
    const after = layoutArchitecture(scene, projector);
    expect(after.containers.slice(0, 5)).toEqual(before.containers);
    expect(after.containers[5].key).toBe(scene.containers[5].id);
  });

  it('routes a pulled layer from its registry to the images box, at its progress', () => {
    const scene = {
      ...everydayScene(),
      transfers: [
        { digest: 'sha256:abc', direction: 'pull' as const, progress: 0.4, registry: 'localhost:5000' },
      ],
    };
    const layout = layoutArchitecture(scene, projector);
    const [lane] = layout.transfers;
    const registry = box(layout, 'registry:localhost:5000');
    expect(lane).toMatchObject({ key: 'pull:sha256:abc', progress: 0.4 });
    expect(lane.points[0].x).toBe(registry.x);
    expect(
      contains(box(layout, 'images'), { ...lane.points[lane.points.length - 1], width: 0, height: 0 }),
    ).toBe(true);
  });
});
