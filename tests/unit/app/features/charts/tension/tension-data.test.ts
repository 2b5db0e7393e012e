import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { allTensionSeries, tensionData } from '../../../../../../src/app/features/charts/tension/tension-data.ts';
import type { Timeline } from '../../../../../../src/engine/index.ts';
import { fixtureTimeline, playOpen } from '../../../charts/engine-helpers.ts';

function tensions(t: Timeline, ids: readonly number[]) {
  return ids.map((id) => t.indicators(id).tension);
}

describe('tensionData', () => {
  it('should draw the replay track as a ghost and the current path up to the current node', () => {
    const t = fixtureTimeline();
    const track = t.replayTrack();
    const data = tensionData(english, t, track[2] as number);
    expect(data.drawn.map((s) => [s.kind, s.label])).toEqual([
      ['replay', 'Historical record'],
      ['current', 'Replay so far (you are here)'],
    ]);
    const [ghost, current] = data.drawn;
    expect(ghost?.points.map((p) => p.date)).toEqual(['2019-03-01', '2019-03-02', '2019-03-04', '2019-03-05', '2019-03-07']);
    expect(ghost?.points.map((p) => p.tension)).toEqual(tensions(t, track));
    expect(current?.points.map((p) => p.node)).toEqual(track.slice(0, 3));
    expect(current?.points.map((p) => p.x)).toEqual([0, 1, 3]);
    expect(data.omitted).toBe(0);
    expect(data.xDomain).toEqual([0, 6]);
  });

  it('should draw a branch started from a replay step beside the current one, each with its own path', () => {
    const t0 = fixtureTimeline();
    const from = t0.replayTrack()[1] as number;
    const a = playOpen(t0, from, 3, 0);
    const b = playOpen(a.timeline, from, 2, 1);
    const data = tensionData(english, b.timeline, b.node);
    expect(data.drawn.map((s) => s.kind)).toEqual(['replay', 'current', 'branch']);
    const other = data.drawn[2];
    expect(other).toMatchObject({ label: 'Branch 1', end: a.node });
    expect(other?.points.map((p) => p.node)).toEqual(b.timeline.pathTo(a.node));
    expect(other?.points.map((p) => p.tension)).toEqual(tensions(b.timeline, b.timeline.pathTo(a.node)));
    expect(data.drawn[1]?.points.map((p) => p.node)).toEqual(b.timeline.pathTo(b.node));
  });

  it('should keep x increasing along a path even when several moves share a date', () => {
    const t = fixtureTimeline('engine-free');
    const { timeline, node } = playOpen(t, t.root, 6);
    const points = tensionData(english, timeline, node).drawn.find((s) => s.kind === 'current')?.points ?? [];
    expect(points).toHaveLength(7);
    for (let i = 1; i < points.length; i++) expect(points[i]!.x).toBeGreaterThan(points[i - 1]!.x);
  });

  it('should draw at most the series budget, keeping named branches, and count the rest', () => {
    let t = fixtureTimeline();
    const track = t.replayTrack();
    const ends: number[] = [];
    // One branch per open move at every replay step: more branches than the budget.
    for (const at of track) {
      for (const option of t.moves(at).filter((m) => m.open)) {
        const r = t.play(at, { actor: option.actor, move: option.move.id });
        t = r.timeline;
        if (t.children(r.node).length === 0 && !track.includes(r.node)) ends.push(r.node);
      }
    }
    const budget = 4;
    expect(ends.length).toBeGreaterThan(budget + 1);
    const leaves = t.leaves().filter((id) => !track.includes(id));
    t = t.rename(ends[0] as number, 'Hawks');
    const current = ends[3] as number;
    const data = tensionData(english, t, current, budget);
    const branches = data.drawn.filter((s) => s.kind !== 'replay');
    expect(branches).toHaveLength(budget);
    expect(data.omitted).toBe(leaves.length - budget);
    expect(branches[0]).toMatchObject({ kind: 'current', end: current });
    expect(branches.map((s) => s.label)).toContain('Hawks');
    // After the named one, the most recent branches are the ones drawn.
    const drawnEnds = branches.slice(1).map((s) => s.end).filter((e) => e !== ends[0]);
    const newest = leaves.filter((l) => l !== current && l !== ends[0]).sort((x, y) => y - x).slice(0, drawnEnds.length);
    expect([...drawnEnds].sort()).toEqual([...newest].sort());
    const all = allTensionSeries(english, t, current);
    expect(all.filter((s) => s.kind !== 'replay')).toHaveLength(leaves.length);
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
  });
});
