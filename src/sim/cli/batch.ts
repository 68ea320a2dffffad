/**
 * The pattern of docker's multi-container commands (stop, kill, rm, pause, …): one
 * request per argument in order, each success echoed as typed on stdout, failures
 * collected and printed together at the end with exit status 1.
 */
import { CliError } from './errors.ts';
import type { DockerIO } from './io.ts';

export async function forEachName(
  io: DockerIO,
  names: string[],
  action: (name: string) => Promise<void>,
  ignore: (err: CliError) => boolean = () => false,
): Promise<number> {
  const errors: string[] = [];
  for (const name of names) {
    try {
      await action(name);
      io.stdout.write(name + '\n');
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      if (ignore(err)) io.stderr.write(err.message + '\n');
      else errors.push(err.message);
    }
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'));
  return 0;
}
