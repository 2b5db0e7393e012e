import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';

const fixture = readFileSync(new URL('../../fixtures/engine-relative-effects.yaml', import.meta.url), 'utf8');
const doc = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');

/** The fixture with one text replaced (the text must occur), and the first problem it reports. */
function firstProblem(from: string, to: string) {
  expect(fixture).toContain(from);
  const result = loadScenario(fixture.replace(from, to), 'relative.yaml');
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.problems[0];
}

const TIGHTEN = '{ posture: us.sanctions, raise: 1 }';

/** mistake → line, path and the printed message (with its "— how to fix it" part). */
const MISTAKES: ReadonlyArray<readonly [what: string, from: string, to: string, line: number, path: string, text: RegExp]> = [
  ['an unknown posture', TIGHTEN, '{ posture: us.sanctons, raise: 1 }', 51, 'moves[0].effects[0].posture', /actor 'us' has no posture 'sanctons' — did you mean 'sanctions'\?/],
  ['a raise as long as the ladder', TIGHTEN, '{ posture: us.sanctions, raise: 4 }', 51, 'moves[0].effects[0].raise', /'us.sanctions' has 4 levels, so it can move at most 3 \(raise: 4 is out of range\) — write raise: 3 or less/],
  ['a raise of 0', TIGHTEN, '{ posture: us.sanctions, raise: 0 }', 51, 'moves[0].effects[0].raise', /must be at least 1 level — write 1 or more/],
  ['a fraction of a level', TIGHTEN, '{ posture: us.sanctions, raise: 1.5 }', 51, 'moves[0].effects[0].raise', /must be a whole number of levels — write e.g. raise: 1/],
  ['a raise in words', TIGHTEN, '{ posture: us.sanctions, raise: one }', 51, 'moves[0].effects[0].raise', /expected a number, found the text "one"/],
  ['a lower past any ladder', '{ posture: us.sanctions, lower: 1 }', '{ posture: us.sanctions, lower: 30 }', 59, 'moves[1].effects[0].lower', /must be at most 19 levels .* — write a smaller number, or set: <level>/],
  ['an atLeast level not on the ladder', '{ posture: dprk.testing, atLeast: icbm }', '{ posture: dprk.testing, atLeast: icmb }', 68, 'moves[2].effects[0].atLeast', /posture 'dprk.testing' has no level 'icmb' — did you mean 'icbm'\?/],
  ['an atMost level not on the ladder', '{ posture: dprk.testing, atMost: short-range }', '{ posture: dprk.testing, atMost: shortrange }', 60, 'moves[1].effects[1].atMost', /posture 'dprk.testing' has no level 'shortrange' — did you mean 'short-range'\?/],
  ['two forms in one effect', TIGHTEN, '{ posture: us.sanctions, raise: 1, set: partial }', 51, 'moves[0].effects[0]', /expected an effect on a posture: \{posture, set\} \| \{posture, raise\} .* — found \{posture, raise, set\}; write exactly one of these forms, e.g. \{ posture: us.sanctions, raise: 1 \}/],
  ['no form at all', TIGHTEN, '{ posture: us.sanctions }', 51, 'moves[0].effects[0]', /— found \{posture\}; write exactly one of these forms/],
  ['a misspelt form', TIGHTEN, '{ posture: us.sanctions, rise: 1 }', 51, 'moves[0].effects[0].rise', /unknown key 'rise' — did you mean 'raise'\?/],
];

describe('relative effects in the scenario format', () => {
  it('should keep the hash of March 2019 (set effects only) as it is: a new hash is a new version (its older sessions: older-version.test.ts)', () => {
    const march = loadScenario(readFileSync(new URL('../../../scenarios/march-2019.yaml', import.meta.url)), 'march-2019.yaml');
    expect(march.ok && march.scenario.hash).toBe('7aeb56253f104964');
  });

  it('should load the fixture with raise, lower, atLeast and atMost', () => {
    const result = loadScenario(fixture, 'relative.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    expect(result.scenario.moves.flatMap((m) => m.effects.map((e) => Object.keys(e).sort().join(',')))).toEqual([
      'posture,raise',
      'lower,posture',
      'atMost,posture',
      'atLeast,posture',
      'posture,raise',
    ]);
  });

  it.each(MISTAKES)('should locate %s with a way to fix it', (_what, from, to, line, path, text) => {
    const problem = firstProblem(from, to);
    expect(problem?.line).toBe(line);
    expect(problem?.path).toBe(path);
    if (problem) expect(formatProblem(problem)).toMatch(text);
  });

  it('should validate the example under "Relative effects" in docs/scenario-format.md', () => {
    const example = /### Relative effects[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    const worked = /## Worked example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const data = parse(worked ?? '') as { moves: unknown[] };
    const moves = parse(example ?? '') as unknown[];
    expect(moves.length).toBeGreaterThan(0);
    data.moves.push(...moves);
    const result = loadScenario(stringify(data), 'docs example');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});
