/**
 * The served app's URL inside a test file: from the browser config's global setup when
 * it ran, otherwise (the file run under the default vitest config) built and served here.
 */
import { inject } from 'vitest';
import { rmSync } from 'node:fs';
import { buildApp, serveStatic } from './harness.ts';

export async function appServer(): Promise<{ url: string; close: () => Promise<void> }> {
  let provided: string | undefined;
  try {
    provided = inject('appUrl');
  } catch {
    provided = undefined;
  }
  if (provided) return { url: provided, close: async () => undefined };
  const dir = await buildApp();
  const served = await serveStatic(dir);
  return {
    url: served.url,
    close: async () => {
      await served.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
