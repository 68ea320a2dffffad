/**
 * Checks a Dockerfile with Dockyard's own parser, exactly as `docker build` will: parse
 * errors (with the line the EngineError names), the parser's warnings (empty continuation
 * lines), then — when it parses — the teacher's hints of `hints.ts`. The builder stays
 * the single authority on what a Dockerfile means; this only reports what it says.
 */
import { isEngineError } from '../../engine/errdefs.ts';
import { parseDockerfile } from '../../engine/builder/parser/parser.ts';
import { parseStages } from '../../engine/builder/instructions/stages.ts';
import { teacherHints } from './hints.ts';
import { problem, type DockerfileProblem } from './problems.ts';

function lineOf(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

function fromEngineError(error: { message: string; data?: Record<string, unknown> }, lineCount: number): DockerfileProblem {
  const start = Math.min(lineOf(error.data?.startLine, 1), lineCount);
  const end = Math.min(lineOf(error.data?.endLine, start), lineCount);
  return problem(start, 'error', error.message, 'parser', end);
}

/**
 * Everything to show inline for `text`, in line order.
 *
 * @example
 * lintDockerfile('FROM alpine:3.20\nRUNN echo hi\n')[0].message
 * // 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)'
 */
export function lintDockerfile(text: string): DockerfileProblem[] {
  const lineCount = Math.max(1, text.split('\n').length);
  const found: DockerfileProblem[] = [];
  try {
    const parsed = parseDockerfile(text);
    for (const w of parsed.warnings) {
      found.push(problem(Math.min(lineOf(w.line, 1), lineCount), 'warning', `${w.short}. ${w.detail}.`, 'parser'));
    }
    found.push(...teacherHints(parseStages(parsed.ast)));
  } catch (e) {
    if (!isEngineError(e)) throw e;
    found.push(fromEngineError(e, lineCount));
  }
  return found.sort((a, b) => a.line - b.line);
}
