/**
 * The file descriptors a command runs with: 0, 1, 2 and any others a redirection
 * opened (`exec 3>log`). Immutable: a redirection gives a new Io, so `2>&1 >file`
 * copies fd 1 before fd 1 changes, exactly the order the shell applies them.
 */
import { emptyInput, nullOutput } from '../process/streams.ts';
import type { InputStream, OutputStream } from '../process/types.ts';

export type Stream = InputStream | OutputStream;

export class Io {
  constructor(private readonly fds: ReadonlyMap<number, Stream>) {}

  static of(stdin: InputStream, stdout: OutputStream, stderr: OutputStream): Io {
    return new Io(
      new Map<number, Stream>([
        [0, stdin],
        [1, stdout],
        [2, stderr],
      ]),
    );
  }

  get(fd: number): Stream | undefined {
    return this.fds.get(fd);
  }

  with(fd: number, stream: Stream | undefined): Io {
    const fds = new Map(this.fds);
    if (stream) fds.set(fd, stream);
    else fds.delete(fd);
    return new Io(fds);
  }

  input(fd: number): InputStream {
    const stream = this.fds.get(fd);
    return stream && 'read' in stream ? stream : emptyInput;
  }

  output(fd: number): OutputStream {
    const stream = this.fds.get(fd);
    return stream && 'write' in stream ? stream : nullOutput;
  }

  get stdin(): InputStream {
    return this.input(0);
  }

  get stdout(): OutputStream {
    return this.output(1);
  }

  get stderr(): OutputStream {
    return this.output(2);
  }
}
