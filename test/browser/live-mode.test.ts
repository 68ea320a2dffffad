/**
 * Live mode, as a teacher demoes it: `dockyard serve` serves the built app, the page
 * opens in live mode by itself, the real docker 28.2.2 client runs `docker run --rm
 * alpine echo hello` against the same server, and the web app shows it as it arrives —
 * the command in the terminal panel, a packet or the container card in the diagram, and
 * `POST /containers/create` with its JSON in the API log. The in-browser sandbox stays
 * one click away. Screenshot: test-results/screenshots/live-mode.png.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  buildApp,
  desktop,
  phone,
  hasChromium,
  launchBrowser,
  screenshot,
  seriousViolations,
  skipReason,
} from './harness.ts';
import { Daemon } from '../../src/engine/daemon/daemon.ts';
import { createDockyardServer, type DockyardServer } from '../../src/sim/node/serve/server.ts';
import { dockerAvailable, noDockerReason, realDocker, startBridge, type Bridge } from '../serve/harness.ts';

const runnable = hasChromium && dockerAvailable;
if (!hasChromium) console.warn(skipReason);
else if (!dockerAvailable) console.warn(`Live-mode browser test skipped: ${noDockerReason}.`);

describe.skipIf(!runnable)('the web app in live mode on dockyard serve', () => {
  let dir: string;
  let bridge: Bridge;
  let browser: BrowserContext;
  let page: Page;
  let restarted: DockyardServer | undefined;

  beforeAll(async () => {
    dir = await buildApp();
    bridge = await startBridge({ staticRoot: dir });
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${bridge.url}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    await restarted?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens in live mode by itself, says what to type, and connects to the event stream', async () => {
    const banner = page
      .getByRole('status')
      .filter({ hasText: 'Live: following the docker CLI on this machine' });
    await banner.waitFor({ timeout: 15_000 });
    await expect.poll(() => banner.textContent()).toContain('(connected)');
    const terminal = page.locator('[data-panel="terminal"]');
    expect(await terminal.textContent()).toContain(`export DOCKER_HOST=tcp://127.0.0.1:${bridge.port}`);
    expect(await page.getByRole('heading', { name: 'Editor', exact: true }).isVisible()).toBe(false);
    expect(
      await page.getByRole('link', { name: 'Back to the in-browser sandbox' }).getAttribute('href'),
    ).toBe('/?sandbox');
  });

  it('animates docker run --rm alpine echo hello from the real CLI, with the request JSON in the API log', async () => {
    const outcome = await realDocker(bridge, ['run', '--rm', 'alpine', 'echo', 'hello']);
    expect(outcome.stdout).toBe('hello\n');
    const terminal = page.locator('[data-panel="terminal"]');
    await expect
      .poll(() => terminal.textContent(), { timeout: 10_000 })
      .toContain('$ docker run --rm alpine echo hello');
    // Played at 1×, as it arrives: a packet travels, or the container card shows.
    await page.waitForSelector('[data-testid="diagram"] .dy-packet, [data-testid="diagram"] .dy-card', {
      timeout: 15_000,
    });
    const sentence =
      (await page.locator('[data-testid="step-banner"] [aria-live="polite"]').textContent()) ?? '';
    expect(sentence).toMatch(/\w+ \w+/);
    await screenshot(page, 'live-mode-playing');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('instant');
    await expect.poll(() => terminal.textContent(), { timeout: 10_000 }).toContain('exit 0');
    await page.getByRole('tab', { name: /API log/ }).click();
    const log = page.locator('[data-panel="inspector"]');
    await expect
      .poll(() => log.textContent(), { timeout: 10_000 })
      .toContain('POST /v1.50/containers/create');
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    // The exchange opens to the request's JSON, as the real CLI sent it.
    await log.locator('summary', { hasText: 'POST /v1.50/containers/create → 201' }).click();
    const json = (await log.locator('details[open] pre').first().textContent()) ?? '';
    expect(json).toContain('"Image": "alpine"');
    expect(json).toMatch(/"Cmd": \[\s*"echo",\s*"hello"\s*\]/);
    await screenshot(page, 'live-mode');
  });

  it('shows the engine state the real CLI left in the inspectors', async () => {
    await page.getByRole('tab', { name: /Images/ }).click();
    await expect
      .poll(() => page.locator('[data-panel="inspector"]').textContent(), { timeout: 10_000 })
      .toContain('alpine');
  });

  it('reconnects after a reload (the offline service worker leaves the daemon alone) and follows the next command', async () => {
    await page.reload();
    const banner = page.getByRole('status').filter({ hasText: 'Live:' });
    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toContain('(connected)');
    await realDocker(bridge, ['ps', '-a']);
    const terminal = page.locator('[data-panel="terminal"]');
    await expect.poll(() => terminal.textContent(), { timeout: 10_000 }).toContain('$ docker ps -a');
    expect(await terminal.textContent()).not.toContain('$ docker images');
  });

  it('when dockyard serve restarts, says so, reconnects and starts a fresh trace', async () => {
    const banner = page.getByRole('status').filter({ hasText: 'Live:' });
    const terminal = page.locator('[data-panel="terminal"]');
    await bridge.server.close();
    await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toContain('reconnecting');
    restarted = createDockyardServer({
      daemon: new Daemon({ seed: 1, startTime: Date.now() }),
      staticRoot: dir,
      log: () => undefined,
    });
    await restarted.listen({ host: '127.0.0.1', port: bridge.port });
    await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toContain('(connected)');
    await expect.poll(() => terminal.textContent(), { timeout: 10_000 }).toContain('None yet.');
    await realDocker(bridge, ['version']);
    await expect.poll(() => terminal.textContent(), { timeout: 10_000 }).toContain('$ docker version');
  });

  it('on a phone, shows one panel at a time; the Editor tab says where the files are', async () => {
    await page.setViewportSize(phone);
    await page.getByRole('tab', { name: 'Editor' }).click();
    expect(await page.locator('[data-panel="editor"]').textContent()).toContain(
      'your files are on your own machine',
    );
    await page.getByRole('tab', { name: 'Terminal' }).click();
    expect(await page.locator('[data-panel="terminal"]').textContent()).toContain('export DOCKER_HOST=');
    await screenshot(page, 'live-mode-phone');
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.setViewportSize(desktop);
  });

  it('goes back to the in-browser sandbox with ?sandbox', async () => {
    await page.getByRole('link', { name: 'Back to the in-browser sandbox' }).click();
    await page.locator('[data-testid="terminal"]').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('status').filter({ hasText: 'Live:' }).count()).toBe(0);
  });
});
