/**
 * `process` and `console` inside the sandbox. process: argv, env (the process's copy),
 * exit/exitCode, cwd/chdir, platform 'linux', version, pid, hrtime, memoryUsage,
 * nextTick, stdout/stderr, and signal events (`process.on('SIGTERM')` asks the host to
 * deliver the signal instead of its default action). console: log/info/debug to stdout,
 * error/warn/trace to stderr with util.format, dir, time/timeEnd on virtual time,
 * count, assert, group. A bootstrap script.
 */
export const processSource = String.raw`
(() => {
  const EventEmitter = require('events');
  const util = require('util');
  const info = JSON.parse(__host('processInfo'));
  const process = new EventEmitter();
  const signals = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH'];
  process.on('newListener', (name) => { if (signals.includes(name)) __host('signal', name); });
  const stream = (fd) => Object.assign(new EventEmitter(), { fd, isTTY: false, writable: true, columns: 80, write(chunk, enc, cb) { __host('write', fd, require('buffer').toBinary(chunk)); if (typeof enc === 'function') enc(); else if (cb) cb(); return true; }, end() {} });
  const started = __host('now');
  Object.assign(process, {
    title: 'node', argv: info.argv, argv0: 'node', execArgv: [], execPath: '/usr/local/bin/node', env: info.env,
    pid: info.pid, ppid: info.ppid, platform: 'linux', arch: 'x64', version: info.version,
    versions: { node: info.version.slice(1), v8: '11.3.244.8-node.25', uv: '1.48.0', modules: '115' },
    release: { name: 'node', lts: 'Iron' }, config: {}, features: {}, exitCode: undefined,
    stdout: stream(1), stderr: stream(2), stdin: Object.assign(new EventEmitter(), { fd: 0, isTTY: false, setEncoding() {}, resume() {}, pause() {} }),
    cwd: () => __host('cwd'),
    chdir: (dir) => __host('chdir', String(dir)),
    umask: () => 0o22,
    getuid: () => __host('uid'), getgid: () => __host('gid'), geteuid: () => __host('uid'),
    uptime: () => (__host('now') - started) / 1000,
    hrtime: Object.assign((prev) => { const ms = __host('now'); const t = [Math.floor(ms / 1000), (ms % 1000) * 1e6]; return prev ? [t[0] - prev[0], t[1] - prev[1]] : t; }, { bigint: () => BigInt(__host('now')) * 1000000n }),
    memoryUsage: Object.assign(() => { const m = JSON.parse(__host('memory')); return { rss: m.used + 30000000, heapTotal: m.limit, heapUsed: m.used, external: 0, arrayBuffers: 0 }; }, { rss: () => 30000000 }),
    cpuUsage: () => ({ user: 0, system: 0 }),
    nextTick: (fn, ...args) => { Promise.resolve().then(() => __dockyard.guard(fn, args)); },
    emitWarning: (warning) => __host('write', 2, '(node:' + info.pid + ') ' + (warning instanceof Error ? warning.name + ': ' + warning.message : 'Warning: ' + warning) + '\n'),
    kill: (pid, signal) => __host('kill', pid, signal || 'SIGTERM'),
    exit: (code) => {
      if (code !== undefined) process.exitCode = code;
      const status = Number(process.exitCode || 0);
      try { process.emit('exit', status); } catch (e) { /* as node: exit handlers' errors end here */ }
      __host('exit', status);
      throw __dockyard.HALT;
    },
    binding: () => { throw new Error('No such module'); },
  });
  globalThis.process = process;
  globalThis.global = globalThis;
  __dockyard.signal = (name) => __dockyard.guard(() => process.emit(name, name), []);
  __dockyard.exitStatus = () => { const status = Number(process.exitCode || 0); __dockyard.guard(() => process.emit('exit', status), []); return Number(process.exitCode || 0); };

  const out = (fd) => (...args) => __host('write', fd, require('buffer').utf8Binary(indent + util.format(...args).replace(/\n/g, '\n' + indent) + '\n'));
  let indent = '';
  const timers = new Map(), counts = new Map();
  const log = out(1), error = out(2);
  globalThis.console = {
    log, info: log, debug: log, error, warn: error,
    trace: (...args) => error('Trace: ' + util.format(...args) + '\n' + String(new Error().stack).split('\n').slice(1).join('\n').replace(/\n$/, '')),
    dir: (v, o) => log(util.inspect(v, o)),
    table: (v) => log(util.inspect(v)),
    assert: (ok, ...args) => { if (!ok) error('Assertion failed' + (args.length ? ': ' + util.format(...args) : '')); },
    time: (label = 'default') => timers.set(label, __host('now')),
    timeEnd: (label = 'default') => { log(label + ': ' + (__host('now') - (timers.get(label) || __host('now'))) + 'ms'); timers.delete(label); },
    timeLog: (label = 'default') => log(label + ': ' + (__host('now') - (timers.get(label) || __host('now'))) + 'ms'),
    count: (label = 'default') => { counts.set(label, (counts.get(label) || 0) + 1); log(label + ': ' + counts.get(label)); },
    countReset: (label = 'default') => counts.delete(label),
    group: (...args) => { if (args.length) log(...args); indent += '  '; },
    groupEnd: () => { indent = indent.slice(2); },
  };
  const { Buffer } = require('buffer');
  globalThis.Buffer = Buffer;
  const url = require('url');
  globalThis.URL = url.URL;
  globalThis.URLSearchParams = url.URLSearchParams;
  globalThis.structuredClone = (v) => JSON.parse(JSON.stringify(v));
})();
`;
