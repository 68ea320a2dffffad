/**
 * Rendering of JSON-message streams (pull, push, build, load) as docker/cli's
 * jsonmessage.DisplayJSONMessagesStream does. Without a terminal, messages that carry
 * a progress bar are skipped and everything else prints `[id: ]status`. On a terminal
 * each layer id owns a line that is rewritten in place with cursor-up / erase-line
 * escapes, which is where the trailing space of `Pull complete ` comes from. `aux`
 * messages go to a callback; an in-band error ends the stream as a JsonStreamError.
 */
import type { JsonMessage } from './daemon-api.ts';
import type { Writer } from './io.ts';
import { humanSize4 } from '../format/index.ts';

export class JsonStreamError extends Error {
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message);
  }
}

/** jsonmessage.JSONProgress.String() for a terminal `width` columns wide. */
export function progressString(detail: { current?: number; total?: number }, width: number): string {
  const current = detail.current ?? 0;
  const total = detail.total ?? 0;
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return humanSize4(current).padStart(8);
  const percentage = Math.min(50, Math.trunc(Math.trunc((current / total) * 100) / 2));
  let bar = '';
  if (width > 110) bar = `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] `;
  const numbers = current > total ? humanSize4(current).padStart(8) : `${humanSize4(current).padStart(8)}/${humanSize4(total)}`;
  return bar + numbers;
}

function display(jm: JsonMessage, out: Writer, tty: boolean, width: number): void {
  const progress = jm.progressDetail ? progressString(jm.progressDetail, width) : undefined;
  let endl = '';
  if (tty && !jm.stream && jm.progressDetail) {
    endl = '\r';
    out.write('\x1b[2K\r');
  } else if (progress) {
    return;
  }
  let line = '';
  if (jm.id) line += `${jm.id}: `;
  if (typeof jm.from === 'string' && jm.from) line += `(from ${jm.from}) `;
  if (jm.progressDetail && tty) line += `${jm.status ?? ''} ${progress}${endl}`;
  else if (jm.stream) line += `${jm.stream}${endl}`;
  else line += `${jm.status ?? ''}${endl}\n`;
  out.write(line);
}

export interface DisplayOptions {
  tty: boolean;
  width?: number;
  onAux?(aux: unknown): void;
}

/** Prints a message stream; throws JsonStreamError on an in-band error. */
export async function displayJsonMessages(messages: AsyncIterable<JsonMessage>, out: Writer, options: DisplayOptions): Promise<void> {
  const ids = new Map<string, number>();
  const width = options.width ?? 80;
  for await (const jm of messages) {
    if (jm.aux !== undefined) {
      options.onAux?.(jm.aux);
      continue;
    }
    if (jm.errorDetail || jm.error) {
      throw new JsonStreamError(jm.errorDetail?.message ?? jm.error ?? '', jm.errorDetail?.code);
    }
    let diff = 0;
    if (jm.id && jm.progressDetail) {
      let line = ids.get(jm.id);
      if (line === undefined) {
        line = ids.size;
        ids.set(jm.id, line);
        if (options.tty) out.write('\n');
      }
      diff = ids.size - line;
      if (options.tty && diff > 0) out.write(`\x1b[${diff}A`);
    } else {
      ids.clear();
    }
    display(jm, out, options.tty, width);
    if (jm.id && options.tty && diff > 0) out.write(`\x1b[${diff}B`);
  }
}
