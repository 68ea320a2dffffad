/**
 * Tab completion for the browser terminal, bash-completion style: command names on
 * PATH and shell builtins, docker subcommands and flags read from the CLI's own command
 * tree (src/sim/cli), container, image, network and volume names asked of the daemon
 * through its API, flag values (`--network NAME`, `-v VOLUME:`, `--restart always`; see
 * flag-values.ts), and file names from the host directory. Returns candidates; the
 * terminal decides how to show them.
 */
import { tree, globalFlags } from '../../sim/cli/tree.ts';
import { isGroup, type CommandSpec, type Node } from '../../sim/cli/command.ts';
import type { FlagSpec } from '../../sim/cli/flags.ts';
import { hostCommands } from '../../sim/host/host-fs.ts';
import type { HostSession } from '../../sim/host/session.ts';
import { regularBuiltins, specialBuiltins } from '../../engine/shell/builtins/index.ts';
import { splitInlineValue, valueSource, type ValueSource } from './flag-values.ts';

export interface Completion {
  /** Where the word being completed starts in the line. */
  start: number;
  /** Full replacement words for the text from `start` to the cursor. */
  candidates: string[];
  /** Whether a single candidate should be followed by a space (not for directories). */
  addSpace: boolean;
}

const containerCommands = new Set([
  'attach',
  'commit',
  'diff',
  'exec',
  'export',
  'kill',
  'logs',
  'pause',
  'port',
  'rename',
  'restart',
  'rm',
  'start',
  'stats',
  'stop',
  'top',
  'unpause',
  'update',
  'wait',
  'inspect',
]);
const imageCommands = new Set(['run', 'create', 'rmi', 'pull', 'push', 'tag', 'history', 'save']);

function flagWords(flags: FlagSpec[]): string[] {
  return flags.filter((f) => !f.hidden).flatMap((f) => [`--${f.long}`, ...(f.short ? [`-${f.short}`] : [])]);
}

function takesValue(flags: FlagSpec[], word: string): boolean {
  if (word.includes('=')) return false;
  const spec = word.startsWith('--')
    ? flags.find((f) => `--${f.long}` === word)
    : flags.find((f) => f.short && word.endsWith(f.short));
  return spec !== undefined && spec.type !== 'bool';
}

/** Splits the line up to the cursor into finished words and the word being typed. */
function words(line: string): { done: string[]; current: string; start: number } {
  // The last command of a pipeline or list is the one being typed.
  const segment = line.split(/\|\||&&|[|;&]/).pop() ?? '';
  const offset = line.length - segment.length;
  const match = /(\S*)$/.exec(segment);
  const current = match ? match[1] : '';
  const done = segment
    .slice(0, segment.length - current.length)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return { done, current, start: offset + segment.length - current.length };
}

type NameKind = 'containers' | 'images' | 'networks' | 'volumes';

const listPaths: Record<NameKind, string> = {
  containers: '/v1.50/containers/json',
  images: '/v1.50/images/json',
  networks: '/v1.50/networks',
  volumes: '/v1.50/volumes',
};

async function apiNames(session: HostSession, kind: NameKind): Promise<string[]> {
  const path = listPaths[kind];
  // Marked as an observer's request: completing a name is not a step of the learner's story.
  const response = await session.daemon.api.handle({
    method: 'GET',
    path,
    query: kind === 'containers' ? { all: '1' } : {},
    headers: { 'x-dockyard-observer': 'completion' },
  });
  if (response.status !== 200) return [];
  if (kind === 'volumes') {
    const body = response.body as { Volumes?: { Name: string }[] | null } | undefined;
    return (body?.Volumes ?? []).map((v) => v.Name);
  }
  if (!Array.isArray(response.body)) return [];
  if (kind === 'networks') return (response.body as { Name: string }[]).map((n) => n.Name);
  if (kind === 'containers') {
    return (response.body as { Names?: string[]; Id: string }[]).flatMap((c) =>
      (c.Names ?? []).map((n) => n.replace(/^\//, '')),
    );
  }
  return (response.body as { RepoTags?: string[] | null }[])
    .flatMap((i) => i.RepoTags ?? [])
    .filter((t) => t !== '<none>:<none>')
    .map((t) => (t.endsWith(':latest') ? t.slice(0, -':latest'.length) : t));
}

function fileNames(session: HostSession, current: string): { names: string[]; dirs: Set<string> } {
  const slash = current.lastIndexOf('/');
  const dirPart = slash >= 0 ? current.slice(0, slash + 1) : '';
  const home = session.shell.cwd;
  const base = dirPart.startsWith('/') ? dirPart : `${home}/${dirPart}`;
  const dirs = new Set<string>();
  try {
    const names = session.fs
      .readdir(base || '/')
      .filter((n) => !n.startsWith('.') || current.slice(slash + 1).startsWith('.'));
    const full = names.map((n) => {
      const word = dirPart + n;
      try {
        if (session.fs.stat(`${base}/${n}`).type !== 'dir') return word;
      } catch {
        return word;
      }
      dirs.add(`${word}/`);
      return `${word}/`;
    });
    return { names: full, dirs };
  } catch {
    return { names: [], dirs };
  }
}

function findNode(nodes: Node[], name: string): Node | undefined {
  return nodes.find((n) => n.name === name || (!isGroup(n) && n.aliases?.includes(name)));
}

/** Candidates for a flag's value; `prefix` is what stands before the value in the word (`--network=`). */
async function flagValue(session: HostSession, source: ValueSource, value: string, prefix: string, start: number): Promise<Completion> {
  const done = (candidates: string[], addSpace = true): Completion => {
    const matching = [...new Set(candidates.filter((c) => c.startsWith(value)))].sort();
    return { start, candidates: matching.map((c) => prefix + c), addSpace: addSpace && !(matching.length === 1 && matching[0].endsWith('/')) };
  };
  if (source.kind === 'words') return done(source.words);
  if (source.kind === 'networks' || source.kind === 'containers') return done(await apiNames(session, source.kind));
  // -v: a volume name and its `:`, or a host path to bind-mount.
  if (value.includes(':')) return done([]);
  if (value.startsWith('/') || value.startsWith('.') || value.startsWith('~')) return done(fileNames(session, value).names, false);
  return done((await apiNames(session, 'volumes')).map((v) => `${v}:`), false);
}

/** Candidates for the word at the end of `line` (the text before the cursor). */
export async function complete(session: HostSession, line: string): Promise<Completion> {
  const { done, current, start } = words(line);
  const result = (candidates: string[], dirs = new Set<string>()): Completion => {
    const matching = [...new Set(candidates.filter((c) => c.startsWith(current)))].sort();
    return { start, candidates: matching, addSpace: !(matching.length === 1 && dirs.has(matching[0])) };
  };
  if (done.length === 0) {
    return result(
      [...hostCommands(), ...Object.keys(regularBuiltins), ...Object.keys(specialBuiltins), 'clear'].filter(
        (c) => /^[a-z]/.test(c),
      ),
    );
  }
  const files = () => {
    const { names, dirs } = fileNames(session, current);
    return result(names, dirs);
  };
  if (done[0] !== 'docker') return files();

  // Walk the docker command tree along the finished words.
  let nodes: Node[] = tree();
  let spec: CommandSpec | undefined;
  let flags = globalFlags;
  const positional: string[] = [];
  for (let i = 1; i < done.length; i++) {
    const word = done[i];
    if (word.startsWith('-')) {
      if (takesValue(flags, word)) i++;
      continue;
    }
    if (!spec) {
      const node = findNode(nodes, word);
      if (!node) return result([]);
      if (isGroup(node)) nodes = node.commands;
      else {
        spec = node;
        flags = node.flags;
      }
      continue;
    }
    positional.push(word);
  }
  if (!spec) {
    if (current.startsWith('-')) return result(flagWords(flags));
    return result(nodes.map((n) => n.name));
  }
  const name = spec.name;
  const inline = splitInlineValue(current);
  if (inline) {
    const source = valueSource(inline.flag, name);
    return source ? flagValue(session, source, inline.value, `${inline.flag}=`, start) : result([]);
  }
  if (current.startsWith('-')) return result([...flagWords(spec.flags), '--help']);
  const previous = done[done.length - 1];
  if (previous.startsWith('-') && takesValue(spec.flags, previous)) {
    const source = valueSource(previous, name);
    return source ? flagValue(session, source, current, '', start) : files();
  }
  const group = done.length > 2 && findNode(tree(), done[1]);
  const groupName = group && isGroup(group) ? group.name : '';
  if (groupName === 'network' || groupName === 'volume') {
    // `docker network connect NETWORK CONTAINER`; other subcommands take names of their group.
    if (name === 'create' || name === 'ls' || name === 'prune') return result([]);
    if ((name === 'connect' || name === 'disconnect') && positional.length > 0) return result(await apiNames(session, 'containers'));
    return result(await apiNames(session, groupName === 'network' ? 'networks' : 'volumes'));
  }
  if (name === 'build') return files();
  // `docker run IMAGE` — after the image come the container's command and its arguments.
  if ((name === 'run' || name === 'create') && positional.length > 0) return result([]);
  if (containerCommands.has(name) && groupName !== 'image' && !(name === 'inspect' && groupName === '')) {
    return result(await apiNames(session, 'containers'));
  }
  if (name === 'inspect' && groupName === '') {
    return result([...(await apiNames(session, 'containers')), ...(await apiNames(session, 'images'))]);
  }
  if (imageCommands.has(name) || groupName === 'image' || (name === 'ls' && groupName === 'image')) {
    return result(await apiNames(session, 'images'));
  }
  return result([]);
}

/** The longest prefix all candidates share. */
export function commonPrefix(candidates: string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0];
  for (const c of candidates) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
