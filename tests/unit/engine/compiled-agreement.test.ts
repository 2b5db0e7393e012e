import { describe, expect, it } from 'vitest';
import { checkAgreement } from './agreement.ts';
import { allScenarioFiles, loadFile } from './load-fixture.ts';

const full = process.env.WHN_FULL_AGREEMENT === '1';

describe.each(allScenarioFiles())('compiled engine vs XState machine: %s', (file) => {
  it('should agree on open/closed and the next state for every move in every reachable state', { timeout: 300_000 }, () => {
    const result = checkAgreement(loadFile(file), full);
    expect(result.mismatches).toEqual([]);
    expect(result.states).toBeGreaterThan(1);
    expect(result.transitions).toBeGreaterThan(0);
  });
});
