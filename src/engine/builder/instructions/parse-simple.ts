/**
 * The single-purpose instructions: MAINTAINER, WORKDIR, USER, STOPSIGNAL (exactly
 * one argument), EXPOSE and VOLUME (one or more), and ONBUILD, which stores its
 * trigger's text for child images and refuses triggers that cannot work there.
 */
import { invalidParameter } from '../../errdefs.ts';
import type { CommandOf } from './commands.ts';
import { errAtLeastOneArgument, errExactlyOneArgument } from './errors.ts';
import { base, type ParseRequest } from './request.ts';

function exactlyOne(req: ParseRequest, cmd: string): string {
  if (req.args.length !== 1) throw errExactlyOneArgument(cmd);
  return req.args[0];
}

export function parseMaintainer(req: ParseRequest): CommandOf<'MAINTAINER'> {
  const maintainer = exactlyOne(req, 'MAINTAINER');
  req.flags.parse();
  return { kind: 'MAINTAINER', ...base(req), maintainer };
}

export function parseWorkdir(req: ParseRequest): CommandOf<'WORKDIR'> {
  const path = exactlyOne(req, 'WORKDIR');
  req.flags.parse();
  return { kind: 'WORKDIR', ...base(req), path };
}

export function parseUser(req: ParseRequest): CommandOf<'USER'> {
  const user = exactlyOne(req, 'USER');
  req.flags.parse();
  return { kind: 'USER', ...base(req), user };
}

export function parseStopSignal(req: ParseRequest): CommandOf<'STOPSIGNAL'> {
  const signal = exactlyOne(req, 'STOPSIGNAL');
  req.flags.parse();
  return { kind: 'STOPSIGNAL', ...base(req), signal };
}

export function parseExpose(req: ParseRequest): CommandOf<'EXPOSE'> {
  if (req.args.length === 0) throw errAtLeastOneArgument('EXPOSE');
  req.flags.parse();
  // BuildKit sorts the port specs (Go sort.Strings: by UTF-8 bytes, i.e. code units for ASCII).
  const ports = [...req.args].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { kind: 'EXPOSE', ...base(req), ports };
}

export function parseVolume(req: ParseRequest): CommandOf<'VOLUME'> {
  if (req.args.length === 0) throw errAtLeastOneArgument('VOLUME');
  req.flags.parse();
  const volumes = req.args.map((v) => {
    const trimmed = v.trim();
    if (trimmed === '') throw invalidParameter('VOLUME specified can not be an empty string');
    return trimmed;
  });
  return { kind: 'VOLUME', ...base(req), volumes };
}

export function parseOnbuild(req: ParseRequest): CommandOf<'ONBUILD'> {
  if (req.args.length === 0) throw errAtLeastOneArgument('ONBUILD');
  req.flags.parse();
  const trigger = req.args[0].trim().toUpperCase();
  if (trigger === 'ONBUILD') throw invalidParameter('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed');
  if (trigger === 'MAINTAINER' || trigger === 'FROM') throw invalidParameter(`${trigger} isn't allowed as an ONBUILD trigger`);
  const expression = req.original.replace(/^\s*ONBUILD\s*/i, '');
  return { kind: 'ONBUILD', ...base(req), expression };
}
