/**
 * The learner's display preferences: theme, projector mode, step mode and playback
 * speed. Plain runes state; the sandbox persists it with the rest of the save.
 */

export type Theme = 'light' | 'dark';
export type Speed = 0.25 | 0.5 | 1 | 2 | 4 | 'instant';
export const speeds: Speed[] = [0.25, 0.5, 1, 2, 4, 'instant'];

export interface SettingsData {
  theme: Theme;
  projector: boolean;
  stepMode: boolean;
  speed: Speed;
}

export function defaultSettings(): SettingsData {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return { theme: dark ? 'dark' : 'light', projector: false, stepMode: false, speed: 1 };
}

export class Settings {
  theme = $state<Theme>('light');
  projector = $state(false);
  stepMode = $state(false);
  speed = $state<Speed>(1);

  constructor(data: SettingsData = defaultSettings()) {
    this.load(data);
  }

  load(data: Partial<SettingsData>): void {
    if (data.theme === 'light' || data.theme === 'dark') this.theme = data.theme;
    if (typeof data.projector === 'boolean') this.projector = data.projector;
    if (typeof data.stepMode === 'boolean') this.stepMode = data.stepMode;
    if (data.speed !== undefined && speeds.includes(data.speed)) this.speed = data.speed;
  }

  toJSON(): SettingsData {
    return { theme: this.theme, projector: this.projector, stepMode: this.stepMode, speed: this.speed };
  }
}
