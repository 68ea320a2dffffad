/**
 * The terminal in a real browser: a learner types `docker run hello-world` and reads
 * Docker's greeting; history, Tab completion and Ctrl-C behave as in a Linux terminal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { appServer } from './app-url.ts';
import { hasChromium, launchBrowser, screenshot, skipReason, terminalText, typeCommand, waitForPrompt, waitForTerminal } from './harness.ts';

if (!hasChromium) console.warn(skipReason);

describe.skipIf(!hasChromium)('the terminal', () => {
  let browser: BrowserContext;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await appServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(server.url);
    await waitForPrompt(page, 1);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs docker run hello-world and shows the greeting', async () => {
    await typeCommand(page, 'docker run hello-world');
    await waitForTerminal(page, 'Hello from Docker!', 30_000);
    await waitForPrompt(page, 2);
    await page.waitForTimeout(1500);
    await screenshot(page, 'desktop-hello-world');
    expect(await terminalText(page)).toContain("Unable to find image 'hello-world:latest' locally");
  });
});
