/**
 * The main screen at 1280×720, as a learner in a classroom uses it: run hello-world and
 * watch it in the terminal and the diagram, step through the trace, build the sample app
 * from the editor, reload and find everything kept — with no serious accessibility
 * violations on the way. Screenshots go to test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { appServer } from './app-url.ts';
import {
  hasChromium,
  launchBrowser,
  openApp,
  finishedCount,
  waitForFinished,
  runCommand,
  screenshot,
  seriousViolations,
  skipReason,
  terminalText,
  waitForPlayerAtEnd,
  waitForPrompt,
  waitForTerminal,
} from './harness.ts';

if (!hasChromium) console.warn(skipReason);

describe.skipIf(!hasChromium)('the main screen', () => {
  let browser: BrowserContext;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await appServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    await openApp(page, `${server.url}?timescale=20`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the terminal, the diagram, the editor and the inspectors at once, with no serious axe violations', async () => {
    for (const name of ['Terminal', 'How Docker runs it', 'Editor', 'Inspect']) {
      await expect(page.getByRole('heading', { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    // A first visit says what to type, and the empty diagram says what will appear.
    expect(await terminalText(page)).toContain('Type docker run hello-world and press Enter');
    const hints = await page.$$eval('[data-testid="diagram"] g.dy-region', (regions) =>
      regions.map((r) => [...r.querySelectorAll('g.dy-lines text')].map((t) => t.textContent).join(' ')),
    );
    expect(hints).toContain('Containers you run appear here, each made from an image.');
    expect(hints.some((h) => h.startsWith('Images you pull or build appear here'))).toBe(true);
    // The terminal fills its panel and tells the session how wide it is.
    expect(Number(await page.getByTestId('terminal').getAttribute('data-columns'))).toBeGreaterThanOrEqual(
      80,
    );
    await screenshot(page, 'desktop-start');
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('docker run hello-world prints the greeting and the diagram animates a packet and a new container card', async () => {
    await runCommand(page, 'docker run hello-world');
    expect(await terminalText(page)).toContain('Hello from Docker!');
    // The player animates the trace at 1×: a packet travels while it plays.
    await page.waitForSelector('[data-testid="diagram"] .dy-packet', { timeout: 10_000 });
    await screenshot(page, 'desktop-hello-world-playing');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('instant');
    await waitForPlayerAtEnd(page);
    const card = page.locator('[data-testid="diagram"] .dy-card');
    await card.first().waitFor({ timeout: 10_000 });
    expect(await card.count()).toBe(1);
    expect(await card.first().textContent()).toMatch(/hello-world/);
    expect(await card.first().textContent()).toMatch(/exited/i);
    await screenshot(page, 'desktop-hello-world');
  });

  it('shows every column of the images table and the whole editor hint line at 1280×720', async () => {
    await page.getByRole('tab', { name: /^Images/ }).click();
    const panel = await page.locator('#panel-inspector').boundingBox();
    const headers = page.locator('#panel-inspector th');
    expect(await headers.allTextContents()).toEqual(['Repository', 'Tag', 'Image ID', 'Created', 'Size']);
    for (const box of await headers.evaluateAll((ths) =>
      ths.map((th) => th.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      expect(box.right).toBeLessThanOrEqual(panel!.x + panel!.width);
      expect(box.bottom).toBeLessThanOrEqual(panel!.y + panel!.height);
    }
    // The first row of the table is in view too, not only its header.
    const row = await page.locator('#panel-inspector tbody tr').first().boundingBox();
    expect(row!.y + row!.height).toBeLessThanOrEqual(panel!.y + panel!.height);
    // The lint hint wraps onto at most two lines instead of running out of its pane.
    const hint = page.locator('#panel-editor .summary');
    expect(await hint.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });

  it('groups the Trace tab by the command line typed', async () => {
    await page.getByRole('tab', { name: /^Trace/ }).click();
    const headings = await page.locator('#panel-inspector h3').allTextContents();
    expect(headings.some((h) => h.includes('$ docker run hello-world'))).toBe(true);
    expect(headings.some((h) => /^Command \d/.test(h))).toBe(false);
    await page.getByRole('tab', { name: /^Images/ }).click();
  });

  it('steps back and forth through the trace, with the sentence and the API message in step mode', async () => {
    await page.getByRole('button', { name: 'Step mode' }).click();
    await page
      .getByRole('combobox', { name: 'Jump to command' })
      .selectOption({ label: 'docker run hello-world' });
    const banner = page.getByTestId('step-banner');
    const position = page.getByTestId('player-position');
    const stepNumber = async () =>
      Number(/step (\d+)\/(\d+)/.exec((await position.textContent()) ?? '')?.[1]);
    const total = Number(/\/(\d+)/.exec((await position.textContent()) ?? '')?.[1]);
    await expect.poll(stepNumber).toBeLessThan(total);
    const start = await stepNumber();
    const firstText = await banner.textContent();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect.poll(stepNumber).toBe(start + 2);
    expect(await banner.textContent()).not.toEqual(firstText);
    await page.getByRole('button', { name: 'Step back' }).click();
    await expect.poll(stepNumber).toBe(start + 1);
    // Walk on until the daemon asks the registry: the step names the API call.
    for (let i = 0; i < 30 && !/GET|POST|HEAD/.test((await banner.textContent()) ?? ''); i++) {
      await page.getByRole('button', { name: 'Step forward' }).click();
    }
    expect(await banner.textContent()).toMatch(/(GET|POST|HEAD) \//);
    // The step's sentence is announced, and the diagram's caption shows it.
    const sentence =
      (await page.locator('[data-testid="step-banner"] [aria-live="polite"]').textContent()) ?? '';
    expect(sentence).toMatch(/\w+ \w+/);
    expect(await page.getByTestId('diagram').textContent()).toContain(sentence);
    // One live region announces the step: the diagram's caption is not a second one.
    const announcing = await page.$$eval(
      '[aria-live]',
      (els, text) => els.filter((el) => el.textContent?.includes(text)).length,
      sentence,
    );
    expect(announcing).toBe(1);
    expect(await page.locator('[data-testid="diagram"] [aria-live]').count()).toBe(0);
    await screenshot(page, 'desktop-step-mode');
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.getByRole('button', { name: 'Step mode' }).click();
  });

  it('completes docker subcommands, flags and image names with Tab', async () => {
    const lastLine = async () => (await terminalText(page)).split('\n').pop() ?? '';
    await page.locator('[data-testid="terminal"]').click();
    await page.keyboard.type('docker pu');
    await page.keyboard.press('Tab'); // pull, push: lists both
    await page.keyboard.type('l');
    await page.keyboard.press('Tab');
    await page.keyboard.type('--pl');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    expect(await lastLine()).toBe('learner@dockyard:~$ docker pull --platform ');
    await page.keyboard.press('Control+U');
    await page.keyboard.type('docker rm hel');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    // hello-world's container has a generated name; the image name completes for docker run.
    await page.keyboard.press('Control+U');
    await page.keyboard.type('docker run hello-w');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    expect(await lastLine()).toBe('learner@dockyard:~$ docker run hello-world ');
    await page.keyboard.press('Control+U');
    await page.keyboard.type('cat Dockerf');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    expect(await lastLine()).toBe('learner@dockyard:~$ cat Dockerfile ');
    // Flag values: network names after --network, and for docker network commands.
    await page.keyboard.press('Control+U');
    await page.keyboard.type('docker run --network=br');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    expect(await lastLine()).toBe('learner@dockyard:~$ docker run --network=bridge ');
    await page.keyboard.press('Control+U');
    await page.keyboard.type('docker network inspect ho');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    expect(await lastLine()).toBe('learner@dockyard:~$ docker network inspect host ');
    await page.keyboard.press('Control+C');
  });

  it('builds the sample app from the editor: the command appears in the terminal and the image is made', async () => {
    const before = await finishedCount(page);
    await page.getByRole('button', { name: /^(Save & )?[Bb]uild$/ }).click();
    await waitForTerminal(page, 'docker build -t app .');
    await waitForFinished(page, before, 45_000);
    expect(await terminalText(page)).toMatch(
      /naming to docker\.io\/library\/app|Successfully tagged app:latest/,
    );
    await runCommand(page, 'docker images');
    expect(await terminalText(page)).toMatch(/^app\s+latest/m);
    await page.waitForTimeout(500);
    await screenshot(page, 'desktop-built');
  });

  it('saves a Dockerfile edit from the editor', async () => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('EXPOSE 3000');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await runCommand(page, 'tail -n 1 Dockerfile');
    expect(await terminalText(page)).toMatch(/^EXPOSE 3000$/m);
  });

  it('keeps the sandbox across a reload: the images, the containers, the edited file and the terminal history', async () => {
    await page.waitForTimeout(300); // the save is written after each command
    await page.reload();
    await page
      .getByText('Restoring your sandbox…')
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    await waitForPrompt(page, 1);
    await waitForTerminal(page, 'sandbox restored');
    // The terminal history came back with the sandbox: ↑ recalls the last command before the reload.
    await page.locator('[data-testid="terminal"]').click();
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => (await terminalText(page)).split('\n').pop())
      .toBe('learner@dockyard:~$ tail -n 1 Dockerfile');
    await page.keyboard.press('Control+U');
    await runCommand(page, 'docker ps -a --format "{{.Image}} {{.Status}}"');
    expect(await terminalText(page)).toMatch(/hello-world Exited \(0\)/);
    await runCommand(page, 'grep -c EXPOSE Dockerfile');
    expect(await terminalText(page)).toMatch(/grep -c EXPOSE Dockerfile\n1\n/);
    await runCommand(page, 'docker images --format "{{.Repository}}"');
    expect(await terminalText(page)).toMatch(/^app$/m);
    // History survives too: ↑ recalls the last command.
    await page.keyboard.press('ArrowUp');
    expect((await terminalText(page)).trimEnd()).toMatch(/docker images --format "\{\{\.Repository\}\}"$/);
    await page.keyboard.press('Control+C');
    await screenshot(page, 'desktop-restored');
  });

  it('switches to the dark theme and projector mode, and lists the shortcuts in the help panel', async () => {
    const daemonTitle = page.locator('[data-testid="diagram"] g.dy-daemon text.dy-title');
    const titleHeight = async () => (await daemonTitle.boundingBox())?.height ?? 0;
    const terminalFont = () =>
      page.locator('.xterm-rows').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = { title: await titleHeight(), font: await terminalFont() };
    await page.getByRole('button', { name: 'Dark' }).click();
    await page.getByRole('button', { name: 'Projector' }).click();
    await page.waitForTimeout(300);
    // Projector mode: larger type in the terminal and in the diagram (drawn zoomed), the
    // toolbar on one row, the inspectors' tabs on one row.
    expect(await terminalFont()).toBeGreaterThan(before.font);
    expect(Number(await page.locator('.diagram').getAttribute('data-zoom'))).toBeGreaterThan(1.05);
    expect(await titleHeight()).toBeGreaterThan(before.title * 1.05);
    expect((await page.locator('header.toolbar').boundingBox())!.height).toBeLessThan(56);
    const tabTops = await page
      .locator('#panel-inspector [role="tab"]')
      .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(new Set(tabTops).size).toBe(1);
    // The editor's Build button stays in view without scrolling the pane.
    const editorPanel = (await page.locator('#panel-editor').boundingBox())!;
    const build = (await page
      .locator('#panel-editor')
      .getByRole('button', { name: /^(Save & )?[Bb]uild$/ })
      .boundingBox())!;
    expect(build.y + build.height).toBeLessThanOrEqual(editorPanel.y + editorPanel.height);
    await screenshot(page, 'desktop-dark-projector');
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    // `?` opens the help when the cursor is not in the terminal.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Dockyard help' }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('dialog').textContent()).toContain('Step mode on or off');
    await screenshot(page, 'desktop-help');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Dockyard help' }).isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Help and keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Dockyard help' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Close help' }).click();
    await page.getByRole('button', { name: 'Dark' }).click();
    await page.getByRole('button', { name: 'Projector' }).click();
  });

  it('reset sandbox starts clean: no images, no containers', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Reset sandbox' }).click();
    await page.waitForSelector('[data-testid="terminal"][data-finished="0"]');
    await waitForPrompt(page, 1);
    await runCommand(page, 'docker ps -aq | wc -l; docker images -q | wc -l');
    expect(await terminalText(page)).toMatch(/^0\n0$/m);
  });
});
