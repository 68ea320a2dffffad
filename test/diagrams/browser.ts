/**
 * A real browser for the renderer's tests: Debian's Chromium driven by
 * playwright-core, with the diagram and the test scenes bundled by esbuild into one
 * page. `page.evaluate(() => window.dy …)` then renders scenes as the app would.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { SceneState, TraceStep } from '../../src/diagrams/sim-types.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const root = join(import.meta.dirname, '..', '..');

async function bundle(): Promise<string> {
  const contents = `
    import * as diagrams from './src/diagrams/index.ts';
    import * as scenes from './test/diagrams/scenes.ts';
    window.dy = { ...diagrams, scenes };`;
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  return result.outputFiles[0].text;
}

export interface DiagramBrowser {
  page: Page;
  close(): Promise<void>;
}

export async function openDiagramPage(): Promise<DiagramBrowser> {
  const script = await bundle();
  const profile = mkdtempSync(join(tmpdir(), 'dy-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent(`<!doctype html><html><head><style>
    body { margin: 0; }
    .dark { --dy-bg: #0d1117; --dy-fg: #e6edf3; --dy-muted: #9198a1; --dy-surface: #161b22; --dy-border: #3d444d; --dy-host: #111a24; --dy-layer: #3d444d; --dy-accent: #4493f8; --dy-packet: #1f6feb; }
    svg { display: block; }
  </style></head><body><div id="theme"><svg id="diagram"></svg></div><script>${script}</script></body></html>`);
  return {
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface RenderOptions {
  size: { width: number; height: number };
  focus: { step?: TraceStep; stepMode: boolean; reducedMotion: boolean; durationMs: number };
  /** Start from an empty SVG (default: keep what is drawn, as the app does between steps). */
  fresh?: boolean;
  dark?: boolean;
}

/** Lay out and render a scene in the page, the way the app calls the diagram. */
export async function renderScene(page: Page, scene: SceneState, options: RenderOptions): Promise<void> {
  await page.setViewportSize(options.size);
  await page.evaluate(
    ({ scene, options }) => {
      const svg = document.getElementById('diagram') as unknown as SVGSVGElement;
      if (options.fresh) {
        svg.replaceChildren();
        svg.removeAttribute('data-dy-id');
      }
      svg.setAttribute('width', String(options.size.width));
      svg.setAttribute('height', String(options.size.height));
      document.getElementById('theme')!.className = options.dark ? 'dark' : '';
      const dy = (window as unknown as { dy: typeof import('../../src/diagrams/index.ts') }).dy;
      dy.renderArchitecture(svg, dy.layoutArchitecture(scene, options.size), options.focus);
    },
    { scene, options },
  );
}
