import { describe, expect, it } from 'vitest';
import { Text } from '@codemirror/state';
import { lintDockerfile } from '../../src/ui/editor/lint.ts';
import { toDiagnostics } from '../../src/ui/editor/codemirror-lint.ts';

const messages = (text: string) => lintDockerfile(text).map((p) => `${p.line} ${p.severity} ${p.source}: ${p.message}`);

describe('lintDockerfile', () => {
  it('reports an unknown instruction on its line with the builder’s message', () => {
    const [p] = lintDockerfile('FROM alpine:3.20\nRUN echo hi\nRUNN echo hi\nCMD ["sh"]\n');
    expect(p).toMatchObject({ line: 3, endLine: 3, severity: 'error', source: 'parser' });
    expect(p.message).toBe('dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)');
  });

  it('reports an instruction before FROM as the builder does', () => {
    const problems = lintDockerfile('RUN echo hi\nFROM alpine:3.20\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, severity: 'error', message: 'no build stage in current context' });
  });

  it('reports an empty Dockerfile on line 1', () => {
    expect(lintDockerfile('')).toMatchObject([{ line: 1, severity: 'error', message: 'the Dockerfile (Dockerfile) cannot be empty' }]);
  });

  it('reports a file of only comments on a line that exists', () => {
    const [p] = lintDockerfile('# nothing\n# here\n');
    expect(p.severity).toBe('error');
    expect(p.message).toContain('file with no instructions');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(3);
  });

  it('warns about empty continuation lines as the parser does', () => {
    const problems = lintDockerfile('FROM alpine:3.20\nRUN echo a \\\n\n  && echo b\nCMD ["sh"]\n');
    const warning = problems.find((p) => p.severity === 'warning' && p.source === 'parser');
    expect(warning?.message).toMatch(/^Empty continuation line found in: RUN echo a/);
    expect(warning?.message).toContain('Empty continuation lines will become errors in a future release.');
  });

  it('gives the sample app’s Dockerfile one hint: COPY . before npm install', () => {
    expect(messages('FROM node:18\nCOPY . /app\nWORKDIR /app\nRUN npm install\nCMD ["node", "index.js"]\n')).toEqual([
      '2 info hint: This copies the whole build context before `npm install` (line 4): editing any file invalidates the cache and the dependencies are installed again. Copy only the dependency list first (e.g. COPY package*.json ./), install, then copy the rest.',
    ]);
  });

  it('is quiet about the better ordering', () => {
    expect(lintDockerfile('FROM node:18\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "index.js"]\n')).toEqual([]);
  });

  it('hints at apt-get install without -y, only where it is missing', () => {
    const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install --no-install-recommends git\nRUN apt-get -qy install vim\nCMD ["bash"]\n';
    const hints = lintDockerfile(text).filter((p) => p.source === 'hint');
    expect(hints.map((p) => p.line)).toEqual([3]);
    expect(hints[0].message).toContain('add -y');
  });

  it('hints at latest and at an implicit latest in FROM, but not at stages, scratch or digests', () => {
    const text = 'FROM node:latest AS deps\nFROM alpine\nFROM deps\nFROM scratch\nFROM nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000\nFROM localhost:5000/app\nCMD ["x"]\n';
    const hints = lintDockerfile(text).filter((p) => p.source === 'hint');
    expect(hints.map((p) => `${p.line} ${p.severity}`)).toEqual(['1 warning', '2 info', '6 info']);
    expect(hints[2].message).toContain('localhost:5000/app:<version>');
  });

  it('hints that an image without CMD or ENTRYPOINT runs its base image’s command', () => {
    const [p] = lintDockerfile('FROM node:18 AS build\nCMD ["x"]\nFROM alpine:3.20\nRUN echo hi\n');
    expect(p).toMatchObject({ line: 3, severity: 'info', source: 'hint' });
    expect(p.message).toContain('No CMD or ENTRYPOINT');
  });
});

describe('toDiagnostics', () => {
  it('covers the whole line range of a problem', () => {
    const doc = Text.of(['FROM alpine:3.20', 'RUN echo a \\', '  && echo b', 'CMD ["sh"]']);
    const [d] = toDiagnostics([{ line: 2, endLine: 3, severity: 'warning', message: 'm', source: 'hint' }], doc);
    expect(doc.sliceString(d.from, d.to)).toBe('RUN echo a \\\n  && echo b');
    expect(d).toMatchObject({ severity: 'warning', message: 'm', source: 'Hint' });
  });

  it('clamps lines past the end of the document', () => {
    const doc = Text.of(['FROM alpine']);
    const [d] = toDiagnostics([{ line: 5, endLine: 9, severity: 'error', message: 'm', source: 'parser' }], doc);
    expect([d.from, d.to]).toEqual([0, 11]);
  });
});
