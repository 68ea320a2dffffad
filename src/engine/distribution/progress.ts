/**
 * The JSON messages of pull/push streams, formatted as moby's streamformatter does:
 * plain "messages" (`{status,id}`), "updates" (`{status,progressDetail:{},id}`), and
 * progress (`Downloading` with `{current,total}` and the pre-rendered bar the daemon
 * draws for a 200-column terminal, since it has none of its own).
 */
import type { JsonMessage } from '../api/types.ts';

import { humanSize4 } from '../util/size.ts';

/**
 * jsonmessage.JSONProgress.String() at width 200: bar of 50, then `%8v/%v` sizes.
 * @example progressBar(50, 100) === '[=========================>                         ]      50B/100B'
 */
export function progressBar(current: number, total: number): string {
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return humanSize4(current).padStart(8);
  const pct = Math.min(50, Math.floor(Math.floor((current / total) * 100) / 2));
  const bar = `[${'='.repeat(pct)}>${' '.repeat(Math.max(0, 50 - pct))}] `;
  const cur = humanSize4(current).padStart(8);
  return bar + (current > total ? cur : `${cur}/${humanSize4(total)}`);
}

/** `{"status":"Pulling from library/alpine","id":"latest"}` */
export function message(status: string, id?: string): JsonMessage {
  return id === undefined ? { status } : { status, id };
}

/** `{"status":"Pull complete","progressDetail":{},"id":"0fb9fb8fe2d7"}` */
export function update(id: string, status: string): JsonMessage {
  return { status, progressDetail: {}, id };
}

export function progress(id: string, status: string, current: number, total: number): JsonMessage {
  return { status, progressDetail: { current, total }, progress: progressBar(current, total), id };
}

/** An in-band error, once the stream has started. */
export function errorMessage(text: string): JsonMessage {
  return { errorDetail: { message: text }, error: text };
}
