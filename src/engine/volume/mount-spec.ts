/**
 * Mount specifications as the daemon parses them (moby volume/mounts/linux_parser.go):
 * `-v` strings (HostConfig.Binds) and HostConfig.Mounts objects, with Docker's
 * validation messages. A source that is an absolute path is a bind mount, anything
 * else names a volume, and a lone path is an anonymous volume. Whether a bind source
 * exists is the host's business: `parseMount` asks the caller through `sourceExists`
 * (`--mount` refuses a missing source), while `-v` binds never ask — Docker creates
 * the missing host directory, which the caller does.
 */
import { invalidParameter } from '../errdefs.ts';
import { normalize } from '../fs/path.ts';

export type MountType = 'volume' | 'bind' | 'tmpfs';

export interface MountSpec {
  type: MountType;
  /** Volume name ('' for an anonymous volume) or absolute host path ('' for tmpfs). */
  source: string;
  /** Absolute path in the container. */
  target: string;
  readOnly: boolean;
  /** The `-v` mode string as given (`ro`, `rw,z`), '' for `--mount`. */
  mode: string;
  /** `nocopy`: skip copy-up from the image. */
  noCopy: boolean;
}

/** HostConfig.Mounts[] as the API sends it. */
export interface MountRequest {
  Type?: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  VolumeOptions?: { NoCopy?: boolean } | null;
}

const modeWords = ['rw', 'ro', 'z', 'Z', 'nocopy', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'];

/** moby ValidMountMode: comma-separated known words, at most one of rw/ro. */
function validMode(mode: string): boolean {
  if (mode === '') return true;
  const words = mode.split(',');
  if (!words.every((w) => modeWords.includes(w))) return false;
  return words.filter((w) => w === 'rw' || w === 'ro').length <= 1 && words.filter((w) => w === 'nocopy').length <= 1;
}

const invalidSpec = (raw: string) => `invalid volume specification: '${raw}'`;
const mountConfig = (type: string, message: string) => `invalid mount config for type "${type}": ${message}`;

/** Docker's checks shared by both syntaxes; returns the message or undefined. */
function check(spec: MountSpec, sourceExists?: (path: string) => boolean): string | undefined {
  if (spec.target === '') return mountConfig(spec.type, 'field Target must not be empty');
  if (!spec.target.startsWith('/')) return mountConfig(spec.type, `invalid mount path: '${spec.target}' mount path must be absolute`);
  if (normalize(spec.target) === '/') return "invalid specification: destination can't be '/'";
  if (spec.type === 'bind') {
    if (spec.source === '') return mountConfig('bind', 'field Source must not be empty');
    if (!spec.source.startsWith('/')) return mountConfig('bind', `invalid mount path: '${spec.source}' mount path must be absolute`);
    if (sourceExists && !sourceExists(spec.source)) return mountConfig('bind', `bind source path does not exist: ${spec.source}`);
  }
  if (spec.type === 'tmpfs' && spec.source !== '') return mountConfig('tmpfs', 'field Source must not be specified');
  return undefined;
}

/**
 * One `-v`/`--volume` string: `name:/path[:mode]`, `/host:/path[:mode]`, `/path`.
 * @example parseBind('/srv/site:/usr/share/nginx/html:ro') // { type: 'bind', readOnly: true, … }
 * @throws InvalidParameter `invalid volume specification: 'x'` (with Docker's detail appended)
 */
export function parseBind(raw: string): MountSpec {
  const parts = raw.split(':');
  if (parts[0] === '' || parts.length > 3) throw invalidParameter(invalidSpec(raw));
  // `/foo:rw` is a destination and a mode: volumes cannot have only those.
  if (parts.length === 2 && validMode(parts[1])) throw invalidParameter(invalidSpec(raw));
  const [rawSource, rawTarget, mode] = parts.length === 1 ? ['', parts[0], ''] : [parts[0], parts[1], parts[2] ?? ''];
  if (!validMode(mode)) throw invalidParameter(`invalid mode: ${mode}`);
  const source = rawSource.startsWith('/') ? normalize(rawSource) : rawSource;
  const target = rawTarget.startsWith('/') ? normalize(rawTarget) : rawTarget;
  const words = mode.split(',');
  const spec: MountSpec = {
    type: source.startsWith('/') ? 'bind' : 'volume',
    source,
    target,
    readOnly: words.includes('ro'),
    mode,
    noCopy: words.includes('nocopy'),
  };
  const problem = check(spec);
  if (problem) throw invalidParameter(`${invalidSpec(raw)}: ${problem}`);
  return spec;
}

/**
 * One HostConfig.Mounts object (`--mount type=bind,source=/x,target=/y,readonly`).
 * @throws InvalidParameter `invalid mount config for type "bind": bind source path does not exist: /nope`
 */
export function parseMount(request: MountRequest, sourceExists?: (path: string) => boolean): MountSpec {
  const type = request.Type ?? '';
  if (type !== 'volume' && type !== 'bind' && type !== 'tmpfs') throw invalidParameter(mountConfig(type, 'mount type unknown'));
  const spec: MountSpec = {
    type,
    source: request.Source ?? '',
    target: request.Target ?? '',
    readOnly: !!request.ReadOnly,
    mode: '',
    noCopy: !!request.VolumeOptions?.NoCopy,
  };
  const problem = check(spec, sourceExists);
  if (problem) throw invalidParameter(problem);
  return spec;
}
