/**
 * The diagram on real traces: the scenes and steps src/sim records while the engine
 * runs `docker run`, `docker pull` and `docker build` lay out cleanly at every step,
 * every step's message finds its way, and the browser draws them (screenshots).
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutArchitecture } from '../../src/diagrams/architecture/layout.ts';
import { contains, overlaps } from '../../src/diagrams/architecture/geometry.ts';
import { stepTargets } from '../../src/diagrams/architecture/step-target.ts';
import { packetFor } from '../../src/diagrams/architecture/render-packet.ts';
import { tracedSession, type TracedSession } from '../sim/trace/fixtures.ts';
import { hasChromium, openDiagramPage, renderScene } from './browser.ts';

const sizes = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];
const dockerfile = 'FROM alpine\nRUN echo hi > /x\nCOPY . /app\nCMD ["cat", "/x"]\n';
let t: TracedSession;

describe('the diagram on a real trace', () => {
  beforeAll(async () => {
    t = await tracedSession({ files: { '/home/learner/app/Dockerfile': dockerfile } });
    await t.run('docker run -d --name web -p 8080:80 nginx');
    await t.run('docker build -t app app');
    await t.run('docker run --name once app');
  }, 120_000);

  it('lays out every step without overlapping boxes, at projector and phone sizes', () => {
    for (const step of t.recorder.steps)
      for (const size of sizes) {
        const layout = layoutArchitecture(t.recorder.sceneAt(step.id), size);
        const bounds = { x: 0, y: 0, ...size };
        layout.boxes.forEach((a, i) =>
          layout.boxes
            .slice(i + 1)
            .forEach((b) => expect(overlaps(a, b), `${step.id} ${a.key} ${b.key}`).toBe(false)),
        );
        for (const r of [...layout.boxes, ...layout.images, ...layout.containers])
          expect(contains(bounds, r)).toBe(true);
      }
  });

  it('finds the box and the path of every step that crosses an edge', () => {
    const withEdge = t.recorder.steps.filter((s) => s.edge);
    expect(withEdge.length).toBeGreaterThan(5);
    for (const step of withEdge) {
      const layout = layoutArchitecture(t.recorder.sceneAt(step.id), sizes[0]);
      const targets = stepTargets(layout, step);
      expect(
        layout.boxes.some((b) => b.key === targets.boxKey),
        `${step.id}`,
      ).toBe(true);
      expect(
        packetFor(
          layout,
          { step, stepMode: true, reducedMotion: true, durationMs: 0 },
          targets.from,
          targets.to,
        ),
        step.sentence,
      ).not.toBeNull();
    }
  });

  it.skipIf(!hasChromium)('draws the pull of nginx, the build and the containers in Chromium', async () => {
    mkdirSync('test-results', { recursive: true });
    const browser = await openDiagramPage();
    try {
      const steps = t.recorder.steps;
      const downloading = steps.filter((s) => s.machine === 'pull' && s.to === 'downloading');
      const pull = downloading[Math.floor(downloading.length / 2)];
      const commit = steps.filter((s) => s.machine === 'build' && s.to === 'committed').at(-1)!;
      const shots: [string, number, { width: number; height: number }][] = [
        ['real-pull', pull.id, sizes[0]],
        ['real-pull-phone', pull.id, sizes[1]],
        ['real-end', steps.at(-1)!.id, sizes[0]],
      ];
      for (const [name, id, size] of shots) {
        // Play every step up to the one shown, as the player would, so the build's layers accumulate.
        for (const step of steps.filter((s) => s.id <= id && (s.id >= id - 3 || s.machine === 'build')))
          await renderScene(browser.page, t.recorder.sceneAt(step.id), {
            size,
            focus: { step, stepMode: true, reducedMotion: true, durationMs: 0 },
            fresh: step === steps[0],
          });
        await browser.page.screenshot({ path: `test-results/diagram-${name}.png` });
      }
      for (const step of steps.filter((s) => s.id <= commit.id))
        await renderScene(browser.page, t.recorder.sceneAt(step.id), {
          size: sizes[0],
          focus: { step, stepMode: true, reducedMotion: true, durationMs: 0 },
        });
      await browser.page.screenshot({ path: 'test-results/diagram-real-build.png' });
      expect(
        await browser.page.$$eval('g.dy-build-layer', (gs) => gs.map((g) => g.getAttribute('aria-label'))),
      ).toEqual(['The base image to build on', 'New layer committed', 'New layer committed']);
    } finally {
      await browser.close();
    }
  });
});
