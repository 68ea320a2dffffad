/**
 * A learner's session: one daemon, one host machine (filesystem, user, shell) and the
 * docker client between them, sharing one virtual clock. The terminal (browser or
 * `npx dockyard`) and the headless script runner both drive this.
 */
import { Daemon, type DaemonOptions } from '../../engine/daemon/daemon.ts';
import type { MemFs } from '../../engine/fs/memfs.ts';
import type { OutputStream } from '../../engine/process/types.ts';
import { emptyInput } from '../../engine/process/streams.ts';
import { createShellSession, type ShellSession } from '../../engine/shell/session.ts';
import { createUserland } from '../../engine/shell/userland.ts';
import { hostNet } from '../../engine/net/capability.ts';
import { buildContextTar } from './build-context.ts';
import { dockerProgram } from './docker-program.ts';
import { createHostFs, hostUser } from './host-fs.ts';
import { historyProgram } from './history.ts';
import { TerminalInput } from './terminal-input.ts';

export interface HostSessionOptions extends DaemonOptions {
  /** Where the session's output goes (the terminal); replaceable per command. */
  output?: { stdout: OutputStream; stderr: OutputStream };
  isTTY?: boolean;
  columns?: number;
  /**
   * A person at a terminal can type into running commands (`docker run -it alpine sh`,
   * `read`); headless scripts give every command an empty standard input instead.
   */
  interactive?: boolean;
}

/** Output that can be redirected per command and closed when a command is abandoned. */
class Switchboard {
  target: { stdout: OutputStream; stderr: OutputStream };
  constructor(target: { stdout: OutputStream; stderr: OutputStream }) {
    this.target = target;
  }
  stream(which: 'stdout' | 'stderr'): OutputStream {
    return { write: (data) => this.target[which].write(data) };
  }
}

const discard: OutputStream = { write: () => undefined };

export class HostSession {
  readonly daemon: Daemon;
  readonly fs: MemFs;
  readonly shell: ShellSession;
  private readonly board: Switchboard;
  private readonly input = new TerminalInput();
  /** Every command line run in this session, oldest first (what `history` prints). */
  readonly history: string[] = [];
  /** The terminal's width; a terminal that resizes sets it, and the next docker command lays out its output for it. */
  columns: number | undefined;

  constructor(options: HostSessionOptions = {}) {
    this.daemon = new Daemon(options);
    this.fs = createHostFs(this.daemon.clock);
    this.daemon.hostFs = this.fs;
    this.board = new Switchboard(options.output ?? { stdout: discard, stderr: discard });
    this.columns = options.columns;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- read at each command, after resizes
    const session = this;
    const docker = dockerProgram(this.daemon.api, {
      isTTY: options.isTTY ?? false,
      get columns() {
        return session.columns;
      },
      buildContext: (path, dockerfile) => Promise.resolve().then(() => buildContextTar(this.fs, this.shell.cwd, path, dockerfile)),
    });
    let pid = 1000;
    this.shell = createShellSession({
      argv: ['bash'],
      env: {
        HOME: hostUser.home,
        USER: hostUser.name,
        LOGNAME: hostUser.name,
        HOSTNAME: hostUser.hostname,
        SHELL: '/bin/bash',
        PATH: '/usr/local/bin:/usr/bin:/bin',
        PWD: hostUser.home,
        TERM: 'xterm-256color',
        LANG: 'C.UTF-8',
      },
      cwd: hostUser.home,
      fs: this.fs,
      hostname: hostUser.hostname,
      uid: hostUser.uid,
      gid: hostUser.gid,
      stdin: options.interactive ? this.input : emptyInput,
      stdout: this.board.stream('stdout'),
      stderr: this.board.stream('stderr'),
      clock: this.daemon.clock,
      resolve: createUserland({ docker }),
      pids: { next: () => pid++ },
      // The host's network: `localhost` and the ports containers publish.
      net: hostNet(this.daemon.net),
      shell: { name: 'bash', style: 'bash', interactive: true, extraCommands: { history: historyProgram(this.history) } },
    });
  }

  get clock() {
    return this.daemon.clock;
  }

  /** Send this session's output somewhere else (each command of a transcript, a new terminal). */
  setOutput(target: { stdout: OutputStream; stderr: OutputStream }): void {
    this.board.target = target;
  }

  /** Start one command line; resolves to its exit status. */
  async run(line: string): Promise<number> {
    if (line.trim() !== '') this.history.push(line);
    this.input.begin();
    try {
      return await this.shell.run(line);
    } finally {
      this.input.end();
    }
  }

  /** What the learner types while a command runs goes to its standard input. */
  sendInput(text: string): void {
    this.input.write(text);
  }

  /** Ctrl-D: end of input for the running command. */
  endInput(): void {
    this.input.close();
  }

  /** Lines typed during the last command that it never read: the terminal's typeahead. */
  takeUnreadInput(): string {
    return this.input.takeUnread();
  }

  /** Ctrl-C: SIGINT to every process of the session but the shell itself. */
  interrupt(): void {
    const shellPid = this.shell.process.pid;
    for (const p of this.shell.process.group.list()) if (p.pid !== shellPid) this.shell.process.group.signal(p.pid, 'SIGINT');
  }
}
