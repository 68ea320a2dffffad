/**
 * xterm colours per app theme. ANSI green and blue are darkened on the light theme so
 * the prompt keeps a 4.5:1 contrast; projector mode goes to pure black and white.
 */
import type { ITheme } from '@xterm/xterm';
import type { Theme } from '../state/settings.svelte.ts';

export function terminalTheme(theme: Theme, projector: boolean): ITheme {
  if (theme === 'dark') {
    return {
      background: projector ? '#000000' : '#14171c',
      foreground: projector ? '#ffffff' : '#e6e6e6',
      cursor: '#f0f0f0',
      selectionBackground: '#3a5a8c',
      green: '#5fd35f',
      brightGreen: '#7cf07c',
      blue: '#6aa6ff',
      brightBlue: '#8bbcff',
      red: '#ff6b6b',
      yellow: '#f2c94c',
    };
  }
  return {
    background: projector ? '#ffffff' : '#fbfbfa',
    foreground: projector ? '#000000' : '#1d1f23',
    cursor: '#1d1f23',
    cursorAccent: '#ffffff',
    selectionBackground: '#b3d1ff',
    green: '#0b6e0b',
    brightGreen: '#0b6e0b',
    blue: '#1746b0',
    brightBlue: '#1746b0',
    red: '#b3261e',
    yellow: '#7a5a00',
    white: '#555555',
    brightWhite: '#333333',
  };
}
