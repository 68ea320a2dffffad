/**
 * Which highlighting a file of the build context gets, by name: Dockerfiles, JavaScript
 * and JSON through CodeMirror's legacy stream modes, shell scripts too; anything else is
 * plain text. `languageOf` is plain logic; `languageExtension` builds the CodeMirror part.
 */
import { StreamLanguage } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile';
import { javascript, json } from '@codemirror/legacy-modes/mode/javascript';
import { shell } from '@codemirror/legacy-modes/mode/shell';

export type FileLanguage = 'dockerfile' | 'javascript' | 'json' | 'shell' | 'text';

/**
 * @example languageOf('/home/learner/Dockerfile') === 'dockerfile'
 * @example languageOf('app.dockerfile') === 'dockerfile'
 */
export function languageOf(path: string): FileLanguage {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  if (lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile') || lower === 'containerfile') return 'dockerfile';
  if (/\.(?:m|c)?(?:j|t)sx?$/.test(lower)) return 'javascript';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.sh') || lower === '.bashrc' || lower === '.profile') return 'shell';
  return 'text';
}

/** A human name for the status line and screen readers. */
export const languageNames: Record<FileLanguage, string> = {
  dockerfile: 'Dockerfile',
  javascript: 'JavaScript',
  json: 'JSON',
  shell: 'Shell',
  text: 'Plain text',
};

export function languageExtension(language: FileLanguage): Extension {
  switch (language) {
    case 'dockerfile':
      return StreamLanguage.define(dockerFile);
    case 'javascript':
      return StreamLanguage.define(javascript);
    case 'json':
      return StreamLanguage.define(json);
    case 'shell':
      return StreamLanguage.define(shell);
    case 'text':
      return [];
  }
}
