/**
 * CommonJS inside the sandbox: `require` resolves built-ins (`fs`, `node:fs`…), relative
 * and absolute files (.js, .json, directories with package.json `main` or index.js) and
 * packages in `node_modules` walking up from the requiring file, in the container's
 * filesystem. Each module is compiled by the host with its real filename (so stacks
 * name it) inside node's wrapper. `__dockyard.runMain` and `runEval` start a program.
 * A bootstrap script.
 */
export const modulesSource = String.raw`
(() => {
  const cache = new Map();
  const builtins = new Map();
  const kind = (p) => __host('fs.kind', p);
  const norm = (p) => { const out = []; for (const s of p.split('/')) { if (s === '..') out.pop(); else if (s && s !== '.') out.push(s); } return '/' + out.join('/'); };
  const dirOf = (p) => p.slice(0, p.lastIndexOf('/')) || '/';
  const builtinName = (r) => (r.startsWith('node:') ? r.slice(5) : r);

  function tryFile(p) {
    if (kind(p) === 'file') return p;
    for (const ext of ['.js', '.json', '.cjs']) if (kind(p + ext) === 'file') return p + ext;
    return undefined;
  }
  function tryDir(p) {
    if (kind(p) !== 'dir') return undefined;
    if (kind(p + '/package.json') === 'file') {
      let main;
      try { main = JSON.parse(require('fs').readFileSync(p + '/package.json', 'utf8')).main; } catch (e) { main = undefined; }
      if (main) { const found = tryFile(norm(p + '/' + main)) || tryDir(norm(p + '/' + main)); if (found) return found; }
    }
    return tryFile(p + '/index');
  }
  function resolve(request, parent) {
    if (__host('builtin', builtinName(request)) !== undefined) return 'node:' + builtinName(request);
    const base = parent && parent.filename !== '[eval]' ? dirOf(parent.filename) : process.cwd();
    let found;
    if (/^(\.{1,2}(\/|$)|\/)/.test(request)) {
      const abs = norm(request.startsWith('/') ? request : base + '/' + request);
      found = tryFile(abs) || tryDir(abs);
    } else {
      for (let dir = base; !found; dir = dirOf(dir)) {
        if (!dir.endsWith('/node_modules')) { const p = norm(dir + '/node_modules/' + request); found = tryFile(p) || tryDir(p); }
        if (dir === '/') break;
      }
    }
    if (found) return found;
    const stack = []; for (let m = parent; m && m.filename !== '[eval]'; m = m.parent) stack.push('- ' + m.filename);
    const err = new Error("Cannot find module '" + request + "'" + (stack.length ? '\nRequire stack:\n' + stack.join('\n') : ''));
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = stack.map((s) => s.slice(2));
    throw err;
  }

  class Module {
    constructor(filename, parent) { this.id = filename; this.filename = filename; this.path = dirOf(filename); this.exports = {}; this.parent = parent; this.loaded = false; this.children = []; this.paths = []; }
    require(request) { return load(request, this); }
  }
  function makeRequire(module) {
    const req = (request) => load(request, module);
    req.resolve = (request) => resolve(request, module);
    req.cache = cache;
    req.main = __dockyard.mainModule;
    return req;
  }
  function load(request, parent) {
    if (typeof request !== 'string') throw new TypeError('The "id" argument must be of type string');
    const name = builtinName(request);
    if (builtins.has(name)) return builtins.get(name).exports;
    const filename = resolve(request, parent);
    if (filename.startsWith('node:')) {
      const m = new Module(filename, null);
      builtins.set(name, m);
      __host('compile', __host('builtin', name), filename)(m.exports, makeRequire(m), m, filename, '/', __host, __dockyard);
      return m.exports;
    }
    if (cache.has(filename)) return cache.get(filename).exports;
    const module = new Module(filename, parent);
    if (!parent) { __dockyard.mainModule = module; }
    cache.set(filename, module);
    const source = require('fs').readFileSync(filename, 'utf8');
    const placeholder = /^\/\* (\S+@\S+) \(simulated\) \*\/\n?$/.exec(source);
    if (placeholder) { cache.delete(filename); throw new Error('dockyard: ' + placeholder[1] + ' is installed as a placeholder: the simulator does not include its code (express is the package with runnable code)'); }
    try {
      if (filename.endsWith('.json')) module.exports = JSON.parse(source);
      else {
        __dockyard.sources.set(filename, source.replace(/^#!.*/, ''));
        __host('compile', source.replace(/^#!.*/, ''), filename).call(module.exports, module.exports, makeRequire(module), module, filename, dirOf(filename));
      }
    } catch (e) { cache.delete(filename); throw e; }
    module.loaded = true;
    if (parent) parent.children.push(module);
    return module.exports;
  }
  globalThis.require = (request) => load(request, null);
  Module._cache = cache;
  Module.builtinModules = ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'http', 'os', 'path', 'querystring', 'stream', 'timers', 'url', 'util'];
  Module.createRequire = (filename) => makeRequire(new Module(filename, null));
  __dockyard.Module = Module;

  __dockyard.runMain = (path) => __dockyard.guard(() => load(path, null), []);
  __dockyard.runEval = (code, print) => __dockyard.guard(() => {
    const m = new Module('[eval]', null);
    Object.assign(globalThis, { module: m, exports: m.exports, __filename: '[eval]', __dirname: '.', require: makeRequire(m) });
    __dockyard.sources.set('[eval]', code);
    const value = __host('evalScript', code, '[eval]');
    if (print) process.stdout.write((typeof value === 'string' ? value : require('util').inspect(value)) + '\n');
  }, []);
})();
`;
