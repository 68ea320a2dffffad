/**
 * Opening and saving a file of the build context on the host filesystem. Binary files
 * (NUL bytes, or placeholder programs whose declared size exceeds their bytes) are not
 * opened as text; a save keeps the file's owner and mode. Results carry the sentence
 * announced to screen readers.
 */
import type { FileSystem } from '../../engine/fs/types.ts';

export type IoFs = Pick<FileSystem, 'readFile' | 'writeFile' | 'stat' | 'exists'>;

export type OpenResult = { ok: true; text: string } | { ok: false; message: string };
export type SaveResult = { ok: boolean; message: string };

const largest = 512 * 1024;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function openFile(fs: IoFs, path: string): OpenResult {
  try {
    const stat = fs.stat(path);
    if (stat.type === 'dir') return { ok: false, message: `${baseName(path)} is a directory.` };
    const data = fs.readFile(path);
    if (stat.size > data.length || data.includes(0)) return { ok: false, message: `${baseName(path)} is a binary file and cannot be edited here.` };
    if (data.length > largest) return { ok: false, message: `${baseName(path)} is too large to edit here (${data.length} bytes).` };
    return { ok: true, text: new TextDecoder().decode(data) };
  } catch (e) {
    return { ok: false, message: `Cannot open ${baseName(path)}: ${reason(e)}` };
  }
}

export function saveFile(fs: IoFs, path: string, text: string): SaveResult {
  try {
    if (fs.exists(path)) {
      const { mode, uid, gid } = fs.stat(path);
      fs.writeFile(path, text, { mode, uid, gid });
    } else {
      fs.writeFile(path, text);
    }
    return { ok: true, message: `Saved ${baseName(path)}.` };
  } catch (e) {
    return { ok: false, message: `Could not save ${baseName(path)}: ${reason(e)}` };
  }
}
