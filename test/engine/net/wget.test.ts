import { describe, expect, it } from 'vitest';
import { makeResponse } from '../../../src/engine/net/http.ts';
import { makeWorld } from './world.ts';

function twoContainers(network: string) {
  const w = makeWorld();
  if (network !== 'bridge') w.store.create({ Name: network });
  const web = w.container('web', network);
  const client = w.container('client', network);
  w.fabric.listen(web.ns, 80, (req) =>
    Promise.resolve(req.path === '/' ? makeResponse(200, {}, '<h1>hi</h1>\n') : makeResponse(404, {}, 'no')),
  );
  return { ...w, web, client };
}

describe('wget (BusyBox)', () => {
  it('-qO- prints the body of a container reached by name on a user-defined network', async () => {
    const w = twoContainers('todo');
    expect(await w.run(['wget', '-qO-', 'http://web'], w.client.ns)).toEqual({ status: 0, stdout: '<h1>hi</h1>\n', stderr: '' });
  });

  it('says "bad address" on the default bridge, where names do not resolve', async () => {
    const w = twoContainers('bridge');
    expect(await w.run(['wget', '-qO-', 'http://web'], w.client.ns)).toEqual({ status: 1, stdout: '', stderr: "wget: bad address 'web'\n" });
  });

  it('saves index.html with BusyBox progress lines, and will not overwrite it', async () => {
    const w = twoContainers('bridge');
    const run = await w.run(['wget', `http://${w.web.ip}/`], w.client.ns, w.client.fs);
    expect(run.stderr).toBe(
      [
        'Connecting to 172.17.0.2 (172.17.0.2:80)',
        "saving to 'index.html'",
        'index.html           100% |********************************|    12  0:00:00 ETA',
        "'index.html' saved",
        '',
      ].join('\n'),
    );
    expect(w.client.fs.readText('/index.html')).toBe('<h1>hi</h1>\n');
    expect(await w.run(['wget', `http://${w.web.ip}/`], w.client.ns, w.client.fs)).toMatchObject({ status: 1, stderr: expect.stringContaining("wget: can't open 'index.html': File exists\n") });
  });

  it('reports a refused connection with the address and an HTTP error with its status line', async () => {
    const w = twoContainers('bridge');
    expect((await w.run(['wget', '-q', `http://${w.web.ip}:81/`], w.client.ns)).stderr).toBe("wget: can't connect to remote host (172.17.0.2): Connection refused\n");
    expect(await w.run(['wget', '-qO-', `http://${w.web.ip}/missing`], w.client.ns)).toMatchObject({ status: 1, stderr: 'wget: server returned error: HTTP/1.1 404 Not Found\n' });
  });
});
