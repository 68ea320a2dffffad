/**
 * The global key handler: maps a key press to a shortcut action (shortcuts.ts) and
 * performs it on the sandbox, the player and the layout.
 */
import type { Sandbox } from '../state/sandbox.svelte.ts';
import type { LayoutState } from '../state/layout.svelte.ts';
import type { TerminalShell } from '../terminal/terminal-shell.ts';
import { shortcutFor } from './shortcuts.ts';

export function useShortcuts(
  sandbox: Sandbox,
  layout: LayoutState,
  shell: () => TerminalShell | undefined,
): (event: KeyboardEvent) => void {
  return (event) => {
    if (sandbox.status !== 'ready') return;
    const action = shortcutFor(event);
    if (!action) return;
    if (layout.helpOpen && action !== 'help' && action !== 'close') return;
    const trace = sandbox.trace;
    const settings = sandbox.settings;
    switch (action) {
      case 'help':
        layout.helpOpen = !layout.helpOpen;
        break;
      case 'close':
        if (!layout.helpOpen) return;
        layout.helpOpen = false;
        break;
      case 'play-pause':
        if (trace.playing) trace.pause();
        else trace.play();
        break;
      case 'step-back':
        trace.stepBack();
        break;
      case 'step-forward':
        trace.stepForward();
        break;
      case 'step-mode':
        settings.stepMode = !settings.stepMode;
        trace.setStepMode(settings.stepMode);
        void sandbox.persist();
        break;
      case 'replay': {
        const shown = trace.current()?.commandId ?? -1;
        const id = shown >= 0 ? shown : trace.commands[trace.commands.length - 1]?.id;
        if (id !== undefined) trace.replayCommand(id);
        break;
      }
      case 'theme':
        settings.theme = settings.theme === 'dark' ? 'light' : 'dark';
        void sandbox.persist();
        break;
      case 'projector':
        settings.projector = !settings.projector;
        void sandbox.persist();
        break;
      case 'focus-terminal':
        if (layout.narrow) layout.tab = 'terminal';
        shell()?.focus();
        break;
    }
    event.preventDefault();
  };
}
