/**
 * One filesystem operation (RUN, COPY, ADD, WORKDIR) as a BuildKit vertex: its key is
 * derived from the parent state's key and the operation; a cache hit marks the vertex
 * CACHED and reuses the recorded layer, a miss runs the operation, stores its change as
 * a layer (always, even an empty one: BuildKit gives these instructions a layer each),
 * and records it in the cache.
 */
import { isEngineError } from '../../errdefs.ts';
import { writeTar, type TarEntry } from '../../layer/tar.ts';
import { lookupCache, operationKey, storeCache } from './cache.ts';
import { atLines } from './errors.ts';
import type { VertexWriter } from './progress.ts';
import type { SolveEnv } from './solve-env.ts';
import { appendLayer, type BkState } from './state.ts';

export interface LayerOperation {
  /** Vertex name (`[2/4] COPY . /app`). */
  name: string;
  /** Everything the result depends on besides the parent state. */
  op: unknown;
  /** History `created_by`. */
  createdBy: string;
  lines: { start: number; end: number };
  /** Run the operation and return its filesystem change. */
  run(vertex: VertexWriter): Promise<TarEntry[]>;
}

export async function layerStep(bk: SolveEnv, state: BkState, operation: LayerOperation): Promise<void> {
  const { service, options, ctx } = bk.env;
  const key = operationKey(state.cacheKey, operation.op);
  const vertex = bk.progress.vertex(key, operation.name).start();
  const parent = state.image.rootfs.diff_ids;
  const hit = options.noCache ? undefined : lookupCache(service, key, parent);
  if (hit) {
    vertex.cached();
    appendLayer(state, hit.diffId, hit.created, operation.createdBy);
    state.cacheKey = key;
    return;
  }
  let entries: TarEntry[];
  try {
    entries = await operation.run(vertex);
  } catch (error) {
    const located = atLines(error, operation.lines);
    vertex.fail(located.message);
    throw located;
  }
  const layer = service.layers.register(writeTar(entries), service.layers.chainIdOf(parent));
  const created = ctx.clock.now();
  storeCache(service, key, parent, { diffId: layer.diffId, created });
  appendLayer(state, layer.diffId, created, operation.createdBy);
  state.cacheKey = key;
  vertex.done();
}

export function messageOf(error: unknown): string {
  return isEngineError(error) || error instanceof Error ? error.message : String(error);
}
