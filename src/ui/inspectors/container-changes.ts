/**
 * A container's filesystem diff (`docker diff`, `GET /containers/{id}/changes`) and its
 * logs (`GET /containers/{id}/logs` frames) as rows to show.
 */
import type { ChangeEntry } from './engine-json.ts';

export interface ChangeRow {
  path: string;
  /** `docker diff`'s letter. */
  symbol: 'C' | 'A' | 'D';
  kind: 'changed' | 'added' | 'deleted';
}

const kinds: Record<number, Pick<ChangeRow, 'symbol' | 'kind'>> = {
  0: { symbol: 'C', kind: 'changed' },
  1: { symbol: 'A', kind: 'added' },
  2: { symbol: 'D', kind: 'deleted' },
};

/** In path order, as `docker diff` prints them. */
export function changeRows(changes: readonly ChangeEntry[] | null): ChangeRow[] {
  return [...(changes ?? [])]
    .sort((a, b) => (a.Path < b.Path ? -1 : a.Path > b.Path ? 1 : 0))
    .map((c) => ({ path: c.Path, ...(kinds[c.Kind] ?? kinds[0]) }));
}

export interface LogLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

/**
 * Frames → lines, each tagged with its stream. A line split over frames of the same
 * stream is joined; a final line without a newline is kept.
 */
export function logLines(frames: readonly { stream: number; data: Uint8Array }[]): LogLine[] {
  const lines: LogLine[] = [];
  const pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  for (const frame of frames) {
    const stream = frame.stream === 2 ? 'stderr' : 'stdout';
    const parts = (pending[stream] + decoders[stream].decode(frame.data, { stream: true })).split('\n');
    pending[stream] = parts.pop() ?? '';
    for (const text of parts) lines.push({ stream, text: text.replace(/\r$/, '') });
  }
  for (const stream of ['stdout', 'stderr'] as const) {
    const rest = pending[stream] + decoders[stream].decode();
    if (rest !== '') lines.push({ stream, text: rest });
  }
  return lines;
}
