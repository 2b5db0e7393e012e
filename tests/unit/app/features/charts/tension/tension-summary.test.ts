import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { tensionData } from '../../../../../../src/app/features/charts/tension/tension-data.ts';
import { tensionSummary } from '../../../../../../src/app/features/charts/tension/tension-summary.ts';
import { fixtureTimeline, playOpen } from '../../../charts/engine-helpers.ts';

const formatDate = english.format.date;

describe('tension summary', () => {
  it('should describe the tension on the current branch, its peak, the record and the other branches', () => {
    const t0 = fixtureTimeline();
    const track = t0.replayTrack();
    const a = playOpen(t0, track[1] as number, 2, 0);
    const here = track[3] as number;
    const data = tensionData(english, a.timeline, here);
    const path = a.timeline.pathTo(here).map((id) => a.timeline.indicators(id).tension);
    const peakAt = path.indexOf(Math.max(...path));
    const peakDate = a.timeline.node(a.timeline.pathTo(here)[peakAt] as number).date;
    const text = tensionSummary(english, data);
    const first = Math.round(path[0] as number);
    const last = Math.round(path.at(-1) as number);
    const verb = last > first ? `rose from ${first} to ${last}` : last < first ? `fell from ${first} to ${last}` : `ended where it started, at ${last}`;
    expect(text).toContain(`On this branch tension ${verb} over 3 moves (1 Mar 2019 to 5 Mar 2019)`);
    expect(text).toContain(`peak ${Math.round(Math.max(...path))} on ${formatDate(peakDate)}`);
    const recordEnd = Math.round(a.timeline.indicators(track.at(-1) as number).tension);
    expect(text).toContain(`The historical record ends at ${recordEnd} on 7 Mar 2019.`);
    expect(text).toContain(`One other branch is drawn; it ends at ${Math.round(a.timeline.indicators(a.node).tension)}.`);
    expect(tensionSummary(english, tensionData(english, a.timeline, here, 1))).toContain('1 more branch is not drawn (in the CSV).');
  });

  it('should say when nothing has happened yet', () => {
    const t = fixtureTimeline();
    expect(tensionSummary(english, tensionData(english, t, t.root))).toMatch(/^No moves yet: tension stands at \d+\./);
  });
});
