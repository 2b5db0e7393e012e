import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { branchOf, layoutBranches, walkBranches } from '../../../../src/app/lib/branches.ts';
import { startTimeline, type Timeline } from '../../../../src/engine/index.ts';
import { restoreSession } from '../../../../src/engine/session/index.ts';
import { comb, gridForShapes, nested, sessionOf } from '../../engine/session/session-shapes.ts';
import { liaisonScenario } from '../fixtures.ts';

describe('the branch layout', () => {
  it('should lay out a tree 10,000 branches deep without running out of stack', () => {
    const grid = gridForShapes();
    const restored = restoreSession(sessionOf(grid, nested(10_000)), [grid]);
    if (!restored.ok) throw new Error(restored.error.message);
    const branches = layoutBranches(restored.init.timeline);
    expect(branches).toHaveLength(10_001);
    // Each branch leaves from the one before it, one level deeper.
    expect(branches.at(-1)).toMatchObject({ depth: 10_000, fork: 19_998, nodes: [20_000] });
    expect(branchOf(branches, 2)).toMatchObject({ depth: 1, fork: 0 });
  });
});

describe('the branch layout after one move', () => {
  // Seeded random sessions on the liaison scenario (a replay track): plays anywhere, deletions and
  // plays on older versions (undo, then a move). Each layout must be the one a whole walk gives.
  it('should be the layout of the whole tree, whatever was played where', () => {
    const scenario = liaisonScenario();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(9)), { minLength: 1, maxLength: 60 }), (steps) => {
        const versions: Timeline[] = [startTimeline(scenario)];
        let timeline = versions[0] as Timeline;
        for (const [where, which, what] of steps) {
          const ids = [...Array(300).keys()].filter((id) => timeline.has(id));
          const at = ids[where % ids.length] as number;
          if (what === 0 && versions.length > 1) timeline = versions[which % versions.length] as Timeline;
          else if (what === 1 && timeline.node(at).origin === 'play') timeline = timeline.deleteSubtree(at);
          else {
            const open = timeline.moves(at).filter((m) => m.open);
            const option = open[which % Math.max(1, open.length)];
            if (!option) continue;
            timeline = timeline.play(at, { actor: option.actor, move: option.move.id }).timeline;
          }
          versions.push(timeline);
          expect(layoutBranches(timeline)).toEqual(walkBranches(timeline));
        }
      }),
      { numRuns: 60, seed: 15 },
    );
  });

  it('should lay out one more move in a tree of 20,000 branches from the layout before it', () => {
    const grid = gridForShapes();
    const restored = restoreSession(sessionOf(grid, comb(20_000)), [grid]);
    if (!restored.ok) throw new Error(restored.error.message);
    const before = layoutBranches(restored.init.timeline);
    expect(before).toHaveLength(20_001);
    const start = restored.init.timeline;
    const taken = new Set(start.children(1).map((c) => start.node(c).move?.move));
    const fresh = start.moves(1).find((m) => m.open && !taken.has(m.move.id));
    if (!fresh) throw new Error('no fresh move at node 1');
    const next = start.play(1, { actor: fresh.actor, move: fresh.move.id }).timeline;
    const after = layoutBranches(next);
    expect(after).toEqual(walkBranches(next));
    // Branches the move did not touch are the same objects: nothing was walked again.
    expect(after.filter((b, i) => b === before[i] || b === before[i - 1]).length).toBe(after.length - 1);
  });
});
