/**
 * The classic builder's cache (moby image/cache/compare.go + daemon getLocalCachedImage):
 * a step hits when a locally built child of the current image has a stored container
 * config equal to the one the step would produce. The container config carries the
 * step's command (`#(nop)  ENV A=b`, `COPY file:<sha256> in /app`, or the RUN argv with
 * its `|N k=v` build-arg prefix), so equal configs mean the same step on the same parent.
 * The newest matching image wins.
 */
import type { ImageService } from '../../daemon/images/service.ts';
import { canonicalJson } from '../../image/canonical.ts';
import type { RunConfig } from '../../image/config.ts';
import type { ImageRecord } from '../../image/store.ts';

/** The fields moby's compare() looks at, in a canonical shape (missing = empty). */
function comparable(c: RunConfig): string {
  const empty = (v: unknown) => (v === null || v === undefined || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && Object.keys(v as object).length === 0) ? null : v);
  return canonicalJson({
    Cmd: empty(c.Cmd),
    Entrypoint: empty(c.Entrypoint),
    Env: empty(c.Env),
    ExposedPorts: empty(c.ExposedPorts),
    Healthcheck: empty(c.Healthcheck),
    Labels: empty(c.Labels),
    OnBuild: empty(c.OnBuild),
    Shell: empty(c.Shell),
    StopSignal: c.StopSignal ?? '',
    User: c.User ?? '',
    Volumes: empty(c.Volumes),
    WorkingDir: c.WorkingDir ?? '',
  });
}

/** The cached image for this step, or undefined on a miss. */
export function probeCache(service: ImageService, parentId: string, containerConfig: RunConfig): ImageRecord | undefined {
  const want = comparable(containerConfig);
  const candidates = parentId ? service.images.children(parentId as never) : service.images.all().filter((img) => !img.parent);
  let best: ImageRecord | undefined;
  for (const img of candidates) {
    const stored = (img.config as { container_config?: RunConfig }).container_config;
    if (!stored || comparable(stored) !== want) continue;
    if (!best || img.created >= best.created) best = img;
  }
  return best;
}
