import { describe, expect, it } from 'vitest';
import { createWords, initialLanguage, loadCatalogue, loadLazyMessages } from '../../../../../src/app/lib/words/index.ts';
import { languageOf } from '../../../../../src/app/lib/words/languages.ts';

describe('the language the app opens in', () => {
  it('should take ?lang= first, then the remembered choice, then the browser, then English', () => {
    expect(initialLanguage({ search: '?lang=ko', stored: 'en', browser: ['en-GB'] })).toBe('ko');
    expect(initialLanguage({ search: '', stored: 'ko', browser: ['en-GB'] })).toBe('ko');
    expect(initialLanguage({ search: '?lang=en', stored: 'ko', browser: ['ko-KR'] })).toBe('en');
    expect(initialLanguage({ search: '', stored: null, browser: ['fr-FR', 'ko-KR', 'en'] })).toBe('ko');
    expect(initialLanguage({ search: '', stored: null, browser: ['fr-FR'] })).toBe('en');
  });

  it('should ignore a language it does not speak, wherever it comes from', () => {
    expect(initialLanguage({ search: '?lang=xx', stored: 'garbage', browser: [] })).toBe('en');
    expect(languageOf('KO_kr')).toBe('ko');
    expect(languageOf(undefined)).toBeNull();
  });
});

describe('the Korean catalogue, loaded', () => {
  it('should word the first page, the lazy features and dates in Korean', async () => {
    const korean = createWords('ko', await loadCatalogue('ko'));
    expect(korean.t('app.menu.share')).toBe('링크 공유');
    expect(korean.format.date('2019-03-22')).toBe('2019년 3월 22일');
    expect(korean.format.shortDate('2019-03-22')).toBe('3월 22일');
    await loadLazyMessages();
    const later = createWords('ko', await loadCatalogue('ko'));
    expect(later.t('debrief.title', { title: 'X' })).toBe('사후 검토: X');
    expect(later.t('classroom.setup.fix', { count: 1 })).toBe('먼저 다음을 고쳐 주세요:');
    expect(later.format.signed(-8)).toBe('\u22128.0');
  });

  it('should give English an empty catalogue: English is the fallback itself', async () => {
    expect(await loadCatalogue('en')).toEqual({});
  });
});
