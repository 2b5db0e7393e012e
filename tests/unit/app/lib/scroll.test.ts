// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { scrollNearestWithin } from '../../../../src/app/lib/scroll.ts';

/** A container showing y 100–300 of the page, and an item at `top`–`top + 20`. */
function setup(top: number, scrollTop = 0) {
  const container = document.createElement('div');
  const item = document.createElement('div');
  container.scrollTop = scrollTop;
  container.getBoundingClientRect = () => ({ top: 100, bottom: 300, left: 0, right: 100, width: 100, height: 200, x: 0, y: 100, toJSON: () => ({}) });
  item.getBoundingClientRect = () => ({ top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: top, toJSON: () => ({}) });
  return { container, item };
}

describe('scrollNearestWithin', () => {
  it.each([
    { name: 'leaves a visible item alone', top: 150, start: 40, expected: 40 },
    { name: 'scrolls down just enough for an item below', top: 400, start: 0, expected: 128 },
    { name: 'scrolls up just enough for an item above', top: 60, start: 200, expected: 152 },
  ])('$name', ({ top, start, expected }) => {
    const { container, item } = setup(top, start);
    // jsdom has no layout: scrollTop is a plain number here, as the helper sets it.
    Object.defineProperty(container, 'scrollTop', { value: start, writable: true });
    scrollNearestWithin(container, item);
    expect(container.scrollTop).toBe(expected);
  });
});
