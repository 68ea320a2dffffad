/**
 * `npx dockyard serve`: starts a daemon (virtual time starting now, following real
 * time) behind the live bridge, prints how to point the real docker CLI at it, and runs
 * until interrupted. Request failures and stray engine errors are logged, never fatal.
 */
import { existsSync } from 'node:fs';
import { unlink, lstat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Daemon } from '../../../engine/daemon/daemon.ts';
import { createDockyardServer } from './server.ts';

export interface ServeCommandOptions {
  host: string;
  port: number;
  socket?: string;
  seed: number;
  /** Print one line per request to stderr. */
  verbose?: boolean;
}

export const defaultStaticRoot = fileURLToPath(new URL('../../../../dist/', import.meta.url));

async function removeStaleSocket(path: string): Promise<void> {
  const info = await lstat(path).catch(() => undefined);
  if (info?.isSocket()) await unlink(path);
}

export async function serveCommand(options: ServeCommandOptions): Promise<number> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const onStray = (error: unknown) => log(`dockyard serve: unexpected error (still serving): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.on('unhandledRejection', onStray);
  process.on('uncaughtException', onStray);
  const daemon = new Daemon({ seed: options.seed, startTime: Date.now() });
  const staticRoot = existsSync(defaultStaticRoot) ? defaultStaticRoot : undefined;
  const server = createDockyardServer({ daemon, staticRoot, log, access: options.verbose ? log : undefined });
  let address: string;
  try {
    if (options.socket) await removeStaleSocket(options.socket);
    address = await server.listen(options.socket ? { socket: options.socket } : { host: options.host, port: options.port });
  } catch (error) {
    log(`dockyard serve: cannot listen: ${(error as Error).message}`);
    return 1;
  }
  if (!options.socket && !/^(127\.|localhost$|::1$)/.test(options.host)) {
    log(`dockyard serve: listening on ${options.host}: anyone who can reach this port can drive the simulated daemon`);
  }
  const web = address.startsWith('tcp://') ? address.replace('tcp://', 'http://') : undefined;
  process.stdout.write(
    [
      `Dockyard is serving the Docker Engine API on ${address} (seed ${options.seed}).`,
      '',
      'Point the real docker CLI at it:',
      `  export DOCKER_HOST=${address}`,
      '  export DOCKER_BUILDKIT=0   # the classic builder; BuildKit is not simulated',
      '  docker run --rm alpine echo hello',
      '',
      web && staticRoot ? `Web app in live mode: ${web}/` : web ? 'Web app: not built (run `npm run build` first).' : '',
      web ? `Engine events as Server-Sent Events: ${web}/_dockyard/events` : '',
      'Press Ctrl-C to stop.',
      '',
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n'),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  if (options.socket) await unlink(options.socket).catch(() => undefined);
  process.off('unhandledRejection', onStray);
  process.off('uncaughtException', onStray);
  return 0;
}
