/**
 * What survives a reload, and where: the sandbox is rebuilt from its seed, its start
 * time and the log of every command (with the virtual time it ran at), because the
 * engine is deterministic. Terminal history and settings ride along. Stored in IndexedDB
 * (idb-keyval); a save that does not validate is reported as corrupt, never half-loaded.
 */
import { get, set, del } from 'idb-keyval';
import type { SettingsData } from '../state/settings.svelte.ts';

/** One command as it ran: when (virtual ms since the session started) and for how long. */
export interface LoggedCommand {
  line: string;
  /** Virtual ms after the session's start time when the command started. */
  at: number;
  /** Virtual ms it ran for. */
  ms: number;
  /** Ctrl-C ended it. */
  interrupted?: boolean;
  /** Not typed: the editor saved this file (the line is the equivalent write). */
  edit?: string;
}

export interface SandboxSave {
  version: 1;
  seed: number;
  startTime: number;
  log: LoggedCommand[];
  history: string[];
  settings: SettingsData;
}

const key = 'dockyard:sandbox';

export class CorruptSaveError extends Error {
  readonly kind = 'corrupt';
}

function isLogged(value: unknown): value is LoggedCommand {
  const v = value as LoggedCommand;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.line === 'string' &&
    Number.isFinite(v.at) &&
    Number.isFinite(v.ms)
  );
}

/** Checks a stored value's shape; throws CorruptSaveError when it is not a save. */
export function validate(value: unknown): SandboxSave {
  const v = value as SandboxSave;
  const ok =
    typeof v === 'object' &&
    v !== null &&
    v.version === 1 &&
    Number.isInteger(v.seed) &&
    Number.isFinite(v.startTime) &&
    Array.isArray(v.log) &&
    v.log.every(isLogged) &&
    Array.isArray(v.history) &&
    v.history.every((h) => typeof h === 'string') &&
    typeof v.settings === 'object' &&
    v.settings !== null;
  if (!ok) throw new CorruptSaveError('The saved sandbox is not in a shape Dockyard can read.');
  return v;
}

/** The stored save, undefined when there is none; throws on storage failure or corruption. */
export async function loadSave(): Promise<SandboxSave | undefined> {
  const value: unknown = await get(key);
  if (value === undefined) return undefined;
  return validate(value);
}

export function writeSave(save: SandboxSave): Promise<void> {
  return set(key, save);
}

export function clearSave(): Promise<void> {
  return del(key);
}
