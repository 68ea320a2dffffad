/** The first visit's welcome in the terminal (src/ui/terminal/welcome.ts). */
import { describe, expect, it } from 'vitest';
import { welcome } from '../../src/ui/terminal/welcome.ts';
import { visibleLength } from '../../src/ui/terminal/line-editor.ts';

describe('welcome', () => {
  it('suggests docker run hello-world', () => {
    // eslint-disable-next-line no-control-regex
    expect(welcome.replace(/\x1b\[[0-9;]*m/g, '')).toContain('Type docker run hello-world and press Enter');
  });

  it('keeps every line within a phone terminal’s 46 columns and ends with a newline', () => {
    const lines = welcome.split('\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(46);
  });
});
