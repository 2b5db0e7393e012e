/**
 * The shipped scenario translations (scenarios/translations/<id>.<language>.yaml), loaded as text
 * on first use and checked against their scenario. `scenarioInLanguage` gives a scenario's text
 * in a language: the translation when one ships and checks, else the scenario as it is.
 */
import { originalScenario } from '../../scenario/translated.ts';
import type { Scenario } from '../../scenario/types.ts';

const files = import.meta.glob('/scenarios/translations/*.yaml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** The shipped translation files, by "<scenario id>.<language>". */
const translationFiles = new Map(Object.entries(files).map(([path, read]) => [path.split('/').pop()?.replace(/\.yaml$/, '') ?? path, { path: path.slice(1), read }]));

const loadTranslator = () => import('../../scenario/translation.ts');

const made = new Map<string, Promise<Scenario>>();

export function hasTranslation(id: string, language: string): boolean {
  return translationFiles.has(`${id}.${language}`);
}

/**
 * `scenario` in `language`: its original text when that is the scenario's own language or no
 * translation ships; a translation that fails its check is not used (the scenario shows as written).
 */
export async function scenarioInLanguage(scenario: Scenario, language: string): Promise<Scenario> {
  const original = originalScenario(scenario);
  const file = translationFiles.get(`${original.meta.id}.${language}`);
  if (original.meta.language === language || !file) return original;
  const { loadTranslation, translateScenario } = await loadTranslator();
  const key = `${original.meta.id}|${original.hash}|${language}`;
  let result = made.get(key);
  if (!result) {
    result = file.read().then((text) => {
      const checked = loadTranslation(text, file.path, original);
      return checked.ok ? translateScenario(original, checked.translation) : original;
    });
    made.set(key, result);
  }
  return result;
}
