/**
 * Files the learner saves from the editor change the host filesystem directly, outside
 * any command. To keep the sandbox rebuildable from its command log, each such write is
 * logged as the shell command that makes the same bytes (`printf '%s' '…' > path`), and
 * replayed like any other command. Writes made while a command runs are the command's own.
 */
import type { MemFs } from '../../engine/fs/memfs.ts';

/** The command that writes exactly `text` to `path` (single-quoted; no trailing newline added). */
export function writeCommand(path: string, text: string): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `printf '%s' ${quote(text)} > ${quote(path)}`;
}

/**
 * Calls `record(path, text)` for every text write to the host filesystem that happens
 * while `outsideCommands()` is true. Returns a function that stops watching.
 */
export function watchEditorWrites(
  fs: MemFs,
  outsideCommands: () => boolean,
  record: (path: string, text: string) => void,
): () => void {
  const original = fs.writeFile;
  fs.writeFile = function (this: MemFs, path, data, options) {
    original.call(this, path, data, options);
    if (outsideCommands()) record(path, typeof data === 'string' ? data : new TextDecoder().decode(data));
  };
  return () => {
    fs.writeFile = original;
  };
}
