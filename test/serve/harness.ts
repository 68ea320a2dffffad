/**
 * Fixtures for the live-bridge tests: a `dockyard serve` in-process on a free loopback
 * port, the real `docker` client pointed at it (its own temp DOCKER_CONFIG), and a twin
 * daemon with the same seed driven by Dockyard's own CLI, so each command's output can
 * be compared between the two clients.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Daemon } from '../../src/engine/daemon/daemon.ts';
import { runDocker } from '../../src/sim/cli/docker.ts';
import { createDockyardServer, type DockyardServer, type ServeOptions } from '../../src/sim/node/serve/server.ts';
import { settle } from '../../src/sim/settle.ts';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The conformance expectations were recorded with this client (reference/engine-api.md). */
export const expectedClient = 'Docker version 28.2.2,';

function dockerClientVersion(): string | undefined {
  try {
    return execFileSync('docker', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

const clientVersion = dockerClientVersion();

/** Whether the real docker 28.2.2 client is installed. */
export const dockerAvailable = clientVersion?.startsWith(expectedClient) ?? false;
export const noDockerReason =
  clientVersion === undefined
    ? 'the real docker client is not installed (`which docker` fails)'
    : `the conformance expectations are for docker 28.2.2, found "${clientVersion}"`;

export interface Bridge {
  daemon: Daemon;
  server: DockyardServer;
  port: number;
  url: string;
  configDir: string;
  /** Problems the server logged. */
  logs: string[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1:0 with a daemon whose virtual time starts now. */
export async function startBridge(options: Partial<ServeOptions> & { seed?: number; startTime?: number } = {}): Promise<Bridge> {
  const daemon = options.daemon ?? new Daemon({ seed: options.seed ?? 1, startTime: options.startTime ?? Date.now() });
  const logs: string[] = [];
  const server = createDockyardServer({ ...options, daemon, log: (line) => logs.push(line) });
  const address = await server.listen({ host: '127.0.0.1', port: 0 });
  const port = Number(address.split(':').at(-1));
  const configDir = mkdtempSync(join(tmpdir(), 'dockyard-serve-'));
  return {
    daemon,
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    configDir,
    logs,
    async close() {
      await server.close();
      rmSync(configDir, { recursive: true, force: true });
    },
  };
}

/** Runs the real docker client against the bridge. */
export function realDocker(bridge: Bridge, args: string[], options: { env?: Record<string, string>; cwd?: string; input?: string; timeoutMs?: number } = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      'docker',
      args,
      {
        env: { ...process.env, DOCKER_HOST: `tcp://127.0.0.1:${bridge.port}`, DOCKER_CONFIG: bridge.configDir, DOCKER_BUILDKIT: '0', ...options.env },
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 30_000,
        // The CLI proxies SIGTERM to the container and keeps running: only SIGKILL ends it.
        killSignal: 'SIGKILL',
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** Runs Dockyard's own docker CLI against a daemon, advancing its clock as the host does. */
export async function ourDocker(daemon: Daemon, args: string[], buildContext?: () => Uint8Array): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const running = runDocker(args, {
    api: { request: (req) => daemon.api.handle(req) },
    stdout: { write: (s) => (stdout += s) },
    stderr: { write: (s) => (stderr += s) },
    env: { DOCKER_BUILDKIT: '0', HOME: '/home/learner' },
    now: () => daemon.clock.now(),
    isTTY: false,
    files: { read: (p) => files.get(p), write: (p, t) => void files.set(p, t) },
    buildContext: buildContext && (async () => buildContext()),
  });
  const result = await settle(daemon.clock, running, 600_000);
  return { code: result.done ? result.value : -1, stdout, stderr };
}

/**
 * Output with what legitimately differs between the two clients and two daemons masked:
 * IDs and digests, relative times, the client's version lines.
 */
export function normalize(text: string): string {
  return text
    .replace(/sha256:[0-9a-f]{64}/g, 'sha256:<digest>')
    .replace(/\b[0-9a-f]{64}\b/g, '<id>')
    .replace(/\b[0-9a-f]{12}\b/g, '<short-id>')
    .replace(/(About a|About an|Less than a|\d+) (second|minute|hour)s?( ago)?/g, '<duration>$3')
    .replace(/\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d/g, '<time>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<timestamp>')
    .replace(/ {2,}/g, '  ')
    .replace(/ +$/gm, '');
}

/** Both clients' outcomes, normalised, for one argv (the twin follows the same commands). */
export async function bothClients(bridge: Bridge, twin: Daemon, args: string[], context?: { dir: string; tar: () => Uint8Array }): Promise<{ real: Outcome; ours: Outcome }> {
  const real = await realDocker(bridge, args, { cwd: context?.dir });
  const ours = await ourDocker(twin, args, context?.tar);
  const n = (o: Outcome) => ({ code: o.code, stdout: normalize(o.stdout), stderr: normalize(o.stderr) });
  return { real: n(real), ours: n(ours) };
}
