/**
 * "Did you mean" suggestions (BuildKit util/suggest): the closest option within
 * Levenshtein distance 2 is appended to an error message, rendered in the case of
 * what the user typed when the comparison ignores case (`RUNN` -> `RUN`).
 */

export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/** The closest option to `value` (distance < 3), or null when none or on an exact match. */
export function suggest(value: string, options: readonly string[], caseSensitive: boolean): string | null {
  if (value === '') return null;
  const v = caseSensitive ? value : value.toLowerCase();
  let match: string | null = null;
  let min = 3;
  for (const option of options) {
    const o = caseSensitive ? option : option.toLowerCase();
    if (o === v) return null; // an exact match means the error was about something else
    const d = levenshtein(v, o);
    if (d < min) {
      min = d;
      match = o;
    }
  }
  if (match === null || caseSensitive) return match;
  return value === value.toUpperCase() ? match.toUpperCase() : match.toLowerCase();
}

export function withSuggestion(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const match = suggest(value, options, caseSensitive);
  return match === null ? message : `${message} (did you mean ${match}?)`;
}
