/**
 * The shell prompt as `npx dockyard` prints it (`learner@dockyard:~$ `), coloured the way
 * Debian's default bashrc colours it: user@host in bold green, the directory in bold blue.
 */
import { hostUser } from '../../sim/host/host-fs.ts';

export const continuationPrompt = '> ';

export function shownDirectory(cwd: string): string {
  if (cwd === hostUser.home) return '~';
  return cwd.startsWith(`${hostUser.home}/`) ? `~${cwd.slice(hostUser.home.length)}` : cwd;
}

export function colouredPrompt(cwd: string): string {
  return `\x1b[1;32m${hostUser.name}@${hostUser.hostname}\x1b[0m:\x1b[1;34m${shownDirectory(cwd)}\x1b[0m$ `;
}
