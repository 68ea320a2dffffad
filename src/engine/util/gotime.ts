/**
 * Timestamps as Go prints them, always in UTC (the simulator's virtual clock has no
 * time zone): `time.Time.String()` for `{{.CreatedAt}}`, RFC 3339 for history and
 * inspect. Go trims trailing zeros of the fraction and omits it when zero.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(ms: number) {
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const millis = ((ms % 1000) + 1000) % 1000;
  const fraction = millis === 0 ? '' : '.' + pad(millis, 3).replace(/0+$/, '');
  return { date, time, fraction };
}

/**
 * Go `time.Time.String()` of a UTC time.
 * @example goTimeString(Date.UTC(2026, 10, 16, 9, 40, 32)) === '2026-11-16 09:40:32 +0000 UTC'
 */
export function goTimeString(ms: number): string {
  const { date, time, fraction } = parts(ms);
  return `${date} ${time}${fraction} +0000 UTC`;
}

/**
 * Go `time.RFC3339` in UTC (no fraction).
 * @example rfc3339(Date.UTC(2017, 0, 1, 12, 0, 3)) === '2017-01-01T12:00:03Z'
 */
export function rfc3339(ms: number): string {
  const { date, time } = parts(ms);
  return `${date}T${time}Z`;
}

/**
 * Go `time.RFC3339Nano` in UTC: fraction with trailing zeros trimmed.
 * @example rfc3339Nano(Date.UTC(2017, 0, 1, 12, 0, 3, 450)) === '2017-01-01T12:00:03.45Z'
 */
export function rfc3339Nano(ms: number): string {
  const { date, time, fraction } = parts(ms);
  return `${date}T${time}${fraction}Z`;
}
