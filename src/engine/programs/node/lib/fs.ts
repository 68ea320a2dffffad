/**
 * `fs` inside the sandbox over the container's filesystem: the synchronous calls
 * (readFileSync, writeFileSync, appendFileSync, existsSync, readdirSync, mkdirSync,
 * statSync, lstatSync, unlinkSync, rmSync, renameSync), their callback forms and
 * `fs.promises`. Every call goes through `__host('fs.*')`; errors carry node's
 * code/errno/syscall/path. JavaScript evaluated in QuickJS as a CommonJS module body.
 */
export const fsSource = String.raw`
const { Buffer, toBinary, binaryUtf8 } = require('buffer');
const enc = (o) => (typeof o === 'string' ? o : o && o.encoding) || null;

class Stats {
  constructor(s) { Object.assign(this, s); this.mtime = new Date(s.mtimeMs); this.atime = this.mtime; this.ctime = this.mtime; this.birthtime = this.mtime; }
  isFile() { return this.type === 'file'; }
  isDirectory() { return this.type === 'dir'; }
  isSymbolicLink() { return this.type === 'symlink'; }
}
class Dirent {
  constructor(name, type) { this.name = name; this.type = type; }
  isFile() { return this.type === 'file'; }
  isDirectory() { return this.type === 'dir'; }
  isSymbolicLink() { return this.type === 'symlink'; }
}

const sync = {
  readFileSync(path, options) {
    const binary = __host('fs.read', String(path));
    const e = enc(options);
    return e ? (e === 'latin1' || e === 'binary' ? binary : Buffer.fromBinary(binary).toString(e)) : Buffer.fromBinary(binary);
  },
  writeFileSync(path, data, options) { __host('fs.write', String(path), toBinary(data), false); },
  appendFileSync(path, data) { __host('fs.write', String(path), toBinary(data), true); },
  existsSync(path) { return __host('fs.exists', String(path)); },
  readdirSync(path, options) {
    const entries = JSON.parse(__host('fs.readdir', String(path)));
    return options && options.withFileTypes ? entries.map((e) => new Dirent(e.name, e.type)) : entries.map((e) => e.name);
  },
  mkdirSync(path, options) { return __host('fs.mkdir', String(path), !!(options && options.recursive)); },
  statSync(path) { return new Stats(JSON.parse(__host('fs.stat', String(path), true))); },
  lstatSync(path) { return new Stats(JSON.parse(__host('fs.stat', String(path), false))); },
  unlinkSync(path) { __host('fs.unlink', String(path)); },
  rmSync(path, options) { __host('fs.rm', String(path), !!(options && options.recursive), !!(options && options.force)); },
  rmdirSync(path) { __host('fs.rm', String(path), false, false); },
  renameSync(from, to) { __host('fs.rename', String(from), String(to)); },
  copyFileSync(from, to) { __host('fs.write', String(to), __host('fs.read', String(from)), false); },
  realpathSync(path) { return __host('fs.realpath', String(path)); },
  accessSync(path) { sync.statSync(path); },
};

const callbacks = {};
const promises = {};
for (const [name, fn] of Object.entries(sync)) {
  const base = name.slice(0, -4);
  if (base === 'exists') continue;
  callbacks[base] = (...args) => {
    const cb = typeof args[args.length - 1] === 'function' ? args.pop() : () => undefined;
    let result, error = null;
    try { result = fn(...args); } catch (e) { error = e; }
    setImmediate(() => cb(error, result));
  };
  promises[base] = (...args) => new Promise((resolve, reject) => { try { resolve(fn(...args)); } catch (e) { reject(e); } });
}
callbacks.exists = (path, cb) => setImmediate(() => cb(sync.existsSync(path)));
promises.readFile = promises.readFile;
module.exports = { ...sync, ...callbacks, promises, Stats, Dirent, constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 }, _decode: binaryUtf8 };
`;
