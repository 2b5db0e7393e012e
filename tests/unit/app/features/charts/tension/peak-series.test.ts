import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { tensionData } from '../../../../../../src/app/features/charts/tension/tension-data.ts';
import { tensionTable } from '../../../../../../src/app/features/charts/tension/tension-table.ts';
import { fixtureTimeline } from '../../../charts/engine-helpers.ts';

describe('the peak so far line', () => {
  it('should not be drawn until asked for', () => {
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    expect(tensionData(english, t, end).drawn.map((s) => s.kind)).not.toContain('peak');
  });

  it('should hold the highest tension reached so far at each point of the current branch, and never fall', () => {
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    const data = tensionData(english, t, end, 7, true);
    const current = data.drawn.find((s) => s.kind === 'current');
    const peak = data.drawn.find((s) => s.kind === 'peak');
    if (!current || !peak) throw new Error('both lines are drawn');
    const tension = current.points.map((p) => p.tension);
    expect(peak.points.map((p) => p.tension)).toEqual(tension.map((_v, i) => Math.max(...tension.slice(0, i + 1))));
    // The liaison fixture's tension falls after step 2, so the two lines part there.
    expect(tension.at(-1)).toBeLessThan(peak.points.at(-1)?.tension as number);
    expect(peak.points.map((p) => p.node)).toEqual(current.points.map((p) => p.node));
  });

  it('should be in the table, as rows of its own', () => {
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    const rows = tensionTable(english, tensionData(english, t, end, 7, true).drawn).rows.filter((r) => r[0] === 'Peak so far');
    expect(rows).toHaveLength(5);
    expect(rows.at(-1)?.[5]).toBe(Math.round(Math.max(...t.replayTrack().map((id) => t.indicators(id).tension))));
  });
});
