/**
 * RUN, CMD, ENTRYPOINT and SHELL: the instructions whose argument is a command line,
 * in exec form (JSON argv) or shell form (run through the stage's SHELL). RUN's
 * BuildKit-only flags (`--mount`, `--network`, `--security`, `--device`) parse here;
 * a classic builder rejects them from `flagsUsed`.
 */
import type { CommandOf, ShellDependentCmdLine } from './commands.ts';
import { errAtLeastOneArgument, errNotJSON } from './errors.ts';
import { base, handleJSONArgs, inlineFile, type ParseRequest } from './request.ts';

function shellDependent(req: ParseRequest, emptyAsNil: boolean): ShellDependentCmdLine {
  const args = handleJSONArgs(req.args, req.json);
  return {
    cmdLine: emptyAsNil && args.length === 0 ? [] : args,
    prependShell: !req.json,
    files: req.heredocs.map(inlineFile),
  };
}

export function parseRun(req: ParseRequest): CommandOf<'RUN'> {
  const mount = req.flags.addStrings('mount');
  const network = req.flags.addString('network', '');
  const security = req.flags.addString('security', '');
  const device = req.flags.addStrings('device');
  req.flags.parse();
  return {
    kind: 'RUN',
    ...base(req),
    ...shellDependent(req, false),
    mounts: [...mount.values],
    network: network.value,
    security: security.value,
    devices: [...device.values],
  };
}

export function parseCmd(req: ParseRequest): CommandOf<'CMD'> {
  req.flags.parse();
  return { kind: 'CMD', ...base(req), ...shellDependent(req, false) };
}

export function parseEntrypoint(req: ParseRequest): CommandOf<'ENTRYPOINT'> {
  req.flags.parse();
  return { kind: 'ENTRYPOINT', ...base(req), ...shellDependent(req, true) };
}

export function parseShell(req: ParseRequest): CommandOf<'SHELL'> {
  req.flags.parse();
  const shell = handleJSONArgs(req.args, req.json);
  if (shell.length === 0) throw errAtLeastOneArgument('SHELL');
  if (!req.json) throw errNotJSON('SHELL', req.original);
  return { kind: 'SHELL', ...base(req), shell };
}
