import { describe, expect, it } from 'vitest';
import { explore, exploreCapacity } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import { loadScenario } from '../../../src/scenario/load.ts';
import { gridScenario } from './grid-scenario.ts';
import { loadFile } from './load-fixture.ts';

// tests/fixtures/lapse-explore.yaml: raise puts the guard up for 14 days, then it lapses to tired;
// only a tired guard can rest. While the guard is up no move is open, but actors may pass.
const guard = () => loadFile('tests/fixtures/lapse-explore.yaml');

describe('whn explore with duration and lapse', () => {
  it('should report a level reached only through a lapse as reachable, and the move it opens as open', () => {
    const report = explore(guard());
    expect(report.unreachableLevels.all).toEqual([]);
    expect(report.neverOpenMoves.all).toEqual([]);
    // down, up (lapsing to tired), tired: three posture states, each with one way of lapses pending.
    expect(report.reachableStates).toBe(3);
    expect(report.searchedStates).toBe(3);
    expect(report.ok).toBe(true);
  });

  it('should not call a state a dead end when a pending lapse ends it', () => {
    expect(explore(guard()).deadEnds.count).toBe(0);
  });

  it('should keep the dead end when nobody may pass, so time cannot go on to the lapse', () => {
    const s = guard();
    const stuck: Scenario = { ...s, turns: { ...s.turns, pass: { allowed: false, weight: 1 } } };
    const report = explore(stuck);
    expect(report.deadEnds.count).toBe(1);
    expect(report.deadEnds.examples).toEqual([{ a: { guard: 'up' } }]);
    expect(report.unreachableLevels.all).toEqual(['a.guard.tired']);
    expect(report.neverOpenMoves.all).toEqual(['rest']);
  });

  it('should count posture states once however many ways lapses are pending in them (time-lapse fixture)', () => {
    // Exercises: none; running until a drill (or the replay step's exercise) ends; running for good.
    // Testing: a pause (always lapsing back to testing), testing, ICBM, nuclear. 2 × 4 posture states,
    // 3 × 4 searched.
    const report = explore(loadFile('tests/fixtures/time-lapse.yaml'));
    expect(report.reachableStates).toBe(8);
    expect(report.searchedStates).toBe(12);
    expect(report.deadEnds.count).toBe(0);
  });

  it('should drop a pending lapse when a later move changes the posture', () => {
    // The guard fixture with a move that puts a raised guard down for good: then "tired" is reached
    // only by waiting out the lapse, and still reached.
    const s = guard();
    const lower = { ...(s.moves[1] as Scenario['moves'][number]), id: 'lower', requires: { posture: 'a.guard', is: 'up' }, effects: [{ posture: 'a.guard', set: 'down' }] };
    const report = explore({ ...s, moves: [...s.moves, lower] as Scenario['moves'] });
    // down, up (lapsing), tired: lowering drops the lapse and lands on down, a state already met without one.
    expect(report.reachableStates).toBe(3);
    expect(report.searchedStates).toBe(3);
  });

  it('should search postures alone, as before, for a scenario without a lasting effect', () => {
    const report = explore(loadFile('scenarios/tutorial.yaml'));
    expect(report).not.toHaveProperty('searchedStates');
  });

  it('should refuse, with a message, a search whose states with their lapses pass 2^53', () => {
    // 2^52 posture states, and one posture whose effect lasts (3 ways: no lapse, or lapsing to l0 or l1).
    const text = gridScenario(52, 2).replace('set: l1 }', 'set: l1, for: 3 }');
    const loaded = loadScenario(text, 'grid.yaml');
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
    expect(() => explore(loaded.scenario)).toThrow(/lasting effects \(for\/until\).*pass 2\^53/);
    expect(exploreCapacity(loaded.scenario, 2 ** 20)).toBeGreaterThan(0);
  });
});
