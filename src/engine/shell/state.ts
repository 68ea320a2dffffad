/**
 * A shell's state: variables (and which are exported), functions, positional
 * parameters, options (`set -e`, `-x`, `-f`, `-u`), `$?`, the working directory and its
 * file descriptors. A subshell (`( … )`, a pipeline stage, `$(…)`) works on a clone,
 * which is why `echo x | read v` leaves v unset, as in ash.
 */
import type { Program, ProcessContext } from '../process/types.ts';
import type { CompoundCommand } from './ast.ts';
import { Io } from './io.ts';

export interface ShellConfig {
  /** The name in error messages (`sh: foo: not found`); defaults to $0. */
  name?: string;
  /** `ash` prints `sh: foo: not found`, `bash` prints `bash: foo: command not found`. */
  style?: 'ash' | 'bash';
  /** Commands run in-process when no builtin or function has the name and PATH has no file (the host's `docker`). */
  extraCommands?: Record<string, Program>;
  /** Interactive: an expansion error fails the command instead of exiting the shell. */
  interactive?: boolean;
}

export interface Variable {
  value: string;
  exported: boolean;
}

export interface ShellOptions {
  errexit: boolean;
  xtrace: boolean;
  noglob: boolean;
  nounset: boolean;
  /** A pipeline's status is its last failing stage's (bash `set -o pipefail`). */
  pipefail: boolean;
  /** bash `set -E`: ERR traps inherited by functions; traps are not simulated, so only remembered. */
  errtrace: boolean;
}

export class ShellState {
  vars = new Map<string, Variable>();
  functions = new Map<string, CompoundCommand>();
  positional: string[] = [];
  arg0: string;
  status = 0;
  options: ShellOptions = { errexit: false, xtrace: false, noglob: false, nounset: false, pipefail: false, errtrace: false };
  /** bash indexed arrays (`a=(x y)`, `declare -a`). */
  arrays = new Map<string, string[]>();
  /** Function and `source` frames, innermost last (bash's FUNCNAME and BASH_SOURCE). */
  frames: { name: string; source: string }[] = [];
  /** Where `getopts` is: the OPTIND it last set and the letter inside that argument. */
  optind = 1;
  optpos = 1;
  /** The script file being run, for BASH_SOURCE. */
  scriptPath: string | undefined;
  cwd: string;
  io: Io;
  /** Set when running a script file: errors then carry `line N`. */
  script = false;
  line = 0;
  loopDepth = 0;
  /** Saved values of `local` variables, one frame per function call. */
  locals: Map<string, Variable | undefined>[] = [];
  /** >0 inside `if`/`while` conditions and left of `&&`/`||`, where `set -e` does not apply. */
  errexitSuppressed = 0;
  background: Promise<number>[] = [];
  /** Status of the last `$(…)` while expanding a command: an assignment-only command returns it. */
  substitutionStatus: number | undefined;
  /** The fds of the command being expanded, for the stdin/stderr of its `$(…)`. */
  activeIo: Io | undefined;
  /** A pipeline stage whose reader went away (SIGPIPE). */
  broken = false;
  /** The file-mode creation mask `umask` shows and sets (not applied to new files yet). */
  umask = 0o022;

  constructor(
    readonly ctx: ProcessContext,
    readonly config: ShellConfig,
  ) {
    this.arg0 = ctx.argv[0] ?? 'sh';
    this.cwd = ctx.cwd;
    this.io = Io.of(ctx.stdin, ctx.stdout, ctx.stderr);
    for (const [name, value] of Object.entries(ctx.env)) this.vars.set(name, { value, exported: true });
    if (!this.vars.has('PWD')) this.vars.set('PWD', { value: this.cwd, exported: true });
  }

  get(name: string): string | undefined {
    return this.vars.get(name)?.value ?? this.arrayOf(name)?.[0];
  }

  /** An array's elements: a declared one, or bash's FUNCNAME and BASH_SOURCE. */
  arrayOf(name: string): string[] | undefined {
    if (name === 'FUNCNAME') return this.frames.length === 0 ? undefined : [...this.frames.map((f) => f.name).reverse(), 'main'];
    if (name === 'BASH_SOURCE') {
      const sources = [...this.frames.map((f) => f.source).reverse(), this.scriptPath ?? ''];
      return this.scriptPath === undefined && this.frames.length === 0 ? undefined : sources;
    }
    return this.arrays.get(name);
  }

  set(name: string, value: string, exported?: boolean): void {
    const existing = this.vars.get(name);
    this.vars.set(name, { value, exported: exported ?? existing?.exported ?? false });
  }

  unset(name: string): void {
    this.vars.delete(name);
    this.arrays.delete(name);
  }

  /** The environment a child process gets: exported variables. */
  environment(extra: Record<string, string> = {}): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [name, v] of this.vars) if (v.exported) env[name] = v.value;
    return { ...env, ...extra };
  }

  /** Copy for a subshell. */
  copyInto(target: ShellState): void {
    for (const [name, v] of this.vars) target.vars.set(name, { ...v });
    target.functions = new Map(this.functions);
    target.positional = [...this.positional];
    target.arg0 = this.arg0;
    target.status = this.status;
    target.options = { ...this.options };
    target.cwd = this.cwd;
    target.io = this.io;
    target.script = this.script;
    target.line = this.line;
    target.umask = this.umask;
    for (const [name, values] of this.arrays) target.arrays.set(name, [...values]);
    target.frames = [...this.frames];
    target.scriptPath = this.scriptPath;
  }

  /** `$-`: the single-letter options in effect. */
  flags(): string {
    return (this.options.errexit ? 'e' : '') + (this.options.noglob ? 'f' : '') + (this.options.nounset ? 'u' : '') + (this.options.xtrace ? 'x' : '');
  }
}
