import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/engine/csv.ts';

describe('csvCell', () => {
  it.each([
    ['plain text', 'Announce sanctions', 'Announce sanctions'],
    ['a comma', 'US, DPRK', '"US, DPRK"'],
    ['quotes', 'the "maximum pressure" campaign', '"the ""maximum pressure"" campaign"'],
    ['a line break', 'line one\nline two', '"line one\nline two"'],
    ['a formula', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['a leading plus', '+1 turn', "'+1 turn"],
    ['a leading minus in text', '-cmd', "'-cmd"],
    ['a leading at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\tx', "'\tx"],
    ['leading spaces', '  padded', '"  padded"'],
    ['non-Latin text', '연락사무소', '연락사무소'],
  ])('should write %s safely', (_label, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    [-8, '-8'],
    [3.4, '3.4'],
    [0, '0'],
    [Number.NaN, ''],
    [null, ''],
  ])('should keep the number %s a number', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('should write a header and CRLF rows', () => {
    expect(toCsv(['Step', 'Move'], [[1, 'Withdraw, then return'], [2, null]])).toBe('Step,Move\r\n1,"Withdraw, then return"\r\n2,\r\n');
  });

  it('should start a download with a UTF-8 BOM so spreadsheets read Korean names', () => {
    expect(toCsv(['연락'], [[1]], { bom: true })).toBe('\uFEFF연락\r\n1\r\n');
  });

  it('should end lines with LF for the command line', () => {
    expect(toCsv(['a', 'b'], [[1, 2]], { newline: '\n' })).toBe('a,b\n1,2\n');
  });
});
