/**
 * Words: one locale's catalogue and formats behind one lookup. Every piece of UI text is
 * `words.t(key, values)`; numbers and dates are `words.format.*`. Plain TypeScript, so exports
 * (CSV, Markdown) take a Words as React components take it from `useWords()`.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { englishMessage, type Catalogue, type CompiledMessage, type Key } from './catalogue.ts';
import { dateParts, formatNumber, formatPercent, formatSigned } from './format.ts';

export type Value = string | number;
export type Values = Readonly<Record<string, Value>>;

/** Values for a message with tags: a tag's value wraps its chunks; other values may be T too (React nodes). */
export type RichValues<T> = Readonly<Record<string, Value | T | ((chunks: readonly (string | T)[]) => T)>>;

export interface Format {
  /** 1234 → "1,234"; with `digits`, exactly that many decimals. */
  number(value: number, digits?: number): string;
  /** "+3.4", "−8.0", "0.0" (see format.ts). */
  signed(value: number, digits?: number): string;
  /** 0.1234 → "12.3%". */
  percent(share: number, digits?: number): string;
  /** "2019-03-22" → "22 Mar 2019" (English); anything not a date is returned as it is. */
  date(iso: string): string;
  /** "2019-03-22" → "22 Mar". */
  shortDate(iso: string): string;
}

export interface Words {
  readonly locale: string;
  t(key: Key, values?: Values): string;
  /** A message with tags or non-text values, as parts: strings and whatever the values make. */
  parts<T>(key: Key, values: RichValues<T>): readonly (string | T)[];
  readonly format: Format;
}

/** Words for `locale`: messages from `catalogue`, and in English where it has none. */
export function createWords(locale: string, catalogue: Catalogue = {}): Words {
  const compiled = new Map<Key, IntlMessageFormat | string>();
  const message = (key: Key) => {
    let m = compiled.get(key);
    if (m === undefined) {
      const source: CompiledMessage = catalogue[key] ?? englishMessage(key);
      // The formatter never changes the AST; its type just does not say readonly.
      m = typeof source === 'string' ? source : new IntlMessageFormat(source as MessageFormatElement[], locale);
      compiled.set(key, m);
    }
    return m;
  };
  const t = (key: Key, values?: Values): string => {
    const m = message(key);
    return typeof m === 'string' ? m : String(m.format(values));
  };
  const parts = <T>(key: Key, values: RichValues<T>): readonly (string | T)[] => {
    const m = message(key);
    if (typeof m === 'string') return [m];
    const out = m.format<T>(values as Record<string, T>);
    return Array.isArray(out) ? out : [out as string | T];
  };
  const dated = (pattern: 'format.date' | 'format.shortDate') => (iso: string) => {
    const p = dateParts(locale, iso);
    return p === null ? iso : t(pattern, { ...p });
  };
  const format: Format = {
    number: (value, digits) => formatNumber(locale, value, digits),
    signed: (value, digits) => formatSigned(locale, value, digits),
    percent: (share, digits) => formatPercent(locale, share, digits),
    date: dated('format.date'),
    shortDate: dated('format.shortDate'),
  };
  return { locale, t, parts, format };
}

/** The words everything reads when nobody chose a language. */
export const english: Words = createWords('en');

let current: Words = english;

/**
 * The words of the language the user chose, for plain code that words a message at the moment it
 * happens (stores: a notice, a refusal, a link that failed). English until a language is chosen.
 */
export function currentWords(): Words {
  return current;
}

/** `t` in the language chosen when it is called: for stores, whose messages are worded when they happen. */
export const currentT: Words['t'] = (key, values) => current.t(key, values);

/** Set by the language provider (language-context.tsx) whenever the language changes. */
export function setCurrentWords(words: Words): void {
  current = words;
}
