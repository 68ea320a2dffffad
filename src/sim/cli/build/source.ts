/**
 * The Dockerfile excerpt BuildKit's client prints above a located error (buildkit
 * solver/errdefs/source.go Source.Print): `Dockerfile:3`, a ruler, the failing lines
 * marked `>>>` with up to four lines of context around them, and a closing ruler.
 */
import type { ErrorSource } from '../../../engine/builder/buildkit/solve-status.ts';

export function formatSource(src: ErrorSource): string {
  const lines = src.data.split('\n');
  if (src.ranges.length === 0) return '';
  let start = Math.min(...src.ranges.map((r) => r.start));
  let end = Math.max(...src.ranges.map((r) => Math.max(r.start, r.end)));
  if (start > lines.length || start < 1) return '';
  if (end > lines.length) end = lines.length;
  const pad = end === start ? 4 : 2;
  const first = start;
  for (let p = 0; p < pad; ) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  let out = `${src.filename}:${first}\n--------------------\n`;
  for (let i = start; i <= end; i++) {
    const marked = src.ranges.some((r) => r.start <= i && Math.max(r.start, r.end) >= i);
    out += ` ${String(i).padStart(3)} | ${marked ? '>>>' : '   '} ${lines[i - 1]}\n`;
  }
  return `${out}--------------------\n`;
}
