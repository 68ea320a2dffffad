/**
 * Whiteouts, the AUFS convention every layer tar uses to say "deleted" (moby
 * pkg/archive/whiteouts.go): `dir/.wh.name` removes `name` from the layers below,
 * `dir/.wh..wh..opq` hides everything the layers below had in `dir`. Both are empty
 * regular files in the tar and never appear in an extracted filesystem.
 */
export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

export type WhiteoutKind = { kind: 'opaque'; dir: string } | { kind: 'whiteout'; path: string };

/** What a tar path means if it is a whiteout: which path it deletes or which directory it makes opaque. */
export function parseWhiteout(path: string): WhiteoutKind | undefined {
  const slash = path.lastIndexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash);
  const base = path.slice(slash + 1);
  if (base === OPAQUE_MARKER) return { kind: 'opaque', dir };
  if (base.startsWith(WHITEOUT_PREFIX)) {
    const name = base.slice(WHITEOUT_PREFIX.length);
    return { kind: 'whiteout', path: dir === '' ? name : `${dir}/${name}` };
  }
  return undefined;
}
