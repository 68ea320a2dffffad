/**
 * Global setup of the browser tests (vitest.browser.config.ts): build the app once and
 * serve it for every test file; the URL reaches the tests through `inject('appUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { buildApp, hasChromium, serveStatic } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!hasChromium) {
    project.provide('appUrl', '');
    return async () => undefined;
  }
  const dir = await buildApp();
  const served = await serveStatic(dir);
  project.provide('appUrl', served.url);
  return async () => {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
