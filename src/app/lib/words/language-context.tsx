/**
 * The chosen language for React: `LanguageProvider` holds it (and the words it gives), keeps
 * `<html lang>`, the address and the remembered choice in step, and `useLanguage()` lets a control change it.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { loadCatalogue } from './catalogue.ts';
import { rememberLanguage, type Language } from './languages.ts';
import { WordsProvider } from './words-context.tsx';
import { createWords, english, setCurrentWords, type Words } from './words.ts';

/** Words for a language, its catalogue loaded; English if the catalogue cannot be fetched (offline, a broken build). */
export async function wordsFor(language: Language): Promise<Words> {
  try {
    return createWords(language, await loadCatalogue(language));
  } catch {
    return english;
  }
}

/** Makes `words` the page's language: `<html lang>` and the words plain code reads (currentWords). */
export function applyWords(words: Words): void {
  document.documentElement.lang = words.locale;
  setCurrentWords(words);
}

export interface LanguageChoice {
  readonly language: Language;
  /** Switches the app to `language` and remembers it; resolves once the new words show. */
  choose(language: Language): Promise<void>;
}

const LanguageContext = createContext<LanguageChoice>({ language: 'en', choose: () => Promise.resolve() });

export function LanguageProvider({ initial, children }: { readonly initial: Words; readonly children: ReactNode }) {
  const [words, setWords] = useState(initial);
  const choose = useCallback(async (language: Language) => {
    rememberLanguage(language);
    const next = await wordsFor(language);
    // A ?lang= in the address would override the remembered choice on the next visit: it goes.
    const url = new URL(window.location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.delete('lang');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    }
    applyWords(next);
    setWords(next);
  }, []);
  const choice = useMemo<LanguageChoice>(() => ({ language: words.locale as Language, choose }), [words, choose]);
  return (
    <LanguageContext.Provider value={choice}>
      <WordsProvider words={words}>{children}</WordsProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageChoice {
  return useContext(LanguageContext);
}
