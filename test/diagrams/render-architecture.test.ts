/**
 * The renderer in a real browser: the SVG it draws has the groups, titles and texts a
 * learner (and a screen reader) needs, follows the trace step, honours reduced motion,
 * and looks right at projector and phone sizes (screenshots in test-results/).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openDiagramPage, type DiagramBrowser } from './browser.ts';
import type { TraceStep } from '../../src/diagrams/sim-types.ts';

declare global {
  interface Window {
    dy: typeof import('../../src/diagrams/index.ts') & { scenes: typeof import('./scenes.ts') };
  }
}

type SceneName = 'emptyScene' | 'everydayScene' | 'crowdedScene';
interface Case {
  scene: SceneName;
  width: number;
  height: number;
  step?: TraceStep;
  stepMode?: boolean;
  reducedMotion?: boolean;
  dark?: boolean;
  transfers?: { digest: string; direction: 'pull' | 'push'; progress: number; registry: string }[];
}

const step = (over: Partial<TraceStep>): TraceStep => ({
  id: 1,
  commandId: 1,
  machine: 'request',
  machineId: 'req-1',
  from: 'idle',
  to: 'sent',
  component: 'daemon',
  sentence: '',
  at: 0,
  ...over,
});

const createStep = step({
  id: 7,
  component: 'daemon',
  edge: { from: 'client', to: 'daemon', label: 'POST /containers/create' },
  api: { method: 'POST', path: '/v1.47/containers/create?name=web' },
  sentence: 'The client asks the daemon to create a container named web from nginx:latest.',
});

const dir = 'test-results';
let browser: DiagramBrowser;

async function render(c: Case, screenshot?: string) {
  const { page } = browser;
  await page.setViewportSize({ width: c.width, height: c.height });
  await page.evaluate((c) => {
    const svg = document.getElementById('diagram') as unknown as SVGSVGElement;
    svg.replaceChildren();
    svg.removeAttribute('data-dy-id');
    svg.setAttribute('width', String(c.width));
    svg.setAttribute('height', String(c.height));
    document.getElementById('theme')!.className = c.dark ? 'dark' : '';
    const scene = window.dy.scenes[c.scene]();
    if (c.transfers) scene.transfers = c.transfers;
    const layout = window.dy.layoutArchitecture(scene, { width: c.width, height: c.height });
    window.dy.renderArchitecture(svg, layout, {
      step: c.step,
      stepMode: c.stepMode ?? false,
      reducedMotion: c.reducedMotion ?? true,
      durationMs: 300,
    });
  }, c);
  if (screenshot) await page.screenshot({ path: `${dir}/diagram-${screenshot}.png` });
}

const text = () => browser.page.evaluate(() => document.getElementById('diagram')!.textContent ?? '');

describe.skipIf(!hasChromium)('renderArchitecture in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    browser = await openDiagramPage();
  }, 60_000);
  afterAll(() => browser?.close());

  it('draws every part of Docker with a title, and describes the scene in <desc>', async () => {
    await render({ scene: 'everydayScene', width: 1280, height: 720 }, 'projector');
    const boxes = await browser.page.$$eval('g.dy-box', (gs) =>
      gs.map((g) => g.querySelector('title')?.textContent),
    );
    expect(boxes).toEqual(
      expect.arrayContaining([
        'Client — docker CLI',
        'Docker daemon — dockerd · Engine API',
        'Registry — Docker Hub',
        'Registry — localhost:5000',
        'Images (5)',
        'Containers (5)',
        'Networks (3)',
        'Volumes (1)',
      ]),
    );
    const desc = await browser.page.$eval('svg > desc', (d) => d.textContent);
    expect(desc).toContain(
      '5 images and 5 containers (1 running, 1 restarting, 1 paused, 1 created, 1 exited)',
    );
  });

  it('gives every container card its state as a word and a glyph, not colour alone', async () => {
    await render({ scene: 'everydayScene', width: 1280, height: 720 });
    const pills = await browser.page.$$eval('g.dy-card .dy-pill text', (ts) => ts.map((t) => t.textContent));
    expect(pills).toEqual(['■ exited', '▶ running', '‖ paused', '○ created', '↻ restarting']);
    const web = await browser.page.$eval('g.dy-card[data-state="running"]', (g) =>
      g.getAttribute('aria-label'),
    );
    expect(web).toBe(
      'Container web, from image nginx:latest, running (Up 2 minutes), ports 0.0.0.0:8080->80/tcp',
    );
  });

  it('draws a layer shared by neighbouring images once, across their stacks', async () => {
    await render({ scene: 'everydayScene', width: 1280, height: 720 });
    const spans = await browser.page.$$eval('g.dy-span-group', (gs) =>
      gs.map((g) => g.getAttribute('aria-label')),
    );
    expect(spans).toEqual(['Layer S1, shared by 2 images, stored once']);
    expect(await text()).toContain('S1 · shared by 2 images');
  });

  it('shows a packet with the API call on its edge and highlights the active component in step mode', async () => {
    await render(
      { scene: 'everydayScene', width: 1280, height: 720, step: createStep, stepMode: true },
      'step-mode',
    );
    expect(await browser.page.$eval('g.dy-packet', (g) => g.getAttribute('aria-label'))).toBe(
      'Message: POST /containers/create',
    );
    expect(
      await browser.page.$$eval('g.dy-box.dy-active title', (ts) => ts.map((t) => t.textContent)),
    ).toEqual(['Docker daemon — dockerd · Engine API']);
    // The caption is not a live region: the app announces each step once, in its own.
    expect(await browser.page.$eval('g.dy-caption', (g) => g.getAttribute('role'))).toBe('note');
    expect(await browser.page.$$eval('svg [aria-live]', (els) => els.length)).toBe(0);
    expect(await text()).toContain('The client asks the daemon to create a container named web');
  });

  it('under reduced motion the packet is already where the step ends', async () => {
    await render({
      scene: 'everydayScene',
      width: 1280,
      height: 720,
      step: createStep,
      stepMode: true,
      reducedMotion: true,
    });
    const x = await browser.page.$eval('g.dy-packet g.dy-dot', (g) => g.getBoundingClientRect().x);
    const daemonX = await browser.page.$eval('g.dy-box.dy-daemon', (g) => g.getBoundingClientRect().x);
    expect(x).toBeGreaterThan(daemonX - 30);
  });

  it('animates the packet along its edge when motion is allowed', async () => {
    await render({
      scene: 'everydayScene',
      width: 1280,
      height: 720,
      step: createStep,
      stepMode: true,
      reducedMotion: false,
    });
    const start = await browser.page.$eval('g.dy-packet g.dy-dot', (g) => g.getAttribute('transform'));
    await browser.page.waitForTimeout(450);
    const end = await browser.page.$eval('g.dy-packet g.dy-dot', (g) => g.getAttribute('transform'));
    expect(end).not.toBe(start);
  });

  it('shows layers streaming from the registry with their progress', async () => {
    const transfers = [
      {
        digest: 'sha256:2a9f1c0b7e3d4c5b6a798897a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7',
        direction: 'pull' as const,
        progress: 0.35,
        registry: 'docker.io',
      },
      {
        digest: 'sha256:7c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b',
        direction: 'pull' as const,
        progress: 0.8,
        registry: 'docker.io',
      },
    ];
    const pull = step({
      id: 3,
      machine: 'pull',
      component: 'registry',
      edge: { from: 'registry', to: 'daemon', label: 'layer blobs' },
      api: { method: 'GET', path: '/v2/library/nginx/blobs/sha256:2a9f1c0b' },
      sentence: 'The daemon downloads the layers of nginx:latest it does not have yet, several at a time.',
    });
    await render(
      { scene: 'everydayScene', width: 1280, height: 720, transfers, step: pull, stepMode: true, dark: true },
      'pull-dark',
    );
    const labels = await browser.page.$$eval('g.dy-transfer', (gs) =>
      gs.map((g) => g.getAttribute('aria-label')),
    );
    expect(labels).toEqual([
      'Layer 2a9f1c0b7e3d downloading from docker.io: 35%',
      'Layer 7c3b2a1f0e9d downloading from docker.io: 80%',
    ]);
  });

  it('keeps 50 containers and 30 images readable with counts per state and "+N more"', async () => {
    await render({ scene: 'crowdedScene', width: 1280, height: 720 }, 'crowded');
    const counts = await browser.page.$eval('text.dy-counts', (t) => t.getAttribute('aria-label'));
    expect(counts).toBe('20 running, 10 paused, 10 created, 10 exited');
    expect(await browser.page.$$eval('g.dy-tile text', (ts) => ts.map((t) => t.textContent))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\+\d+ more$/)]),
    );
  });

  it('stacks the parts vertically on a 390-wide phone', async () => {
    await render(
      { scene: 'everydayScene', width: 390, height: 844, step: createStep, stepMode: true },
      'phone',
    );
    const client = await browser.page.$eval('g.dy-box.dy-client', (g) => g.getBoundingClientRect().toJSON());
    const daemon = await browser.page.$eval('g.dy-box.dy-daemon', (g) => g.getBoundingClientRect().toJSON());
    expect(daemon.y).toBeGreaterThan(client.y + client.height);
    await render({ scene: 'crowdedScene', width: 390, height: 844 }, 'phone-crowded');
  });
});
