/**
 * The smallest built-ins inside the sandbox: `timers` (the globals), `assert` (ok,
 * equal, strictEqual, deepStrictEqual, throws), a minimal `stream`, and modules the
 * simulator does not provide (`child_process`, `crypto`, `net`…), which throw a clear
 * error on use instead of pretending. JavaScript evaluated as CommonJS module bodies.
 */
export const timersModuleSource = String.raw`
module.exports = { setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate, promises: { setTimeout: (ms, v) => new Promise((r) => setTimeout(() => r(v), ms)), setImmediate: (v) => new Promise((r) => setImmediate(() => r(v))) } };
`;

export const assertSource = String.raw`
const { inspect } = require('util');
class AssertionError extends Error { constructor(message) { super(message); this.name = 'AssertionError'; this.code = 'ERR_ASSERTION'; } }
const fail = (message, fallback) => { throw message instanceof Error ? message : new AssertionError(message || fallback); };
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function assert(value, message) { if (!value) fail(message, 'The expression evaluated to a falsy value:\n\n  assert(' + inspect(value) + ')\n'); }
Object.assign(assert, {
  AssertionError, ok: assert, fail: (m) => fail(m, 'Failed'),
  equal: (a, b, m) => { if (a != b) fail(m, inspect(a) + ' == ' + inspect(b)); },
  notEqual: (a, b, m) => { if (a == b) fail(m, inspect(a) + ' != ' + inspect(b)); },
  strictEqual: (a, b, m) => { if (!Object.is(a, b)) fail(m, 'Expected values to be strictly equal:\n\n' + inspect(a) + ' !== ' + inspect(b) + '\n'); },
  notStrictEqual: (a, b, m) => { if (Object.is(a, b)) fail(m, 'Expected "actual" to be strictly unequal to: ' + inspect(b)); },
  deepEqual: (a, b, m) => { if (!same(a, b)) fail(m, 'Expected values to be loosely deep-equal'); },
  deepStrictEqual: (a, b, m) => { if (!same(a, b)) fail(m, 'Expected values to be strictly deep-equal'); },
  throws: (fn, _e, m) => { try { fn(); } catch (e) { return; } fail(m, 'Missing expected exception.'); },
});
assert.strict = assert;
module.exports = assert;
`;

export const streamSource = String.raw`
const EventEmitter = require('events');
class Stream extends EventEmitter { pipe(dest) { this.on('data', (c) => dest.write(c)); this.on('end', () => dest.end && dest.end()); return dest; } }
class Readable extends Stream { push(chunk) { if (chunk === null) setImmediate(() => this.emit('end')); else setImmediate(() => this.emit('data', chunk)); return true; } }
class Writable extends Stream { write(chunk, enc, cb) { if (this._write) this._write(chunk, enc, cb || (() => undefined)); return true; } end() { setImmediate(() => this.emit('finish')); } }
module.exports = Object.assign(Stream, { Stream, Readable, Writable, Duplex: Readable, Transform: Readable, PassThrough: Readable });
`;

/** A module that is not simulated: requiring it works (as in node), using it says why. */
export function unsupportedSource(name: string): string {
  return String.raw`
module.exports = new Proxy({}, { get(_t, key) {
  if (typeof key === 'symbol' || key === '__esModule' || key === 'then') return undefined;
  return () => { throw new Error("dockyard: the simulator's node does not provide ${name}." + String(key) + '()'); };
} });
`;
}
