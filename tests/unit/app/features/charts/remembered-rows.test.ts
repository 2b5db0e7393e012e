/**
 * The charts remember each node's rows per timeline lineage (shared/node-rows.ts) and the points of
 * the paths asked for last. Whatever is played, deleted or renamed, what they give must be what a
 * fresh copy of the same tree (a new lineage, nothing remembered) gives.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { english } from '../../../../../src/app/lib/words/index.ts';
import { tensionData } from '../../../../../src/app/features/charts/tension/tension-data.ts';
import { goldsteinRows } from '../../../../../src/app/features/charts/goldstein/goldstein-data.ts';
import { cumulativeRows } from '../../../../../src/app/features/charts/cumulative/cumulative-data.ts';
import { PASS, timelineFromJSON, type Timeline } from '../../../../../src/engine/index.ts';
import { fixtureTimeline, playOpen } from '../../charts/engine-helpers.ts';

function fresh(timeline: Timeline): Timeline {
  const copy = timelineFromJSON(timeline.scenario, JSON.parse(JSON.stringify(timeline.toJSON())));
  if (!copy.ok) throw new Error(copy.error);
  return copy.timeline;
}

const charts = (timeline: Timeline, current: number) => ({
  tension: tensionData(english, timeline, current),
  goldstein: goldsteinRows(english, timeline, current),
  cumulative: cumulativeRows(english, timeline, current),
});

describe('chart rows remembered per node', () => {
  it('should give what a fresh copy of the tree gives, after any plays, passes, deletions, renames and plays on older versions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(7)), { minLength: 1, maxLength: 40 }), (steps) => {
        let timeline = fixtureTimeline();
        let current = timeline.root;
        const versions: Timeline[] = [];
        for (const [where, which, what] of steps) {
          versions.push(timeline);
          const ids = [...Array(200).keys()].filter((id) => timeline.has(id));
          const at = ids[where % ids.length] as number;
          if (what === 7) {
            // An undo: the next play on this older version copies its nodes into a new lineage.
            timeline = versions[which % versions.length] as Timeline;
            current = timeline.root;
          } else if (what === 0 && timeline.node(at).origin === 'play') {
            timeline = timeline.deleteSubtree(at);
            current = timeline.root;
          } else if (what === 1) {
            timeline = timeline.rename(at, `Name ${which % 3}`);
          } else {
            const open = timeline.moves(at).filter((m) => m.open);
            const option = open[which % Math.max(1, open.length)];
            const actor = timeline.nextActors(at)[0];
            // Passes keep the date: runs of same-day moves grow at the end of a remembered path.
            const ref = option && what !== 2 ? { actor: option.actor, move: option.move.id } : actor && timeline.scenario.turns.pass.allowed ? { actor, move: PASS } : null;
            if (!ref) continue;
            ({ timeline, node: current } = timeline.play(at, ref));
          }
          expect(charts(timeline, current)).toEqual(charts(fresh(timeline), current));
        }
      }),
      { numRuns: 40, seed: 13 },
    );
  });

  it('should give a branch the move did not touch as the same points, not a copy', () => {
    const start = fixtureTimeline();
    const from = start.replayTrack()[1] as number;
    // As in tension-data.test.ts: two branches from one replay step.
    const a = playOpen(start, from, 3, 0);
    const before = tensionData(english, a.timeline, a.node);
    const b = playOpen(a.timeline, from, 2, 1);
    const after = tensionData(english, b.timeline, b.node);
    expect(after.drawn.map((s) => s.kind)).toEqual(['replay', 'current', 'branch']);
    const untouched = after.drawn.find((s) => s.end === a.node);
    expect(untouched?.points).toBe(before.drawn.find((s) => s.end === a.node)?.points);
  });
});
