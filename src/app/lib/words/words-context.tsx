/**
 * Words for React: `useWords()` gives a component `{ t, locale, format, rich }`. Without a
 * WordsProvider above it, the words are English, so code that predates the provider keeps working.
 */
import { createContext, Fragment, useContext, useMemo, type ReactNode } from 'react';
import type { Key } from './catalogue.ts';
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
