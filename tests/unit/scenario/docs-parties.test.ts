import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';

// Each section's examples are pieces of tests/fixtures/engine-parties.yaml, which must load: so the
// examples are valid where they stand, and the page cannot drift from the fixture.
const doc = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');
const fixture = readFileSync(new URL('../../fixtures/engine-parties.yaml', import.meta.url), 'utf8');

const SECTIONS = ['### Sources with several addresses', '### Short labels', '## Several actors, targets and third parties', '### Events without a CAMEO code', '### Modelling notes'];

function examplesUnder(heading: string): string[] {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const rest = doc.slice(start + heading.length + 2);
  const end = rest.search(/\n#{2,3} /);
  const body = end < 0 ? rest : rest.slice(0, end);
  return [...body.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

/** Whether the lines of `piece` appear in a row in `text`, all indented by the same amount. */
function containsIndented(text: string, piece: string): boolean {
  const lines = piece.trimEnd().split('\n');
  const all = text.split('\n');
  return all.some((line, i) => {
    const first = lines[0] as string;
    if (!line.endsWith(first) || line.trim() !== first.trim()) return false;
    const indent = line.slice(0, line.length - first.length);
    return lines.every((l, k) => all[i + k] === indent + l);
  });
}

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
