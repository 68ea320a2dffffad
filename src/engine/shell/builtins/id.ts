/**
 * `id [-u|-g|-n]`: `uid=0(root) gid=0(root) groups=0(root),1(bin),…` with names and
 * supplementary groups from /etc/passwd and /etc/group when present.
 */
import type { Program } from '../../process/types.ts';
import { readDb } from './format.ts';

export const id: Program = async (ctx) => {
  const args = ctx.argv.slice(1).join('');
  const passwd = readDb(ctx, 'passwd');
  const groups = readDb(ctx, 'group');
  const user = passwd.find((e) => Number(e[2]) === ctx.uid)?.[0] ?? (ctx.uid === 0 && passwd.length === 0 ? 'root' : undefined);
  const groupName = (gid: number) => groups.find((g) => Number(g[2]) === gid)?.[0] ?? (gid === 0 && groups.length === 0 ? 'root' : undefined);
  const named = (n: number, name: string | undefined) => (name === undefined ? String(n) : `${n}(${name})`);
  if (args.includes('u')) {
    ctx.stdout.write((args.includes('n') ? (user ?? String(ctx.uid)) : String(ctx.uid)) + '\n');
    return 0;
  }
  if (args.includes('g')) {
    ctx.stdout.write((args.includes('n') ? (groupName(ctx.gid) ?? String(ctx.gid)) : String(ctx.gid)) + '\n');
    return 0;
  }
  const memberOf = groups.filter((g) => Number(g[2]) !== ctx.gid && user !== undefined && (g[3] ?? '').split(',').includes(user)).map((g) => Number(g[2]));
  const all = [ctx.gid, ...memberOf].map((g) => named(g, groupName(g)));
  ctx.stdout.write(`uid=${named(ctx.uid, user)} gid=${named(ctx.gid, groupName(ctx.gid))} groups=${all.join(',')}\n`);
  return 0;
};
