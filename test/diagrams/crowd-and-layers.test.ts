/**
 * Crowds and layers: 50 containers and 30 images stay inside their boxes (with
 * compact cards, "+N more" tiles and counts per state), and a layer held by several
 * images is identified, badged the same everywhere and drawn once across neighbours.
 */
import { describe, expect, it } from 'vitest';
import { layoutArchitecture } from '../../src/diagrams/architecture/layout.ts';
import { sharedLayers } from '../../src/diagrams/architecture/image-stacks.ts';
import { contains, overlaps } from '../../src/diagrams/architecture/geometry.ts';
import type { Rect } from '../../src/diagrams/architecture/layout-types.ts';
import { crowdedScene, everydayScene, images, layer } from './scenes.ts';

const sizes = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

describe('a crowded host', () => {
  for (const size of sizes) {
    it(`keeps 50 containers and 30 images inside their boxes at ${size.width}×${size.height}`, () => {
      const layout = layoutArchitecture(crowdedScene(), size);
      const boxOf = (key: string) => layout.boxes.find((b) => b.key === key) as Rect;
      const cards: Rect[] = [
        ...layout.containers,
        ...(layout.containersOverflow ? [layout.containersOverflow] : []),
      ];
      const stacks: Rect[] = [
        ...layout.images,
        ...(layout.imagesOverflow ? [layout.imagesOverflow] : []),
        layout.buildSlot,
      ];
      for (const c of cards) expect(contains(boxOf('containers'), c)).toBe(true);
      for (const s of stacks) expect(contains(boxOf('images'), s)).toBe(true);
      for (const rects of [cards, stacks])
        rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
      expect(layout.containers.length + (layout.containersOverflow?.count ?? 0)).toBe(50);
      expect(layout.images.length + (layout.imagesOverflow?.count ?? 0)).toBe(30);
      for (const chip of layout.chips) expect(chip.x + chip.width).toBeLessThanOrEqual(size.width);
    });
  }

  it('switches to compact cards and counts every container per state', () => {
    const layout = layoutArchitecture(crowdedScene(), { width: 1280, height: 720 });
    expect(layout.containers.every((c) => c.compact)).toBe(true);
    expect(layout.stateCounts).toEqual([
      { state: 'running', count: 20 },
      { state: 'paused', count: 10 },
      { state: 'created', count: 10 },
      { state: 'exited', count: 10 },
    ]);
  });

  it('says how many are hidden on the "+N more" tile', () => {
    const layout = layoutArchitecture(crowdedScene(), { width: 390, height: 844 });
    expect(layout.containersOverflow?.label).toBe(`+${layout.containersOverflow?.count} more`);
    expect(layout.imagesOverflow?.label).toMatch(/^\+\d+( more)?$/);
  });
});

describe('shared layers', () => {
  it('finds the layers held by more than one image and badges them S1, S2 …', () => {
    const shared = sharedLayers(Object.values(images));
    const debian = images.nginx.layers[0].diffId;
    expect([...shared.keys()]).toEqual([debian]);
    expect(shared.get(debian)).toEqual({ badge: 'S1', count: 3 });
  });

  it('gives a shared layer the same badge in every stack that holds it', () => {
    const layout = layoutArchitecture(everydayScene(), { width: 1280, height: 720 });
    const debian = images.nginx.layers[0].diffId;
    const bands = layout.images.flatMap((s) => s.bands).filter((b) => b.diffId === debian);
    expect(bands).toHaveLength(3);
    expect(bands.every((b) => b.badge === 'S1' && b.sharedBy === 3)).toBe(true);
    expect(
      layout.images
        .flatMap((s) => s.bands)
        .filter((b) => b.diffId !== debian)
        .every((b) => b.sharedBy === 1 && b.badge === ''),
    ).toBe(true);
  });

  it('draws a layer shared by neighbouring stacks once, spanning them', () => {
    const layout = layoutArchitecture(everydayScene(), { width: 1280, height: 720 });
    expect(layout.sharedSpans).toHaveLength(1);
    const [span] = layout.sharedSpans;
    const members = layout.images.filter((s) => span.imageKeys.includes(s.key));
    expect(members.map((s) => s.tags[0]).sort()).toEqual(['nginx:latest', 'node:20']);
    expect(members.every((s) => s.bands[0].spanned)).toBe(true);
    expect(span.x).toBe(members[0].x);
    expect(span.x + span.width).toBeCloseTo(members[1].x + members[1].width);
  });

  it('puts images built on the same base side by side', () => {
    const layout = layoutArchitecture(everydayScene(), { width: 1280, height: 720 });
    const order = layout.images.map((s) => s.tags[0]);
    const debianBased = ['httpd:2.4', 'nginx:latest', 'node:20'].map((t) => order.indexOf(t)).sort();
    expect(debianBased[2] - debianBased[0]).toBe(2);
  });

  it('caps a stack too deep for its row with "+N layers"', () => {
    const deep = {
      ...everydayScene(),
      images: [
        images.alpine,
        { ...images.node, layers: Array.from({ length: 60 }, (_, i) => layer(`step ${i}`)) },
      ],
    };
    const stack = layoutArchitecture(deep, { width: 390, height: 844 }).images.find(
      (s) => s.key === images.node.id,
    );
    expect(stack?.hiddenLayers).toBeGreaterThan(0);
    expect((stack?.bands.length ?? 0) + (stack?.hiddenLayers ?? 0)).toBe(60);
  });
});
