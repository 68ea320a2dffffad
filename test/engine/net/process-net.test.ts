import { describe, expect, it } from 'vitest';
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import { processNet } from '../../../src/engine/net/capability.ts';
import { makeResponse } from '../../../src/engine/net/http.ts';
import { startProcess } from '../../../src/engine/process/runtime.ts';
import { emptyInput } from '../../../src/engine/process/streams.ts';
import type { Program } from '../../../src/engine/process/types.ts';
import { createUserland } from '../../../src/engine/shell/userland.ts';
import { settle } from '../../../src/sim/settle.ts';
import { makeWorld } from './world.ts';

/** `serve PORT`: listens until killed; `serve PORT once`: listens, then exits at once. */
const serve: Program = async (ctx) => {
  ctx.net?.listen(Number(ctx.argv[1]), () => Promise.resolve(makeResponse(200, {}, 'ok\n')));
  if (ctx.argv[2] === 'once') return 0;
  return ctx.waitForever();
};

function start(w: ReturnType<typeof makeWorld>, argv: string[], ns: Parameters<typeof processNet>[1]) {
  const fs = new MemFs({ clock: w.clock });
  fs.mkdir('/bin');
  for (const name of ['serve', 'sh']) fs.writeFile(`/bin/${name}`, `\x7fELF dockyard:${name}\n`, { mode: 0o755 });
  const sink = { write: () => undefined };
  let pid = 1;
  return startProcess({
    argv, env: { PATH: '/bin' }, cwd: '/', fs, hostname: 'c', uid: 0, gid: 0, stdin: emptyInput, stdout: sink, stderr: sink,
    clock: w.clock, resolve: createUserland({ serve }), pids: { next: () => pid++ }, net: processNet(w.fabric, ns),
  });
}

describe('ProcessContext.net', () => {
  it('a listener lives as long as the process that opened it', async () => {
    const w = makeWorld();
    const web = w.container('web');
    const proc = start(w, ['serve', '80'], web.ns);
    await settle(w.clock, Promise.resolve());
    expect(w.fabric.listening(web.ns)).toEqual([80]);
    proc.kill('SIGKILL');
    expect(await proc.exited).toBe(137);
    expect(w.fabric.listening(web.ns)).toEqual([]);
  });

  it('children inherit the namespace: a server started by a shell listens in the same place', async () => {
    const w = makeWorld();
    const web = w.container('web');
    const proc = start(w, ['sh', '-c', 'serve 8000 & serve 9000 once; wait'], web.ns);
    await settle(w.clock, Promise.resolve());
    expect(w.fabric.listening(web.ns)).toEqual([8000]);
    proc.kill('SIGKILL');
  });
});
