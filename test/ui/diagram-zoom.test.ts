/** How much projector mode magnifies the diagram (src/ui/diagram/zoom.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, projectorZoom } from '../../src/ui/diagram/zoom.ts';

describe('projectorZoom', () => {
  it('is 1 outside projector mode, whatever the size', () => {
    expect(projectorZoom({ width: 1600, height: 900 }, false)).toBe(1);
  });

  it('magnifies as far as the wide layout still fits the panel', () => {
    const zoom = projectorZoom({ width: 780, height: 480 }, true);
    expect(zoom).toBeGreaterThan(1.1);
    expect(780 / zoom).toBeGreaterThanOrEqual(640);
  });

  it('never goes beyond the maximum on a big screen, nor below 1 on a small one', () => {
    expect(projectorZoom({ width: 1900, height: 1000 }, true)).toBe(MAX_ZOOM);
    expect(projectorZoom({ width: 600, height: 300 }, true)).toBe(1);
  });

  it('is 1 before the panel has a size', () => {
    expect(projectorZoom({ width: 0, height: 0 }, true)).toBe(1);
  });
});
