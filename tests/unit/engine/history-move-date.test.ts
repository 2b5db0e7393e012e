/**
 * History's own next move at a replay node is judged on its step's date (issue #12 follow-up):
 * after the 75-day pause of 15 September, history tests an ICBM on 29 November, the day the pause
 * ends, so its card is open; a branch played a turn later (22 September) still meets the pause.
 */
import { describe, expect, it } from 'vitest';
import { commitProblem } from '../../../src/engine/classroom/index.ts';
import { startTimeline, type NodeId } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import { loadWithMoves } from './load-fixture.ts';

/** The time-lapse fixture with a second DPRK move that, like the ICBM test, needs testing resumed. */
function withLaunch(): Scenario {
  return loadWithMoves(
    'tests/fixtures/time-lapse.yaml',
    `  - id: short-launch
    actor: dprk
    label: Launch a short-range missile
    description: Possible once testing has resumed.
    requires: { posture: dprk.testing, is: testing }
    effects:
      - { posture: dprk.testing, set: testing }
    cameo: "150"
    propensity: { base: 1, rationale: A test case. }
`,
  );
}

describe("history's next move judged on its own step's date", () => {
  const timeline = startTimeline(withLaunch());
  const track = timeline.replayTrack();
  const pause = track[3] as NodeId;
  const option = (node: NodeId, move: string) => timeline.moves(node).find((o) => o.move.id === move);

  it("should list history's ICBM test open at the pause node, as the pause ends by its date", () => {
    expect(timeline.node(pause).move?.move).toBe('pause-testing');
    expect(timeline.node(track[4] as NodeId).date).toBe('2017-11-29');
    expect(option(pause, 'icbm-test')).toMatchObject({ open: true, reason: null, history: true });
  });

  it('should keep the branch moves on the branch date, a turn later, when the pause still holds', () => {
    expect(timeline.nextMove(pause)).toMatchObject({ date: '2017-09-22', postures: { dprk: { testing: 'pause' } } });
    expect(option(pause, 'short-launch')).toMatchObject({ open: false, history: false, reason: { code: 'requires' } });
    expect(timeline.moves(pause).filter((o) => o.history).map((o) => o.move.id)).toEqual(['icbm-test']);
  });

  it("should let a classroom commit history's move there, and refuse a branch move the pause closes", () => {
    expect(commitProblem(timeline, pause, 'dprk', 'icbm-test')).toBeNull();
    expect(commitProblem(timeline, pause, 'dprk', 'short-launch')?.closed).toMatchObject({ move: 'short-launch', reason: { code: 'requires' } });
  });

  it("should follow the track when history's move is played there", () => {
    expect(timeline.play(pause, { actor: 'dprk', move: 'icbm-test' }).node).toBe(track[4]);
  });

  it('should judge the ICBM test on the branch date once off the track, where it is closed', () => {
    const off = timeline.play(pause, { actor: 'dprk', move: 'pause-testing' });
    expect(off.timeline.moves(off.node).some((o) => o.history)).toBe(false);
    expect(off.timeline.moves(off.node, 'dprk').find((o) => o.move.id === 'icbm-test')).toMatchObject({ open: false, reason: { code: 'requires' } });
  });

  it('should mark no history move after the last step', () => {
    expect(timeline.moves(track[track.length - 1] as NodeId).some((o) => o.history)).toBe(false);
  });
});
