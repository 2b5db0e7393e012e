import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/engine/compile.ts';
import { formatProblem, loadScenario, MAX_STATE_SPACE, stateSpace } from '../../../src/scenario/index.ts';
import { gridScenario } from './grid-scenario.ts';

describe('what can run: the loader and the engine agree', () => {
  it('should count packed states, or say at which posture they stop fitting one number', () => {
    expect(stateSpace([2, 3, 4])).toEqual({ fits: true, size: 24 });
    expect(stateSpace([])).toEqual({ fits: true, size: 1 });
    expect(stateSpace(Array(52).fill(2))).toEqual({ fits: true, size: 2 ** 52 });
    expect(2 ** 53).toBeGreaterThan(MAX_STATE_SPACE);
    expect(stateSpace(Array(53).fill(2))).toEqual({ fits: false, overflowAt: 52 });
  });

  it.each([
    [12, 20, true], // 20^12 ≈ 4.1e15
    [13, 20, false], // 20^13 ≈ 8.2e16
    [20, 6, true], // 6^20 ≈ 3.7e15
    [21, 6, false],
    [40, 6, false],
    [52, 2, true],
    [240, 2, false], // 12 actors of 20 postures
  ])('%i postures of %i levels: validates %s, and compiles exactly when it validates', (postures, levels, runs) => {
    const result = loadScenario(gridScenario(postures, levels), 'grid.yaml');
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual(runs ? [] : [expect.stringMatching(/combinations of levels, more than the 9007199254740991 the engine can run/)]);
    if (result.ok) expect(compileScenario(result.scenario).stateSpace).toBe(levels ** postures);
  });

  it('should locate the message at the list of postures where the count passes the limit, with a fix', () => {
    const result = loadScenario(gridScenario(21, 6), 'grid.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^grid\.yaml:\d+:\d+: actors\[1\]\.postures: the 21 postures make about 2\.2e16 combinations .* at this actor's 1st posture \(the 21st of 21\) — until a later version lifts this limit, use fewer postures or fewer levels/),
    ]);
  });
});
