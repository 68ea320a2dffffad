/**
 * Reads a build's JSON-message stream as build machine events. The engine does not emit
 * `build.step` events yet, so the stream is the only account of the steps. Two formats:
 * the classic builder's text ("Step 2/4 : RUN …", " ---> Using cache", " ---> Running in
 * …", " ---> 3da35e48f6cb"; lines may be split across messages) and BuildKit's
 * `moby.buildkit.trace` messages (buildkit-stream.ts).
 */
import type { JsonMessage } from '../../engine/api/types.ts';
import type { BuildEvent } from './build.machine.ts';
import { BuildKitReader } from './buildkit-stream.ts';

export function buildEventFromLine(line: string): BuildEvent | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^Step (\d+)\/(\d+) : (.*)$/.exec(line))) return { type: 'step', step: Number(m[1]), total: Number(m[2]), instruction: m[3] };
  if (/^ ---> Using cache$/.test(line)) return { type: 'cached' };
  if ((m = /^ ---> Running in ([0-9a-f]+)$/.exec(line))) return { type: 'run', container: m[1] };
  if ((m = /^ ---> ([0-9a-f]{12})$/.exec(line))) return { type: 'commit', imageId: m[1] };
  if ((m = /^Successfully built ([0-9a-f]+)$/.exec(line))) return { type: 'built', imageId: m[1] };
  return undefined;
}

export class BuildStreamReader {
  private partial = '';
  private parsed = false;
  private readonly buildkit = new BuildKitReader();

  /** The build events in one stream message (an error message fails the build). */
  read(message: JsonMessage): BuildEvent[] {
    if (message.id === 'moby.buildkit.trace') return this.withParse(this.buildkit.read(message.aux));
    if (message.error) return [{ type: 'fail', message: message.error }];
    if (typeof message.stream !== 'string') return [];
    const text = this.partial + message.stream;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    const events = lines.map((line) => buildEventFromLine(line.replace(/\r$/, ''))).filter((e): e is BuildEvent => e !== undefined);
    return this.withParse(events);
  }

  /** The first step tells how many steps the Dockerfile has: that is when it was parsed. */
  private withParse(events: BuildEvent[]): BuildEvent[] {
    const first = events.find((e) => e.type === 'step');
    if (this.parsed || !first || first.type !== 'step') return events;
    this.parsed = true;
    const at = events.indexOf(first);
    return [...events.slice(0, at), { type: 'parse', total: first.total }, ...events.slice(at)];
  }
}
