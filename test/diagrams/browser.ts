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
