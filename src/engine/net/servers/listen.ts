/**
 * How a server program opens its ports: every (port, handler) in the process's
 * namespace, all or nothing — when one port is taken, the ones already opened close
 * again and the caller prints its own "address in use" lines. A process without a
 * network (bare tests) opens nothing and runs as before.
 */
import type { ProcessContext } from '../../process/types.ts';
import { isNetError } from '../errors.ts';
import type { Listening } from '../fabric.ts';
import type { HttpHandler } from '../http.ts';

export interface Binding {
  port: number;
  handler: HttpHandler;
  host?: string;
}

/** The open listeners, or the port that was already in use. */
export function listenAll(ctx: ProcessContext, bindings: readonly Binding[]): { ok: true; listening: Listening[] } | { ok: false; port: number } {
  const listening: Listening[] = [];
  const net = ctx.net;
  if (!net) return { ok: true, listening };
  const seen = new Set<number>();
  for (const binding of bindings) {
    // Name-based virtual hosts share a port; the first server block answers for it here.
    if (seen.has(binding.port)) continue;
    seen.add(binding.port);
    try {
      listening.push(net.listen(binding.port, binding.handler, binding.host ? { host: binding.host } : {}));
    } catch (error) {
      if (!isNetError(error) || error.code !== 'EADDRINUSE') throw error;
      for (const l of listening) l.close();
      return { ok: false, port: binding.port };
    }
  }
  return { ok: true, listening };
}

/** A writer of whole lines to a stream (access logs). */
export function logTo(stream: { write(data: string): void }): (line: string) => void {
  return (line) => stream.write(`${line}\n`);
}
