/**
 * apt's sources and package lists: the repositories of /etc/apt/sources.list.d/*.sources
 * (deb822, as Debian 12 and Ubuntu 24.04 ship them) and /etc/apt/sources.list, what
 * `apt-get update` prints for each (`Get:1 http://deb.debian.org/debian bookworm
 * InRelease [151 kB]`), and the lists it leaves in /var/lib/apt/lists — which is why
 * Dockerfiles end with `rm -rf /var/lib/apt/lists/*`, and why an install without an
 * update first finds nothing.
 */
import type { FileSystem } from '../../fs/types.ts';
import { aptSize, writeBlob } from '../package-files.ts';

export interface Source {
  uri: string;
  suite: string;
  components: string[];
}

export const listsDir = '/var/lib/apt/lists';

export function readSources(fs: FileSystem): Source[] {
  const sources: Source[] = [];
  const dir = '/etc/apt/sources.list.d';
  const files = fs.exists(dir) ? fs.readdir(dir).filter((name) => name.endsWith('.sources')).map((name) => `${dir}/${name}`) : [];
  for (const file of files) {
    for (const stanza of fs.readText(file).split(/\n\s*\n/)) {
      const field = (name: string) => (new RegExp(`^${name}:\\s*(.*)$`, 'mi').exec(stanza)?.[1] ?? '').split(/\s+/).filter(Boolean);
      if (!field('Types').includes('deb')) continue;
      for (const uri of field('URIs')) for (const suite of field('Suites')) sources.push({ uri: uri.replace(/\/$/, ''), suite, components: field('Components') });
    }
  }
  if (fs.exists('/etc/apt/sources.list')) {
    for (const line of fs.readText('/etc/apt/sources.list').split('\n')) {
      const m = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)\s+(.*)$/.exec(line.trim());
      if (m) sources.push({ uri: m[1].replace(/\/$/, ''), suite: m[2], components: m[3].split(/\s+/) });
    }
  }
  return sources;
}

function kind(suite: string): 'release' | 'updates' | 'security' | 'backports' {
  return suite.endsWith('-updates') ? 'updates' : suite.endsWith('-security') ? 'security' : suite.endsWith('-backports') ? 'backports' : 'release';
}

const inReleaseSizes = { release: 151_000, updates: 55_400, security: 48_000, backports: 126_000 };
const packagesSizes: Record<string, number> = {
  'release/main': 8_792_000, 'updates/main': 13_500, 'security/main': 243_000, 'backports/main': 274_000,
  'release/universe': 15_000_000, 'release/restricted': 117_000, 'release/multiverse': 269_000,
  'updates/universe': 1_117_000, 'updates/restricted': 1_180_000, 'updates/multiverse': 15_600,
  'security/universe': 871_000, 'security/restricted': 1_084_000, 'security/multiverse': 12_500,
  'backports/universe': 11_800, 'backports/restricted': 0, 'backports/multiverse': 0,
};

function listName(uri: string, path: string): string {
  return `${listsDir}/${`${uri.replace(/^[a-z]+:\/\//, '')}/${path}`.replace(/\//g, '_')}`;
}

/** Fetch every source's InRelease and Packages, printing apt's Get lines; returns the bytes fetched. */
export function update(fs: FileSystem, write: (line: string) => void): number {
  const sources = readSources(fs);
  let n = 0;
  let total = 0;
  for (const s of sources) {
    const size = inReleaseSizes[kind(s.suite)];
    write(`Get:${++n} ${s.uri} ${s.suite} InRelease [${aptSize(size)}]`);
    writeBlob(fs, listName(s.uri, `dists/${s.suite}/InRelease`), size);
    total += size;
  }
  for (const s of sources) {
    for (const component of s.components) {
      const size = packagesSizes[`${kind(s.suite)}/${component}`] ?? 100_000;
      if (size === 0) continue;
      write(`Get:${++n} ${s.uri} ${s.suite}/${component} amd64 Packages [${aptSize(size)}]`);
      // docker's Debian images keep the lists lz4-compressed (Acquire::GzipIndexes), about twice the xz download.
      writeBlob(fs, listName(s.uri, `dists/${s.suite}/${component}/binary-amd64/Packages.lz4`), size * 2);
      total += size;
    }
  }
  return total;
}

/** Whether `apt-get update` has left package lists to install from. */
export function haveLists(fs: FileSystem): boolean {
  return fs.exists(listsDir) && fs.readdir(listsDir).some((name) => name.includes('_Packages'));
}

/** The archive URI and suite a package comes from, for its Get line. */
export function origin(fs: FileSystem, security: boolean): { uri: string; suite: string } {
  const sources = readSources(fs);
  const found = sources.find((s) => (security ? kind(s.suite) === 'security' : kind(s.suite) === 'release')) ?? sources[0];
  return { uri: found?.uri ?? 'http://deb.debian.org/debian', suite: found?.suite ?? 'bookworm' };
}
