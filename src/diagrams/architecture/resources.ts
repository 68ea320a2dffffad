/**
 * Networks and volumes as rows of chips inside their boxes ("bridge", "host", a named
 * volume …). One row only: what does not fit becomes a "+N" chip, so the strip keeps
 * its height however many exist.
 */
import { CHAR_WIDTH, fit, round } from './geometry.ts';
import type { Chip, Rect } from './layout-types.ts';

const FONT = 11;
const GAP = 6;
const HEIGHT = 20;

function width(label: string): number {
  return Math.ceil(label.length * FONT * CHAR_WIDTH + 14);
}

export function layoutChips(kind: 'network' | 'volume', names: string[], area: Rect): Chip[] {
  const chips: Chip[] = [];
  const y = round(area.y + area.height - HEIGHT);
  let x = area.x;
  for (let i = 0; i < names.length; i++) {
    const left = names.length - i - 1;
    const label = fit(names[i], area.width - 14, FONT);
    const w = Math.min(area.width, width(label));
    const more = `+${left}`;
    const roomForMore = left === 0 ? 0 : width(more) + GAP;
    if (x + w + roomForMore > area.x + area.width + 0.5) {
      const rest = names.length - i;
      const label = `+${rest}`;
      if (x + width(label) > area.x + area.width && chips.length > 0) {
        const dropped = chips.pop() as Chip;
        x = dropped.x;
        chips.push({
          key: `${kind}:more`,
          kind: 'more',
          label: `+${rest + 1}`,
          x,
          y,
          width: width(`+${rest + 1}`),
          height: HEIGHT,
        });
      } else {
        chips.push({ key: `${kind}:more`, kind: 'more', label, x, y, width: width(label), height: HEIGHT });
      }
      return chips;
    }
    chips.push({ key: `${kind}:${names[i]}`, kind, label, x: round(x), y, width: w, height: HEIGHT });
    x += w + GAP;
  }
  return chips;
}
