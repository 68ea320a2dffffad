/**
 * What must never give a blank page: a corrupt save shows a clear message and a clean
 * start; and the built site keeps working offline after the first visit (service worker).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { appServer } from './app-url.ts';
import {
  desktop,
  hasChromium,
  launchBrowser,
  openApp,
  runCommand,
  screenshot,
  skipReason,
  terminalText,
} from './harness.ts';

if (!hasChromium) console.warn(skipReason);

describe.skipIf(!hasChromium)('a broken save and no network', () => {
  let browser: BrowserContext;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await appServer();
    browser = await launchBrowser(desktop);
    page = await browser.newPage();
    await openApp(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a corrupt save shows a clear message and offers a clean start', async () => {
    // Write garbage where the sandbox is saved (idb-keyval's default database).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('keyval-store');
          open.onsuccess = () => {
            const tx = open.result.transaction('keyval', 'readwrite');
            tx.objectStore('keyval').put(
              { version: 1, seed: 'not a number', log: 'nonsense' },
              'dockyard:sandbox',
            );
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Your saved sandbox could not be opened');
    await screenshot(page, 'desktop-corrupt-save');
    await page.getByRole('button', { name: 'Start a clean sandbox' }).click();
    await runCommand(page, 'docker images -q | wc -l');
    expect(await terminalText(page)).toMatch(/^0$/m);
  });

  it('opens offline after the first visit', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Give the worker a moment to cache what the first visit loaded.
    await page.waitForTimeout(500);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await browser.setOffline(true);
    try {
      await page.reload();
      await runCommand(page, 'echo offline works');
      expect(await terminalText(page)).toMatch(/^offline works$/m);
    } finally {
      await browser.setOffline(false);
    }
  });

  it('without IndexedDB (blocked storage) it says so, and a fresh sandbox works without being saved', async () => {
    const blocked = await browser.newPage();
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      });
    });
    await blocked.goto(server.url);
    expect(await blocked.getByRole('alert').textContent()).toContain(
      "Dockyard cannot open this browser's storage",
    );
    await screenshot(blocked, 'desktop-storage-blocked');
    await blocked.getByRole('button', { name: 'Continue without saving' }).click();
    await blocked.getByText('This sandbox is not being saved').waitFor();
    await runCommand(blocked, 'echo still works');
    expect(await terminalText(blocked)).toMatch(/^still works$/m);
    await blocked.close();
  });
});
