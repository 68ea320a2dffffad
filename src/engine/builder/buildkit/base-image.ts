/**
 * A stage's base image on BuildKit with the docker driver: `[internal] load metadata
 * for docker.io/library/node:18` resolves the reference (the local image store first,
 * the registry when missing or with `--pull`), then the FROM vertex
 * (`[1/4] FROM docker.io/library/node:18@sha256:…`) fetches the layers, reporting each
 * blob's transfer and extraction as statuses. Pull errors use BuildKit's wording.
 */
import type { JsonMessage } from '../../api/types.ts';
import { isEngineError } from '../../errdefs.ts';
import { pull } from '../../distribution/pull.ts';
import { resolveImage } from '../../image/resolve.ts';
import type { ImageRecord } from '../../image/store.ts';
import { nameOf, parseNormalizedNamed, referenceString, tagNameOnly } from '../../reference/index.ts';
import { SolveError, type LineRange } from './errors.ts';
import { messageOf } from './layer-step.ts';
import type { VertexWriter } from './progress.ts';
import type { SolveEnv } from './solve-env.ts';

export interface ResolvedBase {
  /** `docker.io/library/node:18`. */
  name: string;
  /** `@sha256:…` of the manifest, '' for an image only known locally. */
  digest: string;
  record?: ImageRecord;
  /** The rest of a pull started by load metadata, replayed by the FROM vertex. */
  pending?: AsyncIterator<JsonMessage>;
}

function local(bk: SolveEnv, name: string): ImageRecord | undefined {
  try {
    return resolveImage(bk.env.service.images, bk.env.service.refs, name);
  } catch (e) {
    if (isEngineError(e, 'NotFound')) return undefined;
    throw e;
  }
}

function repoDigest(bk: SolveEnv, record: ImageRecord, name: string): string {
  const repo = nameOf(parseNormalizedNamed(name));
  for (const ref of bk.env.service.refs.references(record.id)) if (ref.digest && nameOf(ref) === repo) return `@${ref.digest}`;
  return '';
}

function resolveError(origName: string, name: string, error: unknown, lines: LineRange): SolveError {
  const text = messageOf(error);
  const reason = /^manifest for .* not found/.test(text) ? `${name}: not found` : /^pull access denied/.test(text) ? 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed' : text;
  return new SolveError(`${origName}: failed to resolve source metadata for ${name}: ${reason}`, lines);
}

/** The load-metadata vertex. */
export async function loadMetadata(bk: SolveEnv, origName: string, lines: LineRange): Promise<ResolvedBase> {
  let name: string;
  try {
    name = referenceString(tagNameOnly(parseNormalizedNamed(origName)));
  } catch (e) {
    throw new SolveError(`failed to parse stage name "${origName}": ${messageOf(e)}`, lines);
  }
  const vertex = bk.progress.vertex(`metadata:${name}`, `[internal] load metadata for ${name}`).start();
  const found = bk.env.options.pull ? undefined : local(bk, name);
  if (found) {
    vertex.done();
    return { name, digest: repoDigest(bk, found, name), record: found };
  }
  const pending = pull(name, bk.env.service.deps)[Symbol.asyncIterator]();
  try {
    await pending.next();
  } catch (e) {
    const error = resolveError(origName, name, e, lines);
    vertex.fail(error.message.slice(origName.length + 2));
    throw error;
  }
  vertex.done();
  return { name, digest: '', pending };
}

/** The FROM vertex: finishes a pull with per-blob statuses, then hands back the image. */
export async function fromVertex(bk: SolveEnv, base: ResolvedBase, label: (text: string) => string): Promise<ImageRecord> {
  if (base.record) {
    bk.progress.vertex(`from:${base.record.id}`, label(`FROM ${base.name}${base.digest}`)).start().done();
    return base.record;
  }
  const t0 = bk.env.ctx.clock.now();
  const seen: { message: JsonMessage; at: number }[] = [];
  for (let m = await base.pending!.next(); !m.done; m = await base.pending!.next()) {
    if (m.value.errorDetail) throw new SolveError(m.value.errorDetail.message);
    seen.push({ message: m.value, at: bk.env.ctx.clock.now() });
  }
  const record = local(bk, base.name)!;
  base.digest = repoDigest(bk, record, base.name);
  const vertex = bk.progress.vertex(`from:${record.id}`, label(`FROM ${base.name}${base.digest}`)).start(t0);
  vertex.status(`resolve ${base.name}${base.digest}`, 0, { done: true, startedAt: t0, at: t0 });
  reportBlobs(bk, vertex, record, seen, t0);
  vertex.done();
  return record;
}

/** One status per pulled blob (`sha256:… 49.56MB / 49.56MB 1.2s done`) and its extraction. */
function reportBlobs(bk: SolveEnv, vertex: VertexWriter, record: ImageRecord, seen: { message: JsonMessage; at: number }[], t0: number): void {
  const when = (id: string, status: string) => seen.find((s) => s.message.id === id && s.message.status === status)?.at;
  const blobs = record.layers
    .map((layer) => ({ layer, digest: bk.env.service.metadata.sources(layer.diffId)[0]?.digest }))
    .filter((b): b is { layer: ImageRecord['layers'][number]; digest: `sha256:${string}` } => b.digest !== undefined && when(b.digest.slice(7, 19), 'Pull complete') !== undefined);
  for (const { layer, digest } of blobs) {
    const id = digest.slice(7, 19);
    const started = when(id, 'Downloading') ?? t0;
    vertex.status(digest, layer.size, { total: layer.size, done: true, startedAt: started, at: when(id, 'Download complete') ?? started });
  }
  for (const { digest } of blobs) {
    const id = digest.slice(7, 19);
    const done = when(id, 'Pull complete')!;
    vertex.status(`extracting ${digest}`, 0, { done: true, startedAt: when(id, 'Extracting') ?? done, at: done });
  }
}
