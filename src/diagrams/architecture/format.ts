/**
 * Short texts the renderer writes: sizes as `docker images` shows them, a digest cut
 * to its first 12 hex digits, and an API path without the version prefix (the learner
 * reads `POST /containers/create`, the API log keeps the full path).
 */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toPrecision(3).replace(/\.?0+$/, '')}${units[unit]}`;
}

export function shortDigest(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12);
}

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
