/**
 * `chown [-R] [-h] OWNER[:GROUP] FILE…` (and `OWNER:` for the user's login group,
 * `:GROUP` for the group only): names from /etc/passwd and /etc/group, numbers as they
 * are. Only root may give files away, as Linux decides.
 */
import { join } from '../../fs/path.ts';
import type { Program, ProcessContext } from '../../process/types.ts';
import { readDb } from './format.ts';
import { abs, errorText, fail, parseArgs } from './support.ts';

function idFor(ctx: ProcessContext, file: 'passwd' | 'group', name: string): number | undefined {
  if (/^\d+$/.test(name)) return Number(name);
  const entry = readDb(ctx, file).find((fields) => fields[0] === name);
  return entry ? Number(entry[2]) : undefined;
}

/** The uid and gid an owner spec asks for (undefined: leave as is), or the unknown name. */
function parseOwner(ctx: ProcessContext, spec: string): { uid?: number; gid?: number } | string {
  const [user, group] = spec.split(/[:.]/);
  const owner: { uid?: number; gid?: number } = {};
  if (user !== '') {
    owner.uid = idFor(ctx, 'passwd', user);
    if (owner.uid === undefined) return user;
    if (group === '') owner.gid = Number(readDb(ctx, 'passwd').find((fields) => Number(fields[2]) === owner.uid)?.[3] ?? owner.uid);
  }
  if (group !== undefined && group !== '') {
    owner.gid = idFor(ctx, 'group', group);
    if (owner.gid === undefined) return group;
  }
  return owner;
}

export const chown: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'RhfvcHLP');
  const [spec, ...files] = args.operands;
  if (spec === undefined || files.length === 0) {
    fail(ctx, 'missing operand');
    return 1;
  }
  const owner = parseOwner(ctx, spec);
  if (typeof owner === 'string') {
    fail(ctx, `unknown user/group ${spec}`);
    return 1;
  }
  let status = 0;
  const change = (path: string, shown: string): void => {
    const stat = ctx.fs.lstat(path);
    const uid = owner.uid ?? stat.uid;
    const gid = owner.gid ?? stat.gid;
    if (ctx.uid !== 0 && (uid !== stat.uid || gid !== stat.gid)) {
      fail(ctx, `${shown}: Operation not permitted`);
      status = 1;
    } else ctx.fs.chown(path, uid, gid);
    if (args.flags.has('R') && stat.type === 'dir') for (const name of ctx.fs.readdir(path)) change(join(path, name), join(shown, name));
  };
  for (const file of files) {
    try {
      change(abs(ctx, file), file);
    } catch (error) {
      fail(ctx, `${file}: ${errorText(error)}`);
      status = 1;
    }
  }
  return status;
};
