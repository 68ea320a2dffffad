/**
 * One reader per tapped progress stream, chosen by the request that opened it: a build
 * stream becomes build machine events, a pull or push stream becomes scene transfers with
 * their progress. Opened when the recorder sees the api.request, closed at stream end.
 */
import type { JsonMessage } from '../../engine/api/types.ts';
import type { SceneEvent } from '../scene/scene-events.ts';
import { TransferProgressReader } from '../scene/transfer-progress.ts';
import type { BuildEvent } from './build.machine.ts';
import { BuildStreamReader } from './build-stream.ts';
import { tappedPath } from './stream-tap.ts';
import { splitName } from './transfers.ts';

export interface StreamReading {
  build: BuildEvent[];
  scene: SceneEvent[];
}

type Reader = { kind: 'build'; reader: BuildStreamReader } | { kind: 'transfer'; reader: TransferProgressReader };

export class StreamReaders {
  private readonly readers = new Map<number, Reader>();

  /** Called for every API request; keeps a reader for the ones whose stream is tapped. */
  open(requestId: number, method: string, path: string, query?: Record<string, string | string[]>): void {
    const match = method === 'POST' ? tappedPath.exec(path) : null;
    if (!match) return;
    const target = match[2];
    if (target === 'build') return void this.readers.set(requestId, { kind: 'build', reader: new BuildStreamReader() });
    const from = query?.fromImage;
    const name = target === 'images/create' ? (Array.isArray(from) ? from[0] : from ?? '') : target.replace(/^images\//, '').replace(/\/push$/, '');
    const direction = target === 'images/create' ? 'pull' : 'push';
    this.readers.set(requestId, { kind: 'transfer', reader: new TransferProgressReader(direction, splitName(name).registry) });
  }

  read(requestId: number, message: JsonMessage): StreamReading {
    const entry = this.readers.get(requestId);
    if (entry?.kind === 'build') return { build: entry.reader.read(message), scene: [] };
    if (entry?.kind === 'transfer') return { build: [], scene: entry.reader.read(message) };
    return { build: [], scene: [] };
  }

  /** Returns whether the stream was a build's. */
  close(requestId: number): boolean {
    const entry = this.readers.get(requestId);
    this.readers.delete(requestId);
    return entry?.kind === 'build';
  }
}
