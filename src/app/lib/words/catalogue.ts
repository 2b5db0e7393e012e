/**
 * The message catalogues. English is the reference: its keys are the `Key` type, so a key that is
 * not in en.json fails tsc. Another language is one more JSON file next to it (catalogues/ko.json),
 * loaded and handed to `createWords`; a key it lacks reads in English.
 *
 * English arrives in two parts (parts.ts): the core with the first page, the rest when a lazily
 * loaded feature first renders (`loadLazyMessages`, awaited by the features' lazy wrappers and by
 * `useLazyWords`).
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type english from './catalogues/en.json';
import core from './catalogues/en.json?part=core';
import { partOf } from './parts.ts';

export type Key = keyof typeof english;

/** A message as the build delivers it (vite.config.ts, icuCatalogues): its ICU AST, or plain text. */
export type CompiledMessage = string | readonly MessageFormatElement[];

export type Catalogue = Readonly<Partial<Record<Key, CompiledMessage>>>;

// The build compiles each message on import: the keys are en.json's, the values what icuCatalogues made of them.
const loaded = { ...core } as Partial<Record<Key, CompiledMessage>>;

let lazy: Promise<void> | null = null;
let lazyLoaded = false;

/** Loads the English of the lazily loaded features; the same promise every time. */
export function loadLazyMessages(): Promise<void> {
  lazy ??= import('./catalogues/en.json?part=lazy').then((part) => {
    Object.assign(loaded, part.default);
    lazyLoaded = true;
  });
  return lazy;
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
