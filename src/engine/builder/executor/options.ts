/**
 * What a `POST /build` asks for, read from its query the way moby's build router does
 * (api/server/router/build/build_routes.go newImageBuildOptions): repeated `t`, JSON
 * `buildargs` and `labels`, the boolean switches, `target`, and `version` (1 = classic
 * builder, 2 = Dockyard's BuildKit-shaped builder).
 */
import { invalidParameter } from '../../errdefs.ts';

export interface BuildOptions {
  tags: string[];
  dockerfile: string;
  quiet: boolean;
  noCache: boolean;
  pull: boolean;
  /** Remove intermediate containers after a successful step (default true). */
  rm: boolean;
  /** Remove them even after a failed step. */
  forceRm: boolean;
  /** `--build-arg`: null means "declared on the command line without a value and unset in the client env". */
  buildArgs: Record<string, string | null>;
  labels: Record<string, string>;
  target: string;
  version: '1' | '2';
}

type Query = Record<string, string | string[]>;

const last = (q: Query, key: string): string | undefined => {
  const v = q[key];
  return Array.isArray(v) ? v[v.length - 1] : v;
};
const bool = (q: Query, key: string, dflt: boolean): boolean => {
  const v = last(q, key);
  if (v === undefined || v === '') return dflt;
  return v !== '0' && v.toLowerCase() !== 'false';
};

function jsonMap<T>(q: Query, key: string): Record<string, T> {
  const v = last(q, key);
  if (!v) return {};
  try {
    const parsed = JSON.parse(v) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, T>) : {};
  } catch {
    throw invalidParameter(`error reading ${key === 'buildargs' ? 'build args' : key}: invalid character in JSON`);
  }
}

/** @example parseBuildQuery({ t: ['a', 'b:1'], version: '1' }).tags // ['a', 'b:1'] */
export function parseBuildQuery(q: Query): BuildOptions {
  const t = q.t;
  const version = last(q, 'version') ?? '1';
  if (version !== '1' && version !== '2') throw invalidParameter(`invalid version: ${version}`);
  return {
    tags: (t === undefined ? [] : Array.isArray(t) ? t : [t]).filter((x) => x !== ''),
    dockerfile: last(q, 'dockerfile') || 'Dockerfile',
    quiet: bool(q, 'q', false),
    noCache: bool(q, 'nocache', false),
    pull: bool(q, 'pull', false),
    rm: bool(q, 'rm', true),
    forceRm: bool(q, 'forcerm', false),
    buildArgs: jsonMap<string | null>(q, 'buildargs'),
    labels: jsonMap<string>(q, 'labels'),
    target: last(q, 'target') ?? '',
    version,
  };
}
