/**
 * Where the learner is in the page: which panel the phone layout shows, whether the
 * help panel is open, whether the screen is narrow. The wide layout shows every panel.
 */

export type PanelId = 'terminal' | 'diagram' | 'editor' | 'inspector';

export const panels: { id: PanelId; label: string }[] = [
  { id: 'terminal', label: 'Terminal' },
  { id: 'diagram', label: 'Diagram' },
  { id: 'editor', label: 'Editor' },
  { id: 'inspector', label: 'Inspect' },
];

/** Below this width panels stack behind a tab bar. */
export const narrowQuery = '(max-width: 760px)';

export class LayoutState {
  tab = $state<PanelId>('terminal');
  helpOpen = $state(false);
  narrow = $state(false);

  constructor() {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(narrowQuery);
    this.narrow = query.matches;
    query.addEventListener('change', (e) => (this.narrow = e.matches));
  }

  /** Whether a panel is on screen: always on a wide screen, the chosen tab on a phone. */
  shows(id: PanelId): boolean {
    return !this.narrow || this.tab === id;
  }
}
