/**
 * The editor's word for "something to show inline in a Dockerfile": a line range, a
 * severity and a message, with no CodeMirror types, so the checks stay plain functions
 * that tests call without a DOM. `codemirror-lint.ts` turns these into CodeMirror
 * diagnostics.
 */

export type ProblemSeverity = 'error' | 'warning' | 'info';

export interface DockerfileProblem {
  /** 1-based first line. */
  line: number;
  /** 1-based last line (equal to `line` for one line). */
  endLine: number;
  severity: ProblemSeverity;
  message: string;
  /** `parser`: Dockyard's own Dockerfile parser said so; `hint`: advice a teacher would give. */
  source: 'parser' | 'hint';
}

export function problem(line: number, severity: ProblemSeverity, message: string, source: DockerfileProblem['source'], endLine = line): DockerfileProblem {
  return { line, endLine: Math.max(line, endLine), severity, message, source };
}
