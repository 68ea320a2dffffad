/**
 * Keyboard behaviour of the inspector tabs (WAI-ARIA tabs pattern, automatic
 * activation): arrows move between tabs and wrap, Home and End jump to the ends.
 */

/** The tab index a key moves to, or undefined when the key is not for the tab list. */
export function tabForKey(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
