/**
 * The browser terminal's shell loop, mirroring `npx dockyard` (src/sim/node/repl.ts): a
 * prompt, line editing and history, continuation prompts for open quotes and
 * here-documents, Tab completion, Ctrl-C to interrupt the running command, Ctrl-L to
 * clear. It owns no session: commands go to `host.execute`, so the caller can trace and
 * log them. Commands sent from elsewhere (the editor, the phone's command row) are typed
 * into the prompt and queued while another one runs, so the learner sees every command.
 */
import type { Terminal } from '@xterm/xterm';
import type { OutputStream } from '../../engine/process/types.ts';
import type { HostSession } from '../../sim/host/session.ts';
import { commonPrefix, complete } from './completion.ts';
import { parseKeys, type Key } from './keys.ts';
import { LineEditor, redraw } from './line-editor.ts';
import { colouredPrompt, continuationPrompt } from './prompt.ts';

export interface ShellHost {
  session: HostSession;
  /** Runs one complete command line; resolves to its exit status. */
  execute(line: string): Promise<number>;
  interrupt(): void;
  historyChanged(history: string[]): void;
}

export class TerminalShell {
  readonly editor: LineEditor;
  private pending = '';
  private busy = false;
  private completing = false;
  private readonly queue: string[] = [];
  /** Pasted text (and what a command left unread) waiting for the prompt — as a terminal's typeahead. */
  private typeahead = '';
  /** The line being typed to a running command (echoed, sent to its stdin on Enter: a tty in canonical mode). */
  private cooked = '';
  private prompt = '';
  private atLineStart = true;
  private readonly decoder = new TextDecoder();
  /** Commands finished in this terminal (shown as data-finished on the terminal element, for tests). */
  finished = 0;
  onFinished: (count: number) => void = () => undefined;

  constructor(
    private readonly term: Terminal,
    private readonly host: ShellHost,
    history: string[] = [],
  ) {
    this.editor = new LineEditor(history);
  }

  /** Where the session's stdout and stderr go while this terminal is shown. */
  streams(): { stdout: OutputStream; stderr: OutputStream } {
    const stream: OutputStream = {
      write: (data) =>
        this.print(typeof data === 'string' ? data : this.decoder.decode(data, { stream: true })),
    };
    return { stdout: stream, stderr: stream };
  }

  print(text: string): void {
    if (text === '') return;
    this.term.write(text.replace(/\r?\n/g, '\r\n'));
    this.atLineStart = text.endsWith('\n');
  }

  start(banner: string): void {
    this.print(banner);
    if (this.host.session.shell.ended) return this.ended();
    this.showPrompt();
  }

  /** After `exit` the shell is gone; the terminal says so instead of taking commands. */
  private ended(): void {
    this.print('\nThe shell has exited. Use "Reset sandbox" to start a new one.\n');
    this.busy = true;
  }

  focus(): void {
    this.term.focus();
  }

  get running(): boolean {
    return this.busy;
  }

  /** Types `command` at the prompt and runs it (after the running command, if any). */
  type(command: string): void {
    this.queue.push(command);
    if (!this.busy) void this.drainQueue();
  }

  handleData(data: string): void {
    const keys = parseKeys(data);
    // A single keystroke during a command goes to its standard input; a pasted block waits for the prompt.
    const pasted = keys.length > 1 && /[\r\n]/.test(data);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (this.busy && !pasted && !this.host.session.shell.ended) {
        this.cookedKey(key);
        continue;
      }
      if ((this.busy && key.kind !== 'interrupt' && key.kind !== 'clear-screen') || this.completing) {
        // A pasted block's later lines wait for the earlier ones to finish.
        this.typeahead += data.slice(key.at);
        return;
      }
      this.handleKey(key);
    }
  }

  /** Canonical-mode line discipline for the running command: echo, erase, Enter sends, Ctrl-D ends input. */
  private cookedKey(key: Key): void {
    switch (key.kind) {
      case 'text':
        this.cooked += key.text;
        this.term.write(key.text);
        return;
      case 'backspace':
        if (this.cooked === '') return;
        this.cooked = [...this.cooked].slice(0, -1).join('');
        this.term.write('\b \b');
        return;
      case 'enter':
        this.term.write('\r\n');
        this.host.session.sendInput(`${this.cooked}\n`);
        this.cooked = '';
        this.atLineStart = true;
        return;
      case 'eof':
        if (this.cooked !== '') this.host.session.sendInput(this.cooked);
        this.cooked = '';
        this.host.session.endInput();
        return;
      case 'interrupt':
        this.cooked = '';
        return this.handleKey(key);
      case 'clear-screen':
        return this.handleKey(key);
      default:
        return;
    }
  }

  private handleKey(key: Key): void {
    if (this.busy) {
      if (key.kind === 'interrupt') {
        this.print('^C');
        this.typeahead = '';
        this.host.interrupt();
      } else if (key.kind === 'clear-screen') this.term.clear();
      return;
    }
    const before = this.editor.cursor;
    const e = this.editor;
    switch (key.kind) {
      case 'text':
        e.insert(key.text);
        break;
      case 'backspace':
        e.backspace();
        break;
      case 'delete':
        e.deleteForward();
        break;
      case 'left':
        e.left();
        break;
      case 'right':
        e.right();
        break;
      case 'home':
        e.home();
        break;
      case 'end':
        e.end();
        break;
      case 'up':
        e.historyUp();
        break;
      case 'down':
        e.historyDown();
        break;
      case 'kill-start':
        e.killToStart();
        break;
      case 'kill-end':
        e.killToEnd();
        break;
      case 'kill-word':
        e.killWord();
        break;
      case 'eof':
        return;
      case 'tab':
        void this.complete();
        return;
      case 'enter':
        void this.enter();
        return;
      case 'interrupt':
        this.term.write(redraw(this.prompt, e, before, this.term.cols) + '^C\r\n');
        e.clear();
        this.pending = '';
        this.showPrompt();
        return;
      case 'clear-screen':
        this.term.write('\x1b[H\x1b[2J');
        this.term.write(redraw(this.prompt, e, 0, this.term.cols));
        return;
    }
    this.term.write(redraw(this.prompt, e, before, this.term.cols));
  }

  private showPrompt(): void {
    if (!this.atLineStart) this.term.write('\r\n');
    this.atLineStart = true;
    this.prompt = this.pending ? continuationPrompt : colouredPrompt(this.host.session.shell.cwd);
    this.term.write(redraw(this.prompt, this.editor, 0, this.term.cols));
  }

  private async enter(): Promise<void> {
    const e = this.editor;
    const before = e.cursor;
    e.end();
    this.term.write(redraw(this.prompt, e, before, this.term.cols) + '\r\n');
    const line = e.accept();
    const buffer = this.pending ? `${this.pending}\n${line}` : line;
    if (this.host.session.shell.needsMoreInput(buffer)) {
      this.pending = buffer;
      this.showPrompt();
      return;
    }
    this.pending = '';
    if (buffer.trim() !== '') {
      e.remember(buffer.includes('\n') ? buffer : buffer.trimEnd());
      this.host.historyChanged([...e.history]);
      this.busy = true;
      this.atLineStart = true;
      try {
        await this.host.execute(buffer);
      } catch (error) {
        this.print(`dockyard: ${error instanceof Error ? error.message : String(error)}\n`);
      }
      this.busy = false;
      this.finished++;
      // Lines the command never read (and a half-typed one) are the next prompt's typeahead.
      this.typeahead = this.host.session.takeUnreadInput() + this.cooked + this.typeahead;
      this.cooked = '';
    }
    if (this.host.session.shell.ended) return this.ended();
    this.showPrompt();
    // xterm parses writes asynchronously: report the finished command once the prompt is on screen.
    const count = this.finished;
    this.term.write('', () => this.onFinished(count));
    if (this.typeahead) {
      const pending = this.typeahead;
      this.typeahead = '';
      this.handleData(pending);
      if (this.busy) return;
    }
    await this.drainQueue();
  }

  private async drainQueue(): Promise<void> {
    const next = this.queue.shift();
    if (next === undefined || this.busy) return;
    const before = this.editor.cursor;
    this.editor.clear();
    this.editor.insert(next);
    this.term.write(redraw(this.prompt, this.editor, before, this.term.cols));
    await this.enter();
  }

  private async complete(): Promise<void> {
    const e = this.editor;
    const line = e.text.slice(0, e.cursor);
    this.completing = true;
    try {
      const { start, candidates, addSpace } = await complete(this.host.session, line);
      const typed = line.slice(start);
      const before = e.cursor;
      if (candidates.length === 1) {
        e.insert(candidates[0].slice(typed.length) + (addSpace ? ' ' : ''));
        this.term.write(redraw(this.prompt, e, before, this.term.cols));
      } else if (candidates.length > 1) {
        const prefix = commonPrefix(candidates);
        if (prefix.length > typed.length) {
          e.insert(prefix.slice(typed.length));
          this.term.write(redraw(this.prompt, e, before, this.term.cols));
        } else {
          // Like bash's second Tab: list what fits, then the prompt and line again.
          e.end();
          this.term.write(redraw(this.prompt, e, before, this.term.cols) + '\r\n');
          this.print(listColumns(candidates, this.term.cols));
          e.cursor = before;
          this.term.write(redraw(this.prompt, e, 0, this.term.cols));
        }
      } else {
        this.term.write('\x07');
      }
    } finally {
      this.completing = false;
      const pending = this.typeahead;
      this.typeahead = '';
      if (pending) this.handleData(pending);
    }
  }
}

/** Candidates in columns, as bash lists them. */
function listColumns(items: string[], width: number): string {
  const col = Math.max(...items.map((i) => i.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / col));
  const rows = Math.ceil(items.length / perRow);
  let out = '';
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < perRow; c++) {
      const item = items[c * rows + r];
      if (item !== undefined) out += item.padEnd(col);
    }
    out = out.trimEnd() + '\n';
  }
  return out;
}
