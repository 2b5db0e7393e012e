/**
 * The moves list agrees with playing when an effect lapses (issue #12): a move is judged on the
 * postures the next move meets, on its date, once the effects that ran their course have ended.
 */
import { describe, expect, it } from 'vitest';
import { commitOptions, commitProblem } from '../../../src/engine/classroom/index.ts';
import { EngineError, startTimeline, type NodeId, type Timeline } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import { loadFile, loadWithMoves } from './load-fixture.ts';

const FIXTURE = 'tests/fixtures/time-lapse.yaml';

/** The fixture with a US move that needs the exercise running: the one-week drill opens it, and its end closes it. */
function withBriefing(): Scenario {
  return loadWithMoves(
    FIXTURE,
    `  - id: brief-drill
    actor: us
    label: Brief the press on the drill
    description: Possible only while an exercise runs.
    requires: { posture: us.exercises, is: running }
    effects:
      - { posture: us.exercises, set: none }
    cameo: "010"
    propensity: { base: 1, rationale: A test case. }
`,
  );
}

/** Plays `move` for `actor` `times` times from `at`; returns the timeline and the last node. */
function playRepeated(timeline: Timeline, at: NodeId, actor: string, move: string, times: number): { timeline: Timeline; node: NodeId } {
  let out = { timeline, node: at };
  for (let i = 0; i < times; i++) out = out.timeline.play(out.node, { actor, move });
  return out;
}

const option = (timeline: Timeline, node: NodeId, move: string) => timeline.moves(node).find((o) => o.move.id === move);

describe('moves judged on the postures of the next move\'s date', () => {
  // Replay step 3 pauses testing on 15 September for 75 days (it lapses on 29 November). Ten one-week
  // drills later the node is on 24 November, still paused; the next move falls on 1 December.
  function pausedUntilNextMove(): { timeline: Timeline; node: NodeId } {
    const start = startTimeline(loadFile(FIXTURE));
    const pause = start.replayTrack()[3] as NodeId;
    expect(start.node(pause).move?.move).toBe('pause-testing');
    return playRepeated(start, pause, 'us', 'run-drill', 10);
  }

  it('should list the ICBM test open when the pause lapses before the next move, and play it', () => {
    const { timeline, node } = pausedUntilNextMove();
    expect(timeline.node(node).date).toBe('2017-11-24');
    expect(timeline.postures(node).dprk?.testing).toBe('pause');
    const next = timeline.nextMove(node);
    expect(next.date).toBe('2017-12-01');
    expect(next.postures.dprk?.testing).toBe('testing');
    // The last drill (24 November, for 7 days) ends on the same date, after the pause: earliest first.
    expect(next.lapsed).toEqual([
      { posture: 'dprk.testing', due: '2017-11-29', holds: 'pause', to: 'testing' },
      { posture: 'us.exercises', due: '2017-12-01', holds: 'running', to: 'none' },
    ]);
    expect(option(timeline, node, 'icbm-test')).toMatchObject({ open: true, reason: null });
    expect(timeline.responses(node, 'dprk').find((r) => r.move === 'icbm-test')?.probability).toBeGreaterThan(0);
    const played = timeline.play(node, { actor: 'dprk', move: 'icbm-test' });
    expect(played.timeline.postures(played.node).dprk?.testing).toBe('icbm');
  });

  it('should keep the ICBM test closed one week earlier, when the pause still holds on the next move\'s date', () => {
    const start = startTimeline(loadFile(FIXTURE));
    const { timeline, node } = playRepeated(start, start.replayTrack()[3] as NodeId, 'us', 'run-drill', 9);
    const next = timeline.nextMove(node);
    expect(next.date).toBe('2017-11-24');
    expect(next.lapsed.map((l) => l.posture)).toEqual(['us.exercises']);
    expect(option(timeline, node, 'icbm-test')).toMatchObject({ open: false, reason: { code: 'requires' } });
    expect(timeline.responses(node, 'dprk').some((r) => r.move === 'icbm-test')).toBe(false);
    expect(() => timeline.play(node, { actor: 'dprk', move: 'icbm-test' })).toThrow(EngineError);
  });

  it('should list a move closed when the drill that opens it ends before the next move, and refuse to play it', () => {
    const start = startTimeline(withBriefing());
    const last = start.replayTrack().at(-1) as NodeId;
    const drill = start.play(last, { actor: 'us', move: 'run-drill' });
    // At the node the drill runs; seven days later, when the next move is played, it has ended.
    expect(drill.timeline.postures(drill.node).us?.exercises).toBe('running');
    expect(drill.timeline.nextMove(drill.node).postures.us?.exercises).toBe('none');
    const briefing = option(drill.timeline, drill.node, 'brief-drill');
    expect(briefing).toMatchObject({ open: false, reason: { code: 'requires', now: [{ posture: 'us.exercises', level: 'none' }] } });
    expect(drill.timeline.responses(drill.node, 'us').some((r) => r.move === 'brief-drill')).toBe(false);
    expect(() => drill.timeline.play(drill.node, { actor: 'us', move: 'brief-drill' })).toThrow(/closed/);
    // The exercise of the replay track runs on, with no end: there the briefing is open and plays.
    const exercise = start.play(last, { actor: 'us', move: 'start-exercise' });
    expect(option(exercise.timeline, exercise.node, 'brief-drill')?.open).toBe(true);
    expect(() => exercise.timeline.play(exercise.node, { actor: 'us', move: 'brief-drill' })).not.toThrow();
  });

  it('should judge a classroom commit on the same postures as the moves list', () => {
    const { timeline, node } = pausedUntilNextMove();
    expect(commitOptions(timeline, node, 'dprk').find((o) => o.move.id === 'icbm-test')?.open).toBe(true);
    expect(commitProblem(timeline, node, 'dprk', 'icbm-test')).toBeNull();
    const start = startTimeline(withBriefing());
    const drill = start.play(start.replayTrack().at(-1) as NodeId, { actor: 'us', move: 'run-drill' });
    expect(commitProblem(drill.timeline, drill.node, 'us', 'brief-drill')?.closed?.reason).toMatchObject({ code: 'requires' });
  });

  it('should agree with playing for every move at every node of a short free-play walk', () => {
    // From a free-play node: at a replay node history's own next step is reused, whatever its date.
    const start = startTimeline(withBriefing());
    let walk = start.play(start.replayTrack()[3] as NodeId, { actor: 'us', move: 'run-drill' });
    for (let turn = 0; turn < 14; turn++) {
      const { timeline, node } = walk;
      for (const o of timeline.moves(node)) {
        const plays = (() => {
          try {
            timeline.play(node, { actor: o.actor, move: o.move.id });
            return true;
          } catch {
            return false;
          }
        })();
        expect([turn, o.move.id, plays]).toEqual([turn, o.move.id, o.open]);
      }
      walk = timeline.play(node, { actor: 'us', move: turn % 2 === 0 ? 'run-drill' : 'start-exercise' });
    }
  });
});
