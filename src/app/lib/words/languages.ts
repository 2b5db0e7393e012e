/**
 * The languages the app speaks, and which one it opens in: `?lang=` in the address, then the
 * choice remembered in this browser, then the browser's own languages, then English.
 */
export const LANGUAGES = [
  // Each language's name as its readers write it: the same in every catalogue.
  { code: 'en', name: 'English' },
  { code: 'ko', name: '한국어' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_KEY = 'whn.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** "ko-KR" → "ko"; anything the app does not speak → null. */
export function languageOf(tag: string | null | undefined): Language | null {
  const code = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(code) ? code : null;
}

export interface LanguageSources {
  /** The address's query string ("?lang=ko"). */
  readonly search: string;
  /** What this browser remembered (localStorage), if anything. */
  readonly stored: string | null;
  /** navigator.languages, most preferred first. */
  readonly browser: readonly string[];
}

export function initialLanguage({ search, stored, browser }: LanguageSources): Language {
  return languageOf(new URLSearchParams(search).get('lang')) ?? languageOf(stored) ?? browser.map(languageOf).find((l) => l !== null) ?? 'en';
}

/** The sources as this browser has them; storage that refuses (private mode, a sandbox) counts as nothing remembered. */
export function browserLanguageSources(): LanguageSources {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    stored = null;
  }
  return { search: window.location.search, stored, browser: navigator.languages.length > 0 ? navigator.languages : [navigator.language] };
}

/** Remembers the choice; a browser that keeps nothing just asks again next time. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Nothing to do: the language still applies to this page.
  }
}
