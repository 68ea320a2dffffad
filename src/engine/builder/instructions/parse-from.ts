/**
 * FROM: the start of a build stage, `FROM [--platform=p] image [AS name]`. Stage
 * names are lowercased and must match `^[a-z][a-z0-9-_.]*$`; `AS` is case-insensitive.
 */
import { invalidParameter } from '../../errdefs.ts';
import { goQuote } from '../parser/go-quote.ts';
import type { Stage } from './commands.ts';
import { base, type ParseRequest } from './request.ts';

const validStageName = /^[a-z][a-z0-9-_.]*$/;

function parseBuildStageName(args: string[]): { name: string; origName: string } {
  if (args.length === 3 && args[1].toLowerCase() === 'as') {
    const name = args[2].toLowerCase();
    if (!validStageName.test(name)) {
      throw invalidParameter(`invalid name for build stage: ${goQuote(args[2])}, name can't start with a number or contain symbols`);
    }
    return { name, origName: args[2] };
  }
  if (args.length !== 1) throw invalidParameter('FROM requires either one or three arguments');
  return { name: '', origName: '' };
}

export function parseFrom(req: ParseRequest): Stage {
  const { name, origName } = parseBuildStageName(req.args);
  const platform = req.flags.addString('platform', '');
  req.flags.parse();
  return { kind: 'FROM', ...base(req), baseName: req.args[0], name, origName, platform: platform.value, commands: [] };
}
