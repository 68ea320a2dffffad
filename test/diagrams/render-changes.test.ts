/**
 * The renderer between steps, in Chromium: keyed joins keep what stays, a new container
 * grows out of its image, a state change is shown (and flashes, unless motion is
 * reduced), and each committed build step stacks a layer, cache hits marked.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openDiagramPage, renderScene, type DiagramBrowser } from './browser.ts';
import type { TraceStep } from '../../src/diagrams/sim-types.ts';
import { container, everydayScene, images } from './scenes.ts';

const size = { width: 1280, height: 720 };
const still = { stepMode: false, reducedMotion: true, durationMs: 0 };
const moving = { stepMode: false, reducedMotion: false, durationMs: 300 };
let browser: DiagramBrowser;

const buildStep = (id: number, from: string, sentence: string, cached = false): TraceStep => ({
  id,
  commandId: 4,
  machine: 'build',
  machineId: 'build-1',
  from,
  to: 'committed',
  component: 'images',
  sentence,
  at: id,
  cached,
});

describe.skipIf(!hasChromium)('renderArchitecture between steps', () => {
  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    browser = await openDiagramPage();
  }, 60_000);
  afterAll(() => browser?.close());

  it('keeps the same elements for the containers that stay when one is added', async () => {
    const { page } = browser;
    await renderScene(page, everydayScene(), { size, focus: still, fresh: true });
    await page.evaluate(
      () => ((window as unknown as { kept: Element }).kept = document.querySelector('g.dy-card')!),
    );
    const scene = everydayScene();
    scene.containers.push(container('late', images.alpine, 'created'));
    await renderScene(page, scene, { size, focus: still });
    expect(
      await page.evaluate(
        () => (window as unknown as { kept: Element }).kept === document.querySelector('g.dy-card'),
      ),
    ).toBe(true);
    expect(await page.$$eval('g.dy-card', (cards) => cards.length)).toBe(6);
  });

  it('grows a new container card out of its image', async () => {
    const { page } = browser;
    const scene = everydayScene();
    await renderScene(page, scene, { size, focus: still, fresh: true });
    scene.containers.push(container('born', images.nginx, 'created'));
    await renderScene(page, scene, { size, focus: { ...moving, durationMs: 1500 } });
    const card = 'g.dy-card[aria-label^="Container born"]';
    const start = await page.$eval(card, (g) => g.getBoundingClientRect().toJSON());
    const image = await page.$eval('g.dy-image[aria-label^="Image nginx"]', (g) =>
      g.getBoundingClientRect().toJSON(),
    );
    expect(start.x).toBeGreaterThan(image.x - 40);
    await page.waitForTimeout(1700);
    const end = await page.$eval(card, (g) => g.getBoundingClientRect().toJSON());
    expect(end.x).toBeLessThan(image.x - 100);
    expect(end.width).toBeGreaterThan(start.width * 2);
  });

  it('shows a changed state in words and flashes the card', async () => {
    const { page } = browser;
    const scene = everydayScene();
    await renderScene(page, scene, { size, focus: still, fresh: true });
    scene.containers[1] = { ...scene.containers[1], state: 'exited', status: 'Exited (0) 1 second ago' };
    await renderScene(page, scene, { size, focus: moving });
    expect(
      await page.$eval('g.dy-card[aria-label^="Container web"] .dy-pill text', (t) => t.textContent),
    ).toBe('■ exited');
    expect(await page.$$eval('g.dy-card rect.dy-flash', (r) => r.length)).toBe(1);
  });

  it('changes state without a flash when motion is reduced', async () => {
    const { page } = browser;
    const scene = everydayScene();
    await renderScene(page, scene, { size, focus: still, fresh: true });
    scene.containers[1] = { ...scene.containers[1], state: 'paused', status: 'Up 3 minutes (Paused)' };
    await renderScene(page, scene, { size, focus: still });
    expect(
      await page.$eval('g.dy-card[aria-label^="Container web"]', (g) => g.getAttribute('data-state')),
    ).toBe('paused');
    expect(await page.$$eval('g.dy-card rect.dy-flash', (r) => r.length)).toBe(0);
  });

  it('stacks a layer for each committed build step, cache hits marked, and takes them off when stepping back', async () => {
    const { page } = browser;
    const steps = [
      buildStep(10, 'cacheCheck', 'The base image is ready.'),
      buildStep(11, 'cached', 'The cached image 3f2a is used for step 2.', true),
      buildStep(12, 'running', "The temporary container's changes are committed as a new layer."),
    ];
    await renderScene(page, everydayScene(), {
      size,
      focus: { ...still, step: steps[0], stepMode: true },
      fresh: true,
    });
    for (const step of steps.slice(1))
      await renderScene(page, everydayScene(), { size, focus: { ...still, step, stepMode: true } });
    const layers = () => page.$$eval('g.dy-build-layer', (gs) => gs.map((g) => g.getAttribute('aria-label')));
    expect(await layers()).toEqual([
      'The base image to build on',
      'Layer reused from the build cache',
      'New layer committed',
    ]);
    await page.screenshot({ path: 'test-results/diagram-build.png' });
    await renderScene(page, everydayScene(), { size, focus: { ...still, step: steps[1], stepMode: true } });
    expect(await layers()).toEqual(['The base image to build on', 'Layer reused from the build cache']);
  });
});
