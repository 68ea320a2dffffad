/**
 * Elapsed time in words, as go-units `HumanDuration` (CREATED columns, container
 * STATUS). Thresholds and integer truncation follow the Go code exactly: seconds and
 * minutes truncate, hours round half up, years use truncated hours.
 */

// The daemon builds STATUS strings with the same function, so it lives in the engine;
// the CLI's CREATED columns reuse it.
import { humanDuration } from '../../engine/util/units.ts';

export { humanDuration };

/**
 * `<HumanDuration(now - then)> ago`, the CLI's CREATED column.
 * @example timeAgo(60_000, 0) === 'About a minute ago'
 */
export function timeAgo(nowMs: number, thenMs: number): string {
  return `${humanDuration(nowMs - thenMs)} ago`;
}
