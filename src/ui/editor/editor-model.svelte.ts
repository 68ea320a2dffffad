/**
 * The editor pane's state as runes: the build-context tree of the shell's current
 * directory, the open file, its unsaved buffer and the last announcement. It notices
 * changes made from the terminal (`cd`, `echo >> Dockerfile`) by polling the tree's
 * fingerprint, and reloads the open file when it changed on disk and has no unsaved
 * edits. All decisions live in the plain functions it calls (file-tree, file-io).
 */
import type { HostSession } from '../../sim/host/session.ts';
import { initialFile, listTree, treeSignature, type FileEntry } from './file-tree.ts';
import { openFile, saveFile } from './file-io.ts';

export class EditorModel {
  cwd = $state('');
  tree = $state.raw<FileEntry[]>([]);
  path = $state<string | undefined>(undefined);
  /** The text as last opened or saved. */
  saved = $state('');
  /** The text in the editor. */
  buffer = $state('');
  /** Bumped whenever the editor must be recreated with `saved` (a new file, a reload). */
  generation = $state(0);
  /** The last thing to announce (polite live region). */
  status = $state('');
  dirty = $derived(this.buffer !== this.saved);

  private signature = '';
  private readonly session: HostSession;

  /** Told of every successful save (the app logs it so a reload rebuilds the file). */
  private readonly onSave: (path: string, text: string) => void;

  constructor(session: HostSession, onSave: (path: string, text: string) => void = () => undefined) {
    this.session = session;
    this.onSave = onSave;
    this.refresh();
  }

  /** Re-read the tree; reopen or pick a file when the directory or the open file changed. */
  refresh(): void {
    const cwd = this.session.shell.cwd;
    const tree = listTree(this.session.fs, cwd);
    const signature = `${cwd}|${treeSignature(tree)}`;
    if (signature === this.signature) return;
    this.signature = signature;
    const movedDir = cwd !== this.cwd;
    this.cwd = cwd;
    this.tree = tree;
    if (this.path === undefined || (movedDir && !this.dirty)) {
      const first = initialFile(tree);
      if (first !== undefined) this.open(first, false);
      else this.close();
      return;
    }
    this.reloadIfChangedOnDisk();
  }

  open(path: string, announce = true): void {
    const result = openFile(this.session.fs, path);
    if (!result.ok) {
      this.status = result.message;
      return;
    }
    this.path = path;
    this.saved = result.text;
    this.buffer = result.text;
    this.generation++;
    if (announce) this.status = `Opened ${path.slice(path.lastIndexOf('/') + 1)}.`;
  }

  edit(text: string): void {
    this.buffer = text;
  }

  save(): boolean {
    if (this.path === undefined) return false;
    const result = saveFile(this.session.fs, this.path, this.buffer);
    this.status = result.message;
    if (result.ok) {
      this.saved = this.buffer;
      this.onSave(this.path, this.buffer);
      this.signature = `${this.cwd}|${treeSignature((this.tree = listTree(this.session.fs, this.cwd)))}`;
    }
    return result.ok;
  }

  private close(): void {
    this.path = undefined;
    this.saved = '';
    this.buffer = '';
    this.generation++;
  }

  private reloadIfChangedOnDisk(): void {
    if (this.path === undefined) return;
    const result = openFile(this.session.fs, this.path);
    if (!result.ok) {
      this.status = `${this.path.slice(this.path.lastIndexOf('/') + 1)} is gone from the disk${this.dirty ? '; Save writes it again' : ''}.`;
      if (!this.dirty) this.close();
      return;
    }
    if (result.text === this.saved) return;
    if (this.dirty) {
      this.status = 'The file changed on disk while you were editing; Save overwrites it.';
      this.saved = result.text;
      return;
    }
    this.saved = result.text;
    this.buffer = result.text;
    this.generation++;
    this.status = 'Reloaded: the file changed on disk.';
  }
}
