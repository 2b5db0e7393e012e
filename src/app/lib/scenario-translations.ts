/**
 * The shipped scenario translations (scenarios/translations/<id>.<language>.yaml), loaded as text
 * on first use and checked against their scenario. `scenarioInLanguage` gives a scenario's text
 * in a language: the translation when one ships and checks, else the scenario as it is. It is the
 * app's one cache of translations: the screens and the room store's refusals read the same copy.
 */
import { originalScenario } from '../../scenario/translated.ts';
import type { Scenario } from '../../scenario/types.ts';

const files = import.meta.glob('/scenarios/translations/*.yaml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** The shipped translation files, by "<scenario id>.<language>". */
const translationFiles = new Map(Object.entries(files).map(([path, read]) => [path.split('/').pop()?.replace(/\.yaml$/, '') ?? path, { path: path.slice(1), read }]));

const loadTranslator = () => import('../../scenario/translation.ts');

const made = new Map<string, Promise<Scenario>>();
/** The translations made so far, by the same key: what `readyInLanguage` answers from at once. */
const ready = new Map<string, Scenario>();

export function hasTranslation(id: string, language: string): boolean {
  return translationFiles.has(`${id}.${language}`);
}

/** The scenario's translation file in `language`, or null when its own text is what shows. */
function translationOf(scenario: Scenario, language: string) {
  const original = originalScenario(scenario);
  const file = translationFiles.get(`${original.meta.id}.${language}`);
  return original.meta.language === language || !file ? { original, file: null } : { original, file, key: `${original.meta.id}|${original.hash}|${language}` };
}

/**
 * Starts fetching what the scenario `id`'s translation into `language` needs (its file and the
 * translator), before the scenario itself is at hand: a room's device knows the id first.
 */
export function prepareTranslation(id: string, language: string): void {
  const file = translationFiles.get(`${id}.${language}`);
  if (!file) return;
  void file.read().catch(() => undefined);
  void loadTranslator().catch(() => undefined);
}

/**
 * `scenario` in `language` if that is ready now, without waiting: its original text when no
 * translation is needed, the translation once made; null while it is still being made.
 */
export function readyInLanguage(scenario: Scenario, language: string): Scenario | null {
  const { original, file, key } = translationOf(scenario, language);
  return file === null ? original : (ready.get(key) ?? null);
}

/**
 * `scenario` in `language`: its original text when that is the scenario's own language or no
 * translation ships; a translation that fails its check, or could not be fetched, is not used
 * (the scenario shows as written; a fetch that failed is tried again next time).
 */
export async function scenarioInLanguage(scenario: Scenario, language: string): Promise<Scenario> {
  const { original, file, key } = translationOf(scenario, language);
  if (file === null) return original;
  let result = made.get(key);
  if (!result) {
    result = Promise.all([loadTranslator(), file.read()]).then(
      ([{ loadTranslation, translateScenario }, text]) => {
        const checked = loadTranslation(text, file.path, original);
        const translated = checked.ok ? translateScenario(original, checked.translation) : original;
        ready.set(key, translated);
        return translated;
      },
      () => {
        // Shown as written for now; the next call fetches again.
        made.delete(key);
        ready.set(key, original);
        return original;
      },
    );
    made.set(key, result);
  }
  return result;
}
