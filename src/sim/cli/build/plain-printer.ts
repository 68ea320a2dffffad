/**
 * BuildKit's plain progress (buildkit util/progress/progressui printer.go textMux, the
 * non-TTY default of `docker buildx build`): `#N name` when a vertex starts or becomes
 * the one being printed again, a blank line between vertex blocks, status lines
 * (`#1 transferring dockerfile: 79B done`, `#4 sha256:… 49.56MB / 49.56MB 1.2s done`),
 * log lines prefixed with the seconds since the vertex started (`#7 1.234 added 64
 * packages`), then `#N DONE 0.1s`, `#N CACHED` or `#N ERROR: …`. After the build, each
 * failed vertex's logs are repeated between `------` rulers.
 */
import type { SolveStatus, Vertex, VertexLog, VertexStatus } from '../../../engine/builder/buildkit/solve-status.ts';
import type { Writer } from '../io.ts';
import { bytesString, seconds } from './units.ts';

interface VertexState {
  index: number;
  vertex: Vertex;
  logs: string[];
  partial: boolean;
}

export class PlainPrinter {
  private readonly byDigest = new Map<string, VertexState>();
  private current = '';
  private notFirst = false;
  private next = 1;

  constructor(private readonly out: Writer) {}

  /** The `#0 building with …` line buildx prints first. */
  describe(text: string): void {
    this.out.write(`#0 ${text}\n`);
    this.notFirst = true;
  }

  update(ss: SolveStatus): void {
    for (const v of ss.vertexes) this.onVertex(v);
    for (const s of ss.statuses) this.onStatus(s);
    for (const l of ss.logs) this.onLog(l);
  }

  private header(dgst: string): VertexState | undefined {
    const v = this.byDigest.get(dgst);
    if (!v) return undefined;
    if (dgst !== this.current) {
      const old = this.current ? this.byDigest.get(this.current) : undefined;
      if (old) {
        if (old.partial) this.out.write('\n');
        this.out.write(`#${old.index} ...\n`);
      }
      if (this.notFirst) this.out.write('\n');
      this.notFirst = true;
      this.out.write(`#${v.index} ${v.vertex.name}\n`);
      this.current = dgst;
    }
    return v;
  }

  private onVertex(vertex: Vertex): void {
    let v = this.byDigest.get(vertex.digest);
    if (!v) {
      if (!vertex.started) return;
      v = { index: this.next++, vertex, logs: [], partial: false };
      this.byDigest.set(vertex.digest, v);
    }
    v.vertex = { ...v.vertex, ...vertex };
    this.header(vertex.digest);
    if (!vertex.completed) return;
    if (v.partial) this.out.write('\n');
    v.partial = false;
    if (vertex.error) this.out.write(`#${v.index} ERROR: ${vertex.error}\n`);
    else if (vertex.cached) this.out.write(`#${v.index} CACHED\n`);
    else this.out.write(`#${v.index} DONE ${seconds(v.vertex.started ?? vertex.completed, vertex.completed)}s\n`);
    this.current = '';
  }

  private onStatus(s: VertexStatus): void {
    const v = this.header(s.vertex);
    if (!v) return;
    let bytes = '';
    if (s.total) bytes = ` ${bytesString(s.current)} / ${bytesString(s.total)}`;
    else if (s.current) bytes = ` ${bytesString(s.current)}`;
    let tm = '';
    const end = s.completed ?? s.timestamp;
    if (s.started && (Date.parse(end) - Date.parse(s.started)) / 1000 > 0.01) tm = ` ${seconds(s.started, end)}s`;
    if (s.completed) tm += ' done';
    this.out.write(`#${v.index} ${s.id}${bytes}${tm}\n`);
  }

  private onLog(l: VertexLog): void {
    const v = this.header(l.vertex);
    if (!v) return;
    const sec = (Date.parse(l.timestamp) - Date.parse(v.vertex.started ?? l.timestamp)) / 1000;
    const stamp = sec.toFixed(sec < 10 ? 3 : sec < 100 ? 2 : 1);
    const parts = l.data.split('\n');
    const complete = l.data.endsWith('\n');
    if (complete) parts.pop();
    parts.forEach((line, i) => {
      if (i === 0 && v.partial) this.out.write(line);
      else {
        this.out.write(`#${v.index} ${stamp} ${line}`);
        v.logs.push(`#${v.index} ${stamp} ${line}`);
      }
      if (i < parts.length - 1 || complete) this.out.write('\n');
    });
    v.partial = !complete;
  }

  /** printErrorLogs: the logs of every failed vertex between rulers. */
  errorLogs(): void {
    for (const v of [...this.byDigest.values()].sort((a, b) => a.index - b.index)) {
      if (!v.vertex.error) continue;
      this.out.write(`------\n > ${v.vertex.name}:\n`);
      for (const l of v.logs.slice(-10)) this.out.write(`${l}\n`);
      this.out.write('------\n');
    }
  }
}
