/**
 * How the app starts: in live mode when it was served by `dockyard serve` (or opened
 * with `?live`), in the in-browser sandbox otherwise (or with `?sandbox`). See
 * src/sim/live/detect.ts for how the page tells.
 */
import { detectMode } from '../../sim/live/detect.ts';
import type { Sandbox } from '../state/sandbox.svelte.ts';
import { LiveMode } from './live-mode.svelte.ts';

export async function startApp(sandbox: Sandbox): Promise<void> {
  const mode = await detectMode({ search: location.search });
  if (mode === 'live') await sandbox.bootLive(new LiveMode(location));
  else await sandbox.boot();
}
