/**
 * `url` and `querystring` inside the sandbox (QuickJS has no URL): a WHATWG-shaped URL
 * (href, protocol, host, hostname, port, pathname, search, searchParams, hash, origin)
 * for http(s) URLs and paths, URLSearchParams, and the legacy `url.parse`. JavaScript
 * evaluated in QuickJS as CommonJS module bodies.
 */
export const urlSource = String.raw`
const decode = (s) => { try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch (e) { return s; } };
class URLSearchParams {
  constructor(init) {
    this._list = [];
    if (typeof init === 'string') for (const part of init.replace(/^\?/, '').split('&')) { if (!part) continue; const eq = part.indexOf('='); this._list.push(eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))]); }
    else if (init) for (const [k, v] of Object.entries(init)) this._list.push([k, String(v)]);
  }
  get(k) { const e = this._list.find(([n]) => n === k); return e ? e[1] : null; }
  getAll(k) { return this._list.filter(([n]) => n === k).map(([, v]) => v); }
  has(k) { return this._list.some(([n]) => n === k); }
  set(k, v) { this.delete(k); this._list.push([k, String(v)]); }
  append(k, v) { this._list.push([k, String(v)]); }
  delete(k) { this._list = this._list.filter(([n]) => n !== k); }
  entries() { return this._list[Symbol.iterator](); }
  keys() { return this._list.map(([k]) => k)[Symbol.iterator](); }
  values() { return this._list.map(([, v]) => v)[Symbol.iterator](); }
  forEach(fn) { for (const [k, v] of this._list) fn(v, k, this); }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return this._list.map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v)).join('&'); }
}
class URL {
  constructor(input, base) {
    const m = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(String(input));
    if (!m) {
      if (base === undefined) { const e = new TypeError('Invalid URL'); e.code = 'ERR_INVALID_URL'; e.input = input; throw e; }
      const b = new URL(base);
      const s = String(input);
      const path = s.startsWith('/') ? s : b.pathname.replace(/[^/]*$/, '') + s;
      return new URL(b.protocol + '//' + b.host + path);
    }
    this.protocol = m[1].toLowerCase();
    this.host = m[2].replace(/^.*@/, '');
    const colon = this.host.lastIndexOf(':');
    this.hostname = colon > 0 ? this.host.slice(0, colon) : this.host;
    this.port = colon > 0 ? this.host.slice(colon + 1) : '';
    this.pathname = m[3] || '/';
    this.search = m[4] && m[4] !== '?' ? m[4] : '';
    this.hash = m[5] || '';
    this.searchParams = new URLSearchParams(this.search);
    this.username = ''; this.password = '';
  }
  get origin() { return this.protocol + '//' + this.host; }
  get href() { return this.origin + this.pathname + this.search + this.hash; }
  toString() { return this.href; }
  toJSON() { return this.href; }
}
function parse(s, parseQuery) {
  const u = /^[a-z]+:\/\//i.test(s) ? new URL(s) : new URL(s, 'http://localhost');
  const absolute = /^[a-z]+:\/\//i.test(s);
  const query = u.search.slice(1);
  return { protocol: absolute ? u.protocol : null, host: absolute ? u.host : null, hostname: absolute ? u.hostname : null, port: absolute && u.port ? u.port : null, pathname: u.pathname, search: u.search || null, query: parseQuery ? Object.fromEntries(new URLSearchParams(query)) : query || null, hash: u.hash || null, path: u.pathname + u.search, href: s };
}
module.exports = { URL, URLSearchParams, parse, format: (u) => (typeof u === 'string' ? u : (u.protocol ? u.protocol + '//' + (u.host || u.hostname) : '') + (u.pathname || '') + (u.search || '')) };
`;

export const querystringSource = String.raw`
const { URLSearchParams } = require('url');
module.exports = {
  parse: (s) => { const o = {}; for (const [k, v] of new URLSearchParams(s)) o[k] = k in o ? [].concat(o[k], v) : v; return o; },
  stringify: (o) => new URLSearchParams(o).toString(),
  escape: encodeURIComponent, unescape: decodeURIComponent,
};
`;
