import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { replayThroughTime } from '../../../src/engine/index.ts';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';

const fixture = readFileSync(new URL('../../fixtures/time-lapse.yaml', import.meta.url), 'utf8');
const doc = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');

function problems(from: string, to: string) {
  expect(fixture).toContain(from);
  const result = loadScenario(fixture.replace(from, to), 'time-lapse.yaml');
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

const DRILL = '{ posture: us.exercises, set: running, for: 7 }';

/** mistake → line, path and the printed message (with its "— how to fix it" part). */
const MISTAKES: ReadonlyArray<readonly [what: string, from: string, to: string, line: number, path: string, text: RegExp]> = [
  ['a lapse level not on the ladder', 'then: testing', 'then: tesing', 75, 'moves[3].effects[0].then', /posture 'dprk.testing' has no level 'tesing' — did you mean 'testing'\?/],
  ['then on an effect that never ends', DRILL, '{ posture: us.exercises, set: running, then: none }', 59, 'moves[1].effects[0].then', /"then: none" says what the posture lapses to, but the effect never ends — add for: <days> or until: <date>, or remove then/],
  ['a duration of 0 days', DRILL, '{ posture: us.exercises, set: running, for: 0 }', 59, 'moves[1].effects[0].for', /must be at least 1 day — write 1 or more, or remove "for"/],
  ['a fraction of a day', DRILL, '{ posture: us.exercises, set: running, for: 1.5 }', 59, 'moves[1].effects[0].for', /must be a whole number of days — write e.g. for: 75/],
  ['a duration past ten years', DRILL, '{ posture: us.exercises, set: running, for: 4000 }', 59, 'moves[1].effects[0].for', /must be at most 3650 days .* — write a shorter duration/],
  ['an until before the step', 'until: 2017-08-31', 'until: 2017-08-20', 92, 'replay[0].until', /the step would end \(2017-08-20\) before it happens \(2017-08-21\) — write its last day on or after the step's date/],
  ['both for and until', 'until: 2017-08-31', 'until: 2017-08-31\n    for: 11', 92, 'replay[0].until', /both for and until say when it ends — keep one: for: <days> or until: <last day>/],
  ['an until that is no date', 'until: 2017-08-31', 'until: 2017-08-32', 92, 'replay[0].until', /is not a real calendar date — check the month and the day/],
  // The ICBM test is open only because the 75-day pause has lapsed: one day more and it is closed.
  ['a pause that outlasts the step it opens', 'for: 75, then', 'for: 76, then', 105, 'replay[3].move', /move 'icbm-test' is closed at this point of the replay \(2017-11-29\): it requires DPRK Testing: Testing; it is Pause — reorder the steps/],
];

describe('duration and lapse in the scenario format', () => {
  it('should load the fixture, whose last step is open only because the pause lapsed', () => {
    const result = loadScenario(fixture, 'time-lapse.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    expect(result.scenario.replay[0]?.until).toBe('2017-08-31');
    expect(result.scenario.moves.find((m) => m.id === 'pause-testing')?.effects[0]).toEqual({ posture: 'dprk.testing', set: 'pause', for: 75, then: 'testing' });
  });

  it.each(MISTAKES)('should locate %s with a way to fix it', (_what, from, to, line, path, text) => {
    const [first] = problems(from, to);
    expect(first?.line).toBe(line);
    expect(first?.path).toBe(path);
    if (first) expect(formatProblem(first)).toMatch(text);
  });

  it('should validate the example under "Duration and lapse" in docs/scenario-format.md, and lapse as the docs say', () => {
    const example = parse(/### Duration and lapse[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '') as { moves: unknown[]; replay: unknown[] };
    const worked = parse(/## Worked example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '') as { moves: unknown[]; replay: unknown[] };
    worked.moves.push(...example.moves);
    worked.replay = example.replay;
    const result = loadScenario(stringify(worked), 'docs example');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    const steps = replayThroughTime(result.scenario);
    expect(steps.map((s) => [s.date, s.postures.us?.sanctions, s.postures.dprk?.liaison])).toEqual([
      ['2019-03-21', 'expanded', 'staffed'],
      ['2019-03-22', 'expanded', 'withdrawn'],
      ['2019-03-29', 'standing', 'withdrawn'],
    ]);
    // Without the lapse the last step would be closed: the office would still be empty.
    const lasting = stringify(worked).replace('for: 7', 'for: 8');
    expect(loadScenario(lasting, 'docs example').ok).toBe(false);
  });
});
