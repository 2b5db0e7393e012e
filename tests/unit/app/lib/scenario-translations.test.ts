/**
 * The app's one cache of scenario translations: what the room store words refusals with and what
 * the networked screens show are the same copy, ready without waiting once made.
 */
import { describe, expect, it } from 'vitest';
import { prepareTranslation, readyInLanguage, scenarioInLanguage } from '../../../../src/app/lib/scenario-translations.ts';
import { loadFile } from '../../engine/load-fixture.ts';

describe('the scenario translations cache', () => {
  it('should answer at once for a scenario in its own language or with no translation', () => {
    const march = loadFile('scenarios/march-2019.yaml');
    expect(readyInLanguage(march, 'en')).toBe(march);
    const fixture = loadFile('tests/fixtures/minimal.yaml');
    expect(readyInLanguage(fixture, 'ko')).toBe(fixture);
  });

  it('should have nothing ready while a translation is being made, then the one copy every caller gets', async () => {
    const march = loadFile('scenarios/march-2019.yaml');
    prepareTranslation(march.meta.id, 'ko');
    expect(readyInLanguage(march, 'ko')).toBeNull();
    const [first, second] = await Promise.all([scenarioInLanguage(march, 'ko'), scenarioInLanguage(march, 'ko')]);
    expect(first.meta.language).toBe('ko');
    expect(second).toBe(first);
    expect(readyInLanguage(march, 'ko')).toBe(first);
    // From the translation back: the original, at once.
    expect(readyInLanguage(first, 'en')).toBe(march);
  });
});
