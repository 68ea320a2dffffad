// A small network world for the fabric and client tests: the real NetworkStore (with
// bridge, host and none), fake running containers with an address and /etc/hosts as
// Docker writes them, a NetFabric over both, and a way to run a userland program in
// the host's or a container's namespace through the real process runtime.
import type { Container, PublishedPort } from '../../../src/engine/container/container.ts';
import { ContainerStore } from '../../../src/engine/daemon/containers/store.ts';
import { hostsFile } from '../../../src/engine/daemon/containers/init-layer.ts';
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import { processNet } from '../../../src/engine/net/capability.ts';
import { NetFabric } from '../../../src/engine/net/fabric.ts';
import { makeResponse, type HttpHandler } from '../../../src/engine/net/http.ts';
import { hostNamespace, type Namespace } from '../../../src/engine/net/namespace.ts';
import { startProcess } from '../../../src/engine/process/runtime.ts';
import { emptyInput } from '../../../src/engine/process/streams.ts';
import { createUserland } from '../../../src/engine/shell/userland.ts';
import { settle } from '../../../src/sim/settle.ts';
import { makeNetworks } from '../network/world.ts';

export interface FakeContainer {
  id: string;
  ip: string;
  ns: Namespace;
  fs: MemFs;
}

export function makeWorld() {
  const nets = makeNetworks();
  const { clock, store } = nets;
  const containers = new ContainerStore();
  const fabric = new NetFabric({ networks: store, containers, clock });
  let pid = 100;

  /** A running container on `network`, publishing `ports`. */
  const container = (name: string, network = 'bridge', ports: PublishedPort[] = []): FakeContainer => {
    const id = nets.container(name);
    const endpoint = store.connect(network, id);
    const fs = new MemFs({ clock });
    fs.mkdir('/etc', { recursive: true });
    fs.writeFile('/etc/hosts', hostsFile(id.slice(0, 12), endpoint.ip));
    containers.add({ id, name, isRunning: true, ports, ipAddress: endpoint.ip, hostConfig: { NetworkMode: network }, config: { Hostname: id.slice(0, 12) }, fs } as unknown as Container);
    return { id, ip: endpoint.ip, ns: fabric.namespaceOf(id), fs };
  };

  /** A handler answering `text` and remembering who asked. */
  const echo = (text: string) => {
    const peers: string[] = [];
    const handler: HttpHandler = (req, peer) => {
      peers.push(peer.ip);
      return Promise.resolve(makeResponse(200, { 'Content-Type': 'text/plain' }, `${text} ${req.method} ${req.path}\n`));
    };
    return { handler, peers };
  };

  /** Run argv (curl, wget, …) in a namespace; resolves once it exits, advancing virtual time as needed. */
  const run = async (argv: string[], ns: Namespace = hostNamespace, fs = new MemFs({ clock })) => {
    let stdout = '';
    let stderr = '';
    const decoder = new TextDecoder();
    const sink = (append: (text: string) => void) => ({ write: (d: string | Uint8Array) => append(typeof d === 'string' ? d : decoder.decode(d)) });
    fs.mkdir('/bin', { recursive: true });
    const proc = startProcess({
      argv: [`/bin/${argv[0]}`, ...argv.slice(1)],
      env: { PATH: '/bin' },
      cwd: '/',
      fs: withPlaceholder(fs, argv[0]),
      hostname: 'test',
      uid: 0,
      gid: 0,
      stdin: emptyInput,
      stdout: sink((t) => (stdout += t)),
      stderr: sink((t) => (stderr += t)),
      clock,
      resolve: createUserland(),
      pids: { next: () => pid++ },
      net: processNet(fabric, ns),
    });
    const result = await settle(clock, proc.exited);
    return { status: result.done ? result.value : undefined, stdout, stderr };
  };

  return { ...nets, containers, fabric, container, echo, run };
}

function withPlaceholder(fs: MemFs, name: string): MemFs {
  fs.writeFile(`/bin/${name}`, `\x7fELF dockyard:${name}\n`, { mode: 0o755 });
  return fs;
}
