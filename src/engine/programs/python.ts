/**
 * `python3` / `python`: the simulator has no Python interpreter, and says so in one
 * line rather than pretend. What it does run: `--version` (the interpreter's real
 * version, from the binary the name resolves to), and pip — as `pip`/`pip3` (a Python
 * script whose `#!` names this interpreter, or alpine's py3-pip), and as `python3 -m pip`.
 */
import { resolveExecutable } from '../process/resolve.ts';
import type { Program, ProcessContext } from '../process/types.ts';
import { pip } from './pip/index.ts';

const knownVersions: Record<string, string> = { '3.11': '3.11.2', '3.12': '3.12.7' };

/** The interpreter's version: the python3.X the name resolves to, refined by PYTHON_VERSION (official images set it). */
export function pythonVersion(ctx: ProcessContext): string {
  const found = resolveExecutable(ctx.fs, ctx.argv[0] ?? 'python3', ctx.env, ctx.cwd);
  let real = found.ok ? found.path : '';
  try {
    real = ctx.fs.realpath(real);
  } catch {
    // keep the name as found
  }
  const minor = /python(\d+\.\d+)/.exec(real)?.[1] ?? '3.12';
  const declared = ctx.env.PYTHON_VERSION;
  return declared?.startsWith(`${minor}.`) && real.startsWith('/usr/local/') ? declared : (knownVersions[minor] ?? `${minor}.0`);
}

function isPipScript(ctx: ProcessContext, path: string | undefined): boolean {
  if (path === undefined || path.startsWith('-')) return false;
  const full = path.startsWith('/') ? path : `${ctx.cwd.replace(/\/$/, '')}/${path}`;
  return ctx.fs.exists(full) && ctx.fs.readText(full).includes('from pip._internal.cli.main import main');
}

export const python: Program = async (ctx) => {
  const name = (ctx.argv[0] ?? '').slice((ctx.argv[0] ?? '').lastIndexOf('/') + 1);
  if (name.startsWith('pip')) return pip(ctx);
  const [first, second] = ctx.argv.slice(1);
  if (isPipScript(ctx, first)) return pip({ ...ctx, argv: ctx.argv.slice(1) });
  if (first === '-m' && second === 'pip') return pip({ ...ctx, argv: ['pip', ...ctx.argv.slice(3)] });
  if (first === '--version' || first === '-V') {
    ctx.stdout.write(`Python ${pythonVersion(ctx)}\n`);
    return 0;
  }
  ctx.stderr.write(`dockyard: ${name} cannot run Python code: the simulator has no Python interpreter yet (it runs only \`${name} --version\` and pip)\n`);
  return 126;
};
