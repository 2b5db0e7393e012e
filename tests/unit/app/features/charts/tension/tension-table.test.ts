import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { tensionData } from '../../../../../../src/app/features/charts/tension/tension-data.ts';
import { tensionTable } from '../../../../../../src/app/features/charts/tension/tension-table.ts';
import { fixtureTimeline } from '../../../charts/engine-helpers.ts';

describe('tension table', () => {
  it('should hold one row per drawn point, with headers', () => {
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    const tension = tensionTable(english, tensionData(english, t, end).drawn);
    expect(tension.columns).toEqual(['Branch', 'Step', 'Date', 'Actor', 'Move', 'Tension']);
    expect(tension.rows).toHaveLength(10);
    expect(tension.rows[6]).toEqual(['Replay so far (you are here)', 1, '2019-03-02', 'US', 'Announce sanctions', Math.round(t.indicators(1).tension)]);
  });
});
