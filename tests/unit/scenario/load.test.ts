import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem, loadScenario, type Scenario } from '../../../src/scenario/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const minimal = fixture('minimal.yaml');
const full = fixture('valid-full.yaml');

function load(text: string | Uint8Array): Scenario {
  const result = loadScenario(text, 'test.yaml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.scenario;
}

function problemsOf(text: string): string[] {
  const result = loadScenario(text, 'test.yaml');
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('loadScenario', () => {
  it.each([
    ['minimal.yaml', minimal],
    ['valid-full.yaml', full],
  ])('should load %s', (_name, text) => {
    const scenario = load(text);
    expect(scenario.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('should fill in defaults so the engine never meets a missing list', () => {
    const scenario = load(minimal);
    expect(scenario.outcomes).toEqual([]);
    expect(scenario.replay).toEqual([]);
    expect(scenario.debrief).toEqual([]);
    expect(scenario.meta.sources).toEqual([]);
    expect(scenario.turns.pass).toEqual({ allowed: false, weight: 1 });
    expect(scenario.explore).toEqual({ unreachable: [], neverOpen: [], deadEnds: false });
    expect(scenario.moves[0]?.propensity.modifiers).toEqual([]);
  });

  it('should return a deeply frozen scenario', () => {
    const scenario = load(full);
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.actors[0]?.postures[0]?.levels[0])).toBe(true);
    expect(Object.isFrozen(scenario.moves[2]?.requires)).toBe(true);
    expect(() => {
      (scenario.meta as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });

  it('should accept bytes as well as text, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(minimal);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(load(bytes).hash).toBe(load(minimal).hash);
    expect(load(withBom).hash).toBe(load(minimal).hash);
    expect(load(`\uFEFF${minimal}`).hash).toBe(load(minimal).hash);
  });

  it('should keep the hash when the file is reformatted: key order, comments, flow style', () => {
    const data = parse(full) as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(data).reverse());
    const reformatted = `# another comment\n${stringify(reversed, { indent: 4, collectionStyle: 'flow' })}`;
    expect(load(reformatted).hash).toBe(load(full).hash);
  });

  it('should change the hash when the content changes', () => {
    expect(load(minimal.replace('escalation: 5', 'escalation: 6')).hash).not.toBe(load(minimal).hash);
  });

  it('should expand YAML anchors and aliases into independent values', () => {
    const text = minimal.replace('requires: { posture: us.sanctions, is: standing }', 'requires: &standing { posture: us.sanctions, is: standing }').concat(
      'outcomes:\n  - { id: calm, label: Calm, description: Nothing happened., when: *standing }\n',
    );
    const scenario = load(text);
    expect(scenario.outcomes[0]?.when).toEqual({ posture: 'us.sanctions', is: 'standing' });
    expect(scenario.outcomes[0]?.when).not.toBe(scenario.moves[0]?.requires);
  });

  it('should keep HTML and script in labels as plain text', () => {
    const label = '<img src=x onerror="alert(1)"><script>alert(2)</script> & more';
    const scenario = load(minimal.replace('label: Expand sanctions', `label: '${label}'`));
    expect(scenario.moves[0]?.label).toBe(label);
  });

  it('should report every problem of a file at once, in line order', () => {
    const text = minimal
      .replace('    actor: us\n', '    actor: usa\n')
      .replace('set: expanded }', 'set: expandd }')
      .replace('cameo: "163"', 'cameo: "999"');
    const problems = problemsOf(text);
    expect(problems).toEqual([
      expect.stringMatching(/^test\.yaml:27:12: moves\[0\]\.actor: unknown actor 'usa' — did you mean 'us'\?$/),
      expect.stringMatching(/^test\.yaml:32:39: moves\[0\]\.effects\[0\]\.set: posture 'us.sanctions' has no level 'expandd' — did you mean 'expanded'\?$/),
      expect.stringMatching(/^test\.yaml:33:12: moves\[0\]\.cameo: CAMEO code '999' is not in the CAMEO table/),
    ]);
  });

  it('should report several shape problems at once', () => {
    const text = minimal.replace('  daysPerTurn: 1\n', '  daysPerTurn: 0\n').replace('colour: "#1f77b4"', 'colour: blue').replace('  title: Minimal scenario\n', '');
    const problems = problemsOf(text);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/meta\.title: missing required key 'title'/);
    expect(problems.join('\n')).toMatch(/meta\.daysPerTurn: must be at least 1/);
    expect(problems.join('\n')).toMatch(/actors\[0\]\.colour: must be a colour written #rrggbb/);
  });

  it.each([
    ['1e16', /^test\.yaml:12:16: meta\.daysPerTurn: must be at most 365 — write a whole number from 1 to 365$/],
    ['-1e16', /^test\.yaml:12:16: meta\.daysPerTurn: must be at least 1 — write a whole number from 1 to 365$/],
  ])('should state the one limit that applies to a whole number out of range (%s), once', (value, message) => {
    expect(problemsOf(minimal.replace('  daysPerTurn: 1\n', `  daysPerTurn: ${value}\n`))).toEqual([expect.stringMatching(message)]);
  });

  it('should give one message per place even when a value breaks two rules there', () => {
    const problems = problemsOf(minimal.replace('  - id: expand-sanctions\n', `  - id: ${'X'.repeat(70)}\n`));
    expect(problems).toEqual([expect.stringMatching(/moves\[0\]\.id: ids are at most 64 characters — shorten it \(sessions and links store ids, so keep them short\)$/)]);
  });

  it('should find a misspelt key deep inside nested conditions', () => {
    const text = minimal.replace(
      'requires: { posture: us.sanctions, is: standing }',
      'requires: { all: [ { any: [ { not: { posture: us.sanctions, isnot: expanded } } ] } ] }',
    );
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(/moves\[0\]\.requires\.all\[0\]\.any\[0\]\.not\.isnot: unknown key 'isnot' — did you mean 'isNot'\?$/),
    ]);
  });

  it('should say when a condition is not a mapping at all', () => {
    const problems = problemsOf(minimal.replace('requires: { posture: us.sanctions, is: standing }', 'requires: us.sanctions is standing'));
    expect(problems).toEqual([expect.stringMatching(/moves\[0\]\.requires: expected a condition: .* — found the text "us.sanctions is standing"; write one of these forms, e.g. \{ posture: dprk\.liaison, is: withdrawn \}$/)]);
  });

  it('should suggest quotes when a number stands where text belongs', () => {
    expect(problemsOf(minimal.replace('title: Minimal scenario', 'title: 1984'))).toEqual([
      expect.stringMatching(/meta\.title: expected text, found the number 1984 — put it in quotes: "1984"$/),
    ]);
  });

  it('should check conditions in propensity modifiers and outcomes', () => {
    const text = minimal.replace(
      'propensity: { base: 1, rationale: The only move there is. }',
      'propensity: { base: 1, rationale: x, modifiers: [ { when: { posture: us.sanctions, is: maximum }, factor: 2 } ] }',
    ).concat('outcomes:\n  - { id: calm, label: Calm, description: x, when: { posture: dprk.liaison, is: open } }\n');
    const problems = problemsOf(text);
    expect(problems).toEqual([
      expect.stringMatching(/propensity\.modifiers\[0\]\.when\.is: posture 'us.sanctions' has no level 'maximum'/),
      expect.stringMatching(/outcomes\[0\]\.when\.posture: unknown actor 'dprk' in 'dprk.liaison'/),
    ]);
  });

  it('should reject a goldstein override that repeats the table value', () => {
    const text = minimal.replace('cameo: "163"', 'cameo: "163"\n    goldstein: { value: -8, reason: same as the table }');
    expect(problemsOf(text)).toEqual([expect.stringMatching(/goldstein\.value: the override equals the Goldstein weight of CAMEO 163 \(-8\)/)]);
  });

  it('should reject a move that sets the same posture twice', () => {
    const text = minimal.replace('      - { posture: us.sanctions, set: expanded }\n', '      - { posture: us.sanctions, set: expanded }\n      - { posture: us.sanctions, set: standing }\n');
    expect(problemsOf(text)).toEqual([expect.stringMatching(/effects\[1\]\.posture: the move sets 'us.sanctions' twice/)]);
  });

  it('should reject a span that ends before it starts', () => {
    expect(problemsOf(minimal.replace('to: 2019-03-31', 'to: 2019-02-01'))).toContainEqual(expect.stringMatching(/meta\.span\.to: the span ends \(2019-02-01\) before it starts/));
  });
});
