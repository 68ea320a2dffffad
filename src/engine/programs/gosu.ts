/**
 * `gosu USER COMMAND...`: what entrypoints use to drop root before exec'ing a server.
 * It looks the user up in /etc/passwd, sets HOME, and replaces itself with the command
 * (same pid, so `docker stop` signals reach the server). Honest limit: processes here
 * cannot change uid (SpawnOptions has none), so the command keeps gosu's uid.
 */
import type { Program } from '../process/types.ts';
import { readTextOrUndefined } from './files.ts';

const usage = `Usage: gosu user-spec command [args]
   eg: gosu tianon bash
       gosu nobody:root bash -c 'whoami && id'
       gosu 1000:1 id

gosu version: 1.17 (go1.18.2 on linux/amd64; gc)
license: Apache-2.0 (full text at https://github.com/tianon/gosu)
`;

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
  const user = spec.split(':')[0];
  const passwd = readTextOrUndefined(ctx.fs, '/etc/passwd') ?? '';
  const entry = passwd.split('\n').map((line) => line.split(':')).find((fields) => fields.length >= 7 && (fields[0] === user || fields[2] === user));
  if (entry === undefined && !/^\d+$/.test(user)) {
    ctx.stderr.write(`error: failed switching to "${spec}": unable to find user ${user}: no matching entries in passwd file\n`);
    return 1;
  }
  const env = { ...ctx.env, HOME: entry ? entry[5] : '/' };
  if (ctx.exec) return ctx.exec(command, { env });
  return ctx.spawn(command, { env });
};
