/**
 * `http` inside the sandbox: `createServer(handler).listen(port, cb)` listens on the
 * container's network through `__host('listen')`; each request arrives through
 * `__dockyard.dispatch` as an IncomingMessage (method, url, headers, 'data'/'end') and a
 * ServerResponse (statusCode, setHeader, writeHead, write, end) whose `end` hands the
 * response back with `__host('respond')`. `http.get`/`http.request` make requests
 * through `__host('fetch')`. JavaScript evaluated in QuickJS as a CommonJS module body.
 */
export const httpSource = String.raw`
const EventEmitter = require('events');
const { Buffer, toBinary } = require('buffer');
const STATUS_CODES = { 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 418: "I'm a Teapot", 422: 'Unprocessable Entity', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout', 501: 'Not Implemented', 429: 'Too Many Requests' };
const servers = new Map();
const outgoing = new Map();
let nextServer = 1, nextRequest = 1;

class IncomingMessage extends EventEmitter {
  constructor(fields, body) {
    super();
    Object.assign(this, { httpVersion: '1.1', httpVersionMajor: 1, httpVersionMinor: 1, complete: false }, fields);
    this.rawHeaders = [];
    const headers = {};
    for (const [k, v] of Object.entries(fields.headers || {})) { headers[k.toLowerCase()] = v; this.rawHeaders.push(k, v); }
    this.headers = headers;
    const buf = Buffer.fromBinary(body || '');
    setImmediate(() => { if (buf.length) this.emit('data', buf); this.complete = true; this.emit('end'); this.emit('close'); });
  }
  setEncoding() { return this; }
  pipe(dest) { this.on('data', (c) => dest.write(c)); this.on('end', () => dest.end()); return dest; }
}

class ServerResponse extends EventEmitter {
  constructor(id) { super(); this._id = id; this.statusCode = 200; this.statusMessage = undefined; this._headers = new Map(); this._chunks = []; this._chunked = false; this.headersSent = false; this.writableEnded = false; this.finished = false; }
  setHeader(name, value) { this._headers.set(name.toLowerCase(), [name, Array.isArray(value) ? value.join(', ') : String(value)]); return this; }
  getHeader(name) { const h = this._headers.get(name.toLowerCase()); return h && h[1]; }
  getHeaders() { const o = {}; for (const [k, [, v]] of this._headers) o[k] = v; return o; }
  getHeaderNames() { return [...this._headers.keys()]; }
  hasHeader(name) { return this._headers.has(name.toLowerCase()); }
  removeHeader(name) { this._headers.delete(name.toLowerCase()); }
  writeHead(status, message, headers) {
    if (typeof message === 'object') { headers = message; message = undefined; }
    this.statusCode = status;
    if (message) this.statusMessage = message;
    for (const [k, v] of Object.entries(headers || {})) this.setHeader(k, v);
    this.headersSent = true;
    return this;
  }
  write(chunk) { if (chunk !== undefined && chunk !== null) { this._chunks.push(toBinary(chunk)); this._chunked = true; } this.headersSent = true; return true; }
  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (typeof encoding === 'function') cb = encoding;
    if (this.writableEnded) return this;
    if (chunk !== undefined && chunk !== null) this._chunks.push(toBinary(chunk));
    this.headersSent = true; this.writableEnded = true; this.finished = true;
    const headers = [...this._headers.values()];
    __host('respond', this._id, this.statusCode, this.statusMessage || STATUS_CODES[this.statusCode] || '', JSON.stringify(headers), this._chunks.join(''), this._chunked);
    setImmediate(() => { this.emit('finish'); this.emit('close'); if (cb) cb(); });
    return this;
  }
}

class Server extends EventEmitter {
  constructor(handler) { super(); this._id = nextServer++; this.listening = false; if (handler) this.on('request', handler); }
  listen(...args) {
    const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    const port = typeof args[0] === 'object' && args[0] !== null ? args[0].port : Number(args[0] || 0);
    if (cb) this.once('listening', cb);
    try { __host('listen', this._id, port); } catch (e) { setImmediate(() => this.emit('error', e)); return this; }
    this._port = port; this.listening = true; servers.set(this._id, this);
    setImmediate(() => this.emit('listening'));
    return this;
  }
  address() { return this.listening ? { address: '::', family: 'IPv6', port: this._port } : null; }
  close(cb) {
    if (this.listening) __host('close', this._id);
    this.listening = false; servers.delete(this._id);
    setImmediate(() => { this.emit('close'); if (cb) cb(); });
    return this;
  }
  setTimeout() { return this; }
}

__dockyard.dispatch = (serverId, requestId, method, url, headersJson, body, peer) => {
  const server = servers.get(serverId);
  const req = new IncomingMessage({ method, url, headers: JSON.parse(headersJson), socket: { remoteAddress: peer, remotePort: 40000 + requestId } }, body);
  req.connection = req.socket;
  const res = new ServerResponse(requestId);
  res.req = req;
  server.emit('request', req, res);
};

class ClientRequest extends EventEmitter {
  constructor(url, options, cb) {
    super(); this._id = nextRequest++; this._url = url; this._options = options; this._body = []; if (cb) this.once('response', cb);
  }
  setHeader(k, v) { (this._options.headers = this._options.headers || {})[k] = v; }
  write(chunk) { this._body.push(toBinary(chunk)); return true; }
  end(chunk) {
    if (chunk) this.write(chunk);
    outgoing.set(this._id, this);
    __host('fetch', this._id, this._options.method || 'GET', this._url, JSON.stringify(this._options.headers || {}), this._body.join(''));
    return this;
  }
  setTimeout() { return this; }
  abort() { outgoing.delete(this._id); }
  destroy() { outgoing.delete(this._id); }
}

__dockyard.response = (id, status, statusText, headersJson, body, error) => {
  const req = outgoing.get(id);
  outgoing.delete(id);
  if (!req) return;
  if (error) { const e = new Error(error.split('|')[1]); e.code = error.split('|')[0]; req.emit('error', e); return; }
  const res = new IncomingMessage({ statusCode: status, statusMessage: statusText, headers: JSON.parse(headersJson) }, body);
  req.emit('response', res);
};

function request(target, options, cb) {
  if (typeof options === 'function') { cb = options; options = {}; }
  let url = target;
  if (typeof target === 'object' && !(target instanceof URL)) { options = target; url = 'http://' + (options.hostname || options.host || 'localhost') + (options.port ? ':' + options.port : '') + (options.path || '/'); }
  return new ClientRequest(String(url), options || {}, cb);
}
const get = (...args) => { const req = request(...args); req.end(); return req; };

module.exports = { createServer: (options, handler) => new Server(typeof options === 'function' ? options : handler), Server, IncomingMessage, ServerResponse, ClientRequest, STATUS_CODES, METHODS: ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'], request, get, Agent: class Agent {}, globalAgent: {} };
`;
