/**
 * The multiplexed stdout/stderr framing of logs, attach and exec (Engine API §1.6):
 * an 8-byte header `[stream, 0, 0, 0, size as big-endian uint32]` before each payload.
 * A Tty container's stream is raw bytes instead, which the response's Content-Type says.
 */
import type { StreamFrame } from '../../../engine/api/types.ts';

export const multiplexedType = 'application/vnd.docker.multiplexed-stream';
export const rawStreamType = 'application/vnd.docker.raw-stream';

/** Encodes one frame with its 8-byte header. */
export function encodeFrame(frame: StreamFrame): Uint8Array {
  const out = new Uint8Array(8 + frame.data.length);
  out[0] = frame.stream;
  new DataView(out.buffer).setUint32(4, frame.data.length, false);
  out.set(frame.data, 8);
  return out;
}

/** The encoder for a response of this Content-Type: raw bytes, or framed. */
export function frameEncoder(contentType: string | undefined): (frame: StreamFrame) => Uint8Array {
  return contentType?.startsWith(rawStreamType) ? (frame) => frame.data : encodeFrame;
}
