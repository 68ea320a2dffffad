/**
 * A BuildKit solve failure: the message BuildKit's client prints after
 * `ERROR: failed to solve: `, and the Dockerfile lines it points at (errdefs.Source),
 * which the client prints as an excerpt above the error.
 */
import { isEngineError } from '../../errdefs.ts';

export interface LineRange {
  start: number;
  end: number;
}

export class SolveError extends Error {
  constructor(
    message: string,
    readonly lines?: LineRange,
  ) {
    super(message);
    this.name = 'SolveError';
  }
}

/** Any error as a SolveError located at `lines` (keeps an existing location). */
export function atLines(error: unknown, lines: LineRange | undefined): SolveError {
  if (error instanceof SolveError) return error.lines ? error : new SolveError(error.message, lines);
  if (isEngineError(error) || error instanceof Error) return new SolveError(error.message, lines);
  return new SolveError(String(error), lines);
}

