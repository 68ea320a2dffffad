/** busybox `ps`: `PID   USER     TIME  COMMAND` for the processes of this container. */
import type { Program } from '../../process/types.ts';
import { nameFor } from './format.ts';

export const ps: Program = async (ctx) => {
  const processes = ctx.processes?.() ?? [{ pid: ctx.pid, ppid: 0, uid: ctx.uid, argv: ctx.argv, startedAt: ctx.clock.now() }];
  ctx.stdout.write('PID   USER     TIME  COMMAND\n');
  for (const p of processes) {
    ctx.stdout.write(`${String(p.pid).padStart(5)} ${nameFor(ctx, 'passwd', p.uid).padEnd(8)}  0:00 ${p.argv.join(' ')}\n`);
  }
  return 0;
};
