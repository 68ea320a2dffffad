/**
 * The volume model: a named directory owned by the daemon (`local` driver), whose data
 * is a MemFs of its own so it outlives every container that mounts it. Containers that
 * reference it — created, running or stopped — hold it in use; that, not mounting,
 * is what protects it from `docker volume rm` and prune.
 */
import type { MemFs } from '../fs/memfs.ts';

/** Label Docker ≥ 23 puts on anonymous volumes; prune without `all=true` removes only these. */
export const anonymousLabel = 'com.docker.volume.anonymous';

export interface Volume {
  /** The name, or 64 hex characters for an anonymous volume. */
  readonly name: string;
  readonly driver: 'local';
  /** ms since the epoch, virtual clock. */
  readonly createdAt: number;
  readonly labels: Record<string, string> | null;
  readonly options: Record<string, string> | null;
  readonly anonymous: boolean;
  readonly fs: MemFs;
  /** IDs of the containers referencing the volume, in the order they took it. */
  readonly users: Set<string>;
}

export function mountpointOf(name: string): string {
  return `/var/lib/docker/volumes/${name}/_data`;
}

/** The local driver's rule for names (moby volume/local): two or more characters. */
const validName = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** The local driver's complaint about a name, or undefined when the name is fine. */
export function invalidNameMessage(name: string): string | undefined {
  if (validName.test(name)) return undefined;
  return `"${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`;
}
