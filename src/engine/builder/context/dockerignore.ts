/**
 * `.dockerignore` as the docker CLI reads it and moby/patternmatcher matches it: one
 * pattern per line, `#` comments at column 0, `!` exceptions, patterns cleaned and made
 * relative, Go filepath.Match globs plus `**` for any number of path segments. A path
 * is excluded when it or one of its parent directories matches, the last matching
 * pattern winning. Used on both sides: the host when it tars the context, the builder
 * when it decides whether the Dockerfile and .dockerignore stay visible to COPY.
 */
import { invalidParameter } from '../../errdefs.ts';
import { normalize } from '../../fs/path.ts';

export interface IgnorePattern {
  /** The cleaned pattern text (no leading `!` or `/`). */
  text: string;
  exclusion: boolean;
  regex: RegExp;
}

/** Parse the file's text (BOM stripped, comments and blanks dropped). */
export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (raw.startsWith('#')) continue;
    let line = raw.trim();
    if (line === '') continue;
    let exclusion = false;
    if (line.startsWith('!')) {
      line = line.slice(1).trim();
      if (line === '') throw invalidParameter('illegal exclusion pattern: "!"');
      exclusion = true;
    }
    let cleaned = normalize(`/${line}`).slice(1);
    if (cleaned === '') cleaned = '.';
    out.push({ text: cleaned, exclusion, regex: compile(cleaned) });
  }
  return out;
}

/** patternmatcher's compile: the glob as an anchored regular expression. */
function compile(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '\\' && i + 1 < pattern.length) re += '\\' + pattern[++i];
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += '[' + pattern.slice(i + 1, end).replace(/^\^/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else if ('.+()|{}$^'.includes(ch)) re += '\\' + ch;
    else re += ch;
  }
  try {
    return new RegExp(re + '$');
  } catch {
    throw invalidParameter(`syntax error in pattern: ${pattern}`);
  }
}

/**
 * Whether `path` (relative to the context, `/`-separated) is excluded.
 * @example isExcluded('docs/README.md', parseDockerignore('docs\n!docs/README.md')) // false
 */
export function isExcluded(path: string, patterns: readonly IgnorePattern[]): boolean {
  const parts = path.split('/');
  let matched = false;
  for (const p of patterns) {
    let match = p.regex.test(path);
    for (let i = 1; !match && i < parts.length; i++) match = p.regex.test(parts.slice(0, i).join('/'));
    if (match) matched = !p.exclusion;
  }
  return matched;
}

/** True when some exception pattern could re-include something under `dir` (so it must be walked). */
export function mayReinclude(dir: string, patterns: readonly IgnorePattern[]): boolean {
  return patterns.some((p) => p.exclusion && (p.text.startsWith(`${dir}/`) || p.text.includes('*') || p.text.includes('?')));
}
