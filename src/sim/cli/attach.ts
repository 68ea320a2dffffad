/**
 * Attaching to a container and waiting for it, shared by `docker run` and
 * `docker start -a`. The attach request is a hijacked connection (Connection: Upgrade)
 * whose response carries the output frames; stdin, when attached, is handed over as
 * the request body (an async iterable of byte chunks). The wait request must be sent —
 * and its headers received — before start; its body arrives when the container exits.
 */
import type { DockerClient } from './client.ts';
import type { ApiResponse, StreamFrame } from './daemon-api.ts';
import type { DockerIO } from './io.ts';

export interface AttachOptions {
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
}

export async function* stdinChunks(io: DockerIO): AsyncIterable<Uint8Array> {
  if (!io.stdin) return;
  for (;;) {
    const chunk = await io.stdin.read();
    if (chunk === null) return;
    yield chunk;
  }
}

export async function attach(c: DockerClient, io: DockerIO, id: string, o: AttachOptions): Promise<AsyncIterable<StreamFrame> | undefined> {
  const query: Record<string, string | undefined> = {
    stderr: o.stderr ? '1' : undefined,
    stdin: o.stdin ? '1' : undefined,
    stdout: o.stdout ? '1' : undefined,
    stream: '1',
  };
  const res = await c.call('POST', `/containers/${id}/attach`, {
    query,
    headers: { connection: 'Upgrade', upgrade: 'tcp', 'content-type': 'text/plain' },
    body: o.stdin ? stdinChunks(io) : undefined,
  });
  return res.frames;
}

export interface WaitResult {
  StatusCode: number;
  Error?: { Message?: string } | null;
}

/**
 * Sends the wait request; resolves once headers are in, with the later body as a
 * promise inside an object (a bare promise would be flattened by `await`, which would
 * wait for the exit before `start` is ever sent).
 */
export async function waitExit(c: DockerClient, id: string, condition: 'next-exit' | 'removed' | 'not-running'): Promise<{ result: Promise<WaitResult> }> {
  const res: ApiResponse = await c.call('POST', `/containers/${id}/wait`, { query: { condition } });
  const later = res.later ?? Promise.resolve(res.body);
  return { result: later.then((body) => (body ?? { StatusCode: 0 }) as WaitResult) };
}

/** The exit status docker reports for a wait result (125 if the wait itself failed). */
export function exitStatus(result: WaitResult, io: DockerIO): number {
  if (result.Error?.Message) {
    io.stderr.write(`Error waiting for container: ${result.Error.Message}\n`);
    return 125;
  }
  return result.StatusCode;
}
