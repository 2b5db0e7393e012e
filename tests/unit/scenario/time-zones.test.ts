import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { startTimeline } from '../../../src/engine/index.ts';
import { formatProblem, loadScenario, stepWhen } from '../../../src/scenario/index.ts';
import { stepTime, zoneOffset } from '../../../src/scenario/time.ts';

const fixture = readFileSync(new URL('../../fixtures/time-zones.yaml', import.meta.url), 'utf8');
const doc = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');

function loaded(text = fixture) {
  const result = loadScenario(text, 'time-zones.yaml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.scenario;
}

/** The fixture with one text replaced (the text must occur), and every problem it reports. */
function problems(from: string, to: string) {
  expect(fixture).toContain(from);
  const result = loadScenario(fixture.replace(from, to), 'time-zones.yaml');
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

const SEOUL_MORNING = 'date: 2019-03-22T09:00\n';
const RETURN = 'date: 2019-03-25T09:00+09:00';

/** mistake → line, path and the printed message (with its "— how to fix it" part). */
const MISTAKES: ReadonlyArray<readonly [what: string, from: string, to: string, line: number, path: string, text: RegExp]> = [
  ['an hour past 23', SEOUL_MORNING, 'date: 2019-03-22T25:00\n', 87, 'replay[1].date', /25:00 is not a time of day — hours run 00 to 23/],
  ['a space instead of T', SEOUL_MORNING, "date: '2019-03-22 09:00'\n", 87, 'replay[1].date', /must be a date or a date and time — write 2019-03-22, 2019-03-22T09:00 \(with a zone\) or 2019-03-22T09:00\+09:00/],
  ['a day that does not exist', SEOUL_MORNING, 'date: 2019-02-30T09:00\n', 87, 'replay[1].date', /2019-02-30 is not a real calendar date — check the month and the day/],
  ['an offset past +14:00', RETURN, 'date: 2019-03-25T09:00+15:00', 96, 'replay[3].date', /\+15:00 is not a UTC offset — offsets run from -12:00 to \+14:00/],
  ['a misspelt zone', 'zone: Asia/Seoul\n    move: withdraw', 'zone: Asia/Seol\n    move: withdraw', 88, 'replay[1].zone', /'Asia\/Seol' is not a time zone name — did you mean 'Asia\/Seoul'\?/],
  ['a zone in the wrong case', 'zone: Asia/Seoul\n    move: withdraw', 'zone: asia/seoul\n    move: withdraw', 88, 'replay[1].zone', /'asia\/seoul' is spelt 'Asia\/Seoul' — write 'Asia\/Seoul'/],
  ['a meta zone that is no zone', 'zone: America/New_York', 'zone: Eastern', 13, 'meta.zone', /'Eastern' is not a time zone name — write an IANA name such as Asia\/Seoul/],
  ['a local time with no zone', '  zone: America/New_York\n', '', 91, 'replay[2].date', /2019-03-22T15:00 has a time of day but no zone, so it cannot be placed in time — add its offset \(e\.g\. \+09:00\), "zone:" to the step, or "zone:" to meta/],
  ['an offset that is not the zone\'s', RETURN, 'date: 2019-03-25T09:00+08:00', 96, 'replay[3].date', /the offset \+08:00 is not that of Asia\/Seoul on 2019-03-25 \(\+09:00\) — write \+09:00, or drop the offset/],
  [
    'a later date that is an earlier instant',
    RETURN,
    'date: 2019-03-23T02:00',
    96,
    'replay[3].date',
    /2019-03-23T02:00 in Asia\/Seoul \(2019-03-22 17:00 UTC\) comes before 2019-03-22T15:00 in America\/New_York \(2019-03-22 19:00 UTC\) of the step above — order the replay steps by instant/,
  ],
  ['a local date outside the span', RETURN, 'date: 2019-04-01T09:00+09:00', 96, 'replay[3].date', /the date 2019-04-01 is outside the scenario span \(2019-03-20 to 2019-03-31\) — fix the date or widen meta.span/],
];

describe('time zones in the scenario format', () => {
  it('should load the fixture with a day, a local time in a zone and an instant with its offset', () => {
    const scenario = loaded();
    expect(scenario.meta.zone).toBe('America/New_York');
    expect(scenario.replay.map((s) => [s.date, s.zone ?? null])).toEqual([
      ['2019-03-21', null],
      ['2019-03-22T09:00', 'Asia/Seoul'],
      ['2019-03-22T15:00', null],
      ['2019-03-25T09:00+09:00', 'Asia/Seoul'],
    ]);
  });

  it('should date each replay node on the local date of its place', () => {
    const timeline = startTimeline(loaded());
    expect(timeline.replayTrack().map((id) => timeline.node(id).date)).toEqual(['2019-03-20', '2019-03-21', '2019-03-22', '2019-03-22', '2019-03-25']);
  });

  it('should say each step in its place and, for a time of day, the other place\'s date when it is another day', () => {
    const scenario = loaded();
    expect(scenario.replay.map((step) => stepWhen(scenario, step))).toEqual([
      { date: '2019-03-21', zone: 'America/New_York' },
      { date: '2019-03-22', zone: 'Asia/Seoul', other: { zone: 'America/New_York', date: '2019-03-21' } },
      { date: '2019-03-22', zone: 'America/New_York', other: { zone: 'Asia/Seoul', date: '2019-03-23' } },
      { date: '2019-03-25', zone: 'Asia/Seoul', other: { zone: 'America/New_York', date: '2019-03-24' } },
    ]);
    // A day has no one date elsewhere: it is said in its place only.
    expect(stepWhen(scenario, { date: '2019-03-22', zone: 'Asia/Seoul' })).toEqual({ date: '2019-03-22', zone: 'Asia/Seoul' });
  });

  it('should read local times through daylight saving time (Washington moved to UTC−4 on 10 March 2019)', () => {
    expect(zoneOffset('America/New_York', Date.parse('2019-03-09T12:00:00Z'))).toBe(-300);
    expect(zoneOffset('America/New_York', Date.parse('2019-03-11T12:00:00Z'))).toBe(-240);
    expect(stepTime('2019-03-22T15:00', 'America/New_York')?.start).toBe(Date.parse('2019-03-22T19:00:00Z'));
    expect(stepTime('2019-03-09T15:00', 'America/New_York')?.start).toBe(Date.parse('2019-03-09T20:00:00Z'));
    const seoulDay = stepTime('2019-03-22', 'Asia/Seoul');
    expect([seoulDay?.start, seoulDay?.end]).toEqual([Date.parse('2019-03-21T15:00:00Z'), Date.parse('2019-03-22T15:00:00Z') - 1]);
  });

  it('should accept steps of one calendar day in any order of their times, and a time inside a day that began earlier', () => {
    // A Seoul day (from 15:00 UTC the day before) next to a Washington time of the same date: they overlap, so neither comes first.
    expect(loadScenario(fixture.replace('date: 2019-03-21\n', 'date: 2019-03-22\n    zone: Asia/Seoul\n'), 't.yaml').ok).toBe(true);
  });

  it.each(MISTAKES)('should locate %s with a way to fix it, in one message', (_what, from, to, line, path, text) => {
    const found = problems(from, to);
    const [first] = found;
    expect(first?.line).toBe(line);
    expect(first?.path).toBe(path);
    if (first) expect(formatProblem(first)).toMatch(text);
    expect(found.filter((p) => p.path === path)).toHaveLength(1);
  });

  it('should take a date and time that format 1 refused (twice) as valid now', () => {
    const text = fixture.replace(SEOUL_MORNING, 'date: 2019-03-22T09:00:00+09:00\n');
    expect(loaded(text).replay[1]?.date).toBe('2019-03-22T09:00:00+09:00');
  });

  it('should validate the example under "Time zones" in docs/scenario-format.md, dated as the docs say', () => {
    const example = parse(/### Time zones[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '') as { meta: { zone: string; places: unknown }; replay: unknown[] };
    const worked = parse(/## Worked example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '') as { meta: Record<string, unknown>; replay: unknown[] };
    expect(example.replay.length).toBeGreaterThan(0);
    worked.meta.zone = example.meta.zone;
    worked.meta.places = example.meta.places;
    worked.replay = example.replay;
    const scenario = loaded(stringify(worked));
    const seoul = scenario.replay[1];
    expect(seoul && stepWhen(scenario, seoul)).toEqual({ date: '2019-03-22', zone: 'Asia/Seoul', place: 'Seoul', other: { zone: 'America/New_York', date: '2019-03-21', place: 'Washington' } });
  });
});
