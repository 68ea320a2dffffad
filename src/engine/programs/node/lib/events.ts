/**
 * `events` inside the sandbox: EventEmitter with on/addListener, once, off/
 * removeListener, removeAllListeners, emit, listenerCount, listeners, eventNames,
 * prependListener, setMaxListeners; an `error` event nobody listens to is thrown, as
 * in node. JavaScript evaluated in QuickJS as a CommonJS module body.
 */
export const eventsSource = String.raw`
class EventEmitter {
  constructor() { this._events = new Map(); this._maxListeners = 10; }
  _list(name) {
    if (!this._events) this._events = new Map();
    if (!this._events.has(name)) this._events.set(name, []);
    return this._events.get(name);
  }
  on(name, fn) {
    if (this._events && this._events.has('newListener')) this.emit('newListener', name, fn);
    this._list(name).push(fn);
    return this;
  }
  addListener(name, fn) { return this.on(name, fn); }
  prependListener(name, fn) { this._list(name).unshift(fn); return this; }
  once(name, fn) {
    const wrapper = (...args) => { this.off(name, wrapper); return fn.apply(this, args); };
    wrapper.listener = fn;
    return this.on(name, wrapper);
  }
  off(name, fn) {
    const list = this._list(name);
    const at = list.findIndex((l) => l === fn || l.listener === fn);
    if (at >= 0) list.splice(at, 1);
    if (this._events.has('removeListener')) this.emit('removeListener', name, fn);
    return this;
  }
  removeListener(name, fn) { return this.off(name, fn); }
  removeAllListeners(name) {
    if (name === undefined) this._events = new Map(); else this._list(name).length = 0;
    return this;
  }
  emit(name, ...args) {
    const list = this._events && this._events.get(name);
    if (!list || list.length === 0) {
      if (name === 'error') {
        const err = args[0] instanceof Error ? args[0] : new Error('Unhandled error. (' + String(args[0]) + ')');
        throw err;
      }
      return false;
    }
    for (const fn of [...list]) fn.apply(this, args);
    return true;
  }
  listenerCount(name) { return this._list(name).length; }
  listeners(name) { return this._list(name).map((l) => l.listener || l); }
  rawListeners(name) { return [...this._list(name)]; }
  eventNames() { return [...(this._events || new Map()).keys()].filter((k) => this._events.get(k).length > 0); }
  setMaxListeners(n) { this._maxListeners = n; return this; }
  getMaxListeners() { return this._maxListeners; }
}
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.once = (emitter, name) => new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
module.exports = EventEmitter;
`;
