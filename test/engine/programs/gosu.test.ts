import { describe, expect, it } from 'vitest';
import { gosu } from '../../../src/engine/programs/gosu.ts';
import type { Program } from '../../../src/engine/process/types.ts';
import { redisLatest } from '../../../src/engine/registry/hub/redis.ts';
import { imageFs } from '../hub/image-tree.ts';
import { runProgram } from './fake-context.ts';

describe('gosu', () => {
  it('execs the command in place (same pid) with the user HOME', async () => {
    let seen: { pid: number; argv: string[]; home: string | undefined } | undefined;
    const probe: Program = (ctx) => {
      seen = { pid: ctx.pid, argv: ctx.argv, home: ctx.env.HOME };
      return Promise.resolve(0);
    };
    const run = runProgram(gosu, { argv: ['gosu', 'redis', 'probe', '--flag'], fs: imageFs(redisLatest), pid: 1, programs: { probe } });
    expect(await run.exited).toBe(0);
    expect(seen).toEqual({ pid: 1, argv: ['probe', '--flag'], home: '/home/redis' });
  });

  it('refuses a user that is not in /etc/passwd', async () => {
    const run = runProgram(gosu, { argv: ['gosu', 'nosuchuser', 'true'], fs: imageFs(redisLatest) });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('error: failed switching to "nosuchuser": unable to find user nosuchuser: no matching entries in passwd file\n');
  });
});
