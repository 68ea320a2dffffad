/**
 * The host half of `require('http')`: a server's `listen` becomes a listener on the
 * container's network (ctx.net.listen), each request that arrives is handed to the
 * sandbox's `__dockyard.dispatch` and answered when the program calls `res.end`, with
 * the headers node adds itself (Date, Connection, Keep-Alive, Content-Length or
 * Transfer-Encoding). Outgoing `http.get` goes through ctx.net.request.
 */
import type { Listening } from '../../net/fabric.ts';
import { NetError } from '../../net/errors.ts';
import { httpDate, type HttpResponse } from '../../net/http.ts';
import { fromBinary, toBinary } from './fs-ops.ts';
import type { NodeProcess } from './event-loop.ts';
import { HostError, type HostOp } from './sandbox.ts';

interface Pending {
  method: string;
  resolve(response: HttpResponse): void;
  reject(error: unknown): void;
}

export function httpOps(proc: NodeProcess): Record<string, HostOp> {
  const { ctx } = proc;
  const servers = new Map<number, Listening>();
  const pending = new Map<number, Pending>();
  let nextRequest = 0;

  const listen: HostOp = (id, port) => {
    if (!ctx.net) throw new HostError('dockyard: this process has no network', { code: 'EACCES' });
    const serverId = Number(id);
    try {
      const listening = ctx.net.listen(Number(port), (req, peer) => {
        if (proc.status !== undefined) return Promise.reject(new NetError('ECONNRESET', 'Connection reset by peer'));
        const requestId = ++nextRequest;
        const response = new Promise<HttpResponse>((resolve, reject) => pending.set(requestId, { method: req.method, resolve, reject }));
        proc.enter(() => proc.settle(proc.sandbox.call('dispatch', serverId, requestId, req.method, req.path, JSON.stringify(req.headers), toBinary(req.body), peer.ip)));
        proc.wake();
        if (proc.status !== undefined) failAll();
        return response;
      });
      servers.set(serverId, listening);
      proc.handles.add(listening);
    } catch (e) {
      if (e instanceof NetError && e.code === 'EADDRINUSE') throw new HostError(`listen EADDRINUSE: address already in use :::${Number(port)}`, { code: 'EADDRINUSE', errno: -98, syscall: 'listen', address: '::', port: Number(port) });
      throw e;
    }
  };

  const failAll = (): void => {
    for (const p of pending.values()) p.reject(new NetError('ECONNRESET', 'Connection reset by peer'));
    pending.clear();
  };

  const respond: HostOp = (id, status, statusText, headersJson, body, chunked) => {
    const request = pending.get(Number(id));
    if (!request) return;
    pending.delete(Number(id));
    const headers: Record<string, string> = {};
    for (const [name, value] of JSON.parse(String(headersJson)) as [string, string][]) headers[name] = value;
    const has = (name: string) => Object.keys(headers).some((k) => k.toLowerCase() === name);
    if (!has('date')) headers.Date = httpDate(ctx.clock.now());
    headers.Connection = 'keep-alive';
    headers['Keep-Alive'] = 'timeout=5';
    const bytes = fromBinary(String(body));
    if (!has('content-length') && !has('transfer-encoding')) {
      if (chunked === true) headers['Transfer-Encoding'] = 'chunked';
      else headers['Content-Length'] = String(bytes.length);
    }
    request.resolve({ status: Number(status), statusText: String(statusText), headers, body: request.method === 'HEAD' ? new Uint8Array(0) : bytes });
  };

  const fetch: HostOp = (id, method, url, headersJson, body) => {
    const token = {};
    proc.handles.add(token);
    const answer = (...args: (string | number)[]): void => {
      proc.handles.delete(token);
      if (proc.status !== undefined) return;
      proc.enter(() => proc.settle(proc.sandbox.call('response', Number(id), ...args)));
      proc.wake();
    };
    if (!ctx.net) return void queueMicrotask(() => answer(0, '', '{}', '', 'ENETUNREACH|connect ENETUNREACH'));
    ctx.net.request(String(url), { method: String(method), headers: JSON.parse(String(headersJson)) as Record<string, string>, body: fromBinary(String(body)) }).then(
      (res) => answer(res.status, res.statusText, JSON.stringify(res.headers), toBinary(res.body), ''),
      (e: unknown) => answer(0, '', '{}', '', e instanceof NetError ? `${e.code}|${e.code === 'ECONNREFUSED' ? `connect ECONNREFUSED ${e.ip ?? ''}` : e.message}` : `EIO|${String(e)}`),
    );
  };

  const close: HostOp = (id) => {
    const listening = servers.get(Number(id));
    servers.delete(Number(id));
    if (listening) {
      listening.close();
      proc.handles.delete(listening);
      proc.wake();
    }
  };

  return { listen, respond, fetch, close };
}
