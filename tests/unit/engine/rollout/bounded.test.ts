import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../../src/engine/compile.ts';
import { modelFor } from '../../../../src/engine/rollout/model.ts';
import { rolloutStartAt, runRollouts, startPoint } from '../../../../src/engine/rollout/index.ts';
import { loadFile } from '../load-fixture.ts';

// Issue 13: the state catalog (and the tables over it) is a bounded cache; emptying it between
// rollouts changes nothing a user sees, on a packed scenario and on a wide one.
describe.each(['tests/fixtures/large-crisis.yaml', 'tests/fixtures/large-40x6.yaml'])('rollouts on %s with a bounded catalog', (file) => {
  it('should give the same numbers when the catalog is emptied many times', () => {
    const scenario = loadFile(file);
    const start = rolloutStartAt(startPoint(scenario, {}).timeline, 0);
    const options = { runs: 600, depth: 30, seed: 5 };
    const roomy = runRollouts(compileScenario(scenario), start, options);
    const tight = compileScenario(scenario);
    const catalog = modelFor(tight).catalog;
    catalog.maxStates = 500;
    const bounded = runRollouts(tight, start, options);
    expect(catalog.generation).toBeGreaterThan(10);
    expect(catalog.count).toBeLessThanOrEqual(500 + options.depth + 1);
    expect(bounded).toEqual(roomy);
  });
});
