/**
 * The words layer: codes and keys in, text out. Components call `useWords()`; exports and other
 * plain code take a `Words` (`english` when nobody chose a language, `currentWords()` for the
 * language the user chose).
 */
export { createWords, currentT, currentWords, english, type Format, type RichValues, type Value, type Values, type Words } from './words.ts';
export { WithLazyWords, WordsProvider, useLazyWords, useWords, type ReactWords } from './words-context.tsx';
export { loadCatalogue, loadLazyMessages, type Catalogue, type CompiledMessage, type Key } from './catalogue.ts';
export { LANGUAGES, browserLanguageSources, initialLanguage, isLanguage, type Language } from './languages.ts';
export { LanguageProvider, applyWords, useLanguage, wordsFor, type LanguageChoice } from './language-context.tsx';
export { lastingText, placeName, stepLastingText, stepWhenText } from './time-words.ts';
