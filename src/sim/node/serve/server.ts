/**
 * The live bridge: one daemon behind Node's own HTTP server, so the real `docker` CLI
 * (DOCKER_HOST=tcp://127.0.0.1:PORT) and the web app in live mode talk to it. Routes,
 * in order: the live event stream, the built web app (files of `dist/` only), then the
 * Engine API for everything else — hijacked for attach and exec start when upgraded.
 * Every request is one call of `api.handle`; a failure in one request is logged and
 * answered with 500, never fatal to the server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Daemon } from '../../../engine/daemon/daemon.ts';
import { followRealTime } from './clock-driver.ts';
import { serveUpgrade } from './hijack.ts';
import { apiMethod, bodyLimit, decodeBody, HttpError, lowerHeaders, readBody, splitUrl } from './http-request.ts';
import { writeError, writeResponse } from './http-response.ts';
import { liveEventsPath, serveLiveEvents } from './live-events.ts';
import { serveStatic } from './static-files.ts';

export interface ServeOptions {
  daemon: Daemon;
  /** Directory of the built web app; absent or missing: no web app. */
  staticRoot?: string;
  /** Where problems go (default stderr). */
  log?: (line: string) => void;
  /** One line per request (`POST /v1.50/containers/create 201`). */
  access?: (line: string) => void;
  /** Virtual ms per real ms (default 1). */
  timeRate?: number;
}

export interface DockyardServer {
  readonly http: Server;
  listen(target: { host: string; port: number } | { socket: string }): Promise<string>;
  close(): Promise<void>;
}

export function createDockyardServer(options: ServeOptions): DockyardServer {
  const { daemon } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const problem = (where: string) => (error: unknown) => log(`dockyard serve: ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  let stopClock: (() => void) | undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { path, query } = splitUrl(req.url ?? '/');
    res.once('finish', () => options.access?.(`${req.method} ${req.url} ${res.statusCode}`));
    if (req.method === 'GET' && path === liveEventsPath) return serveLiveEvents(daemon.events, req, res);
    if (await serveStatic(options.staticRoot, req, res, path)) return;
    const method = apiMethod(req.method);
    if (!method) return writeError(res, 404, 'page not found');
    const headers = lowerHeaders(req.headers);
    let body: unknown;
    try {
      body = decodeBody(path, headers, await readBody(req, headers, bodyLimit(path)));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      res.setHeader('Connection', 'close');
      writeError(res, error.status, error.message);
      req.resume();
      return;
    }
    const response = await daemon.api.handle({ method, path, query, headers, body });
    await writeResponse(res, response, method);
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      problem(`${req.method} ${req.url}`)(error);
      writeError(res, 500, error instanceof Error ? error.message : String(error));
    });
  });
  const hijacked = new Set<Duplex>();
  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    hijacked.add(socket);
    socket.once('close', () => hijacked.delete(socket));
    serveUpgrade(req, socket, head, { api: daemon.api, onError: problem(`${req.method} ${req.url}`) })
      .then(() => options.access?.(`${req.method} ${req.url} (upgraded stream ended)`))
      .catch((error: unknown) => {
        problem(`upgrade ${req.url}`)(error);
        socket.destroy();
      });
  });
  http.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const text = JSON.stringify({ message: `malformed HTTP request: ${error.code ?? error.message}` }) + '\n';
    socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
  });

  return {
    http,
    listen(target) {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        const ready = () => {
          http.off('error', reject);
          stopClock = followRealTime(daemon.clock, { rate: options.timeRate, onError: problem('timer') });
          const address = http.address();
          resolve(typeof address === 'string' ? `unix://${address}` : `tcp://${hostText((address as AddressInfo).address)}:${(address as AddressInfo).port}`);
        };
        if ('socket' in target) http.listen(target.socket, ready);
        else http.listen(target.port, target.host, ready);
      });
    },
    close() {
      stopClock?.();
      return new Promise((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
        for (const socket of hijacked) socket.destroy();
      });
    },
  };
}

function hostText(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}
