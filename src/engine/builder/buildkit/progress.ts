/**
 * Writing BuildKit progress (solver/progress + client.SolveStatus): a vertex starts,
 * may report statuses and logs, and completes — done, cached, or with an error. Every
 * change goes out at once as one trace message, stamped with the virtual clock, so the
 * client renders the build as it happens and the same session always prints the same
 * times.
 */
import type { VirtualClock } from '../../util/clock.ts';
import type { BuildOutput } from '../executor/output.ts';
import { traceMessage, type Vertex, type VertexStatus } from './solve-status.ts';

export class Progress {
  constructor(
    readonly out: BuildOutput,
    readonly clock: VirtualClock,
  ) {}

  time(at?: number): string {
    return new Date(at ?? this.clock.now()).toISOString();
  }

  vertex(digest: string, name: string): VertexWriter {
    return new VertexWriter(this, { digest, name });
  }
}

export class VertexWriter {
  private readonly statuses = new Map<string, VertexStatus>();

  constructor(
    private readonly progress: Progress,
    readonly vertex: Vertex,
  ) {}

  private emitVertex(): void {
    this.progress.out.send(traceMessage({ vertexes: [{ ...this.vertex }] }));
  }

  /** Start now, or at an earlier virtual time `at` (ms). */
  start(at?: number): this {
    this.vertex.started = this.progress.time(at);
    this.emitVertex();
    return this;
  }

  /** A status line; `done` completes it (started now unless it started earlier). */
  status(id: string, current: number, options: { total?: number; done?: boolean; startedAt?: number; at?: number } = {}): void {
    const now = this.progress.time(options.at);
    const prev = this.statuses.get(id);
    const started = options.startedAt === undefined ? (prev?.started ?? now) : this.progress.time(options.startedAt);
    const s: VertexStatus = { id, vertex: this.vertex.digest, current, timestamp: now, started };
    if (options.total !== undefined) s.total = options.total;
    if (options.done) s.completed = now;
    this.statuses.set(id, s);
    this.progress.out.send(traceMessage({ statuses: [s] }));
  }

  log(text: string, stream = 1): void {
    if (text === '') return;
    this.progress.out.send(traceMessage({ logs: [{ vertex: this.vertex.digest, stream, data: text, timestamp: this.progress.time() }] }));
  }

  done(): void {
    this.vertex.completed = this.progress.time();
    this.emitVertex();
  }

  cached(): void {
    this.vertex.cached = true;
    this.vertex.completed = this.vertex.started ?? this.progress.time();
    this.emitVertex();
  }

  fail(message: string): void {
    this.vertex.error = message;
    this.vertex.completed = this.progress.time();
    this.emitVertex();
  }
}
