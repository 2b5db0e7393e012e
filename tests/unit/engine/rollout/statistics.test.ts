import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../../src/engine/compile.ts';
import { startTimeline } from '../../../../src/engine/index.ts';
import { rolloutStartAt, runRollouts, type RolloutResult } from '../../../../src/engine/rollout/index.ts';
import { loadFile } from '../load-fixture.ts';
import { exact, stepOptions } from './exact.ts';

const RUNS = 20_000;
const DEPTH = 8;

/** |observed − p| within 4 binomial standard deviations (plus float slack). */
function expectBinomial(observed: number, p: number, n: number) {
  const sigma = Math.sqrt((p * (1 - p)) / n);
  expect(Math.abs(observed - p)).toBeLessThanOrEqual(4 * sigma + 1e-9);
}

/** Rollouts from the root, or from the `replayStep`-th replay node (where history decides who moves first). */
function setup(file: string, replayStep = 0) {
  const scenario = loadFile(file);
  const compiled = compileScenario(scenario);
  const timeline = startTimeline(scenario);
  const start = rolloutStartAt(timeline, replayStep === 0 ? 0 : (timeline.replayTrack()[replayStep] as number));
  return { compiled, start };
}

describe.each([
  ['tests/fixtures/rollout-exact.yaml', 0],
  ['tests/fixtures/engine-free.yaml', 0],
  ['tests/fixtures/engine-liaison.yaml', 0],
  ['tests/fixtures/engine-liaison.yaml', 1],
  ['scenarios/march-2019.yaml', 5],
] as const)('rollouts of %s from replay step %i', (file, step) => {
  const { compiled, start } = setup(file, step);
  const truth = exact(compiled, start, DEPTH);
  const result: RolloutResult = runRollouts(compiled, start, { runs: RUNS, depth: DEPTH, seed: 7, topPaths: 10 });

  it('should observe each outcome, turn by turn, at its exact probability (within 4 sigma)', () => {
    for (const outcome of result.outcomes) {
      const i = compiled.scenario.outcomes.findIndex((o) => o.id === outcome.id);
      expect(outcome.byTurn).toHaveLength(DEPTH + 1);
      outcome.byTurn.forEach((p, turn) => expectBinomial(p, truth.outcome[turn]?.[i] as number, RUNS));
      expect(outcome.probability).toBe(outcome.byTurn[DEPTH]);
    }
  });

  it('should give each top path its exact probability (within 4 sigma)', () => {
    expect(result.topPaths.length).toBeGreaterThan(0);
    for (const path of result.topPaths) {
      let state = start.state;
      let last = start.lastActor;
      let first = start.nextActor;
      let p = 1;
      for (const id of path.moves) {
        const code = id.startsWith('pass:') ? -1 - compiled.actorIds.indexOf(id.slice(5)) : compiled.scenario.moves.findIndex((m) => m.id === id);
        const option = stepOptions(compiled, state, last, first).find((o) => o.code === code);
        first = null;
        expect(option, `${id} is an option after ${path.moves.join(' ')}`).toBeDefined();
        p *= option?.p ?? 0;
        if (code >= 0) state = compiled.apply(state, code);
        last = option?.actor ?? last;
      }
      // A path shorter than the depth ended: the game is over or nobody can move.
      if (path.moves.length < DEPTH) expect(stepOptions(compiled, state, last, first)).toEqual([]);
      expectBinomial(path.probability, p, RUNS);
    }
  });

  it('should track the mean tension and mean cumulative Goldstein of the exact distribution', () => {
    const range = compiled.moveGoldstein.reduce((m, g) => Math.max(m, Math.abs(g)), 0) * DEPTH;
    for (const point of result.fan) {
      // Tension lies in [0, 100]: its standard deviation is at most 50.
      expect(Math.abs(point.mean - (truth.meanTension[point.turn] as number))).toBeLessThanOrEqual((4 * 50) / Math.sqrt(RUNS));
    }
    result.goldstein.forEach((g, a) => {
      g.meanByTurn.forEach((mean, turn) => {
        expect(Math.abs(mean - (truth.meanGoldstein[turn]?.[a] as number))).toBeLessThanOrEqual((4 * range) / Math.sqrt(RUNS) + 1e-9);
      });
    });
  });
});

describe('the exact fixture by hand', () => {
  it('should give war at turn 3 the hand-computed probability 2/3 × (1/2 × 3/5 + 1/2 × 1/3) = 14/45', () => {
    const { compiled, start } = setup('tests/fixtures/rollout-exact.yaml');
    const war = compiled.scenario.outcomes.findIndex((o) => o.id === 'war');
    expect(exact(compiled, start, 3).outcome[3]?.[war]).toBeCloseTo(14 / 45, 12);
    const observed = runRollouts(compiled, start, { runs: RUNS, depth: 3, seed: 99 }).outcomes.find((o) => o.id === 'war');
    expectBinomial(observed?.probability ?? -1, 14 / 45, RUNS);
  });
});
