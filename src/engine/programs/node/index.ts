/**
 * `node`: runs JavaScript for real, in a QuickJS sandbox loaded the first time a
 * container runs node. `node FILE [args]`, `node -e CODE`, `node -p EXPR`, `node
 * --version` (the image's NODE_VERSION); npm's CLI script is handed to the simulated
 * npm. The program sees the container's filesystem, env, argv, stdout/stderr, virtual
 * timers and network through the host operations (host-ops.ts), within the limits of
 * budget.ts. The sandbox's own JavaScript (process, require, fs, http…) is in lib/.
 */
import type { Program, ProcessContext } from '../../process/types.ts';
import { NodeProcess } from './event-loop.ts';
import { hostOps } from './host-ops.ts';
import { bootstrapScripts } from './lib/index.ts';
import { loadedEngine, offClock, own, sharedEngine, sweep } from './load.ts';
import { Sandbox } from './sandbox.ts';

export const defaultNodeVersion = '18.20.5';

type Start = { kind: 'file'; path: string; args: string[] } | { kind: 'eval'; code: string; print: boolean; args: string[] } | { kind: 'version' } | { kind: 'usage'; message: string };

function parseArgs(argv: string[]): Start {
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version' || arg === '-v') return { kind: 'version' };
    if (arg === '-e' || arg === '--eval' || arg === '-p' || arg === '--print') {
      const code = argv[i + 1];
      if (code === undefined) return { kind: 'usage', message: `node: ${arg} requires an argument\n` };
      return { kind: 'eval', code, print: arg === '-p' || arg === '--print', args: argv.slice(i + 2) };
    }
    if (arg === '--') return argv[i + 1] === undefined ? { kind: 'usage', message: '' } : { kind: 'file', path: argv[i + 1], args: argv.slice(i + 2) };
    if (arg.startsWith('-')) continue; // --inspect, --enable-source-maps…: accepted, without effect here
    return { kind: 'file', path: arg, args: argv.slice(i + 1) };
  }
  return { kind: 'usage', message: 'dockyard: the interactive node REPL is not simulated; run a file, or use node -e / node -p\n' };
}

function absolute(ctx: ProcessContext, path: string): string {
  const joined = path.startsWith('/') ? path : `${ctx.cwd === '/' ? '' : ctx.cwd}/${path}`;
  const out: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return `/${out.join('/')}`;
}

/** node's report for a main module that does not exist. */
function cannotFind(path: string, version: string): string {
  return `node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)\n    at Module._load (node:internal/modules/cjs/loader:1051:27)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:174:12)\n    at node:internal/main/run_main_module:28:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v${version}\n`;
}

function mainExists(ctx: ProcessContext, path: string): boolean {
  for (const candidate of [path, `${path}.js`, `${path}.json`, `${path}/index.js`]) {
    if (ctx.fs.exists(candidate) && (candidate !== path || ctx.fs.stat(candidate).type === 'file' || ctx.fs.exists(`${path}/index.js`))) return true;
  }
  return false;
}

/** Run JavaScript: `start` is a file or -e/-p code; resolves to the exit status. */
export async function runJavaScript(ctx: ProcessContext, start: Extract<Start, { kind: 'file' | 'eval' }>): Promise<number> {
  const version = ctx.env.NODE_VERSION ?? defaultNodeVersion;
  const main = start.kind === 'file' ? absolute(ctx, start.path) : undefined;
  if (main !== undefined && !mainExists(ctx, main)) {
    ctx.stderr.write(cannotFind(main, version));
    return 1;
  }
  const engine = loadedEngine() ?? (await offClock(ctx, sharedEngine()));
  sweep();
  const proc = new NodeProcess(ctx);
  const argv = ['/usr/local/bin/node', ...(main !== undefined ? [main] : []), ...start.args];
  proc.sandbox = new Sandbox(engine, proc.budget, hostOps(proc, argv, version));
  const free = own(ctx, () => proc.sandbox.dispose());
  try {
    for (const [name, source] of bootstrapScripts) {
      proc.settle(proc.sandbox.evaluate(source, name));
      if (proc.status !== undefined) return proc.status;
    }
    proc.enter(() => proc.settle(main !== undefined ? proc.sandbox.call('runMain', main) : proc.sandbox.call('runEval', start.kind === 'eval' ? start.code : '', start.kind === 'eval' && start.print)));
    return await proc.run();
  } finally {
    free();
  }
}

export const nodeRuntime: Program = async (ctx) => {
  const start = parseArgs(ctx.argv);
  switch (start.kind) {
    case 'version':
      ctx.stdout.write(`v${ctx.env.NODE_VERSION ?? defaultNodeVersion}\n`);
      return 0;
    case 'usage':
      ctx.stderr.write(start.message);
      return start.message ? 9 : 0;
    default:
      return runJavaScript(ctx, start);
  }
};
