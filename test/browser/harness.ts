/**
 * What every browser test needs: Debian's Chromium through playwright-core (never a
 * downloaded browser), the built app served from a temporary folder by a tiny static
 * server on a free port, and helpers that act as a learner would — type into the
 * terminal, read what it shows, take screenshots into test-results/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const skipReason = `Browser tests skipped: ${chromiumPath} is not installed (apt-get install chromium).`;

export const screenshotDir = resolve('test-results/screenshots');
export const desktop = { width: 1280, height: 720 };
export const phone = { width: 390, height: 844 };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Builds the app into a fresh temporary folder (never dist/, which others may use). */
export async function buildApp(): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'dockyard-dist-'));
  // Vitest sets NODE_ENV=test, which would make this a development build (no service worker).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: resolve('.'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

/** Serves `dir` on 127.0.0.1 at a free port, as any static host would. */
export function serveStatic(
  dir: string,
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    // `Vary: Origin` as several static hosts (and vite preview) send it: the service worker must cope.
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'Origin',
    });
    res.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${port}/`,
        server,
        close: () => new Promise((c) => server.close(() => c())),
      });
    });
  });
}

/**
 * Chromium with a fresh profile folder. Playwright takes the profile as the persistent
 * context's directory rather than a `--user-data-dir` argument; the effect is the same.
 */
export function launchBrowser(viewport = desktop): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'dockyard-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
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
}

/** Everything the terminal printed (scrollback included), wrapped lines joined. */
export async function terminalText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="terminal"]') as
      (HTMLElement & { readBuffer?: () => string }) | null;
    return el?.readBuffer?.() ?? '';
  });
}

export async function waitForTerminal(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const shown = await terminalText(page);
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return;
    if (Date.now() - started > timeout)
      throw new Error(`Terminal never showed ${String(text)}; it shows:\n${shown}`);
    await page.waitForTimeout(100);
  }
}

/** Clicks into the terminal, types a command line and presses Enter. */
export async function typeCommand(page: Page, line: string): Promise<void> {
  await page.locator('[data-testid="terminal"]').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** How many prompts the terminal has printed so far. */
export async function promptCount(page: Page): Promise<number> {
  return ((await terminalText(page)).match(/learner@dockyard:[^\n]*\$/g) ?? []).length;
}

/** How many commands the terminal has finished (its data-finished attribute). */
export async function finishedCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid="terminal"]', 'data-finished'));
}

/** Waits until more than `before` commands have finished and the prompt is back on screen. */
export async function waitForFinished(page: Page, before: number, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="terminal"]')?.getAttribute('data-finished')) > n,
    before,
    { timeout },
  );
}

/** Types a command and waits until it finished and the prompt is back. */
export async function runCommand(page: Page, line: string, timeout = 30_000): Promise<void> {
  const before = await finishedCount(page);
  await typeCommand(page, line);
  await waitForFinished(page, before, timeout);
}

/** Waits until the prompt is back after the last command. */
export async function waitForPrompt(page: Page, count: number, timeout = 30_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const prompts = (await terminalText(page)).match(/learner@dockyard:[^\n]*\$/g) ?? [];
    if (prompts.length >= count) return;
    if (Date.now() - started > timeout)
      throw new Error(`Expected ${count} prompts; terminal shows:\n${await terminalText(page)}`);
    await page.waitForTimeout(100);
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const { createRequire } = await import('node:module');
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Opens the app and waits for the first prompt. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForPrompt(page, 1);
}

/** Waits until the player has shown the last step (the animation caught up). */
export async function waitForPlayerAtEnd(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-testid="player-position"]')?.textContent ?? '';
      const m = /step (\d+)\/(\d+)/.exec(text);
      return m !== null && m[1] === m[2];
    },
    undefined,
    { timeout },
  );
}
