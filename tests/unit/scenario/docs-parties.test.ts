import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';
import { containsIndented, examplesUnder } from './docs-blocks.ts';

// Each section's examples are pieces of tests/fixtures/engine-parties.yaml, which must load: so the
// examples are valid where they stand, and the page cannot drift from the fixture.
const fixture = readFileSync(new URL('../../fixtures/engine-parties.yaml', import.meta.url), 'utf8');

const SECTIONS = ['### Sources with several addresses', '### Short labels', '## Several actors, targets and third parties', '### Events without a CAMEO code', '### Modelling notes'];

describe('docs/scenario-format.md, the sections on parties, uncoded events, modelling notes, source links and short labels', () => {
  it('should have a fixture that loads', () => {
    const result = loadScenario(fixture, 'tests/fixtures/engine-parties.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it.each(SECTIONS)('should show, under "%s", examples that are part of the valid fixture', (heading) => {
    const examples = examplesUnder(heading);
    expect(examples.length, `${heading} has a yaml example`).toBeGreaterThan(0);
    for (const example of examples) expect(containsIndented(fixture, example), example).toBe(true);
  });
});
