import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/engine/compile.ts';
import { explore } from '../../../src/engine/explore.ts';
import { MAX_STATE_SPACE, loadScenario, stateSpace } from '../../../src/scenario/index.ts';
import { gridScenario } from './grid-scenario.ts';

describe('any size of scenario runs (issue 13)', () => {
  it('should count packed states, or say at which posture they stop fitting one number', () => {
    expect(stateSpace([2, 3, 4])).toEqual({ fits: true, size: 24 });
    expect(stateSpace([])).toEqual({ fits: true, size: 1 });
    expect(stateSpace(Array(52).fill(2))).toEqual({ fits: true, size: 2 ** 52 });
    expect(2 ** 53).toBeGreaterThan(MAX_STATE_SPACE);
    expect(stateSpace(Array(53).fill(2))).toEqual({ fits: false, overflowAt: 52 });
  });

  it.each([
    [12, 20, false], // 20^12 ≈ 4.1e15: one number
    [13, 20, true], // 20^13 ≈ 8.2e16: interned words
    [20, 6, false],
    [21, 6, true],
    [40, 6, true],
    [240, 2, true], // 12 actors of 20 postures
  ])('%i postures of %i levels validate and compile (wide: %s)', (postures, levels, wide) => {
    const result = loadScenario(gridScenario(postures, levels), 'grid.yaml');
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([]);
    if (!result.ok) return;
    const compiled = compileScenario(result.scenario);
    expect(compiled.wide).toBe(wide);
    expect(compiled.stateSpace).toBeCloseTo(levels ** postures, -Math.floor(Math.log10(levels ** postures)) + 10);
  });

  it('should read, change and unpack a wide state the way it does a packed one', () => {
    const result = loadScenario(gridScenario(40, 6, { everyLevel: true }), 'grid.yaml');
    if (!result.ok) throw new Error('grid does not load');
    const compiled = compileScenario(result.scenario);
    const start = compiled.initial;
    expect(compiled.unpack(start).a0?.p0).toBe('l0');
    const moved = compiled.apply(start, result.scenario.moves.findIndex((m) => m.id === 'set-p39-l5'));
    expect(compiled.level(moved, 39)).toBe(5);
    expect(compiled.unpack(moved).a1?.p39).toBe('l5');
    // The same posture state is the same number, however it was reached.
    expect(compiled.pack(compiled.unpack(moved))).toBe(moved);
    expect(compiled.withLevel(moved, 39, 0)).toBe(start);
    expect(compiled.projection(moved, Int32Array.from([39]))).toBe(moved);
    expect(compiled.projection(moved, Int32Array.from([0]))).toBe(start);
  });

  it('should explore a wide scenario up to its cap and stop there with the count', () => {
    const result = loadScenario(gridScenario(21, 6, { everyLevel: true }), 'grid.yaml');
    if (!result.ok) throw new Error('grid does not load');
    expect(() => explore(result.scenario, { maxStates: 20_000 })).toThrow(/stopped at 20,000 states, the cap/);
  });
});
