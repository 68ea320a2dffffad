/**
 * Files the learner saves from the editor change the host filesystem directly, outside
 * any command. To keep the sandbox rebuildable from its command log, each such write is
 * logged as the shell command that makes the same bytes (`printf '%s' '…' > path`), and
 * replayed like any other command. The editor reports its saves (EditorPane's `onSave`);
 * writes made by commands are the commands' own.
 */

/** The command that writes exactly `text` to `path` (single-quoted; no trailing newline added). */
export function writeCommand(path: string, text: string): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `printf '%s' ${quote(text)} > ${quote(path)}`;
}
