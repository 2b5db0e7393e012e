import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { goldsteinRows } from '../../../../../../src/app/features/charts/goldstein/goldstein-data.ts';
import { goldsteinTable } from '../../../../../../src/app/features/charts/goldstein/goldstein-table.ts';
import { fixtureTimeline } from '../../../charts/engine-helpers.ts';

describe('Goldstein table', () => {
  it('should hold one row per move on the path, with the nodes they are about', () => {
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    const g = goldsteinTable(english, goldsteinRows(english, t, end));
    expect(g.rows.map((r) => r[3])).toEqual(['Announce sanctions', 'Withdraw liaison staff', 'Cancel sanctions by tweet', 'Return liaison staff']);
    expect(g.nodes).toEqual(t.pathTo(end).slice(1));
  });
});
