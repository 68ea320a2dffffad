/**
 * Line-at-a-time reading from an input stream that others keep reading afterwards:
 * `while read line; do …; done` takes one line per iteration and a command inside the
 * loop may read the rest. Real `read` reads byte by byte from the fd; here a buffered
 * wrapper is shared per stream (WeakMap), and `sharedInput` hands that same wrapper to
 * anyone else who reads the stream, so no buffered byte is lost.
 */
import type { InputStream } from './types.ts';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class BufferedInput implements InputStream {
  private buffer = '';
  private ended = false;

  constructor(private readonly source: InputStream) {}

  async read(): Promise<Uint8Array | null> {
    if (this.buffer.length > 0) {
      const out = encoder.encode(this.buffer);
      this.buffer = '';
      return out;
    }
    if (this.ended) return null;
    const chunk = await this.source.read();
    if (chunk === null) this.ended = true;
    return chunk;
  }

  /** The next line without its newline, or null at end of input. A last line without newline counts. */
  async readLine(): Promise<string | null> {
    for (;;) {
      const nl = this.buffer.indexOf('\n');
      if (nl >= 0) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        return line;
      }
      if (this.ended) {
        if (this.buffer.length === 0) return null;
        const line = this.buffer;
        this.buffer = '';
        return line;
      }
      const chunk = await this.source.read();
      if (chunk === null) this.ended = true;
      else this.buffer += decoder.decode(chunk);
    }
  }
}

const wrappers = new WeakMap<InputStream, BufferedInput>();

/** The buffered reader for a stream, created on first use. */
export function lineReader(input: InputStream): BufferedInput {
  if (input instanceof BufferedInput) return input;
  let wrapper = wrappers.get(input);
  if (!wrapper) {
    wrapper = new BufferedInput(input);
    wrappers.set(input, wrapper);
  }
  return wrapper;
}

/** The stream to hand to another reader: the buffered wrapper if lines were read from it. */
export function sharedInput(input: InputStream): InputStream {
  return wrappers.get(input) ?? input;
}

/** Every line of a stream, each without its newline. */
export async function readLines(input: InputStream): Promise<string[]> {
  const reader = lineReader(input);
  const lines: string[] = [];
  for (let line = await reader.readLine(); line !== null; line = await reader.readLine()) lines.push(line);
  return lines;
}
