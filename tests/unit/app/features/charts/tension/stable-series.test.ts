import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { tensionData } from '../../../../../../src/app/features/charts/tension/tension-data.ts';
import { reuseSeries } from '../../../../../../src/app/features/charts/tension/stable-series.ts';
import { fixtureTimeline, playOpen } from '../../../charts/engine-helpers.ts';

describe('reuseSeries', () => {
  it('should keep the previous object of every series a move did not change, and take the changed ones', () => {
    const t0 = fixtureTimeline('engine-free');
    const other = playOpen(t0, t0.root, 2, 1);
    const mine = playOpen(other.timeline, t0.root, 2, 0);
    const before = tensionData(english, mine.timeline, mine.node).drawn;
    // Playing on from the current node changes the current series only.
    const next = playOpen(mine.timeline, mine.node, 1);
    expect(next.node).not.toBe(mine.node);
    const after = tensionData(english, next.timeline, next.node).drawn;
    const kept = reuseSeries(before, after);
    expect(kept.map((s) => s.key)).toEqual(after.map((s) => s.key));
    const branch = kept.find((s) => s.kind === 'branch');
    expect(branch?.end).toBe(other.node);
    expect(branch).toBe(before.find((s) => s.kind === 'branch'));
    const current = kept.find((s) => s.kind === 'current');
    expect(current).toBe(after.find((s) => s.kind === 'current'));
    expect(current?.points.map((p) => p.node)).toEqual(next.timeline.pathTo(next.node));
  });

  it('should return the previous list itself when nothing changed, and the new one when a series left', () => {
    const t = fixtureTimeline();
    const node = t.replayTrack()[2] as number;
    const a = tensionData(english, t, node).drawn;
    const b = tensionData(english, t, node).drawn;
    expect(b).not.toBe(a);
    expect(reuseSeries(a, b)).toBe(a);
    expect(reuseSeries([], b)).toBe(b);
    const fewer = b.slice(0, 1);
    expect(reuseSeries(a, fewer)).toEqual(fewer);
    expect(reuseSeries(a, fewer)).not.toBe(a);
  });

  it('should not reuse a series whose label changed (a renamed branch)', () => {
    const t0 = fixtureTimeline();
    const from = t0.replayTrack()[1] as number;
    const other = playOpen(t0, from, 2, 1);
    const mine = playOpen(other.timeline, from, 1, 0);
    const before = tensionData(english, mine.timeline, mine.node).drawn;
    const renamed = mine.timeline.rename(other.node, 'Hawks');
    const after = reuseSeries(before, tensionData(english, renamed, mine.node).drawn);
    const branch = after.find((s) => s.kind === 'branch');
    expect(branch?.label).toBe('Hawks');
    expect(before).not.toContain(branch);
  });
});
