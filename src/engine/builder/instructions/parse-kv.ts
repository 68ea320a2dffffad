/**
 * ENV, LABEL and ARG: name/value instructions. The parser already split ENV and
 * LABEL into key, value, separator triples (separator '' for the legacy
 * `ENV key value` form); ARG words are `name` or `name=default`.
 */
import type { CommandOf, KeyValuePair, KeyValuePairOptional } from './commands.ts';
import { errAtLeastOneArgument, errBlankCommandNames, errTooManyArguments } from './errors.ts';
import { base, type ParseRequest } from './request.ts';

function parseKvps(args: string[], cmd: string): KeyValuePair[] {
  if (args.length === 0) throw errAtLeastOneArgument(cmd);
  if (args.length % 3 !== 0) throw errTooManyArguments(cmd); // cannot happen with the parser's triples
  const out: KeyValuePair[] = [];
  for (let j = 0; j < args.length; j += 3) {
    if (args[j].length === 0) throw errBlankCommandNames(cmd);
    out.push({ key: args[j], value: args[j + 1], noDelim: args[j + 2] === '' });
  }
  return out;
}

export function parseEnv(req: ParseRequest): CommandOf<'ENV'> {
  req.flags.parse();
  return { kind: 'ENV', ...base(req), env: parseKvps(req.args, 'ENV') };
}

export function parseLabel(req: ParseRequest): CommandOf<'LABEL'> {
  req.flags.parse();
  return { kind: 'LABEL', ...base(req), labels: parseKvps(req.args, 'LABEL') };
}

export function parseArg(req: ParseRequest): CommandOf<'ARG'> {
  if (req.args.length < 1) throw errAtLeastOneArgument('ARG');
  const args: KeyValuePairOptional[] = req.args.map((arg) => {
    const eq = arg.indexOf('=');
    if (eq < 0) return { key: arg };
    if (eq === 0) throw errBlankCommandNames('ARG');
    return { key: arg.slice(0, eq), value: arg.slice(eq + 1) };
  });
  req.flags.parse();
  return { kind: 'ARG', ...base(req), args };
}
