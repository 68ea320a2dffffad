/**
 * `-p/--publish` and `--expose` as go-connections/nat parses them on the client:
 * `[ip:][hostPort:]containerPort[/proto]`, ranges, IPv6 in brackets, and nat's error
 * texts (`invalid hostPort: 99999`). The result is the create body's ExposedPorts and
 * HostConfig.PortBindings maps, keyed `80/tcp`.
 */

export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

function parsePortRange(s: string): [number, number] | undefined {
  if (s === '') return undefined;
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535 || end < start) return undefined;
  return [start, end];
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const container = parts[n - 1];
  if (n === 1) return ['', '', container];
  if (n === 2) return ['', parts[0], container];
  if (n === 3) return [parts[0], parts[1], container];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2], container];
}

function splitProto(s: string): [string, string] {
  const i = s.indexOf('/');
  if (s === '') return ['', ''];
  if (i < 0) return ['tcp', s];
  if (i === s.length - 1) return ['tcp', s.slice(0, i)];
  return [s.slice(i + 1), s.slice(0, i)];
}

function validIp(ip: string): boolean {
  return /^(\d{1,3})(\.\d{1,3}){3}$/.test(ip) || (ip.includes(':') && /^[0-9a-fA-F:.]+$/.test(ip));
}

/** nat.ParsePortSpecs over every `-p` value. */
export function parsePublish(specs: string[]): { exposed: Record<string, object>; bindings: Record<string, PortBinding[]> } {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, PortBinding[]> = {};
  for (const raw of specs) {
    const [rawIp, hostPort, containerPart] = splitParts(raw);
    let ip = rawIp;
    const [protoRaw, containerPort] = splitProto(containerPart);
    if (ip.startsWith('[')) ip = ip.replace(/^\[/, '').replace(/\]$/, '');
    if (ip !== '' && !validIp(ip)) throw new Error(`invalid IP address: ${ip}`);
    if (containerPort === '') throw new Error(`no port specified: ${raw}<empty>`);
    const cRange = parsePortRange(containerPort);
    if (!cRange) throw new Error(`invalid containerPort: ${containerPort}`);
    let hRange: [number, number] = [0, 0];
    if (hostPort !== '') {
      const parsed = parsePortRange(hostPort);
      if (!parsed) throw new Error(`invalid hostPort: ${hostPort}`);
      hRange = parsed;
      if (cRange[1] - cRange[0] !== hRange[1] - hRange[0] && cRange[0] !== cRange[1]) {
        throw new Error(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
      }
    }
    const proto = protoRaw.toLowerCase();
    if (!['tcp', 'udp', 'sctp'].includes(proto)) throw new Error(`invalid proto: ${proto}`);
    for (let i = 0; i <= cRange[1] - cRange[0]; i++) {
      const port = `${cRange[0] + i}/${proto}`;
      let hp = hostPort === '' ? '' : String(hRange[0] + i);
      if (cRange[0] === cRange[1] && hRange[0] !== hRange[1]) hp = `${hp}-${hRange[1]}`;
      exposed[port] = {};
      (bindings[port] ??= []).push({ HostIp: ip, HostPort: hp });
    }
  }
  return { exposed, bindings };
}

/** `--expose 80`, `--expose 7000-7002/udp`: ports only, no bindings. */
export function parseExpose(specs: string[]): string[] {
  const out: string[] = [];
  for (const raw of specs) {
    const [proto, port] = splitProto(raw);
    const range = parsePortRange(port);
    if (!range) throw new Error(`invalid range format for --expose: ${raw}, error: invalid syntax`);
    for (let p = range[0]; p <= range[1]; p++) out.push(`${p}/${proto}`);
  }
  return out;
}
