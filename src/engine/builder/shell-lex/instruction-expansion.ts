/**
 * Which instructions the builder expands, and how (BuildKit's `Expand` methods on
 * commands). ENV, LABEL, ARG, WORKDIR, USER, STOPSIGNAL, VOLUME, EXPOSE, COPY and
 * ADD (paths and --from/--chown/--chmod) get variable substitution and quote removal;
 * FROM only with meta ARGs; RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK, MAINTAINER and
 * ONBUILD are left to the shell at run time (or never expanded, in exec form).
 */
import type { Command, KeyValuePair, Stage } from '../instructions/commands.ts';
import type { EnvInput } from './env.ts';
import { ShellLex } from './lex.ts';

export const EXPANDED_INSTRUCTIONS: ReadonlySet<string> = new Set([
  'ADD',
  'ARG',
  'COPY',
  'ENV',
  'EXPOSE',
  'FROM',
  'LABEL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/**
 * The variables one instruction sees: the stage's ENV, plus declared ARGs that ENV
 * does not shadow (ENV wins). `args` maps each declared ARG to its value (undefined
 * when declared without a value and not given on the command line: not set).
 */
export function expansionEnv(env: readonly string[], args: ReadonlyMap<string, string | undefined>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of args) if (v !== undefined) out.set(k, v);
  for (const e of env) {
    const i = e.indexOf('=');
    if (i < 0) out.set(e, '');
    else out.set(e.slice(0, i), e.slice(i + 1));
  }
  return out;
}

/** Expand a command's arguments with `env` (all from before the instruction). Returns a new command. */
export function expandCommand(cmd: Command, env: EnvInput, escapeToken: '\\' | '`' = '\\'): Command {
  const lex = new ShellLex({ escapeToken });
  const word = (w: string) => lex.processWord(w, env).result;
  const words = (w: string) => lex.processWords(w, env);
  const pairs = (kvs: KeyValuePair[]) => kvs.map((kv) => ({ ...kv, key: word(kv.key), value: word(kv.value) }));
  switch (cmd.kind) {
    case 'ENV':
      return { ...cmd, env: pairs(cmd.env) };
    case 'LABEL':
      return { ...cmd, labels: pairs(cmd.labels) };
    case 'ARG':
      return { ...cmd, args: cmd.args.map((a) => ({ key: word(a.key), ...(a.value === undefined ? {} : { value: word(a.value) }) })) };
    case 'WORKDIR':
      return { ...cmd, path: word(cmd.path) };
    case 'USER':
      return { ...cmd, user: word(cmd.user) };
    case 'STOPSIGNAL':
      return { ...cmd, signal: word(cmd.signal) };
    case 'EXPOSE':
      return { ...cmd, ports: cmd.ports.flatMap(words) };
    case 'VOLUME':
      return { ...cmd, volumes: cmd.volumes.map(word) };
    case 'COPY':
      return {
        ...cmd,
        sourcePaths: cmd.sourcePaths.map(word),
        destPath: word(cmd.destPath),
        from: word(cmd.from),
        chown: word(cmd.chown),
        chmod: word(cmd.chmod),
      };
    case 'ADD':
      return { ...cmd, sourcePaths: cmd.sourcePaths.map(word), destPath: word(cmd.destPath), chown: word(cmd.chown), chmod: word(cmd.chmod) };
    default:
      return cmd;
  }
}

/** FROM's base name and platform, expanded with the meta ARGs (declared before the first FROM) only. */
export function expandFrom(stage: Stage, metaArgs: EnvInput, escapeToken: '\\' | '`' = '\\'): Stage {
  const lex = new ShellLex({ escapeToken });
  return {
    ...stage,
    baseName: lex.processWord(stage.baseName, metaArgs).result,
    platform: lex.processWord(stage.platform, metaArgs).result,
  };
}
