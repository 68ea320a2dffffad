/**
 * The build context as the daemon receives it: the uploaded tar unpacked into an
 * in-memory tree rooted at `/`, the Dockerfile read from it, and moby's rule that a
 * Dockerfile or .dockerignore excluded by .dockerignore is removed again after being
 * read (the CLI always sends them, but COPY must not see them).
 */
import { invalidParameter } from '../../errdefs.ts';
import { MemFs } from '../../fs/memfs.ts';
import { normalize } from '../../fs/path.ts';
import { readTar } from '../../layer/tar.ts';
import { isExcluded, parseDockerignore } from './dockerignore.ts';

export interface BuildContext {
  /** The context tree; `/` is the context root. */
  fs: MemFs;
  /** The Dockerfile's text. */
  dockerfile: string;
  /** Its path inside the context, as given (`Dockerfile`, `docker/Dockerfile.dev`). */
  dockerfileName: string;
}

/** Unpack a context tar (throws InvalidParameter for a tar that is not one). */
export function contextFs(tar: Uint8Array): MemFs {
  const fs = new MemFs();
  for (const e of tar.length === 0 ? [] : readTar(tar)) {
    const path = normalize(`/${e.path}`);
    if (path === '/') continue;
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    if (!fs.exists(dir)) fs.mkdir(dir, { recursive: true });
    const meta = { mode: e.mode, uid: e.uid, gid: e.gid };
    if (e.type === 'dir') {
      if (!fs.exists(path)) fs.mkdir(path, meta);
      else fs.chmod(path, e.mode);
    } else if (e.type === 'symlink') fs.symlink(e.linkname ?? '', path);
    else if (e.type === 'file') fs.writeFile(path, e.data ?? new Uint8Array(0), { ...meta, declaredSize: e.declaredSize });
    else if (e.type === 'hardlink' && fs.exists(`/${e.linkname ?? ''}`)) fs.writeFile(path, fs.readFile(`/${e.linkname ?? ''}`), meta);
    if (e.type !== 'symlink') fs.utimes(path, e.mtime * 1000);
  }
  return fs;
}

/**
 * @example readBuildContext(tar, 'Dockerfile').dockerfile // 'FROM alpine\n…'
 * @throws InvalidParameter `Cannot locate specified Dockerfile: Dockerfile`
 */
export function readBuildContext(tar: Uint8Array, dockerfileName = 'Dockerfile'): BuildContext {
  const fs = contextFs(tar);
  const name = dockerfileName || 'Dockerfile';
  const path = normalize(`/${name}`);
  let dockerfile: string;
  try {
    dockerfile = fs.readText(path);
  } catch {
    throw invalidParameter(`Cannot locate specified Dockerfile: ${name}`);
  }
  if (fs.exists('/.dockerignore')) {
    const patterns = parseDockerignore(fs.readText('/.dockerignore'));
    for (const file of [path.slice(1), '.dockerignore']) {
      if (isExcluded(file, patterns)) fs.rm(`/${file}`, { force: true });
    }
  }
  return { fs, dockerfile, dockerfileName: name };
}
