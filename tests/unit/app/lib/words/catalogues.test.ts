/**
 * Every language's catalogue says what English says: the same keys, and in each message the same
 * arguments, tags and select cases. The build compiles each catalogue (vite.config.ts), so an
 * invalid ICU message already fails the import; these checks name the keys that drift.
 */
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import en from '../../../../../src/app/lib/words/catalogues/en.json';
import ko from '../../../../../src/app/lib/words/catalogues/ko.json';

type Compiled = Readonly<Record<string, unknown>>;

const catalogues: ReadonlyArray<readonly [string, Compiled]> = [['ko', ko as Compiled]];

/** A message's arguments (`{name}`), tags (`<strong>`) and select cases, as sorted strings. */
function signature(message: unknown): string[] {
  const found = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
        continue;
      }
      found.add(`{${el.value}}`);
      if (el.type === TYPE.select) {
        for (const [key, option] of Object.entries(el.options)) {
          found.add(`{${el.value}=${key}}`);
          walk(option.value);
        }
      }
      if (el.type === TYPE.plural) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  if (Array.isArray(message)) walk(message as MessageFormatElement[]);
  return [...found].sort();
}

const englishKeys = Object.keys(en as Compiled);

describe.each(catalogues)('the %s catalogue', (language, catalogue) => {
  it('should have every key of en.json', () => {
    const missing = englishKeys.filter((key) => !(key in catalogue));
    expect(missing, `${language}.json lacks ${missing.length} key(s) of en.json: ${missing.join(', ')}`).toEqual([]);
  });

  it('should have no key that en.json lacks', () => {
    const extra = Object.keys(catalogue).filter((key) => !(key in (en as Compiled)));
    expect(extra, `${language}.json has key(s) en.json lacks: ${extra.join(', ')}`).toEqual([]);
  });

  it("should use the same arguments, tags and select cases as English in every message", () => {
    const differ = englishKeys
      .filter((key) => key in catalogue)
      .flatMap((key) => {
        const want = signature((en as Compiled)[key]).join(' ');
        const got = signature(catalogue[key]).join(' ');
        return want === got ? [] : [`${key}: English has [${want}], ${language} has [${got}]`];
      });
    expect(differ, `messages of ${language}.json whose ICU arguments differ from English:\n${differ.join('\n')}`).toEqual([]);
  });
});

describe('the signature of a message', () => {
  it('should tell a missing argument, tag or select case apart', () => {
    const tagged = [{ type: TYPE.tag, value: 'strong', children: [{ type: TYPE.argument, value: 'n' }] }];
    expect(signature(tagged)).toEqual(['<strong>', '{n}']);
    expect(signature('plain text')).toEqual([]);
  });
});
