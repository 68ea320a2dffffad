/**
 * The sandbox's event-loop half that lives inside QuickJS: setTimeout, setInterval,
 * setImmediate and their clear* on virtual time (node's 1 ms minimum delay), plus
 * `Date.now` and `new Date` (no arguments) reading the engine's clock, a seeded `Math.random`.
 * The host asks `__dockyard.nextTimer()` when to wake and calls `runTimers()` then.
 * A bootstrap script evaluated once, before any module.
 */
export const timersSource = String.raw`
(() => {
  const HostDate = Date;
  const now = () => __host('now');
  class VirtualDate extends HostDate {
    constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
    static now() { return now(); }
  }
  globalThis.Date = VirtualDate;

  let seed = (__host('seed') >>> 0) || 1;
  Math['random'] = () => { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed / 4294967296; };

  const timers = new Map();
  let nextId = 1;
  class Timeout {
    constructor(id) { this._id = id; }
    ref() { const t = timers.get(this._id); if (t) t.ref = true; return this; }
    unref() { const t = timers.get(this._id); if (t) t.ref = false; return this; }
    hasRef() { const t = timers.get(this._id); return !!(t && t.ref); }
    refresh() { const t = timers.get(this._id); if (t) t.at = now() + t.delay; return this; }
    [Symbol.toPrimitive]() { return this._id; }
  }
  const add = (fn, delay, args, repeat) => {
    if (typeof fn !== 'function') { const e = new TypeError('The "callback" argument must be of type function. Received ' + typeof fn); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
    const id = nextId++;
    timers.set(id, { id, fn, args, delay, repeat, at: now() + delay, ref: true });
    return id;
  };
  const clamp = (ms) => { const n = Number(ms); return n >= 1 && n <= 2147483647 ? Math.floor(n) : 1; };
  globalThis.setTimeout = (fn, ms, ...args) => new Timeout(add(fn, clamp(ms), args, false));
  globalThis.setInterval = (fn, ms, ...args) => new Timeout(add(fn, clamp(ms), args, true));
  globalThis.setImmediate = (fn, ...args) => new Timeout(add(fn, 0, args, false));
  const clear = (t) => { if (t !== undefined && t !== null) timers.delete(typeof t === 'object' ? t._id : Number(t)); };
  globalThis.clearTimeout = clear;
  globalThis.clearInterval = clear;
  globalThis.clearImmediate = clear;
  globalThis.queueMicrotask = (fn) => { Promise.resolve().then(() => __dockyard.guard(fn, [])); };

  /** The virtual time of the earliest timer, or -1; -2 when only unref'd timers remain. */
  __dockyard.nextTimer = () => {
    let at = -1, ref = false;
    for (const t of timers.values()) { if (at < 0 || t.at < at) at = t.at; ref = ref || t.ref; }
    return at >= 0 && !ref ? -2 : at;
  };
  __dockyard.runTimers = () => {
    const due = [...timers.values()].filter((t) => t.at <= now()).sort((a, b) => a.at - b.at || a.id - b.id);
    for (const t of due) {
      if (!timers.has(t.id)) continue;
      if (t.repeat) t.at = now() + t.delay; else timers.delete(t.id);
      __dockyard.guard(t.fn, t.args);
    }
  };
})();
`;
