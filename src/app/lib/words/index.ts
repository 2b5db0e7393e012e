/**
 * The words layer: codes and keys in, text out. Components call `useWords()`; exports and other
 * plain code take a `Words` (`english` when nobody chose a language).
 */
export { createWords, english, type Format, type RichValues, type Value, type Values, type Words } from './words.ts';
export { WithLazyWords, WordsProvider, useLazyWords, useWords, type ReactWords } from './words-context.tsx';
export { loadLazyMessages, type Catalogue, type CompiledMessage, type Key } from './catalogue.ts';
