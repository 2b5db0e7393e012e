import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/scenario/dates.ts';

describe('calendar arithmetic', () => {
  it('should add days across month, year and leap-day boundaries, the same on every call', () => {
    for (let round = 0; round < 2; round++) {
      expect(addDays('2019-02-27', 2)).toBe('2019-03-01');
      expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
      expect(addDays('2018-12-31', 1)).toBe('2019-01-01');
      expect(addDays('2019-03-01', -1)).toBe('2019-02-28');
    }
  });

  it('should count whole days between dates, negative backwards', () => {
    expect(daysBetween('2019-02-27', '2019-03-01')).toBe(2);
    expect(daysBetween('2019-03-01', '2019-02-27')).toBe(-2);
    expect(daysBetween('2019-01-01', '2020-01-01')).toBe(365);
  });

  it('should keep answering correctly after more distinct dates than it remembers', () => {
    for (let d = 0; d < 25_000; d++) addDays('1990-01-01', d);
    expect(addDays('1990-01-01', 24_999)).toBe('2058-06-12');
    expect(daysBetween('1990-01-01', '2058-06-12')).toBe(24_999);
  });
});
