/**
 * The tree-walking interpreter: lists, `&&`/`||`, pipelines (stages run concurrently
 * with pipes between them), compound commands, functions, subshells and `$(…)`.
 * Simple commands (builtins, functions, programs on PATH) are command.ts. Every step is
 * counted against the process's CPU budget, so `while true; do :; done` is stopped.
 */
import { CaptureStream } from '../process/streams.ts';
import { evaluateArithmetic } from './arith.ts';
import type { AndOr, Command, CompoundCommand, ListNode, Pipeline, Redirect } from './ast.ts';
import { runSimple } from './command.ts';
import { runStages } from './pipeline.ts';
import { BreakSignal, ExitSignal, ExpansionError, ReturnSignal, ShellSyntaxError } from './errors.ts';
import { expandPattern, expandString, expandWords, matchPattern } from './expand.ts';
import type { ExpandHost } from './expand.ts';
import { Io } from './io.ts';
import { parse } from './parser.ts';
import { openRedirects, RedirectError } from './redirect.ts';
import type { RedirectHost } from './redirect.ts';
import { ShellState } from './state.ts';

export class Shell extends ShellState implements ExpandHost, RedirectHost {
  get fs() {
    return this.ctx.fs;
  }
  get uid() {
    return this.ctx.uid;
  }
  get gid() {
    return this.ctx.gid;
  }
  get noglob() {
    return this.options.noglob;
  }
  get nounset() {
    return this.options.nounset;
  }

  /** A copy that shares the process but not the variables (subshells, pipeline stages). */
  subshell(): Shell {
    const copy = new Shell(this.ctx, this.config);
    this.copyInto(copy);
    return copy;
  }

  /** The prefix of error messages: `sh`, `bash`, or `./script.sh: line 3` in a script. */
  errorPrefix(): string {
    const name = this.config.name ?? this.arg0;
    if (this.script && this.config.style !== 'bash') return `${name}: line ${this.line}`;
    return name;
  }

  error(io: Io, message: string): void {
    io.stderr.write(`${this.errorPrefix()}: ${message}\n`);
  }

  // ---- ExpandHost ----

  lookup(name: string): string | undefined {
    if (/^[0-9]+$/.test(name)) return name === '0' ? this.arg0 : this.positional[Number(name) - 1];
    switch (name) {
      case '?':
        return String(this.status);
      case '$':
        return String(this.ctx.pid);
      case '#':
        return String(this.positional.length);
      case '-':
        return this.flags();
      case '!':
        // Background jobs run as in-process subshells without a pid of their own (yet).
        return '';
      case '@':
      case '*':
        return this.positional.join(' ');
      default: {
        const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/.exec(name);
        if (!element) return this.get(name);
        const values = this.arrayOf(element[1]) ?? (this.vars.has(element[1]) ? [this.get(element[1])!] : []);
        if (element[2] === '@' || element[2] === '*') return values.join(' ');
        const index = evaluateArithmetic(element[2], { get: (n) => this.lookup(n), set: (n, v) => this.assign(n, v) });
        return values[index < 0 ? values.length + index : index];
      }
    }
  }

  arrayValues(name: string): string[] | undefined {
    return this.arrayOf(name);
  }

  assign(name: string, value: string): void {
    this.set(name, value);
  }

  positionalParams(): string[] {
    return this.positional;
  }

  async commandSubstitution(body: ListNode): Promise<string> {
    const sub = this.subshell();
    const capture = new CaptureStream();
    const status = await sub.runIsolated(body, (this.activeIo ?? this.io).with(1, capture));
    this.status = status;
    this.substitutionStatus = status;
    return capture.text().replace(/\n+$/, '');
  }

  async expand(redirect: Redirect): Promise<{ target: string; heredoc?: string }> {
    const target = await expandString(this, redirect.target);
    if (!redirect.heredoc) return { target };
    let heredoc = await expandString(this, redirect.heredoc);
    if (redirect.op === '<<-') heredoc = heredoc.replace(/^\t+/gm, '');
    return { target, heredoc };
  }

  // ---- running ----

  /** Count one step; yields or stops as the process's budget says. */
  async step(): Promise<void> {
    const pause = this.ctx.tick?.();
    if (pause) await pause;
    if (this.broken) throw new ExitSignal(141);
  }

  /** Parse and run source text (a script, `eval`, one interactive line). Syntax errors print and give 2. */
  async runSource(src: string, io: Io = this.io): Promise<number> {
    let list: ListNode;
    try {
      list = parse(src);
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      io.stderr.write(`${this.config.name ?? this.arg0}: syntax error: ${error.message}\n`);
      this.status = 2;
      if (!this.config.interactive) throw new ExitSignal(2);
      return 2;
    }
    return this.runList(list, io);
  }

  /** Run in this (sub)shell until it ends, turning `exit` into a status. */
  async runIsolated(list: ListNode, io: Io): Promise<number> {
    try {
      return await this.runList(list, io);
    } catch (signal) {
      if (signal instanceof ExitSignal) return signal.status;
      if (signal instanceof BreakSignal || signal instanceof ReturnSignal) return this.status;
      throw signal;
    }
  }

  async runList(list: ListNode, given: Io): Promise<number> {
    let status = 0;
    const base = this.io;
    for (const item of list.items) {
      // Follow `exec >log` done by an earlier item when running on the shell's own fds.
      const io = given === base ? this.io : given;
      if (item.background) {
        const sub = this.subshell();
        this.background.push(sub.runIsolated({ type: 'list', items: [{ command: item.command, background: false }] }, io));
        status = 0;
      } else status = await this.runAndOr(item.command, io);
      this.status = status;
    }
    return status;
  }

  private async runAndOr(node: AndOr, io: Io): Promise<number> {
    const chain = [{ op: '&&' as const, pipeline: node.first }, ...node.rest];
    let status = 0;
    for (let i = 0; i < chain.length; i++) {
      const { op, pipeline } = chain[i];
      if (i > 0 && (op === '&&') !== (status === 0)) continue;
      const last = i === chain.length - 1;
      if (!last) this.errexitSuppressed++;
      try {
        status = await this.runPipeline(pipeline, io);
      } finally {
        if (!last) this.errexitSuppressed--;
      }
      this.status = status;
      if (last && status !== 0 && !pipeline.negate && this.options.errexit && this.errexitSuppressed === 0) throw new ExitSignal(status);
    }
    return status;
  }

  private async runPipeline(pipeline: Pipeline, io: Io): Promise<number> {
    let status: number;
    if (pipeline.commands.length === 1) status = await this.runCommand(pipeline.commands[0], io);
    else status = await runStages(this, pipeline.commands, io);
    return pipeline.negate ? (status === 0 ? 1 : 0) : status;
  }

  async runCommand(command: Command, io: Io): Promise<number> {
    await this.step();
    this.activeIo = io;
    if (command.type === 'simple') return runSimple(this, command, io);
    if (command.type === 'function') {
      this.functions.set(command.name, command.body);
      return 0;
    }
    let inner: Io;
    try {
      inner = await openRedirects(this, command.redirects, io);
    } catch (error) {
      if (!(error instanceof RedirectError)) throw error;
      this.error(io, error.message);
      return 1;
    }
    return this.runCompound(command, inner);
  }

  private async condition(list: ListNode, io: Io): Promise<number> {
    this.errexitSuppressed++;
    try {
      return await this.runList(list, io);
    } finally {
      this.errexitSuppressed--;
    }
  }

  private async runCompound(command: CompoundCommand, io: Io): Promise<number> {
    switch (command.type) {
      case 'group':
        return this.runList(command.body, io);
      case 'subshell':
        return this.subshell().runIsolated(command.body, io);
      case 'if': {
        for (const clause of command.clauses) if ((await this.condition(clause.cond, io)) === 0) return this.runList(clause.body, io);
        return command.otherwise ? this.runList(command.otherwise, io) : 0;
      }
      case 'for': {
        const items = command.items ? await expandWords(this, command.items) : [...this.positional];
        return this.loop(io, async (body) => {
          for (const item of items) {
            this.set(command.name, item);
            if (!(await body(command.body))) break;
          }
        });
      }
      case 'while':
        return this.loop(io, async (body) => {
          for (;;) {
            await this.step();
            const ok = (await this.condition(command.cond, io)) === 0;
            if (ok === command.until) break;
            if (!(await body(command.body))) break;
          }
        });
      case 'case': {
        const subject = await expandString(this, command.word);
        for (const item of command.items) {
          for (const pattern of item.patterns) {
            if (matchPattern(await expandPattern(this, pattern), subject)) return this.runList(item.body, io);
          }
        }
        return 0;
      }
    }
  }

  /** Runs a loop; `body` returns false when `break` ends it. Handles break/continue levels. */
  private async loop(io: Io, drive: (body: (list: ListNode) => Promise<boolean>) => Promise<void>): Promise<number> {
    let status = 0;
    this.loopDepth++;
    try {
      await drive(async (list) => {
        try {
          status = await this.runList(list, io);
          return true;
        } catch (signal) {
          if (!(signal instanceof BreakSignal)) throw signal;
          if (signal.levels > 1) throw new BreakSignal(signal.levels - 1, signal.isContinue);
          return signal.isContinue;
        }
      });
    } finally {
      this.loopDepth--;
    }
    return status;
  }

  /** Call a shell function: new positional parameters and a `local` frame; `return` ends it. */
  async callFunction(body: CompoundCommand, argv: string[], io: Io): Promise<number> {
    const saved = this.positional;
    this.positional = argv.slice(1);
    this.locals.push(new Map());
    this.frames.push({ name: argv[0] ?? '', source: this.frames[this.frames.length - 1]?.source ?? this.scriptPath ?? '' });
    try {
      return await this.runCommand(body, io);
    } catch (signal) {
      if (signal instanceof ReturnSignal) return signal.status;
      throw signal;
    } finally {
      this.positional = saved;
      this.frames.pop();
      for (const [name, previous] of this.locals.pop()!) {
        if (previous) this.vars.set(name, previous);
        else this.vars.delete(name);
      }
    }
  }

  /** An expansion error: print; a non-interactive shell exits, as ash does. */
  expansionFailed(io: Io, error: ExpansionError): number {
    this.error(io, error.message);
    if (!this.config.interactive) throw new ExitSignal(2);
    return 1;
  }
}
