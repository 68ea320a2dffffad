/**
 * `gosu USER[:GROUP] COMMAND...` (and alpine's `su-exec`): what entrypoints use to drop
 * root before exec'ing a server. It looks the user up in /etc/passwd (and the group in
 * /etc/group), sets HOME, and replaces itself with the command as that user (same pid,
 * so `docker stop` signals reach the server; `id -u` inside prints the new uid). Only
 * root may switch to another user, as setuid(2) decides.
 */
import type { Program, ProcessContext } from '../process/types.ts';
import { readTextOrUndefined } from './files.ts';

const usage = `Usage: gosu user-spec command [args]
   eg: gosu tianon bash
       gosu nobody:root bash -c 'whoami && id'
       gosu 1000:1 id

gosu version: 1.17 (go1.18.2 on linux/amd64; gc)
license: Apache-2.0 (full text at https://github.com/tianon/gosu)
`;

function records(ctx: ProcessContext, file: string): string[][] {
  return (readTextOrUndefined(ctx.fs, file) ?? '').split('\n').map((line) => line.split(':'));
}

/** The uid, gid and home `spec` names, or an error in gosu's words. */
export function lookupUser(ctx: ProcessContext, spec: string): { uid: number; gid: number; home: string } | string {
  const [user, group] = spec.split(':');
  const entry = records(ctx, '/etc/passwd').find((fields) => fields.length >= 7 && (fields[0] === user || fields[2] === user));
  if (entry === undefined && !/^\d+$/.test(user)) return `unable to find user ${user}: no matching entries in passwd file`;
  let gid = entry ? Number(entry[3]) : Number(user);
  if (group !== undefined && group !== '') {
    const groupEntry = records(ctx, '/etc/group').find((fields) => fields.length >= 3 && (fields[0] === group || fields[2] === group));
    if (groupEntry === undefined && !/^\d+$/.test(group)) return `unable to find group ${group}: no matching entries in group file`;
    gid = groupEntry ? Number(groupEntry[2]) : Number(group);
  }
  return { uid: entry ? Number(entry[2]) : Number(user), gid, home: entry ? entry[5] : '/' };
}

export const gosu: Program = async (ctx) => {
  const [, spec, ...command] = ctx.argv;
  if (spec === '--version') {
    ctx.stdout.write('1.17 (go1.18.2 on linux/amd64; gc)\n');
    return 0;
  }
  if (spec === undefined || command.length === 0 || spec === '--help' || spec === '-h') {
    ctx.stderr.write(usage);
    return spec === '--help' || spec === '-h' ? 0 : 1;
  }
  const user = lookupUser(ctx, spec);
  if (typeof user === 'string') {
    ctx.stderr.write(`error: failed switching to "${spec}": ${user}\n`);
    return 1;
  }
  if (ctx.uid !== 0 && user.uid !== ctx.uid) {
    ctx.stderr.write(`error: failed switching to "${spec}": operation not permitted\n`);
    return 1;
  }
  const options = { env: { ...ctx.env, HOME: user.home }, uid: user.uid, gid: user.gid };
  if (ctx.exec) return ctx.exec(command, options);
  return ctx.spawn(command, options);
};

/** `su-exec user[:group] command…`: alpine's gosu, silent on success, its own error words. */
export const suExec: Program = async (ctx) => {
  const [, spec, ...command] = ctx.argv;
  if (spec === undefined || command.length === 0) {
    ctx.stderr.write('Usage: su-exec user-spec command [args]\n');
    return 1;
  }
  const user = lookupUser(ctx, spec);
  if (typeof user === 'string') {
    ctx.stderr.write(`su-exec: getpwnam(${spec.split(':')[0]}): No such file or directory\n`);
    return 1;
  }
  const options = { env: { ...ctx.env, HOME: user.home }, uid: user.uid, gid: user.gid };
  return ctx.exec ? ctx.exec(command, options) : ctx.spawn(command, options);
};
