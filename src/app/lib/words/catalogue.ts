/**
 * The message catalogues. English is the reference: its keys are the `Key` type, so a key that is
 * not in en.json fails tsc. Another language is one more JSON file next to it (catalogues/ko.json),
 * loaded and handed to `createWords`; a key it lacks reads in English.
 *
 * English arrives in two parts (parts.ts): the core with the first page, the rest when a lazily
 * loaded feature first renders (`loadLazyMessages`, awaited by the features' lazy wrappers and by
 * `useLazyWords`). Another language's catalogue is split the same way and loads only when it is
 * chosen (`loadCatalogue`): its core at once, its lazy part with English's.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type english from './catalogues/en.json';
import core from './catalogues/en.json?part=core';
import type { Language } from './languages.ts';
import { partOf } from './parts.ts';

export type Key = keyof typeof english;

/** A message as the build delivers it (vite.config.ts, icuCatalogues): its ICU AST, or plain text. */
export type CompiledMessage = string | readonly MessageFormatElement[];

export type Catalogue = Readonly<Partial<Record<Key, CompiledMessage>>>;

// The build compiles each message on import: the keys are en.json's, the values what icuCatalogues made of them.
const loaded = { ...core } as Partial<Record<Key, CompiledMessage>>;

type Part = Promise<{ readonly default: Readonly<Record<string, unknown>> }>;
type Translated = Exclude<Language, 'en'>;

// One entry per language besides English: each part is its own chunk, fetched on first use.
const translationParts: Readonly<Record<Translated, { readonly core: () => Part; readonly lazy: () => Part }>> = {
  ko: { core: () => import('./catalogues/ko.json?part=core'), lazy: () => import('./catalogues/ko.json?part=lazy') },
};

const translations = new Map<Translated, Partial<Record<Key, CompiledMessage>>>();
const lazyTranslations = new Map<Translated, Promise<void>>();

let lazy: Promise<void> | null = null;
let lazyLoaded = false;

function loadLazyTranslation(language: Translated): Promise<void> {
  let loading = lazyTranslations.get(language);
  if (!loading) {
    loading = translationParts[language].lazy().then((part) => {
      Object.assign(translations.get(language) ?? {}, part.default);
    });
    lazyTranslations.set(language, loading);
  }
  return loading;
}

/** Loads the lazily loaded features' messages, in English and in every language loaded so far; the same promise every time. */
export function loadLazyMessages(): Promise<void> {
  lazy ??= Promise.all([
    import('./catalogues/en.json?part=lazy').then((part) => {
      Object.assign(loaded, part.default);
    }),
    ...[...translations.keys()].map(loadLazyTranslation),
  ]).then(() => {
    lazyLoaded = true;
  });
  return lazy;
}

/**
 * A language's catalogue for `createWords`: empty for English (the fallback itself); otherwise its
 * core, and its lazy part too once the features' words have been asked for. A key it lacks reads in English.
 */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === 'en') return {};
  let messages = translations.get(language);
  if (!messages) {
    const core = await translationParts[language].core();
    messages = { ...core.default } as Partial<Record<Key, CompiledMessage>>;
    translations.set(language, messages);
  }
  if (lazy !== null) await Promise.all([lazy, loadLazyTranslation(language)]);
  return messages;
}

export function lazyMessagesLoaded(): boolean {
  return lazyLoaded;
}

/** The English message for a key; a key of the lazy part before it has loaded is a programming error, said plainly. */
export function englishMessage(key: Key): CompiledMessage {
  const message = loaded[key];
  if (message === undefined) {
    throw new Error(`The message "${key}" belongs to the ${partOf(key)} part of the catalogue, which has not loaded: render it under useLazyWords() or await loadLazyMessages().`);
  }
  return message;
}
