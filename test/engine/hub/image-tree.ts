/**
 * Test helpers over hub image specs: the full step list of an image (its bases'
 * steps first), the final tree after applying every layer, path lookup that follows
 * symlinks the way the kernel does, and a MemFs holding an image's files.
 */
import { findHubImage } from '../../../src/engine/registry/hub/index.ts';
import type { FileSpec, ImageSpec, StepSpec } from '../../../src/engine/registry/hub/spec.ts';
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import { placeholderBinary } from '../../../src/engine/process/types.ts';
import type { VirtualClock } from '../../../src/engine/util/clock.ts';

export function allSteps(image: ImageSpec): StepSpec[] {
  if (image.base === undefined) return image.steps;
  const base = findHubImage(image.base);
  if (base === undefined) throw new Error(`${image.repository}: base ${image.base} is not a hub image`);
  return [...allSteps(base), ...image.steps];
}

export function layers(image: ImageSpec): FileSpec[][] {
  return allSteps(image).flatMap((step) => (step.files ? [step.files] : []));
}

/** Path → the entry that last wrote it (later layers win, as in an overlay). */
export function finalTree(image: ImageSpec): Map<string, FileSpec> {
  const tree = new Map<string, FileSpec>();
  for (const layer of layers(image)) for (const file of layer) tree.set(file.path, file);
  return tree;
}

function parentDirs(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.slice(0, -1).map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
}

/**
 * Resolve a path through symlinks, component by component; undefined when a component
 * is missing. Parent directories exist implicitly when any entry lives below them.
 */
export function resolvePath(tree: Map<string, FileSpec>, path: string, depth = 0): string | undefined {
  if (depth > 40) return undefined;
  const parts = path.split('/').filter(Boolean);
  let current = '';
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '.') continue;
    if (parts[i] === '..') {
      current = current.slice(0, current.lastIndexOf('/'));
      continue;
    }
    current = `${current}/${parts[i]}`;
    const entry = tree.get(current);
    if (entry?.type === 'symlink') {
      const target = entry.target ?? '';
      const base = target.startsWith('/') ? target : `${current.slice(0, current.lastIndexOf('/'))}/${target}`;
      const resolved = resolvePath(tree, base, depth + 1);
      if (resolved === undefined) return undefined;
      current = resolved === '/' ? '' : resolved;
    } else if (entry === undefined && !isImplicitDir(tree, current)) {
      return undefined;
    }
  }
  return current === '' ? '/' : current;
}

function isImplicitDir(tree: Map<string, FileSpec>, path: string): boolean {
  for (const key of tree.keys()) if (key.startsWith(`${path}/`)) return true;
  return false;
}

/** Find a command as `execvp` would: a path as given, otherwise each PATH directory. */
export function lookupCommand(tree: Map<string, FileSpec>, command: string, env: string[] = []): string | undefined {
  if (command.includes('/')) return resolvePath(tree, command);
  const pathVar = env.find((e) => e.startsWith('PATH='))?.slice(5) ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  for (const dir of pathVar.split(':')) {
    const found = resolvePath(tree, `${dir}/${command}`);
    if (found !== undefined && tree.get(found)?.type !== 'dir') return found;
  }
  return undefined;
}

/** A writable filesystem holding the image's final tree (placeholders carry their program name). */
export function imageFs(image: ImageSpec, clock?: VirtualClock): MemFs {
  const fs = new MemFs(clock ? { clock } : {});
  for (const layer of layers(image)) {
    for (const file of layer) {
      for (const dir of parentDirs(file.path)) if (!fs.exists(dir) && !isLink(fs, dir)) fs.mkdir(dir, { recursive: true });
      if (isLink(fs, file.path)) fs.unlink(file.path);
      if (file.type === 'dir') {
        if (!fs.exists(file.path)) fs.mkdir(file.path, { mode: file.mode ?? 0o755, uid: file.uid, gid: file.gid });
        else fs.chmod(file.path, file.mode ?? 0o755);
      } else if (file.type === 'symlink') {
        if (fs.exists(file.path)) fs.rm(file.path, { recursive: true });
        fs.symlink(file.target ?? '', file.path);
      } else {
        const data = file.program ? placeholderBinary(file.program) : (file.content ?? '');
        const mode = file.mode ?? (file.program ? 0o755 : 0o644);
        fs.writeFile(file.path, data, { mode, uid: file.uid, gid: file.gid, declaredSize: file.size });
      }
    }
  }
  return fs;
}

function isLink(fs: MemFs, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}
