import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { actorsOf, cumulativeRows } from '../../../../../../src/app/features/charts/cumulative/cumulative-data.ts';
import { cumulativeTable } from '../../../../../../src/app/features/charts/cumulative/cumulative-table.ts';
import { fixtureTimeline } from '../../../charts/engine-helpers.ts';

describe('cumulative table', () => {
  it('should hold one row per path node, with a column per actor', () => {
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    const c = cumulativeTable(english, cumulativeRows(english, t, end), actorsOf(t));
    expect(c.columns).toEqual(['Step', 'Date', 'Move', 'US', 'DPRK']);
    expect(c.rows[0]).toEqual([0, '2019-03-01', 'Start', 0, 0]);
  });
});
