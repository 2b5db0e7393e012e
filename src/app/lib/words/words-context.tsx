/**
 * Words for React: `useWords()` gives a component `{ t, locale, format, rich }`; the root of a lazily
 * loaded feature uses `useLazyWords()` instead (see catalogue.ts). Without a
 * WordsProvider above it, the words are English, so code that predates the provider keeps working.
 */
import { createContext, Fragment, Suspense, use, useContext, useMemo, type ReactNode } from 'react';
import { lazyMessagesLoaded, loadLazyMessages, type Key } from './catalogue.ts';
import { english, type RichValues, type Words } from './words.ts';

export interface ReactWords extends Words {
  /** A message with tags (`<strong>{n}</strong>`) as React nodes: pass each tag as a function of its chunks. */
  rich(key: Key, values: RichValues<ReactNode>): ReactNode;
}

function withRich(words: Words): ReactWords {
  return {
    ...words,
    rich: (key, values) => words.parts<ReactNode>(key, values).map((part, i) => <Fragment key={i}>{part}</Fragment>),
  };
}

const WordsContext = createContext<ReactWords>(withRich(english));

export function WordsProvider({ words, children }: { readonly words: Words; readonly children: ReactNode }) {
  const value = useMemo(() => withRich(words), [words]);
  return <WordsContext.Provider value={value}>{children}</WordsContext.Provider>;
}

export function useWords(): ReactWords {
  return useContext(WordsContext);
}

/**
 * useWords() for the root of a lazily loaded feature: suspends (inside the feature's <Suspense>)
 * until the catalogue's lazy part has loaded, so everything below may use its keys.
 */
export function useLazyWords(): ReactWords {
  if (!lazyMessagesLoaded()) use(loadLazyMessages());
  return useContext(WordsContext);
}

function LazyWordsGate({ children }: { readonly children: ReactNode }) {
  useLazyWords();
  return children;
}

/** For a feature outside any lazy chunk that reads the lazy part (a dialog): waits for it with a short notice. */
export function WithLazyWords({ children }: { readonly children: ReactNode }) {
  const { t } = useWords();
  return (
    <Suspense fallback={<p aria-live="polite">{t('common.loading')}</p>}>
      <LazyWordsGate>{children}</LazyWordsGate>
    </Suspense>
  );
}
