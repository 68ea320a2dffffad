/**
 * What a docker flag's value can be, for Tab completion: the name of an object the
 * daemon holds (`--network NAME`, `-v VOLUME:/path`), or one of a fixed set of words
 * (`--restart unless-stopped`). Flags not listed here complete file names, as bash does.
 */

export type ValueSource =
  | { kind: 'networks' }
  /** A volume name followed by `:` and the path in the container, or a host path to bind. */
  | { kind: 'volumes' }
  | { kind: 'containers' }
  | { kind: 'words'; words: string[] };

const sources: Record<string, ValueSource> = {
  '--network': { kind: 'networks' },
  '--net': { kind: 'networks' },
  '-v': { kind: 'volumes' },
  '--volume': { kind: 'volumes' },
  '--volumes-from': { kind: 'containers' },
  '--restart': { kind: 'words', words: ['no', 'always', 'on-failure', 'unless-stopped'] },
  '--pull': { kind: 'words', words: ['always', 'missing', 'never'] },
  '--format': { kind: 'words', words: ['json', 'table', '{{json .}}'] },
  '--log-driver': { kind: 'words', words: ['json-file', 'local', 'none'] },
  '--driver': { kind: 'words', words: ['bridge', 'local'] },
  '-d': { kind: 'words', words: ['bridge', 'local'] },
};

/**
 * The source of values for `flag` (`--network`, `-v`). `command` is the docker
 * subcommand: `-d` is a driver only for `network create` and `volume create`.
 */
export function valueSource(flag: string, command: string): ValueSource | undefined {
  if ((flag === '-d' || flag === '--driver') && command !== 'create') return undefined;
  return sources[flag];
}

/** Splits `--network=br` into the flag and the value typed so far; undefined for a bare word. */
export function splitInlineValue(word: string): { flag: string; value: string } | undefined {
  const match = /^(--[a-z][a-z-]*)=(.*)$/.exec(word);
  return match ? { flag: match[1], value: match[2] } : undefined;
}
