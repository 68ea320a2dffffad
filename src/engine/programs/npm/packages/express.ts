/**
 * Dockyard's compact stand-in for express 4, written for the simulator: the files
 * `npm install express` puts in node_modules/express so `require('express')` runs in
 * the node sandbox. It is NOT the express source; it implements the core that the
 * sample app and typical tutorials use, on top of `http`: express(), app.use/get/post/
 * put/patch/delete/all/listen/set, Router, req.params/query/path/body, res.send/json/
 * status/sendStatus/set/type/redirect/sendFile, express.static, express.json,
 * express.urlencoded, the 404 page and the error handler.
 */
const license = `/*!
 * Dockyard's compact stand-in for express, written for the Dockyard simulator.
 * This is not the express source code: it imitates the part of express's API that
 * tutorials use, so apps run inside the simulator's sandboxed node.
 * MIT License. The real express is (c) TJ Holowaychuk, Roman Shtylman, Douglas
 * Christopher Wilson and contributors, https://expressjs.com
 */
`;

const source = String.raw`'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');
const { URLSearchParams } = require('url');

const mime = { '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'application/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' };
const types = { html: 'text/html; charset=utf-8', text: 'text/plain; charset=utf-8', json: 'application/json; charset=utf-8' };

// '/users/:id' -> a RegExp and the parameter names; prefix patterns match sub-paths (use).
function compile(pattern, prefix) {
  if (pattern instanceof RegExp) return { re: pattern, keys: [] };
  const keys = [];
  const body = String(pattern).replace(/\/$/, '').replace(/[.+?^\${}()|[\]\\]/g, '\\$&').replace(/\\\?/g, '?')
    .replace(/:(\w+)(\?)?/g, (_, key, optional) => { keys.push(key); return optional ? '?([^/]+)?' : '([^/]+)'; })
    .replace(/\*/g, '(.*)');
  return { re: new RegExp('^' + body + (prefix ? '(?=/|$)' : '/?$'), 'i'), keys };
}

function Router() {
  const stack = [];
  function router(req, res, out) { router.handle(req, res, out); }
  router.stack = stack;
  router.use = (...args) => {
    const mount = typeof args[0] === 'string' ? args.shift() : '/';
    for (const fn of args.flat()) stack.push({ method: null, prefix: mount === '/' ? '' : mount, ...compile(mount === '/' ? '' : mount, true), fn });
    return router;
  };
  router.route = (p) => {
    const route = {};
    for (const m of ['get', 'post', 'put', 'patch', 'delete', 'all']) route[m] = (...fns) => { router[m](p, ...fns); return route; };
    return route;
  };
  for (const m of ['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'all']) {
    router[m] = (p, ...fns) => { for (const fn of fns.flat()) stack.push({ method: m === 'all' ? '*' : m.toUpperCase(), ...compile(p, false), fn }); return router; };
  }
  router.handle = (req, res, out) => {
    let i = 0;
    const base = req.baseUrl || '';
    const next = (err) => {
      if (err === 'route') err = undefined;
      const layer = stack[i++];
      if (!layer) { req.baseUrl = base; return out(err); }
      const sub = req.url.slice(base.length).split('?')[0] || '/';
      const m = layer.re.exec(sub);
      const methodOk = layer.method === null || layer.method === '*' || layer.method === req.method || (layer.method === 'GET' && req.method === 'HEAD');
      if (!m || !methodOk) return next(err);
      req.params = Object.assign({}, req.params);
      layer.keys.forEach((k, n) => { if (m[n + 1] !== undefined) req.params[k] = decodeURIComponent(m[n + 1]); });
      if (layer.method === null) req.baseUrl = base + m[0]; else req.baseUrl = base;
      const isErrorHandler = layer.fn.length === 4;
      try {
        if (err && isErrorHandler) layer.fn(err, req, res, next);
        else if (!err && !isErrorHandler) {
          const result = layer.fn(req, res, next);
          if (result && typeof result.catch === 'function') result.catch(next);
        } else next(err);
      } catch (e) { next(e); }
    };
    next();
  };
  return router;
}

function extend(app, req, res) {
  req.app = app; res.app = app; req.res = res; res.req = req;
  const [p, q] = req.url.split('?');
  req.path = p; req.originalUrl = req.url; req.query = Object.fromEntries(new URLSearchParams(q || ''));
  req.hostname = String(req.headers.host || '').replace(/:\d+$/, ''); req.ip = req.socket && req.socket.remoteAddress; req.protocol = 'http';
  req.get = req.header = (name) => req.headers[String(name).toLowerCase()];
  res.locals = {};
  res.status = (code) => { res.statusCode = code; return res; };
  res.set = res.header = (name, value) => { if (typeof name === 'object') for (const k in name) res.setHeader(k, name[k]); else res.setHeader(name, value); return res; };
  res.get = (name) => res.getHeader(name);
  res.type = (t) => res.set('Content-Type', types[t] || mime['.' + t] || t);
  res.send = (body) => {
    if (body === undefined) body = '';
    if (typeof body === 'number') { res.statusCode = body; body = String(body); }
    if (typeof body === 'object' && !Buffer.isBuffer(body) && body !== null) return res.json(body);
    if (!res.getHeader('Content-Type')) res.type(Buffer.isBuffer(body) ? 'application/octet-stream' : 'html');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(req.method === 'HEAD' ? undefined : body);
    return res;
  };
  res.json = (obj) => { if (!res.getHeader('Content-Type')) res.type('json'); return res.send(JSON.stringify(obj)); };
  res.sendStatus = (code) => res.status(code).type('text').send(http.STATUS_CODES[code] || String(code));
  res.redirect = (a, b) => { const [code, url] = b === undefined ? [302, a] : [a, b]; res.status(code).set('Location', url).type('text').send(http.STATUS_CODES[code] + '. Redirecting to ' + url); };
  res.sendFile = (file, cb) => {
    try { const data = fs.readFileSync(file); res.type(mime[path.extname(file)] || 'application/octet-stream'); res.send(data); if (cb) cb(); }
    catch (e) { e.status = 404; if (cb) cb(e); else req.next(e); }
  };
  res.render = () => { throw new Error('dockyard: view engines are not part of the express stand-in'); };
}

function finalhandler(req, res) {
  return (err) => {
    if (res.headersSent) return;
    if (err) {
      const status = err.status || err.statusCode || 500;
      if (status >= 500) console.error(err);
      res.statusCode = status;
      res.type('html').send('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>' + (status >= 500 ? String(err.stack || err).replace(/\n/g, '<br>') : http.STATUS_CODES[status]) + '</pre>\n</body>\n</html>\n');
      return;
    }
    res.statusCode = 404;
    res.setHeader('Content-Security-Policy', "default-src 'none'");
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.type('html').send('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ' + req.method + ' ' + req.path + '</pre>\n</body>\n</html>\n');
  };
}

function createApplication() {
  const router = Router();
  const settings = { 'x-powered-by': true, env: process.env.NODE_ENV || 'development' };
  const app = (req, res, done) => {
    extend(app, req, res);
    if (settings['x-powered-by']) res.setHeader('X-Powered-By', 'Express');
    req.next = finalhandler(req, res);
    router.handle(req, res, done || req.next);
  };
  Object.assign(app, router);
  app.get = (p, ...fns) => (fns.length === 0 ? settings[p] : (router.get(p, ...fns), app));
  app.set = (k, v) => { settings[k] = v; return app; };
  app.enable = (k) => app.set(k, true);
  app.disable = (k) => app.set(k, false);
  app.enabled = (k) => !!settings[k];
  app.disabled = (k) => !settings[k];
  app.locals = {};
  app.settings = settings;
  app.listen = (...args) => http.createServer(app).listen(...args);
  return app;
}

createApplication.Router = Router;
createApplication.static = (root, options) => (req, res, next) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next();
  let file = path.join(root, decodeURIComponent(req.url.slice((req.baseUrl || '').length).split('?')[0] || '/'));
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, (options && options.index) || 'index.html');
    if (!fs.statSync(file).isFile()) return next();
  } catch (e) { return next(); }
  res.sendFile(file);
};
const body = (parse, type) => (options) => (req, res, next) => {
  if (req.body !== undefined || !String(req.headers['content-type'] || '').includes(type)) { req.body = req.body || {}; return next(); }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    try { req.body = parse(Buffer.concat(chunks).toString()); next(); }
    catch (e) { e.status = 400; e.type = 'entity.parse.failed'; next(e); }
  });
};
createApplication.json = body((s) => (s ? JSON.parse(s) : {}), 'json');
createApplication.urlencoded = body((s) => Object.fromEntries(new URLSearchParams(s)), 'urlencoded');
createApplication.text = body((s) => s, 'text');

module.exports = createApplication;
`;

/** The files of the stand-in package, by path inside node_modules/express. */
export const expressFiles: Record<string, string> = {
  'index.js': license + source,
  LICENSE: license.replace(/^\/\*!\n|\*\/\n$/g, '').replace(/^ \* ?/gm, ''),
};
