import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { cumulativeRows } from '../../../../../../src/app/features/charts/cumulative/cumulative-data.ts';
import { goldsteinRows } from '../../../../../../src/app/features/charts/goldstein/goldstein-data.ts';
import { fixtureTimeline } from '../../../charts/engine-helpers.ts';

describe('cumulativeRows', () => {
  it("should sum each actor's weights along the path, starting at 0", () => {
    const t = fixtureTimeline();
    const track = t.replayTrack();
    const rows = cumulativeRows(english, t, track[track.length - 1] as number);
    expect(rows[0]?.values).toEqual({ us: 0, dprk: 0 });
    const g = goldsteinRows(english, t, track[track.length - 1] as number);
    const sum = (actor: string) => g.filter((r) => r.move.actor === actor).reduce((n, r) => n + (r.goldstein ?? 0), 0);
    expect(rows.at(-1)?.values.us).toBeCloseTo(sum('us'));
    expect(rows.at(-1)?.values.dprk).toBeCloseTo(sum('dprk'));
    expect(rows.map((r) => r.step)).toEqual([0, 1, 2, 3, 4]);
  });
});
