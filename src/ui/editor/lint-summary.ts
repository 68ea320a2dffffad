/**
 * One sentence about a Dockerfile's problems for the status line, so a learner (and a
 * screen reader) knows there is something to look at and how to list it.
 */
import type { DockerfileProblem } from './problems.ts';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * @example lintSummary([]) === 'No problems found by the Dockerfile parser.'
 */
export function lintSummary(problems: readonly DockerfileProblem[]): string {
  if (problems.length === 0) return 'No problems found by the Dockerfile parser.';
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const hints = problems.length - errors - warnings;
  const parts = [errors > 0 ? count(errors, 'error', 'errors') : '', warnings > 0 ? count(warnings, 'warning', 'warnings') : '', hints > 0 ? count(hints, 'hint', 'hints') : ''];
  const first = problems[0];
  return `${parts.filter((p) => p !== '').join(', ')}. Line ${first.line}: ${first.message}`;
}
