/**
 * Errors that end a docker command. Like the real CLI, the message is printed once to
 * stderr by the entry point and the process exits with the carried status: 1 by
 * default, 125 for flag errors and docker's own failures in run/create, or the
 * container's exit code (cli.StatusError).
 */

export class CliError extends Error {
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message);
  }
}

/** A daemon answered with an error status; `message` is already `Error response from daemon: …`. */
export class DaemonError extends CliError {
  constructor(
    readonly httpStatus: number,
    readonly daemonMessage: string,
    text: string,
  ) {
    super(text, 1);
  }
}

export function isNotFound(err: unknown): boolean {
  return err instanceof DaemonError && err.httpStatus === 404;
}

/**
 * `docker run`/`docker create` failures: `docker: <err>` + blank line + the help hint,
 * exit 125 unless the error already carries another status.
 */
export function runFailure(err: unknown, path: string, status = 125): CliError {
  const message = err instanceof Error ? err.message : String(err);
  return new CliError(`docker: ${message}\n\nRun '${path} --help' for more information`, status);
}
