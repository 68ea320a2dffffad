/**
 * The processes of one container (or of the learner's host session): what `ps` lists,
 * what `kill <pid>` reaches, and what `docker kill`/`stop` signal as a whole tree. A
 * child joins its parent's group, so killing the group kills every descendant. A
 * container's group is also its pid namespace.
 */
import type { ProcessInfo, Signal } from './types.ts';

/** What the group needs from each live process. */
export interface GroupMember {
  readonly info: ProcessInfo;
  signal(signal: Signal): void;
}

export class ProcessGroup {
  private members = new Map<number, GroupMember>();
  private lastPid = 0;

  /**
   * @param namespaced a container's group is also its pid namespace: its processes are
   *   numbered from 1 (PID 1 is the entrypoint), as `ps` and the servers' logs show.
   */
  constructor(readonly namespaced = false) {}

  /** The next pid inside this namespace (only for a namespaced group). */
  nextPid(): number {
    return ++this.lastPid;
  }
  private thawed?: { promise: Promise<void>; resolve: () => void };

  /**
   * `docker pause` (the cgroup freezer): until `thaw`, no process of the group takes
   * another step or wakes from a sleep, so a paused container prints nothing. Signals
   * still arrive; SIGKILL still kills.
   */
  freeze(): void {
    if (this.thawed) return;
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.thawed = { promise, resolve };
  }

  thaw(): void {
    this.thawed?.resolve();
    this.thawed = undefined;
  }

  /** Resolves at once when not frozen, otherwise when thawed. */
  whenRunnable(): Promise<void> | undefined {
    return this.thawed?.promise;
  }

  add(member: GroupMember): void {
    this.members.set(member.info.pid, member);
  }

  remove(pid: number): void {
    this.members.delete(pid);
  }

  /** Live processes, by pid. */
  list(): ProcessInfo[] {
    return [...this.members.values()].map((m) => m.info).sort((a, b) => a.pid - b.pid);
  }

  /** Signal one process; false when no live process has that pid. */
  signal(pid: number, signal: Signal): boolean {
    const member = this.members.get(pid);
    if (!member) return false;
    member.signal(signal);
    return true;
  }

  /** Signal every live process, children first so a parent does not outlive them by accident. */
  signalAll(signal: Signal): void {
    const members = [...this.members.values()].sort((a, b) => b.info.pid - a.info.pid);
    for (const member of members) member.signal(signal);
  }

  get size(): number {
    return this.members.size;
  }
}
