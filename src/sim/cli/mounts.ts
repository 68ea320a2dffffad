/**
 * `-v/--volume` and `--mount` values on the client side. `-v` with a source (a host
 * path or a volume name) becomes a HostConfig.Binds entry as typed; without one it is
 * an anonymous volume in Config.Volumes. `--mount` is the CSV form
 * (`type=bind,source=/x,target=/y,readonly`) turned into a HostConfig.Mounts item.
 */

export interface VolumeSpec {
  bind: boolean;
  source: string;
  target: string;
}

export function parseVolume(spec: string): VolumeSpec {
  const parts = spec.split(':');
  if (parts.length === 1) {
    if (!spec.startsWith('/')) throw new Error(`invalid volume specification: '${spec}'`);
    return { bind: false, source: '', target: spec };
  }
  if (parts.length > 3 || parts[0] === '' || parts[1] === '') throw new Error(`invalid spec: ${spec}: empty section between colons`);
  if (!parts[1].startsWith('/')) throw new Error(`invalid volume specification: '${spec}': invalid mount config for type "volume": invalid mount path: '${parts[1]}' mount path must be absolute`);
  return { bind: true, source: parts[0], target: parts[1] };
}

export function parseMount(csv: string): Record<string, unknown> {
  const mount: Record<string, unknown> = { Type: 'volume' };
  for (const field of csv.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? undefined : field.slice(eq + 1);
    switch (key) {
      case 'type':
        mount.Type = value;
        break;
      case 'source':
      case 'src':
        mount.Source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        mount.Target = value;
        break;
      case 'readonly':
      case 'ro':
        if (value === undefined || value === 'true' || value === '1') mount.ReadOnly = true;
        break;
      default:
        if (value === undefined) throw new Error(`invalid field '${field}' must be a key=value pair`);
    }
  }
  if (!mount.Target) throw new Error('target is required');
  return mount;
}
