/**
 * The app on a 390×844 phone: panels stacked behind a tab bar, and a row of common
 * commands to tap because typing is hard there. Screenshots of each panel go to
 * test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { appServer } from './app-url.ts';
import {
  finishedCount,
  hasChromium,
  launchBrowser,
  openApp,
  phone,
  screenshot,
  seriousViolations,
  skipReason,
  terminalText,
  waitForFinished,
} from './harness.ts';

if (!hasChromium) console.warn(skipReason);

describe.skipIf(!hasChromium)('the app on a phone', () => {
  let browser: BrowserContext;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await appServer();
    browser = await launchBrowser(phone);
    page = await browser.newPage();
    await openApp(page, `${server.url}?timescale=20`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows one panel at a time with a tab bar, the terminal first', async () => {
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Terminal', 'Diagram', 'Editor', 'Inspect']);
    expect(await page.getByRole('tab', { name: 'Terminal' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-diagram').isVisible()).toBe(false);
    // The terminal is as wide as the phone, not 80 columns cut off, and says what to type.
    const columns = Number(await page.getByTestId('terminal').getAttribute('data-columns'));
    expect(columns).toBeGreaterThan(30);
    expect(columns).toBeLessThan(80);
    expect(await terminalText(page)).toContain('docker run hello-world');
    // The toolbar takes two rows at most, leaving the screen to the terminal.
    expect((await page.locator('header.toolbar').boundingBox())!.height).toBeLessThan(95);
    await screenshot(page, 'phone-start');
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('runs a command from the command row with one tap', async () => {
    const before = await finishedCount(page);
    await page
      .getByRole('toolbar', { name: 'Common commands' })
      .getByRole('button', { name: 'docker run hello-world' })
      .click();
    await waitForFinished(page, before);
    expect(await terminalText(page)).toContain('learner@dockyard:~$ docker run hello-world');
    expect(await terminalText(page)).toContain('Hello from Docker!');
    await screenshot(page, 'phone-hello-world');
  });

  it('shows the diagram, the editor and the inspectors on their tabs', async () => {
    await page
      .getByRole('button', { name: 'Speed' })
      .or(page.getByRole('combobox', { name: 'Speed' }))
      .first()
      .selectOption('instant');
    await page.getByRole('tab', { name: 'Diagram' }).click();
    await page.locator('[data-testid="diagram"] .dy-card').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#panel-terminal').isVisible()).toBe(false);
    await page.waitForTimeout(400);
    await screenshot(page, 'phone-diagram');
    await page.getByRole('tab', { name: 'Editor' }).click();
    await page.waitForTimeout(200);
    await screenshot(page, 'phone-editor');
    await page.getByRole('tab', { name: 'Inspect' }).click();
    await page.waitForTimeout(200);
    await screenshot(page, 'phone-inspect');
  });
});
