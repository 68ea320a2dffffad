import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../../src/engine/daemon/daemon.ts';
import { build } from './helpers.ts';

describe('bad build input', () => {
  it('answers a parse error with HTTP 400 and the line number', async () => {
    const r = await build(new Daemon(), { Dockerfile: 'FROM alpine\nRUNN echo\n' });
    expect(r.status).toBe(400);
    expect(r.error?.message).toBe('dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)');
  });

  it('answers a missing Dockerfile, an empty one and an unknown target before streaming', async () => {
    expect((await build(new Daemon(), { 'a.txt': 'x' })).error?.message).toBe('Cannot locate specified Dockerfile: Dockerfile');
    expect((await build(new Daemon(), { Dockerfile: '' })).error?.message).toBe('the Dockerfile (Dockerfile) cannot be empty');
    expect((await build(new Daemon(), { Dockerfile: 'FROM alpine\n' }, { target: 'x' })).error?.message).toBe('target stage "x" could not be found');
  });

  it('fails COPY of a missing file in-band', async () => {
    const r = await build(new Daemon(), { Dockerfile: 'FROM alpine\nCOPY missing.txt /\n' }, { t: 'x' });
    expect(r.error?.message).toBe('COPY failed: file not found in build context or excluded by .dockerignore: stat missing.txt: file does not exist');
  });

  it('refuses COPY from outside the context', async () => {
    const r = await build(new Daemon(), { Dockerfile: 'FROM alpine\nCOPY ../x /\n' });
    expect(r.error?.message).toBe('COPY failed: forbidden path outside the build context: ../x ()');
  });

  it('treats an unknown --from as an image and reports the pull failure', async () => {
    const r = await build(new Daemon(), { Dockerfile: 'FROM alpine\nCOPY --from=nosuchstage /a /b\n' });
    expect(r.error?.message).toMatch(/^invalid from flag value nosuchstage: /);
  });

  it('refuses a --from that names the current or a later stage by index', async () => {
    const r = await build(new Daemon(), { Dockerfile: 'FROM alpine\nCOPY --from=0 /etc/hostname /x\n' });
    expect(r.error?.message).toMatch(/^invalid from flag value 0: /);
  });

  it('rejects BuildKit-only flags with Docker’s message', async () => {
    const r = await build(new Daemon(), { Dockerfile: 'FROM alpine\nRUN --mount=type=cache,target=/x true\n' });
    expect(r.error?.message).toBe('the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled');
  });

  it('explains that ADD of a URL needs a network the simulator does not have', async () => {
    const r = await build(new Daemon(), { Dockerfile: 'FROM alpine\nADD https://example.com/x.tgz /\n' });
    expect(r.error?.message).toMatch(/no network access/);
  });

  it('reports an expansion error of a self-referencing variable in-band', async () => {
    const r = await build(new Daemon(), { Dockerfile: 'FROM alpine\nENV A="${A:?must be set}"\n' });
    expect(r.error?.message).toMatch(/^failed to process .*: A: must be set$/);
  });

  it('fails npm install of an unknown package like npm and tags nothing', async () => {
    const daemon = new Daemon();
    const r = await build(daemon, { Dockerfile: 'FROM node:18\nWORKDIR /app\nCOPY package.json .\nRUN npm install\n', 'package.json': '{"dependencies":{"nopkg":"^1.0.0"}}' }, { t: 'npm-fail' });
    expect(r.text).toContain('npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/nopkg - Not found\n');
    expect(r.error).toEqual({ code: 1, message: "The command '/bin/sh -c npm install' returned a non-zero code: 1" });
    expect(() => daemon.images.resolve('npm-fail')).toThrow();
  });
});
