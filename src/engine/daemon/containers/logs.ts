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
import { Pipe } from '../../process/streams.ts';

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

/** Whether a request body is the client's stdin stream (a hijacked connection's input). */
export function isByteStream(body: unknown): body is AsyncIterable<Uint8Array> {
  return typeof body === 'object' && body !== null && Symbol.asyncIterator in body;
}

/** Copy the client's stdin into a process's input; `once` closes it when the client's input ends. */
export function pumpStdin(source: AsyncIterable<Uint8Array>, target: Pipe, once: boolean): void {
  void (async () => {
    for await (const chunk of source) target.write(chunk);
    if (once) target.close();
  })();
}

/** Live output from now until the container stops (attach), and the client's stdin into PID 1. */
export function attachContainer(ctx: DaemonContext, ref: string, options: { stdout: boolean; stderr: boolean; stdin?: AsyncIterable<Uint8Array> }): AsyncIterable<StreamFrame> {
  const container = ctx.containers.get(ref);
  if (options.stdin && container.config.OpenStdin) {
    container.stdin ??= new Pipe();
    pumpStdin(options.stdin, container.stdin, !!container.config.StdinOnce);
  }
  const queue = new AsyncQueue<StreamFrame>();
  follow(container, queue, (e) => (e.stream === 'stdout' ? options.stdout : options.stderr), false);
  return queue;
}
