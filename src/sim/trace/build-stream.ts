/**
 * Reads the classic builder's JSON-message stream as build machine events. The engine does
 * not emit `build.step` events yet, so the text the CLI prints ("Step 2/4 : RUN …",
 * " ---> Using cache", " ---> Running in …", " ---> 3da35e48f6cb") is the only account of
 * the steps. Lines may arrive split across messages; a LineReader buffers partial lines.
 */
import type { JsonMessage } from '../../engine/api/types.ts';
import type { BuildEvent } from './build.machine.ts';

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

  /** The build events in one stream message (an error message fails the build). */
  read(message: JsonMessage): BuildEvent[] {
    if (message.error) return [{ type: 'fail', message: message.error }];
    if (typeof message.stream !== 'string') return [];
    const text = this.partial + message.stream;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    return lines.map((line) => buildEventFromLine(line.replace(/\r$/, ''))).filter((e): e is BuildEvent => e !== undefined);
  }
}
