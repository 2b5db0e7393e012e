import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/engine/compile.ts';
import { explore } from '../../../src/engine/explore.ts';
import { replayRows } from '../../../src/engine/replay.ts';
import { startTimeline } from '../../../src/engine/timeline.ts';
import type { NodeId, Timeline } from '../../../src/engine/types.ts';
import { loadFile } from './load-fixture.ts';

const scenario = () => loadFile('tests/fixtures/engine-relative-effects.yaml');

/** Plays moves from the root in turn order (dprk, us, …), returning the last node. */
function playAll(timeline: Timeline, moves: readonly (readonly [string, string])[]): { timeline: Timeline; node: NodeId } {
  let at: NodeId = timeline.root;
  let t = timeline;
  for (const [actor, move] of moves) ({ timeline: t, node: at } = t.play(at, { actor, move }));
  return { timeline: t, node: at };
}

describe('relative effects (raise, lower, atLeast, atMost)', () => {
  it('should move the replay one rung at a time and stop at the ends of the ladder', () => {
    const rows = replayRows(scenario());
    expect(rows.map((r) => [r.move, r.postures.us?.sanctions, r.postures.dprk?.testing])).toEqual([
      ['icbm-test', 'standing', 'icbm'], // atLeast icbm from pause
      ['tighten', 'partial', 'icbm'], // raise 1 from standing
      ['escalate-tests', 'partial', 'nuclear'], // raise 2 from icbm stops at the top
      ['tighten', 'maximum', 'nuclear'],
      ['icbm-test', 'maximum', 'nuclear'], // atLeast icbm leaves a nuclear test as it is
      ['tighten', 'maximum', 'nuclear'], // raise 1 at the top stays at the top
    ]);
  });

  it('should apply lower and atMost in play, through the XState machine', () => {
    const start = startTimeline(scenario());
    const { timeline, node } = playAll(start, [
      ['dprk', 'escalate-tests'], // pause → icbm
      ['us', 'ease'], // standing → relief; icbm → short-range (at most)
      ['dprk', 'icbm-test'], // short-range → icbm
      ['us', 'ease'], // relief stays relief (bottom); icbm → short-range
    ]);
    const levels = timeline.pathTo(node).map((id) => [timeline.postures(id).us?.sanctions, timeline.postures(id).dprk?.testing]);
    expect(levels).toEqual([
      ['standing', 'pause'],
      ['standing', 'icbm'],
      ['relief', 'short-range'],
      ['relief', 'icbm'],
      ['relief', 'short-range'],
    ]);
  });

  it('should lower a posture above the atMost level to it and leave one below it where it is', () => {
    const high = playAll(startTimeline(scenario()), [['dprk', 'escalate-tests'], ['us', 'tighten'], ['dprk', 'escalate-tests'], ['us', 'ease']]);
    expect(high.timeline.postures(high.node)).toEqual({ us: { sanctions: 'standing' }, dprk: { testing: 'short-range' } });
    const start = startTimeline(scenario());
    const low = start.inject(start.root, { actor: 'us', move: 'ease' });
    expect(low.timeline.postures(low.node)).toEqual({ us: { sanctions: 'relief' }, dprk: { testing: 'pause' } });
  });

  it('should give the compiled form the same level after each effect from every level', () => {
    const compiled = compileScenario(scenario());
    const sanctions = compiled.postures.findIndex((p) => p.ref === 'us.sanctions');
    const testing = compiled.postures.findIndex((p) => p.ref === 'dprk.testing');
    const moves = ['tighten', 'ease', 'icbm-test', 'escalate-tests'].map((id) => compiled.scenario.moves.findIndex((m) => m.id === id));
    const after = (move: number, posture: number) =>
      [0, 1, 2, 3].map((l) => compiled.level(compiled.apply(compiled.withLevel(compiled.initial, posture, l), move), posture));
    expect(after(moves[0] as number, sanctions)).toEqual([1, 2, 3, 3]); // raise 1
    expect(after(moves[1] as number, sanctions)).toEqual([0, 0, 1, 2]); // lower 1
    expect(after(moves[1] as number, testing)).toEqual([0, 1, 1, 1]); // atMost short-range
    expect(after(moves[2] as number, testing)).toEqual([2, 2, 2, 3]); // atLeast icbm
    expect(after(moves[3] as number, testing)).toEqual([2, 3, 3, 3]); // raise 2
  });

  it('should let explore reach every level through relative effects', () => {
    const report = explore(scenario());
    expect(report.unreachableLevels.all).toEqual([]);
    expect(report.neverOpenMoves.all).toEqual([]);
    expect(report.reachableStates).toBe(16);
  });
});
