/**
 * The architecture of DESIGN.md, checked on the source: dependencies point one way
 * (ui → diagrams → sim → engine) and the engine stays pure. Lint enforces the same
 * rules while editing; this test keeps them even if the lint config drifts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]);
}

const layerOf = (file: string) => relative(join(root, 'src'), file).split('/')[0];
const allowed: Record<string, string[]> = { engine: ['engine'], sim: ['sim', 'engine'], diagrams: ['diagrams', 'sim'], ui: ['ui', 'diagrams', 'sim', 'engine'] };

describe('architecture', () => {
  const files = sources(join(root, 'src'));

  it('dependencies between src folders point one way: ui → diagrams → sim → engine', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
        const target = layerOf(join(file, '..', spec));
        if (target in allowed && !allowed[from]?.includes(target)) violations.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the engine imports no DOM, UI library, Node module, real clock or randomness', () => {
    const violations: string[] = [];
    for (const file of files.filter((f) => layerOf(f) === 'engine')) {
      const text = readFileSync(file, 'utf8');
      for (const spec of imports(file)) {
        if (/^(svelte|d3|xstate|@xterm|@codemirror|codemirror|node:|fs$|path$|http$)/.test(spec)) violations.push(`${relative(root, file)} imports ${spec}`);
      }
      if (/\b(document|window|localStorage|indexedDB)\./.test(text)) violations.push(`${relative(root, file)} touches the DOM`);
      if (/Math\.random\(|Date\.now\(|new Date\(\)/.test(text)) violations.push(`${relative(root, file)} reads real time or randomness`);
    }
    expect(violations).toEqual([]);
  });
});
