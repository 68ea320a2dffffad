/**
 * BuildKit's build trace (SolveStatus messages: vertexes that start, complete, are cached
 * or fail; statuses such as "writing image sha256:…") as build machine events. A vertex
 * named "[2/4] RUN …" (or "[stage 2/4] …") is a Dockerfile step: its start is the cache
 * check, its completion either a cache hit or a run and commit. Vertexes repeat in later
 * messages with more fields, so each is told once per phase.
 */
import type { BuildEvent } from './build.machine.ts';
import { familiar } from './words.ts';

interface Vertex {
  digest: string;
  name: string;
  started?: string;
  completed?: string;
  cached?: boolean;
  error?: string;
}

interface SolveStatus {
  vertexes?: Vertex[];
  statuses?: { id: string }[];
}

/** `FROM docker.io/library/alpine:latest@sha256:…` → `FROM alpine:latest`. */
function tidy(instruction: string): string {
  return instruction.replace(/^FROM (\S+)/, (_, ref: string) => `FROM ${familiar(ref.replace(/@sha256:[0-9a-f]+$/, ''))}`);
}

export class BuildKitReader {
  private readonly started = new Set<string>();
  private readonly finished = new Set<string>();
  private built = false;

  read(aux: unknown): BuildEvent[] {
    const status = (aux ?? {}) as SolveStatus;
    const events: BuildEvent[] = [];
    for (const v of status.vertexes ?? []) {
      if (v.error && !this.finished.has(v.digest)) {
        this.finished.add(v.digest);
        events.push({ type: 'fail', message: v.error });
        continue;
      }
      const m = /^\[(?:(\S+) )?(\d+)\/(\d+)\] (.*)$/.exec(v.name);
      if (!m) continue;
      const instruction = `${m[1] ? `(${m[1]}) ` : ''}${tidy(m[4])}`;
      if (!this.started.has(v.digest) && (v.started || v.cached)) {
        this.started.add(v.digest);
        events.push({ type: 'step', step: Number(m[2]), total: Number(m[3]), instruction });
      }
      if (v.completed && !this.finished.has(v.digest)) {
        this.finished.add(v.digest);
        if (v.cached) events.push({ type: 'cached' });
        else if (/^RUN\b/.test(m[4])) events.push({ type: 'run', container: '' }, { type: 'commit', imageId: '' });
        else events.push({ type: 'commit', imageId: '' });
      }
    }
    for (const s of status.statuses ?? []) {
      const written = /^writing image (sha256:[0-9a-f]+)/.exec(s.id);
      if (written && !this.built) {
        this.built = true;
        events.push({ type: 'built', imageId: written[1] });
      }
    }
    return events;
  }
}
