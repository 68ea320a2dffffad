/**
 * Short texts the renderer writes: sizes as `docker images` shows them, a digest cut
 * to its first 12 hex digits, and an API path without the version prefix (the learner
 * reads `POST /containers/create`, the API log keeps the full path).
 */
// Sizes as `docker images` prints them (go-units, three significant digits), IDs cut as
// stringid.TruncateID does.
export { humanSize, truncateId as shortDigest } from '../../sim/format/index.ts';

export function apiLabel(api: { method: string; path: string; status?: number }): string {
  const path = api.path
    .replace(/^\/v\d+(\.\d+)?(?=\/)/, '')
    .replace(/\?.*$/, '')
    .replace(/\b([0-9a-f]{12})[0-9a-f]{52}\b/g, '$1');
  return `${api.method} ${path}${api.status ? ` → ${api.status}` : ''}`;
}

/** A layer's history line as a Dockerfile instruction: `RUN apt-get …`, `COPY …`. */
export function layerCommand(createdBy: string): string {
  const nop = createdBy.match(/^\/bin\/sh -c #\(nop\)\s+(.*)$/s);
  if (nop) return nop[1].trim();
  const run = createdBy.match(/^\/bin\/sh -c\s+(.*)$/s);
  if (run) return `RUN ${run[1].trim()}`;
  return createdBy
    .replace(/\s+# buildkit$/, '')
    .replace(/^RUN \/bin\/sh -c\s+/, 'RUN ')
    .trim();
}
