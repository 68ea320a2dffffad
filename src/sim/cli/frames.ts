/**
 * Copies a container's output stream to the CLI's stdout and stderr: frames of the
 * multiplexed stream go to the matching writer byte for byte; with a TTY container the
 * daemon sends one raw stream, all of which is stdout (the CLI decides by the
 * container's Tty flag, not by what the daemon sends).
 */
import type { StreamFrame } from './daemon-api.ts';
import type { DockerIO } from './io.ts';

export async function copyFrames(frames: AsyncIterable<StreamFrame> | undefined, io: DockerIO, tty = false): Promise<void> {
  if (!frames) return;
  const decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
  for await (const frame of frames) {
    const stream = tty ? 1 : frame.stream;
    const text = decoders[stream].decode(frame.data, { stream: true });
    if (text) (stream === 2 ? io.stderr : io.stdout).write(text);
  }
  for (const stream of [1, 2] as const) {
    const rest = decoders[stream].decode();
    if (rest) (stream === 2 ? io.stderr : io.stdout).write(rest);
  }
}
