/**
 * Scenario translations (scenarios/translations/<id>.<language>.yaml): every shipped one is
 * complete and checks against its scenario; applying one changes the words and nothing else, so a
 * session made in one language opens in the other; a broken sidecar says what and where.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTimeline, timelineFromJSON } from '../../../src/engine/index.ts';
import { formatProblem, loadTranslation, originalScenario, translateScenario, untranslatedTexts, type Scenario } from '../../../src/scenario/index.ts';
import { loadShipped, SCENARIO_DIR } from './shipped.ts';

const TRANSLATIONS = join(SCENARIO_DIR, 'translations');
const sidecars = readdirSync(TRANSLATIONS).filter((f) => f.endsWith('.yaml')).sort();

function translated(file: string): { scenario: Scenario; text: string } {
  const id = file.split('.')[0] as string;
  return { scenario: loadShipped(`${id}.yaml`), text: readFileSync(join(TRANSLATIONS, file), 'utf8') };
}

describe('the shipped translations', () => {
  it('should be the Korean March 2019 and tutorial at least', () => {
    expect(sidecars).toEqual(expect.arrayContaining(['march-2019.ko.yaml', 'tutorial.ko.yaml']));
  });

  it.each(sidecars)('%s should check with no problem and no missing text', (file) => {
    const { scenario, text } = translated(file);
    const result = loadTranslation(text, `scenarios/translations/${file}`, scenario);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([]);
  });

  it.each(sidecars)('%s should change the words only: same ids, numbers and hash', (file) => {
    const { scenario, text } = translated(file);
    const result = loadTranslation(text, file, scenario);
    if (!result.ok) throw new Error('does not check');
    const ko = translateScenario(scenario, result.translation);
    expect(ko.hash).toBe(scenario.hash);
    expect(ko.meta.language).toBe(result.translation.language);
    expect(ko.moves.map((m) => [m.id, m.cameo, m.effects, m.propensity])).toEqual(scenario.moves.map((m) => [m.id, m.cameo, m.effects, m.propensity]));
    expect(ko.moves.every((m, i) => m.label !== scenario.moves[i]?.label)).toBe(true);
    expect(untranslatedTexts(ko).size).toBe(0);
    expect(originalScenario(ko)).toBe(scenario);
  });
});

describe('a Korean March 2019', () => {
  const { scenario, text } = translated('march-2019.ko.yaml');
  const result = loadTranslation(text, 'march-2019.ko.yaml', scenario);
  if (!result.ok) throw new Error('does not check');
  const ko = translateScenario(scenario, result.translation);

  it('should narrate 22 March 2019 in Korean, with the names Korean news uses', () => {
    const steps = ko.replay.filter((s) => s.date === '2019-03-22');
    expect(steps.map((s) => s.narration).join(' ')).toMatch(/개성 남북공동연락사무소/);
    expect(steps.map((s) => s.narration).join(' ')).toMatch(/트럼프/);
    expect(ko.actors.map((a) => a.short)).toEqual(['미국', '북한', '한국']);
    expect(ko.replay.some((s) => s.narration.includes('재무부'))).toBe(true);
    expect(ko.replay.some((s) => s.narration.includes('김정은'))).toBe(true);
    expect(ko.moves.map((m) => m.label)).toContain('김정은과 정상회담');
    // No English form of those names is left in the Korean texts (source titles stay as published).
    const texts = [ko.meta.title, ko.meta.summary, ...ko.replay.map((s) => s.narration), ...ko.moves.flatMap((m) => [m.label, m.description ?? ''])].join(' ');
    expect(texts).not.toMatch(/Kim Jong Un|Kaesong|Treasury/);
  });

  it('should open a session made in English, and the English scenario one made in Korean', () => {
    const english = startTimeline(scenario);
    const played = english.play(english.root, { actor: 'us', move: 'meet-at-summit' }).timeline;
    const inKorean = timelineFromJSON(ko, played.toJSON());
    expect(inKorean.ok).toBe(true);
    if (!inKorean.ok) return;
    expect(inKorean.timeline.toJSON()).toEqual(played.toJSON());
    expect(played.withScenario(ko).indicators(played.root)).toEqual(played.indicators(played.root));
    expect(timelineFromJSON(scenario, inKorean.timeline.toJSON()).ok).toBe(true);
  });

  it('should refuse to read a timeline with another scenario', () => {
    expect(() => startTimeline(scenario).withScenario(loadShipped('tutorial.yaml'))).toThrow(/is not the text of "march-2019"/);
  });
});

describe('a broken translation', () => {
  const scenario = loadShipped('tutorial.yaml');
  const sidecar = [
    'format: 1', //                      1
    'translates: tutorial', //           2
    'language: ko', //                   3
    'actors:', //                        4
    '  tolvanny:', //                    5
    '    name: 톨바니', //               6
    'moves:', //                         7
    '  send-patrols:', //                8
    '    lable: 순찰', //                9
    'replay:', //                        10
    '  2030-05-03 send-patrols:', //     11
    '    narration: 순찰대를 보냅니다.', // 12
    'debrief: [a, b, c, d]', //           13
  ].join('\n');

  it('should name each unknown id and key with its line and a did-you-mean', () => {
    const result = loadTranslation(sidecar, 'bad.ko.yaml', scenario);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      `bad.ko.yaml:5:3: actors.tolvanny: scenario "tutorial" has no actor "tolvanny" — did you mean 'tolvany'?`,
      `bad.ko.yaml:9:5: moves.send-patrols.lable: unknown key 'lable' — did you mean 'label'?`,
      `bad.ko.yaml:13:20: debrief[3]: the scenario has no text here to translate — remove it: a translation gives only the texts the scenario itself has`,
    ]);
  });

  it('should warn of each missing text with the nearest line, and show the original for it, marked', () => {
    const partial = ['format: 1', 'translates: tutorial', 'language: ko', 'moves:', '  send-patrols:', '    label: 순찰대 파견'].join('\n');
    const result = loadTranslation(partial, 'part.ko.yaml', scenario);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const missing = result.warnings.find((w) => w.path === 'moves.send-patrols.description');
    expect(missing && formatProblem(missing)).toBe('part.ko.yaml:5:3: warning: moves.send-patrols.description: no ko text: "Armed border guards patrol the disputed grazing land." shows in en — add it to make the translation complete');
    const ko = translateScenario(scenario, result.translation);
    expect(ko.moves[0]?.label).toBe('순찰대 파견');
    expect(ko.moves[0]?.description).toBe(scenario.moves[0]?.description);
    expect(untranslatedTexts(ko).has(scenario.moves[0]?.description as string)).toBe(true);
    expect(untranslatedTexts(ko).has('순찰대 파견')).toBe(false);
  });

  it('should refuse a sidecar made for another scenario', () => {
    const result = loadTranslation('format: 1\ntranslates: march-2019\nlanguage: ko\n', 'other.ko.yaml', scenario);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([`other.ko.yaml:2:13: translates: this file translates "march-2019", not "tutorial" — check it against scenarios/march-2019.yaml`]);
  });
});
