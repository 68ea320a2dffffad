/**
 * What a first visit's terminal says before the first prompt: what this is, the one
 * command to type, and the two keys that help. Short lines, so a phone does not wrap
 * them mid-word; a restored sandbox shows its transcript instead.
 */
const bold = (s: string): string => `\x1b[1m${s}\x1b[0m`;
const cyan = (s: string): string => `\x1b[1;36m${s}\x1b[0m`;
const dim = (s: string): string => `\x1b[2m${s}\x1b[0m`;

export const welcome = [
  `${bold('Welcome to Dockyard')}: a Docker engine simulated in your browser.`,
  `Start with ${cyan('docker run hello-world')} and watch the diagram.`,
  dim('Tab completes, ↑ recalls, F1 lists the shortcuts.'),
  '',
].join('\n');
