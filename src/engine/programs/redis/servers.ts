/**
 * How redis-cli reaches a server. Through the simulated network when the process has
 * one (`ctx.net`: the server listens on its port, redis-cli connects to `-h`/`-p`, and
 * RESP bytes travel in the request and response bodies); without a network (bare
 * tests) through this table of servers by container filesystem and port, which only
 * reaches a server of the same container, as 127.0.0.1 would.
 */
import type { FileSystem } from '../../fs/types.ts';
import { NetError } from '../../net/errors.ts';
import type { HttpHandler } from '../../net/http.ts';
import { makeResponse } from '../../net/http.ts';
import type { ProcessContext } from '../../process/types.ts';
import { decodeReply, encodeCommand, encodeReply } from './reply.ts';
import type { Reply } from './reply.ts';

export type RedisEndpoint = (args: string[]) => Reply;

const local = new WeakMap<FileSystem, Map<number, RedisEndpoint>>();
/** The request method that marks RESP in the body; anything else is a stray HTTP client. */
export const respMethod = 'RESP';

/** Make `endpoint` reachable on `port`; returns the function that takes it down. */
export function serveRedis(ctx: ProcessContext, port: number, endpoint: RedisEndpoint, onHttp: () => void): () => void {
  const servers = local.get(ctx.fs) ?? new Map<number, RedisEndpoint>();
  local.set(ctx.fs, servers);
  servers.set(port, endpoint);
  const handler: HttpHandler = async (req) => {
    if (req.method !== respMethod) {
      onHttp();
      throw new NetError('ECONNRESET', 'Connection reset by peer');
    }
    const { reply } = decodeReply(new TextDecoder().decode(req.body));
    const args = reply.kind === 'array' ? reply.items.map((item) => (item.kind === 'bulk' ? item.value : '')) : [];
    return makeResponse(200, {}, encodeReply(endpoint(args)));
  };
  const listening = ctx.net?.listen(port, handler);
  return () => {
    if (servers.get(port) === endpoint) servers.delete(port);
    listening?.close();
  };
}

/** Send one command to host:port; a string is the reason the connection failed, in redis-cli's words. */
export async function sendCommand(ctx: ProcessContext, host: string, port: number, args: string[]): Promise<Reply | string> {
  const loopback = host === '127.0.0.1' || host === 'localhost';
  if (!ctx.net?.connect) {
    const endpoint = loopback ? local.get(ctx.fs)?.get(port) : undefined;
    if (endpoint) return endpoint(args);
    return loopback ? 'Connection refused' : 'Name or service not known';
  }
  try {
    const connection = await ctx.net.connect(host, port);
    const response = await connection.send({ method: respMethod, path: '/', headers: {}, body: new TextEncoder().encode(encodeCommand(args)) });
    return decodeReply(new TextDecoder().decode(response.body)).reply;
  } catch (error) {
    if (!(error instanceof NetError)) throw error;
    return { ECONNREFUSED: 'Connection refused', ENOTFOUND: 'Name or service not known', ETIMEDOUT: 'Connection timed out', ECONNRESET: 'Connection reset by peer', EADDRINUSE: 'Address in use' }[error.code];
  }
}
