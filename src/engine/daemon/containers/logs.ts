/**
 * `GET /containers/{id}/logs` and `POST /containers/{id}/attach`: the container's output
 * as stream frames. Logs replay what was kept (with `tail`, `since`, `until`,
 * `timestamps`) and with `follow` continue until the container stops; attach streams
 * only what is written from now on until the container stops.
 */
import type { StreamFrame } from '../../api/types.ts';
import type { Container } from '../../container/container.ts';
import type { LogEntry } from '../../container/logs.ts';
import { invalidParameter } from '../../errdefs.ts';
import { AsyncQueue } from '../../util/async-queue.ts';
import type { DaemonContext } from '../context.ts';
import { nextExit } from './wait.ts';

export interface LogOptions {
  stdout: boolean;
  stderr: boolean;
  follow?: boolean;
  tail?: string;
  timestamps?: boolean;
  /** Unix seconds (fractions allowed). */
  since?: number;
  until?: number;
}

const encoder = new TextEncoder();

/** Docker's fixed-width RFC3339Nano (`2026-11-30T10:04:05.123000000Z`). */
export function logTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

function toFrame(entry: LogEntry, timestamps: boolean): StreamFrame {
  const text = timestamps ? `${logTimestamp(entry.time)} ${entry.text}` : entry.text;
  return { stream: entry.stream === 'stderr' ? 2 : 1, data: encoder.encode(text) };
}

export function containerLogs(ctx: DaemonContext, ref: string, options: LogOptions): AsyncIterable<StreamFrame> {
  if (!options.stdout && !options.stderr) throw invalidParameter('Bad parameters: you must choose at least one stream');
  const container = ctx.containers.get(ref);
  const wanted = (e: LogEntry) =>
    (e.stream === 'stdout' ? options.stdout : options.stderr) &&
    (options.since === undefined || e.time >= options.since * 1000) &&
    (options.until === undefined || e.time <= options.until * 1000);
  let past = container.log.entries.filter(wanted);
  const tail = options.tail === undefined || options.tail === 'all' ? -1 : Number(options.tail);
  if (tail >= 0) past = tail === 0 ? [] : past.slice(-tail);
  const queue = new AsyncQueue<StreamFrame>();
  for (const entry of past) queue.push(toFrame(entry, !!options.timestamps));
  if (options.follow && container.isRunning) follow(container, queue, wanted, !!options.timestamps);
  else queue.close();
  return queue;
}

function follow(container: Container, queue: AsyncQueue<StreamFrame>, wanted: (e: LogEntry) => boolean, timestamps: boolean): void {
  const unsubscribe = container.log.subscribe((entry) => wanted(entry) && queue.push(toFrame(entry, timestamps)));
  queue.onReturn = unsubscribe;
  void nextExit(container).then(() => {
    unsubscribe();
    queue.close();
  });
}

/** Live output from now until the container stops (attach). */
export function attachContainer(ctx: DaemonContext, ref: string, options: { stdout: boolean; stderr: boolean }): AsyncIterable<StreamFrame> {
  const container = ctx.containers.get(ref);
  const queue = new AsyncQueue<StreamFrame>();
  follow(container, queue, (e) => (e.stream === 'stdout' ? options.stdout : options.stderr), false);
  return queue;
}
