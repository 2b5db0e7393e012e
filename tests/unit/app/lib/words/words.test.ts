import { describe, expect, it } from 'vitest';
import { createWords, english, type Catalogue } from '../../../../../src/app/lib/words/index.ts';
import { dateParts, formatNumber, formatPercent, formatSigned } from '../../../../../src/app/lib/words/format.ts';
import koSample from '../../../../fixtures/catalogues/ko-sample.json';
import full from '../../../../../src/app/lib/words/catalogues/en.json';
import core from '../../../../../src/app/lib/words/catalogues/en.json?part=core';
import lazyPart from '../../../../../src/app/lib/words/catalogues/en.json?part=lazy';
import { partOf } from '../../../../../src/app/lib/words/parts.ts';

const korean = createWords('ko', koSample as unknown as Catalogue);

describe('the words lookup', () => {
  it('should give a message by key, with its values and plurals', () => {
    expect(english.t('format.date', { day: '22', month: 'Mar', year: '2019' })).toBe('22 Mar 2019');
  });

  it('should refuse a key that is not in the English catalogue at compile time', () => {
    // @ts-expect-error: not a key of en.json, so tsc fails if this line ever compiles.
    expect(() => english.t('no.such.key')).toThrow();
  });

  it('should render plurals and selects by their values', () => {
    expect(english.t('classroom.setup.fix', { count: 1 })).toBe('Please fix this first:');
    expect(english.t('classroom.setup.fix', { count: 3 })).toBe('Please fix these first:');
    expect(english.t('picker.problems.title', { file: 'a.yaml', count: 1 })).toBe('a.yaml was not loaded: 1 problem');
    expect(english.t('picker.problems.title', { file: 'a.yaml', count: 1200 })).toBe('a.yaml was not loaded: 1,200 problems');
    expect(english.t('log.undid', { step: 'round', number: 2 })).toBe('undid round 2 (its moves stay in the timeline as a branch)');
    expect(english.t('log.undid', { step: 'override', number: 0 })).toBe('undid the posture override (its moves stay in the timeline as a branch)');
  });

  it('should keep numbers given as values as written (a seed is not 20,250,310)', () => {
    expect(english.t('report.computer', { seed: 20250310, actors: 'ROK' })).toBe('Computer (seed 20250310): ROK');
  });

  it('should give a message with tags as parts, the tags made by the caller', () => {
    const parts = english.parts<{ strong: string }>('compare.common', { date: '1 Mar 2019', what: 'Start', strong: (chunks) => ({ strong: chunks.join('') }) });
    expect(parts).toEqual(['Both follow the same path up to ', { strong: '1 Mar 2019' }, ' (Start).']);
  });

  it('should read a key a catalogue lacks in English', () => {
    const partial = createWords('ko', {});
    expect(partial.t('format.shortDate', { day: '22', month: '3월' })).toBe('22 3월');
  });
});

describe('formats through Intl, for the locale given', () => {
  it.each([
    [3.44, '+3.4'],
    [-8, '\u22128.0'],
    [0, '0.0'],
    [-0.04, '0.0'],
    [0.04, '0.0'],
    [-0.05, '\u22120.1'],
  ])('should sign %d as %s, never a minus on a value that rounds to zero', (value, text) => {
    expect(formatSigned('en', value)).toBe(text);
    expect(english.format.signed(value)).toBe(text);
  });

  it('should sign whole numbers when asked for no decimals', () => {
    expect(formatSigned('en', 2, 0)).toBe('+2');
    expect(formatSigned('en', -0.4, 0)).toBe('0');
  });

  it('should group thousands and keep tiny shares visible', () => {
    expect(formatNumber('en', 200_000)).toBe('200,000');
    expect(formatNumber('en', 1.5, 2)).toBe('1.50');
    expect(formatPercent('en', 0.1234)).toBe('12.3%');
    expect(formatPercent('en', 0.0001)).toBe('<0.1%');
    expect(formatPercent('en', 0.00123, 2)).toBe('0.12%');
  });

  it("should write dates in the catalogue's order with the locale's month names", () => {
    expect(english.format.date('2019-03-22')).toBe('22 Mar 2019');
    expect(english.format.shortDate('2019-09-05')).toBe('5 Sep');
    expect(korean.format.date('2019-03-22')).toBe('2019년 3월 22일');
    expect(korean.format.date('2019-03-22')).not.toBe(english.format.date('2019-03-22'));
    expect(dateParts('en', '2019-12-01')).toEqual({ day: '1', month: 'Dec', year: '2019' });
  });

  it('should leave text that is not a calendar date as it is', () => {
    expect(english.format.date('2019-03')).toBe('2019-03');
    expect(english.format.date('2019-02-30')).toBe('2019-02-30');
  });
});

describe('the catalogue compiler', () => {
  it('should deliver messages compiled: plain text as text, messages with values as ICU ASTs', () => {
    const sample = koSample as unknown as Record<string, unknown>;
    expect(Array.isArray(sample['format.date'])).toBe(true);
    expect(english.t('format.date', { day: '1', month: 'Jan', year: '2020' })).toBe('1 Jan 2020');
  });

  it('should split the English catalogue into a core for the first page and a lazy part, losing no key', () => {
    const coreKeys = Object.keys(core);
    const lazyKeys = Object.keys(lazyPart);
    expect(coreKeys.every((k) => partOf(k) === 'core')).toBe(true);
    expect(lazyKeys.every((k) => partOf(k) === 'lazy')).toBe(true);
    expect([...coreKeys, ...lazyKeys].sort()).toEqual(Object.keys(full).sort());
    expect(coreKeys).toContain('moves.closed');
    expect(lazyKeys).toContain('log.played');
  });

  it('should fail to import a catalogue with a message that does not parse, naming its key', async () => {
    await expect(import('../../../../fixtures/catalogues/broken.json')).rejects.toThrow(/moves\.broken/);
  });
});
