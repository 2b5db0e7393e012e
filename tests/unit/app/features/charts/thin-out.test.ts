import { describe, expect, it } from 'vitest';
import { MAX_DRAWN_POINTS, thinOut } from '../../../../../src/app/features/charts/shared/thin-out.ts';
import { drawnBars, goldsteinRows, MAX_DRAWN_BARS } from '../../../../../src/app/features/charts/goldstein/goldstein-data.ts';
import { goldsteinNote } from '../../../../../src/app/features/charts/goldstein/goldstein-frame.ts';
import { english } from '../../../../../src/app/lib/words/index.ts';
import { restoreSession } from '../../../../../src/engine/session/index.ts';
import { chain, gridForShapes, sessionOf } from '../../../engine/session/session-shapes.ts';

describe('what a long series draws', () => {
  const wave = Array.from({ length: 10_000 }, (_, i) => ({ i, v: Math.sin(i / 37) * 40 + (i === 4321 ? 500 : 0) + (i === 777 ? -500 : 0) }));

  it('should keep a short series whole', () => {
    const short = wave.slice(0, MAX_DRAWN_POINTS);
    expect(thinOut(short, (p) => [p.v])).toBe(short);
  });

  it('should draw at most the cap, in order, with the first, the last, and every peak and trough', () => {
    const drawn = thinOut(wave, (p) => [p.v]);
    expect(drawn.length).toBeLessThanOrEqual(MAX_DRAWN_POINTS);
    expect(drawn.length).toBeGreaterThan(MAX_DRAWN_POINTS / 2);
    expect(drawn[0]).toBe(wave[0]);
    expect(drawn.at(-1)).toBe(wave.at(-1));
    expect(drawn.map((p) => p.i)).toEqual([...drawn.map((p) => p.i)].sort((a, b) => a - b));
    expect(drawn.map((p) => p.i)).toEqual(expect.arrayContaining([4321, 777]));
    expect(Math.max(...drawn.map((p) => p.v))).toBe(Math.max(...wave.map((p) => p.v)));
    expect(Math.min(...drawn.map((p) => p.v))).toBe(Math.min(...wave.map((p) => p.v)));
  });

  it('should keep each value’s extremes when a row holds several (one line per side)', () => {
    const rows = wave.map((p) => ({ ...p, w: p.i === 9000 ? 999 : -p.v }));
    const drawn = thinOut(rows, (r) => [r.v, r.w]);
    expect(drawn.length).toBeLessThanOrEqual(MAX_DRAWN_POINTS);
    expect(drawn.map((r) => r.i)).toEqual(expect.arrayContaining([4321, 777, 9000]));
  });

  it('should draw the last bars of a long path and say how many it leaves out', () => {
    const grid = gridForShapes();
    const restored = restoreSession(sessionOf(grid, chain(MAX_DRAWN_BARS + 30)), [grid]);
    if (!restored.ok) throw new Error(restored.error.message);
    const rows = goldsteinRows(english, restored.init.timeline, MAX_DRAWN_BARS + 30);
    expect(rows.length).toBeGreaterThan(MAX_DRAWN_BARS);
    expect(drawnBars(rows)).toEqual(rows.slice(-MAX_DRAWN_BARS));
    expect(goldsteinNote(english, rows)).toBe(`The chart draws the last ${MAX_DRAWN_BARS} of ${rows.length} moves on this path; the table and the CSV have every move.`);
    expect(goldsteinNote(english, rows.slice(0, MAX_DRAWN_BARS))).toBeNull();
  });
});
