/**
 * The bridge from `lint.ts` to `@codemirror/lint`: line ranges become document offsets,
 * and a Dockerfile gets a linter that runs Dockyard's parser as the learner types.
 * Only the Dockerfile is linted; other files of the build context are plain text to the
 * builder.
 */
import type { Text } from '@codemirror/state';
import { linter, type Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { lintDockerfile } from './lint.ts';
import type { DockerfileProblem } from './problems.ts';

/** CodeMirror diagnostics for `problems`, clamped to the document. */
export function toDiagnostics(problems: readonly DockerfileProblem[], doc: Text): Diagnostic[] {
  return problems.map((p) => {
    const first = doc.line(Math.min(Math.max(1, p.line), doc.lines));
    const last = doc.line(Math.min(Math.max(first.number, p.endLine), doc.lines));
    return {
      from: first.from,
      to: last.to,
      severity: p.severity,
      message: p.message,
      source: p.source === 'parser' ? 'Dockerfile parser' : 'Hint',
    };
  });
}

/** A linter extension running Dockyard's own Dockerfile checks. */
export function dockerfileLinter(): Extension {
  return linter((view) => toDiagnostics(lintDockerfile(view.state.doc.toString()), view.state.doc), { delay: 300 });
}
