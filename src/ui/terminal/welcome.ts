/**
 * What a first visit's terminal says before the first prompt: what this is, the one
 * command to type, and the keys that help. Lines of at most 46 columns, so a phone's
 * terminal does not wrap them mid-word; a restored sandbox shows its transcript instead.
 */
const bold = (s: string): string => `\x1b[1m${s}\x1b[0m`;
const cyan = (s: string): string => `\x1b[1;36m${s}\x1b[0m`;
const dim = (s: string): string => `\x1b[2m${s}\x1b[0m`;

export const welcome = [
  `${bold('Welcome to Dockyard')}: Docker in your browser.`,
  `Type ${cyan('docker run hello-world')} and press Enter,`,
  'then watch the diagram show each step.',
  dim('Tab completes, ↑ recalls, F1 shows shortcuts.'),
  '',
].join('\n');
