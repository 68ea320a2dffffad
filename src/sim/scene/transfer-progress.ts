/**
 * Layer transfers in flight, read from the pull and push progress streams the daemon sends
 * the CLI (`Pulling fs layer`, `Downloading` {current, total}, `Download complete`;
 * `Preparing`, `Pushing`, `Pushed`). The stream names a layer by 12 hex digits — of the
 * blob digest when pulling, of the diff ID when pushing — so transfers carry
 * `sha256:<12 hex>` until the engine's registry.blob event gives the full blob digest.
 */
import type { JsonMessage } from '../../engine/api/types.ts';
import type { SceneEvent } from './scene-events.ts';

const starting = new Set(['Pulling fs layer', 'Waiting', 'Preparing']);
const done = new Set(['Download complete', 'Verifying Checksum', 'Pushed']);
const skipped = /^(Already exists|Layer already exists|Mounted from )/;

export class TransferProgressReader {
  constructor(
    private readonly direction: 'pull' | 'push',
    private readonly registry: string,
  ) {}

  read(message: JsonMessage): SceneEvent[] {
    const id = typeof message.id === 'string' && /^[0-9a-f]{12}$/.test(message.id) ? message.id : undefined;
    const status = message.status ?? '';
    if (!id || skipped.test(status)) return [];
    const event = (progress: number): SceneEvent[] => [{ type: 'transfer', digest: `sha256:${id}`, direction: this.direction, registry: this.registry, progress }];
    if (starting.has(status)) return event(0);
    if (done.has(status)) return event(1);
    if (status === 'Downloading' || status === 'Pushing') {
      const { current = 0, total = 0 } = message.progressDetail ?? {};
      return event(total > 0 ? Math.min(1, current / total) : 0);
    }
    return [];
  }
}
