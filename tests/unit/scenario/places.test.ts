import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWords, english, loadCatalogue, stepWhenText } from '../../../src/app/lib/words/index.ts';
import { formatProblem, loadScenario, loadTranslation, stepWhen, translateScenario } from '../../../src/scenario/index.ts';

const fixture = readFileSync(new URL('../../fixtures/places-zones.yaml', import.meta.url), 'utf8');
const FILE = 'places-zones.yaml';

const KOREAN = `format: 2
translates: places-zones
language: ko
meta:
  places:
    America/New_York: 워싱턴
    Asia/Seoul: 서울
`;

function loaded(text = fixture) {
  const result = loadScenario(text, FILE);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.scenario;
}

/** The fixture with one text replaced (the text must occur), and every problem it reports, printed. */
function problems(from: string, to: string): string[] {
  expect(fixture).toContain(from);
  const result = loadScenario(fixture.replace(from, to), FILE);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('places: a scenario names the place each zone stands for', () => {
  it('should say Washington, not the zone\'s city, in the replay bar\'s words', () => {
    const scenario = loaded();
    expect(scenario.meta.places).toEqual({ 'America/New_York': 'Washington', 'Asia/Seoul': 'Seoul' });
    const said = scenario.replay.map((step) => stepWhenText(english, stepWhen(scenario, step)));
    expect(said).toEqual([
      '21 Mar 2019, Washington',
      '22 Mar 2019, Seoul (21 Mar in Washington)',
      '22 Mar 2019, Washington (23 Mar in Seoul)',
      '25 Mar 2019, Seoul (24 Mar in Washington)',
    ]);
  });

  it('should take the other place from meta.places, in its order, before the zones the steps name', () => {
    const text = fixture
      .replace('  - date: 2019-03-21\n    move: designate', '  - date: 2019-03-21\n    zone: Europe/London\n    move: designate')
      .replace('    America/New_York: Washington\n    Asia/Seoul: Seoul\n', '    Asia/Seoul: Seoul\n    America/New_York: Washington\n    Europe/London: London\n');
    const scenario = loaded(text);
    // Step 0 names London first, but the Washington afternoon's other place is Seoul, the first other place meta.places names.
    expect(stepWhenText(english, stepWhen(scenario, scenario.replay[2] ?? { date: '' }))).toBe('22 Mar 2019, Washington (23 Mar in Seoul)');
    expect(stepWhenText(english, stepWhen(scenario, scenario.replay[0] ?? { date: '' }))).toBe('21 Mar 2019, London');
  });

  it('should keep naming a zone by its city where the scenario names no place for it', () => {
    const scenario = loaded(fixture.replace('    America/New_York: Washington\n', ''));
    expect(stepWhenText(english, stepWhen(scenario, scenario.replay[0] ?? { date: '' }))).toBe('21 Mar 2019, New York');
  });

  it('should say the places in Korean from the scenario\'s translation', async () => {
    const scenario = loaded();
    const translation = loadTranslation(KOREAN, 'places-zones.ko.yaml', scenario);
    expect(translation.ok).toBe(true);
    if (!translation.ok) return;
    // Every other text is left out on purpose: only the places must count as translated.
    expect(translation.warnings.filter((w) => w.path.startsWith('meta.places'))).toEqual([]);
    const korean = translateScenario(scenario, translation.translation);
    expect(korean.hash).toBe(scenario.hash);
    const words = createWords('ko', await loadCatalogue('ko'));
    expect(stepWhenText(words, stepWhen(korean, korean.replay[2] ?? { date: '' }))).toBe('2019년 3월 22일, 워싱턴 (서울 3월 23일)');
  });

  it('should refuse a translated place for a zone the scenario names no place for, with its line', () => {
    const result = loadTranslation(`${KOREAN}    Asia/Tokyo: 도쿄\n`, 'places-zones.ko.yaml', loaded());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/^places-zones\.ko\.yaml:8:\d+: meta\.places\["Asia\/Tokyo"\]: scenario "places-zones" has no place for the zone "Asia\/Tokyo"/)]);
  });

  it.each([
    ['a key that is no zone', '    Asia/Seoul: Seoul\n', '    Asia/Seol: Seoul\n', /^places-zones\.yaml:17:\d+: meta\.places\["Asia\/Seol"\]: 'Asia\/Seol' is not a time zone name — did you mean 'Asia\/Seoul'\?/],
    ['an empty place name', 'Asia/Seoul: Seoul', "Asia/Seoul: ''", /^places-zones\.yaml:17:\d+: meta\.places\["Asia\/Seoul"\]: must not be empty — /],
    ['a place name past 40 characters', 'Asia/Seoul: Seoul', `Asia/Seoul: ${'S'.repeat(41)}`, /^places-zones\.yaml:17:\d+: meta\.places\["Asia\/Seoul"\]: must be at most 40 characters — shorten it to 40 characters or fewer \(it has 41\)/],
    ['a list instead of a map', '    America/New_York: Washington\n    Asia/Seoul: Seoul\n', '    - Washington\n', /^places-zones\.yaml:16:\d+: meta\.places: expected record, found a list — /],
    [
      'a place for a zone no step is in',
      '    Asia/Seoul: Seoul\n',
      '    Asia/Seoul: Seoul\n    Europe/Moscow: Moscow\n',
      /^places-zones\.yaml:18:\d+: meta\.places\["Europe\/Moscow"\]: names a place for Europe\/Moscow, but neither meta\.zone nor any replay step is in that zone — date a step there \(zone: Europe\/Moscow\), or remove it from meta\.places$/,
    ],
  ])('should refuse %s at its line, saying how to fix it', (_what, from, to, message) => {
    expect(problems(from, to)).toEqual([expect.stringMatching(message)]);
  });
});
