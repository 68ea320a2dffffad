/**
 * The keyboard shortcuts, in one table the help panel lists and the key handler reads.
 * Plain keys act only when focus is not in the terminal or the editor (where they are
 * typing); Alt combinations and F1 work from anywhere, the terminal included.
 */

export type ShortcutAction =
  | 'help'
  | 'play-pause'
  | 'step-back'
  | 'step-forward'
  | 'step-mode'
  | 'theme'
  | 'projector'
  | 'replay'
  | 'focus-terminal'
  | 'close';

export interface Shortcut {
  keys: string[];
  action: ShortcutAction;
  description: string;
  /** Works while typing in the terminal or editor. */
  anywhere?: boolean;
}

export const shortcuts: Shortcut[] = [
  { keys: ['?', 'F1'], action: 'help', description: 'Show or hide this help' },
  { keys: ['Alt+P', 'Space'], action: 'play-pause', description: 'Play or pause the animation' },
  { keys: ['Alt+←', '←'], action: 'step-back', description: 'Step back one step of the trace' },
  { keys: ['Alt+→', '→'], action: 'step-forward', description: 'Step forward one step of the trace' },
  { keys: ['Alt+S', 's'], action: 'step-mode', description: 'Step mode on or off (pause at every hop)' },
  { keys: ['Alt+R', 'r'], action: 'replay', description: 'Replay the last command' },
  { keys: ['Alt+T', 't'], action: 'theme', description: 'Light or dark theme' },
  { keys: ['Alt+J', 'j'], action: 'projector', description: 'Projector mode (large type, high contrast)' },
  { keys: ['Alt+`', '`'], action: 'focus-terminal', description: 'Put the cursor in the terminal' },
  { keys: ['Esc'], action: 'close', description: 'Close this help' },
];

function keyName(event: KeyboardEvent): string {
  if (event.key === 'ArrowLeft') return '←';
  if (event.key === 'ArrowRight') return '→';
  if (event.key === ' ') return 'Space';
  if (event.key === 'Escape') return 'Esc';
  // With Alt, layouts change event.key (Alt+P is "π" on a Mac): use the physical key.
  if (event.altKey && /^Key[A-Z]$/.test(event.code)) return event.code.slice(3);
  if (event.altKey && event.code === 'Backquote') return '`';
  return event.key.length === 1 && !event.altKey ? event.key : event.key;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return (
    el.isContentEditable ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT' ||
    (el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'checkbox') ||
    el.closest('button, a, [role="tab"]') !== null
  );
}

/** The action a key press asks for, if any. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | undefined {
  if (event.ctrlKey || event.metaKey) return undefined;
  const name = keyName(event);
  const typing = isTyping(event.target);
  for (const s of shortcuts) {
    for (const k of s.keys) {
      if (k.startsWith('Alt+')) {
        if (event.altKey && k.slice(4).toUpperCase() === name.toUpperCase()) return s.action;
      } else if (k === 'F1' || k === 'Esc') {
        if (name === k) return s.action;
      } else if (!event.altKey && !typing && name === k) {
        return s.action;
      }
    }
  }
  return undefined;
}
