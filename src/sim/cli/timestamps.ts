/**
 * docker's `--since`/`--until` values (api/types/time GetTimestamp): a Go duration
 * (`10m`, `1h30m`) means that long before now, an RFC 3339 date or date-time is
 * converted, and a plain number is passed through. The API wants `seconds.nanos`.
 */
const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function parseDuration(s: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return undefined;
    total += Number(m[1]) * units[m[2]];
    pos = re.lastIndex;
  }
  return s.length > 0 ? total : undefined;
}

function seconds(ms: number): string {
  const secs = Math.floor(ms / 1000);
  const nanos = Math.round((ms - secs * 1000) * 1e6);
  return `${secs}.${String(nanos).padStart(9, '0')}`;
}

export function getTimestamp(value: string, nowMs: number): string {
  if (/^\d+(\.\d+)?$/.test(value)) return value;
  const d = parseDuration(value);
  if (d !== undefined) return seconds(nowMs - d);
  const t = Date.parse(/T|Z|[+-]\d\d:\d\d$/.test(value) || value.length <= 10 ? value : value.replace(' ', 'T'));
  if (Number.isNaN(t)) throw new Error(`failed to parse value as time or duration: "${value}"`);
  return seconds(t);
}
