/**
 * The terminal in a real browser: a learner types `docker run hello-world` and reads
 * Docker's greeting; history, Tab completion and Ctrl-C behave as in a Linux terminal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { appServer } from './app-url.ts';
import {
  finishedCount,
  hasChromium,
  launchBrowser,
  runCommand,
  screenshot,
  skipReason,
  terminalText,
  typeCommand,
  waitForFinished,
  waitForPrompt,
  waitForTerminal,
} from './harness.ts';

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

  it('Ctrl-C interrupts a running command and gives the prompt back', async () => {
    const before = await finishedCount(page);
    await typeCommand(page, 'sleep 300');
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+C');
    await waitForFinished(page, before, 5_000);
    expect(await terminalText(page)).toMatch(/sleep 300\n\^C\nlearner@dockyard:~\$ $/);
  });

  it('docker run -it alpine sh takes typed lines as its input, prompts with / #, and exit returns to the host', async () => {
    const before = await finishedCount(page);
    await typeCommand(page, 'docker run -it --rm alpine sh');
    await waitForTerminal(page, /\/ # $/, 30_000);
    await page.keyboard.type('cat /etc/alpine-release');
    await page.keyboard.press('Enter');
    await waitForTerminal(page, /3\.20\.3\n\/ # $/);
    await page.keyboard.type('exit');
    await page.keyboard.press('Enter');
    await waitForFinished(page, before, 10_000);
    expect(await terminalText(page)).toMatch(/\/ # cat \/etc\/alpine-release\n3\.20\.3\n\/ # exit\n(\n)?learner@dockyard:~\$ $/);
  });

  it('edits the line with arrows, Home and End, and recalls history with the up arrow', async () => {
    await page.keyboard.type('echo wrld');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('o');
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    const before = await finishedCount(page);
    await page.keyboard.press('Enter');
    await waitForFinished(page, before);
    expect(await terminalText(page)).toMatch(/^world!$/m);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Backspace');
    await runCommand(page, '');
    expect(await terminalText(page)).toMatch(/^world$/m);
  });

  it('runs multi-line input with a continuation prompt, and Ctrl-L clears the screen', async () => {
    await page.keyboard.type('cat <<EOF');
    await page.keyboard.press('Enter');
    await page.keyboard.type('line one');
    await page.keyboard.press('Enter');
    const before = await finishedCount(page);
    await page.keyboard.type('EOF');
    await page.keyboard.press('Enter');
    await waitForFinished(page, before);
    expect(await terminalText(page)).toContain('$ cat <<EOF\n> line one\n> EOF\nline one\n');
    await page.keyboard.press('Control+L');
    await page.waitForTimeout(200);
    const rows = await page.locator('[data-testid="terminal"] .xterm-rows').innerText();
    expect(rows.trim()).toBe('learner@dockyard:~$');
  });

  it('runs a pasted block of commands one after another', async () => {
    const before = await finishedCount(page);
    await page.locator('[data-testid="terminal"]').click();
    // A real paste event, as Ctrl-V or the context menu makes it.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'sleep 1; echo first\necho second\n');
      document
        .querySelector('[data-testid="terminal"] textarea')
        ?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    });
    await waitForFinished(page, before + 1, 10_000);
    expect(await terminalText(page)).toMatch(
      /\$ sleep 1; echo first\nfirst\nlearner@dockyard:~\$ echo second\nsecond\n/,
    );
  });
});
