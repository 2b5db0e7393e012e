import { describe, expect, it } from 'vitest';
import { NO_EXTRA, windowAround } from '../../../../src/app/features/timeline/tree-window.ts';

describe('the branch tree window', () => {
  it('should draw everything when it fits', () => {
    expect(windowAround(50, 10, 120, NO_EXTRA)).toEqual({ from: 0, to: 50 });
  });

  it('should draw the steps around the current one in a 10,000-step branch', () => {
    expect(windowAround(10_000, 5_000, 120, NO_EXTRA)).toEqual({ from: 4_940, to: 5_060 });
    // At either end, the window keeps its size.
    expect(windowAround(10_000, 3, 120, NO_EXTRA)).toEqual({ from: 0, to: 120 });
    expect(windowAround(10_000, 9_999, 120, NO_EXTRA)).toEqual({ from: 9_880, to: 10_000 });
  });

  it('should widen by what "show earlier" and "show later" asked for, up to the ends', () => {
    expect(windowAround(10_000, 5_000, 120, { before: 200, after: 0 })).toEqual({ from: 4_740, to: 5_060 });
    expect(windowAround(10_000, 9_999, 120, { before: 0, after: 200 })).toEqual({ from: 9_880, to: 10_000 });
    expect(windowAround(10_000, 100, 120, { before: 400, after: 400 })).toEqual({ from: 0, to: 560 });
  });
});
