/**
 * The learner's sandbox as the web app holds it: one HostSession (daemon, host
 * filesystem, shell), its trace, and its save. Booting restores the saved sandbox by
 * replaying its command log headless; every command the terminal runs is logged with its
 * virtual time and saved again. A storage failure or a corrupt save never leaves a blank
 * page: `status` says what happened and `startClean()` starts over.
 * Live mode (src/ui/live, `bootLive`) has no HostSession: the trace follows a `dockyard
 * serve`, Reset only clears the trace, and nothing is saved (the sandbox's save is kept).
 */
import { HostSession } from '../../sim/host/session.ts';
import { driveClock } from './clock-driver.ts';
import { Settings } from './settings.svelte.ts';
import { TraceView } from './trace-view.svelte.ts';
import {
  CorruptSaveError,
  clearSave,
  loadSave,
  writeSave,
  type LoggedCommand,
  type SandboxSave,
} from '../persistence/save.ts';
import { replayLog } from '../persistence/replay.ts';
import { writeCommand } from '../persistence/file-edits.ts';
import type { LiveMode } from '../live/live-mode.svelte.ts';

export type SandboxStatus = 'loading' | 'restoring' | 'ready' | 'failed';

/** Every fresh sandbox starts from the same seed, so lessons can quote exact IDs. */
const defaultSeed = 1;

export class Sandbox {
  status = $state<SandboxStatus>('loading');
  /** Why the save could not be used (status 'failed'). */
  failure = $state('');
  /** 'corrupt': the save is unreadable (start clean throws it away); 'storage': the browser's storage failed (the save may be fine). */
  failureKind = $state<'corrupt' | 'storage'>('corrupt');
  /** A non-fatal storage problem: the sandbox works but will not survive a reload. */
  storageWarning = $state('');
  restoreProgress = $state({ done: 0, total: 0 });
  /** Bumped whenever a new session replaces the old one (reset), so views remount. */
  generation = $state(0);
  busy = $state(false);
  readonly settings = new Settings();
  readonly trace = new TraceView();

  session!: HostSession;
  /** Set in live mode: the real docker CLI drives a `dockyard serve`; `session` is unset. */
  live = $state.raw<LiveMode>();
  history: string[] = [];
  /** Output of the replayed commands, for the terminal to show after a reload. */
  transcript = '';
  private seed = defaultSeed;
  private startTime = 0;
  private log: LoggedCommand[] = [];
  private stopClock: () => void = () => undefined;
  private interrupted = false;
  private saving: Promise<void> = Promise.resolve();
  private saveDisabled = false;

  async boot(): Promise<void> {
    this.status = 'loading';
    let save: SandboxSave | undefined;
    try {
      save = await loadSave();
    } catch (error) {
      this.fail(error, error instanceof CorruptSaveError ? 'corrupt' : 'storage');
      return;
    }
    if (save) this.settings.load(save.settings);
    await this.start(save);
  }

  /** Live mode: follow the `dockyard serve` that served the page. Display settings load from the save. */
  async bootLive(live: LiveMode): Promise<void> {
    this.live = live;
    live.onReconnect = () => void this.reset();
    this.saveDisabled = true;
    try {
      const save = await loadSave();
      if (save) this.settings.load(save.settings);
    } catch {
      // Only the display settings were wanted: the defaults do.
    }
    await live.attach(this.trace, this.settings);
    this.generation++;
    this.status = 'ready';
  }

  /** Throw the save away and begin a fresh sandbox (the offer after a failure, and Reset). */
  async startClean(): Promise<void> {
    this.saveDisabled = false;
    try {
      await clearSave();
      this.storageWarning = '';
    } catch (error) {
      this.storageWarning = `Your sandbox cannot be saved in this browser (${message(error)}); it works, but a reload will start over.`;
    }
    await this.start(undefined);
  }

  /**
   * Storage failed but the save may be intact: work in a fresh sandbox without touching
   * (or overwriting) it; a reload tries the storage again.
   */
  async continueWithoutSaving(): Promise<void> {
    this.saveDisabled = true;
    this.storageWarning = 'This sandbox is not being saved: a reload will try your browser storage again.';
    await this.start(undefined);
  }

  /** Reset: a new empty sandbox; display settings stay. */
  async reset(): Promise<void> {
    if (this.live) {
      await this.live.attach(this.trace, this.settings);
      this.generation++;
      return;
    }
    await this.startClean();
    void this.persist();
  }

  private async start(save: SandboxSave | undefined): Promise<void> {
    this.stopClock();
    this.seed = save?.seed ?? defaultSeed;
    this.startTime = save?.startTime ?? Date.now();
    this.log = [];
    this.history = save?.history ?? [];
    this.transcript = '';
    this.session = new HostSession({ seed: this.seed, startTime: this.startTime, isTTY: false, columns: 80, interactive: true });
    const restoring = !!save && save.log.length > 0;
    const { speed, stepMode } = this.settings;
    await this.trace.attach(this.session, {
      speed: restoring ? 'instant' : speed,
      stepMode: restoring ? false : stepMode,
    });
    if (save && restoring) {
      this.status = 'restoring';
      this.restoreProgress = { done: 0, total: save.log.length };
      try {
        this.trace.instant = true;
        this.transcript = await replayLog(
          this.session,
          this.startTime,
          save.log,
          (entry) => (entry.edit ? this.session.run(entry.line) : this.trace.run(entry.line)),
          (done) => {
            this.restoreProgress = { done, total: save.log.length };
          },
        );
        this.log = [...save.log];
      } catch (error) {
        this.fail(error, 'corrupt');
        return;
      } finally {
        this.trace.instant = false;
      }
      this.trace.setStepMode(stepMode);
      this.trace.showLatest(speed);
    }
    // Virtual time catches up with the time the page was closed, then follows real time.
    const now = Date.now();
    if (now > this.session.clock.now()) this.session.clock.advanceTo(now);
    this.stopClock = driveClock(this.session.clock);
    this.generation++;
    this.status = 'ready';
  }

  private fail(error: unknown, kind: 'corrupt' | 'storage'): void {
    this.failure = message(error);
    this.failureKind = kind;
    this.status = 'failed';
  }

  /** Runs one command line from the terminal, traced and logged. */
  async execute(line: string): Promise<number> {
    const entry: LoggedCommand = {
      line,
      at: this.session.clock.now() - this.startTime,
      ms: 0,
      interrupted: true,
    };
    this.log.push(entry);
    void this.persist();
    this.busy = true;
    this.interrupted = false;
    try {
      return await this.trace.run(line);
    } finally {
      entry.ms = this.session.clock.now() - this.startTime - entry.at;
      entry.interrupted = this.interrupted;
      this.busy = false;
      void this.persist();
    }
  }

  /** The editor saved a file: log the equivalent command so a reload rebuilds it. */
  recordEdit(path: string, text: string): void {
    if (this.status !== 'ready') return;
    this.log.push({
      line: writeCommand(path, text),
      at: this.session.clock.now() - this.startTime,
      ms: 0,
      edit: path,
    });
    void this.persist();
  }

  interrupt(): void {
    this.interrupted = true;
    this.session.interrupt();
  }

  historyChanged(history: string[]): void {
    this.history = history;
    void this.persist();
  }

  /** Saves now (settings changed, a command ran); saves never overlap. */
  persist(): Promise<void> {
    // While restoring, the log is still being rebuilt: saving then would lose commands.
    if (this.status !== 'ready' || this.saveDisabled) return this.saving;
    const save: SandboxSave = {
      version: 1,
      seed: this.seed,
      startTime: this.startTime,
      log: this.log.map((e) => ({ ...e })),
      history: [...this.history],
      settings: this.settings.toJSON(),
    };
    this.saving = this.saving
      .then(() => writeSave(save))
      .catch((error: unknown) => {
        this.storageWarning = `Your sandbox cannot be saved in this browser (${message(error)}); it works, but a reload will start over.`;
      });
    return this.saving;
  }

  dispose(): void {
    this.live?.close();
    this.stopClock();
    this.trace.detach();
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
