import { describe, expect, it } from 'vitest';
import { fixtureTimeline, playOpen } from '../app/charts/engine-helpers.ts';

describe('timeline lineage', () => {
  it('should say which node a play appended, and nothing for any other change', () => {
    const start = fixtureTimeline();
    const a = playOpen(start, start.root, 1, 1);
    expect(a.timeline.appendedTo(start)).toBe(a.node);
    expect(a.timeline.lineage).toBe(start.lineage);
    expect(start.appendedTo(a.timeline)).toBeNull();
    const b = playOpen(a.timeline, a.node, 2);
    expect(b.timeline.appendedTo(start)).toBeNull();
    expect(a.timeline.rename(a.node, 'x').appendedTo(a.timeline)).toBeNull();
    expect(a.timeline.deleteSubtree(a.node).appendedTo(a.timeline)).toBeNull();
  });

  it('should copy an older version for a play after an undo, and say it grew from that version', () => {
    const start = fixtureTimeline();
    const from = start.replayTrack()[1] as number;
    const later = playOpen(start, from, 3, 0);
    const other = playOpen(start, from, 1, 1);
    expect(other.timeline.lineage).not.toBe(start.lineage);
    expect(other.timeline.lineageOrigin).toEqual({ lineage: start.lineage, below: start.size });
    expect(other.timeline.appendedTo(start)).toBe(other.node);
    expect(other.timeline.appendedTo(later.timeline)).toBeNull();
    // What the copy shares, it reads alike; what it does not, it computes for itself.
    for (const id of start.replayTrack()) expect(other.timeline.indicators(id)).toEqual(start.indicators(id));
    expect(other.timeline.pathTo(other.node)).toEqual([start.root, from, other.node]);
  });
});
