/**
 * The message catalogues. English is the reference: its keys are the `Key` type, so a key that is
 * not in en.json fails tsc. Another language is one more JSON file next to it (catalogues/ko.json),
 * loaded and handed to `createWords`; a key it lacks reads in English.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import english from './catalogues/en.json';

export type Key = keyof typeof english;

/** A message as the build delivers it (vite.config.ts, icuCatalogues): its ICU AST, or plain text. */
export type CompiledMessage = string | readonly MessageFormatElement[];

export type Catalogue = Readonly<Partial<Record<Key, CompiledMessage>>>;

// TypeScript reads en.json as written (text), but the build compiles each message on import:
// the keys are the JSON's, the values are what icuCatalogues made of them.
export const ENGLISH = english as unknown as Readonly<Record<Key, CompiledMessage>>;
