import { describe, expect, it } from 'vitest';
import { appFs, node } from './run-node.ts';

describe('node runs JavaScript in a sandbox', () => {
  it('node -e runs code and console.log writes to stdout', async () => {
    expect(await node(['-e', 'console.log(1 + 1)'])).toEqual({ status: 0, stdout: '2\n', stderr: '' });
  });

  it('node -p prints the value of an expression, strings without quotes', async () => {
    expect((await node(['-p', 'process.version'])).stdout).toBe('v20.18.1\n');
    expect((await node(['-p', '({ a: 1, b: [1, "x"] })'])).stdout).toBe("{ a: 1, b: [ 1, 'x' ] }\n");
  });

  it('node --version prints the image NODE_VERSION', async () => {
    expect((await node(['--version'])).stdout).toBe('v20.18.1\n');
  });

  it('console formats like util.format: %s, %d, %j, objects, nested depth, errors on stderr', async () => {
    const { stdout, stderr } = await node(['-e', "console.log('%s is %d years', 'Bob', 42); console.log('%j', {a:1}); console.log({ deep: { er: { est: { x: 1 } } } }); console.log(null, undefined, true, [function named() {}]); console.error('bad'); console.warn('careful')"]);
    expect(stdout).toBe("Bob is 42 years\n{\"a\":1}\n{ deep: { er: { est: [Object] } } }\nnull undefined true [ [Function: named] ]\n");
    expect(stderr).toBe('bad\ncareful\n');
  });

  it('process exposes argv, env, cwd, platform and exit codes', async () => {
    const fs = appFs({ 'args.js': "console.log(process.argv.slice(1).join(' '), process.env.HOME, process.cwd(), process.platform); process.exit(3); console.log('never')" });
    const run = await node(['args.js', 'one', 'two'], fs);
    expect(run).toEqual({ status: 3, stdout: '/app/args.js one two /root /app linux\n', stderr: '' });
  });

  it('process.exitCode sets the status when the event loop empties, after the exit event', async () => {
    const run = await node(['-e', "process.on('exit', (c) => console.log('exit', c)); process.exitCode = 4"]);
    expect(run).toEqual({ status: 4, stdout: 'exit 4\n', stderr: '' });
  });

  it('a missing main module is node\'s "Cannot find module" report with status 1', async () => {
    const run = await node(['nope.js']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Error: Cannot find module '/app/nope.js'\n");
    expect(run.stderr).toContain("code: 'MODULE_NOT_FOUND'");
    expect(run.stderr).toMatch(/\n\nNode\.js v20\.18\.1\n$/);
  });

  it('an uncaught exception prints the file, line, source, stack and Node.js version, status 1', async () => {
    const run = await node(['boom.js'], appFs({ 'boom.js': "const x = 1;\nthrow new Error('boom');\n" }));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^\/app\/boom\.js:2\nthrow new Error\('boom'\);\n *\^\n\nError: boom\n {4}at .*\/app\/boom\.js:2/);
    expect(run.stderr).toMatch(/\nNode\.js v20\.18\.1\n$/);
  });

  it('process.on("uncaughtException") catches what would end the process', async () => {
    const run = await node(['-e', "process.on('uncaughtException', (e) => console.log('caught', e.message)); setTimeout(() => { throw new Error('late') }, 10)"]);
    expect(run).toEqual({ status: 0, stdout: 'caught late\n', stderr: '' });
  });
});

describe('require', () => {
  it('resolves relative files, .json, directories with index.js, and caches modules', async () => {
    const fs = appFs({
      'main.js': "const a = require('./lib/a'); const b = require('./lib'); const c = require('./data.json'); console.log(a.name, b.name, c.n, require('./lib/a') === a, require.main === module)",
      'lib/a.js': "exports.name = 'a:' + __filename",
      'lib/index.js': "module.exports = { name: 'index:' + __dirname }",
      'data.json': '{ "n": 7 }',
    });
    expect((await node(['main.js'], fs)).stdout).toBe('a:/app/lib/a.js index:/app/lib 7 true true\n');
  });

  it('finds packages in node_modules by their package.json main, walking up', async () => {
    const fs = appFs({ 'src/main.js': "console.log(require('greet')('you'))", 'node_modules/greet/package.json': '{ "main": "lib/greet.js" }', 'node_modules/greet/lib/greet.js': "module.exports = (n) => 'hi ' + n" });
    expect((await node(['src/main.js'], fs)).stdout).toBe('hi you\n');
  });

  it('a missing module throws MODULE_NOT_FOUND with the require stack', async () => {
    const run = await node(['main.js'], appFs({ 'main.js': "require('left-pad')" }));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Error: Cannot find module 'left-pad'\nRequire stack:\n- /app/main.js");
  });

  it('a package installed as a placeholder says the simulator does not include its code', async () => {
    const run = await node(['-e', "require('lodash')"], appFs({}, { lodash: '^4.17.21' }));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('dockyard: lodash@4.17.21 is installed as a placeholder');
  });

  it('node: prefixed and plain built-ins load: path, events, util, os, url, assert', async () => {
    const code = [
      "const path = require('node:path'); console.log(path.join('/a/b', '../c', 'd.txt'), path.extname('x.tar.gz'), path.resolve('x'))",
      "const EventEmitter = require('events'); const e = new EventEmitter(); e.once('hi', (n) => console.log('hi', n)); e.emit('hi', 1); console.log(e.emit('hi', 2))",
      "console.log(require('util').format('%s=%d', 'n', 5), require('os').platform(), new URL('http://h:8/p?q=1').searchParams.get('q'))",
      "require('assert').strictEqual(1, 1)",
    ].join(';');
    expect((await node(['-e', code])).stdout).toBe('/a/c/d.txt .gz /app/x\nhi 1\nfalse\nn=5 linux 1\n');
  });
});

describe('fs on the container filesystem', () => {
  it('writes, reads, lists, stats and creates directories synchronously', async () => {
    const fs = appFs();
    const code = "const fs = require('fs'); fs.mkdirSync('data/x', { recursive: true }); fs.writeFileSync('data/x/n.txt', 'héllo'); fs.appendFileSync('data/x/n.txt', '!'); console.log(fs.readFileSync('data/x/n.txt', 'utf8'), fs.existsSync('/app/data'), fs.readdirSync('data'), fs.statSync('data/x/n.txt').size, fs.statSync('data').isDirectory())";
    expect((await node(['-e', code], fs)).stdout).toBe("héllo! true [ 'x' ] 7 true\n");
    expect(fs.readText('/app/data/x/n.txt')).toBe('héllo!');
  });

  it('errors carry node\'s code and message; callback and promise forms work', async () => {
    const code = "const fs = require('fs'); try { fs.readFileSync('/nope') } catch (e) { console.log(e.code, e.message) } fs.readFile('/nope', (err) => console.log('cb', err.code)); fs.promises.writeFile('p.txt', 'ok').then(() => fs.promises.readFile('p.txt', 'utf8')).then((t) => console.log('promise', t))";
    expect((await node(['-e', code])).stdout).toBe("ENOENT ENOENT: no such file or directory, open '/nope'\npromise ok\ncb ENOENT\n");
  });
});

describe('timers on the virtual clock', () => {
  it('setTimeout, setInterval, setImmediate and clearInterval fire in order as virtual time passes', async () => {
    const code = "const t0 = Date.now(); const log = (s) => console.log(s, Date.now() - t0); setTimeout(() => log('timeout 500'), 500); setImmediate(() => log('immediate')); let n = 0; const i = setInterval(() => { log('tick'); if (++n === 3) clearInterval(i) }, 200); Promise.resolve().then(() => log('microtask'))";
    expect((await node(['-e', code])).stdout).toBe('microtask 0\nimmediate 0\ntick 200\ntick 400\ntimeout 500 500\ntick 600\n');
  });

  it('Date and new Date() read the engine clock', async () => {
    expect((await node(['-p', 'new Date().toISOString()'])).stdout).toBe('2026-11-30T10:04:05.123Z\n');
  });

  it('an unref\'d timer does not keep the process alive', async () => {
    expect(await node(['-e', "setTimeout(() => console.log('never'), 1000).unref()"])).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});
