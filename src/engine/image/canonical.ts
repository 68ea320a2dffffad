/**
 * Canonical JSON: the bytes an image config (or manifest) is hashed over. Keys are
 * sorted at every level and `undefined` members dropped, so two configs with equal
 * content always serialise to equal bytes and therefore get equal image IDs, however
 * the objects were built. (Go's encoder gives struct order; any fixed order will do
 * for content addressing as long as it is the same every time.)
 */

/**
 * @example canonicalJson({ b: 1, a: [true, { d: undefined, c: 'x' }] }) === '{"a":[true,{"c":"x"}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) out[key] = sortKeys(member);
  }
  return out;
}
