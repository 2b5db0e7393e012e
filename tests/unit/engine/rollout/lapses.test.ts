import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../../src/engine/compile.ts';
import { startTimeline } from '../../../../src/engine/index.ts';
import { nextResponses, RolloutRun, rolloutStartAt, runRollouts, startPoint, type RolloutFrom, type RolloutOptions } from '../../../../src/engine/rollout/index.ts';
import { loadScenario } from '../../../../src/scenario/load.ts';
import type { Scenario } from '../../../../src/scenario/types.ts';
import { loadFile } from '../load-fixture.ts';

// tests/fixtures/lapse-rollout.yaml: one actor, one move open in every state, no passing, so every
// rollout is the same. From the root (turn 1 on 6 January, 7 days a turn): raise the guard for 14
// days; keep watch (13 January); on 20 January the guard has lapsed to tired, so A rests; raise
// again (27 January); keep watch; on 10 February it lapses again; rest; raise. Without lapses the
// guard would stay up after turn 1: raise, then keep-watch to the horizon.
const guard = loadFile('tests/fixtures/lapse-rollout.yaml');

function rolloutsFrom(scenario: Scenario, from: RolloutFrom, options: RolloutOptions) {
  const { timeline, node } = startPoint(scenario, from);
  return runRollouts(compileScenario(scenario), rolloutStartAt(timeline, node), options);
}

const outcome = (result: ReturnType<typeof runRollouts>, id: string) => result.outcomes.find((o) => o.id === id)?.byTurn;

describe('rollouts with duration and lapse, by hand on the guard fixture', () => {
  it('should lapse the guard to tired 14 days after it was raised, in every run', () => {
    const result = rolloutsFrom(guard, {}, { runs: 200, depth: 7, seed: 11 });
    expect(result.topPaths).toEqual([{ moves: ['raise', 'keep-watch', 'rest', 'raise', 'keep-watch', 'rest', 'raise'], probability: 1, count: 200, ended: null }]);
    // The guard is down at the start and after each rest: turns 3 and 6.
    expect(outcome(result, 'down')).toEqual([1, 0, 0, 1, 0, 0, 1, 0]);
    expect(result.fan.map((f) => f.date)).toEqual(['2020-01-01', '2020-01-06', '2020-01-13', '2020-01-20', '2020-01-27', '2020-02-03', '2020-02-10', '2020-02-17']);
    expect(result.ended).toEqual({ terminal: 0, stalled: 0 });
  });

  it('should carry the lapse pending at the start node into the rollouts', () => {
    // Raised on 6 January: the start node holds a lapse due on 20 January, the rollouts' second turn.
    const { timeline, node } = startPoint(guard, { moves: ['raise'] });
    const start = rolloutStartAt(timeline, node);
    expect(start.lapses).toEqual([{ posture: 'a.guard', due: '2020-01-20', holds: 'up', to: 'tired' }]);
    const result = runRollouts(compileScenario(guard), start, { runs: 50, depth: 3, seed: 5 });
    expect(result.topPaths.map((p) => [p.moves, p.probability])).toEqual([[['keep-watch', 'rest', 'raise'], 1]]);
    expect(outcome(result, 'down')).toEqual([0, 0, 1, 0]);
  });

  it('should offer the next move on the lapsed postures when a lapse falls due before it', () => {
    // After raise and keep-watch (13 January) the next turn is on 20 January: the guard has tired.
    const { timeline, node } = startPoint(guard, { moves: ['raise', 'keep-watch'] });
    expect(nextResponses(compileScenario(guard), rolloutStartAt(timeline, node)).map((r) => [r.move, r.next])).toEqual([['rest', 1]]);
    // One turn earlier, the guard is still up.
    const before = startPoint(guard, { moves: ['raise'] });
    expect(nextResponses(compileScenario(guard), rolloutStartAt(before.timeline, before.node)).map((r) => r.move)).toEqual(['keep-watch']);
  });

  it('should give no start lapses for a scenario without a lasting effect', () => {
    const tutorial = loadFile('scenarios/tutorial.yaml');
    expect(rolloutStartAt(startTimeline(tutorial), 0)).not.toHaveProperty('lapses');
  });
});

// tests/fixtures/time-lapse.yaml with an outcome for the ICBM test, from the replay step of
// 15 September (a 75-day pause, due 29 November). The ICBM test needs testing, and from a pause
// only the lapse leads back there. With the DPRK's other moves weighed 0 (what-if), the DPRK has
// nothing to do while paused, so the US moves; with 7-day turns the pause lapses at turn 11
// (1 December, the first turn on or after 29 November). Free play then picks the DPRK or the US
// with 1/2 each, and the DPRK's one move is the ICBM test: by hand, the outcome holds with
// probability 0 up to turn 10, 1/2 at turn 11 and 3/4 at turn 12. Without lapses, never.
function timeLapseWithOutcome(): Scenario {
  const path = 'tests/fixtures/time-lapse.yaml';
  const text = `${readFileSync(join(import.meta.dirname, '..', '..', '..', '..', path), 'utf8')}
outcomes:
  - id: icbm
    label: ICBM tested
    description: The DPRK has tested an ICBM.
    when: { posture: dprk.testing, is: icbm }
`;
  const loaded = loadScenario(text, path);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  return loaded.scenario;
}

describe('rollouts with duration and lapse on the time-lapse fixture', () => {
  const scenario = timeLapseWithOutcome();
  const from = { replayDate: '2017-09-15' };
  const options = { runs: 4000, depth: 12, seed: 7, whatIf: { moveFactors: { 'nuclear-test': 0, 'pause-testing': 0 } } };

  it('should open the ICBM test only once the 75-day pause has lapsed (turn 11)', () => {
    const result = rolloutsFrom(scenario, from, options);
    const icbm = outcome(result, 'icbm') ?? [];
    const se = result.outcomes.find((o) => o.id === 'icbm')?.standardErrorByTurn ?? [];
    expect(icbm.slice(0, 11)).toEqual(Array.from({ length: 11 }, () => 0));
    expect(Math.abs((icbm[11] as number) - 1 / 2)).toBeLessThan(4 * (se[11] as number));
    expect(Math.abs((icbm[12] as number) - 3 / 4)).toBeLessThan(4 * (se[12] as number));
    expect(result.fan[11]?.date).toBe('2017-12-01');
  });

  it('should agree with the timeline along every path: each move open on its date, the same tension at the horizon', () => {
    // 300 runs have at most 300 distinct paths, so topPaths lists every rollout.
    const result = rolloutsFrom(scenario, from, { runs: 300, depth: 12, seed: 7, topPaths: 1000 });
    expect(result.topPaths.reduce((n, p) => n + p.count, 0)).toBe(300);
    expect(result.topPaths.some((p) => p.moves.includes('run-drill') && p.moves.includes('pause-testing'))).toBe(true);
    let tension = 0;
    for (const path of result.topPaths) {
      // startPoint plays each move on the timeline, which throws when a move is closed on its date.
      const end = startPoint(scenario, { ...from, moves: path.moves });
      tension += end.timeline.indicators(end.node).tension * path.count;
    }
    expect(result.fan[12]?.mean).toBeCloseTo(tension / 300, 9);
  });

  it('should give the same numbers for the same seed, however the work is sliced', () => {
    const { timeline, node } = startPoint(scenario, from);
    const start = rolloutStartAt(timeline, node);
    const whole = runRollouts(compileScenario(scenario), start, options);
    const run = new RolloutRun(compileScenario(scenario), start, options);
    while (run.completed < run.total) run.advance(333);
    expect(run.result()).toEqual(whole);
    expect(runRollouts(compileScenario(scenario), start, options)).toEqual(whole);
  });
});
