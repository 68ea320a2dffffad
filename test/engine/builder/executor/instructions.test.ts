import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../../src/engine/daemon/daemon.ts';
import { build, historyOf } from './helpers.ts';

describe('classic builder instructions', () => {
  it('records metadata instructions as #(nop) history entries with empty_layer and sets the config', async () => {
    const daemon = new Daemon();
    const dockerfile = 'FROM alpine\nENV A=1 B=two\nLABEL team=web\nEXPOSE 80 53/udp\nUSER nobody\nVOLUME /data\nSTOPSIGNAL SIGINT\nENTRYPOINT ["/bin/sh"]\nCMD echo hi\n';
    const r = await build(daemon, { Dockerfile: dockerfile }, { t: 'meta' });
    expect(r.error).toBeUndefined();
    const history = historyOf(daemon, 'meta').slice(-8);
    expect(history.map((h) => h.created_by)).toEqual([
      '/bin/sh -c #(nop)  ENV A=1 B=two',
      '/bin/sh -c #(nop)  LABEL team=web',
      '/bin/sh -c #(nop)  EXPOSE 53/udp 80',
      '/bin/sh -c #(nop)  USER nobody',
      '/bin/sh -c #(nop)  VOLUME [/data]',
      '/bin/sh -c #(nop)  STOPSIGNAL SIGINT',
      '/bin/sh -c #(nop)  ENTRYPOINT ["/bin/sh"]',
      '/bin/sh -c #(nop)  CMD ["/bin/sh" "-c" "echo hi"]',
    ]);
    expect(history.every((h) => h.empty_layer)).toBe(true);
    const config = daemon.images.resolve('meta').config;
    expect(config.Env).toContain('A=1');
    expect(config.ExposedPorts).toEqual({ '80/tcp': {}, '53/udp': {} });
    expect(config.User).toBe('nobody');
    expect(config.Cmd).toEqual(['/bin/sh', '-c', 'echo hi']);
  });

  it('runs RUN in a container, commits its change as a layer and removes the container', async () => {
    const daemon = new Daemon();
    const r = await build(daemon, { Dockerfile: 'FROM alpine\nRUN echo hello > /greeting && echo done\nRUN true\n' }, { t: 'r' });
    expect(r.text).toMatch(/ ---> Running in [0-9a-f]{12}\ndone\n ---> Removed intermediate container [0-9a-f]{12}\n/);
    const history = historyOf(daemon, 'r').slice(-2);
    expect(history[0]).toMatchObject({ created_by: '/bin/sh -c echo hello > /greeting && echo done' });
    expect(history[0].empty_layer).toBeUndefined();
    expect(history[1].empty_layer).toBe(true);
    expect(daemon.containers.all()).toHaveLength(0);
  });

  it('stops at a failing RUN with its exit code and tags nothing', async () => {
    const daemon = new Daemon();
    const r = await build(daemon, { Dockerfile: 'FROM alpine\nRUN exit 3\n' }, { t: 'broken' });
    expect(r.error).toEqual({ code: 3, message: "The command '/bin/sh -c exit 3' returned a non-zero code: 3" });
    expect(() => daemon.images.resolve('broken')).toThrow(/No such image/);
  });

  it('creates the WORKDIR and stacks relative paths', async () => {
    const daemon = new Daemon();
    await build(daemon, { Dockerfile: 'FROM alpine\nWORKDIR /a\nWORKDIR b\nRUN pwd\n' }, { t: 'w' });
    expect(daemon.images.resolve('w').config.WorkingDir).toBe('/a/b');
    expect(historyOf(daemon, 'w').at(-3)?.created_by).toBe('/bin/sh -c #(nop) WORKDIR /a');
  });

  it('copies files with COPY file:<sha256> history and honours the trailing slash', async () => {
    const daemon = new Daemon();
    const r = await build(daemon, { Dockerfile: 'FROM alpine\nCOPY a.txt b.txt /dst/\nCOPY a.txt /renamed\nRUN cat /dst/b.txt /renamed\n', 'a.txt': 'A\n', 'b.txt': 'B\n' }, { t: 'c' });
    expect(r.text).toContain('B\nA\n');
    const history = historyOf(daemon, 'c');
    expect(history.at(-3)?.created_by).toMatch(/^\/bin\/sh -c #\(nop\) COPY multi:[0-9a-f]{64} in \/dst\/ $/);
    expect(history.at(-2)?.created_by).toMatch(/^\/bin\/sh -c #\(nop\) COPY file:[0-9a-f]{64} in \/renamed $/);
  });

  it('prefixes RUN with its visible build args and warns about unused ones', async () => {
    const daemon = new Daemon();
    const r = await build(daemon, { Dockerfile: 'FROM alpine\nARG FOO=bar\nRUN echo $FOO\n' }, { t: 'a', buildargs: JSON.stringify({ UNUSED: 'x' }) });
    expect(r.text).toContain('bar\n');
    expect(r.text).toContain('[Warning] One or more build-args [UNUSED] were not consumed\n');
    expect(historyOf(daemon, 'a').at(-1)?.created_by).toBe('|1 FOO=bar /bin/sh -c echo $FOO');
  });

  it('runs ONBUILD triggers of the base image right after FROM', async () => {
    const daemon = new Daemon();
    await build(daemon, { Dockerfile: 'FROM alpine\nONBUILD RUN echo triggered\n' }, { t: 'base' });
    const r = await build(daemon, { Dockerfile: 'FROM base\nRUN true\n' });
    expect(r.text).toContain('# Executing 1 build trigger\n');
    expect(r.text).toContain('triggered\n');
  });

  it('appends --label as a final LABEL step', async () => {
    const daemon = new Daemon();
    const r = await build(daemon, { Dockerfile: 'FROM alpine\n' }, { t: 'l', labels: JSON.stringify({ version: '1' }) });
    expect(r.text).toContain(`Step 2/2 : LABEL "version"='1' `);
    expect(daemon.images.resolve('l').config.Labels).toEqual({ version: '1' });
  });

  it('prints only the image ID with q=1', async () => {
    const daemon = new Daemon();
    const r = await build(daemon, { Dockerfile: 'FROM alpine\nENV A=1\n' }, { q: '1' });
    expect(r.text).toMatch(/^sha256:[0-9a-f]{64}\n$/);
  });
});
