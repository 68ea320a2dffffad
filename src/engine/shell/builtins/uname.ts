/**
 * `uname [-asnrvm]`: Linux as Docker Desktop's VM reports it (the linuxkit kernel), since
 * a container shares the kernel of the host that runs the daemon.
 */
import type { Program } from '../../process/types.ts';

export const kernel = { sysname: 'Linux', release: '6.10.14-linuxkit', version: '#1 SMP PREEMPT_DYNAMIC Thu Oct 24 19:28:55 UTC 2024', machine: 'x86_64' };

export const uname: Program = async (ctx) => {
  const flags = ctx.argv.slice(1).join('').replace(/-/g, '');
  const all = flags.includes('a');
  const parts: string[] = [];
  if (all || flags.includes('s') || flags === '') parts.push(kernel.sysname);
  if (all || flags.includes('n')) parts.push(ctx.hostname);
  if (all || flags.includes('r')) parts.push(kernel.release);
  if (all || flags.includes('v')) parts.push(kernel.version);
  if (all || flags.includes('m')) parts.push(kernel.machine);
  if (all) parts.push('GNU/Linux');
  ctx.stdout.write(parts.join(' ') + '\n');
  return 0;
};
