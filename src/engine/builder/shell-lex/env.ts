/**
 * The variables an expansion sees. BuildKit builds a map from `KEY=value` strings
 * (a later duplicate wins, a bare `KEY` is set-but-empty); lookups are case-sensitive
 * as on Linux. Lookups record which names matched, for "unused build-arg" checks.
 */

export type EnvInput = readonly string[] | ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export function buildEnvs(env: EnvInput): Map<string, string> {
  if (env instanceof Map) return new Map(env);
  const out = new Map<string, string>();
  if (Array.isArray(env)) {
    for (const e of env as readonly string[]) {
      const i = e.indexOf('=');
      if (i < 0) out.set(e, '');
      else out.set(e.slice(0, i), e.slice(i + 1));
    }
    return out;
  }
  for (const [k, v] of Object.entries(env)) out.set(k, v);
  return out;
}
