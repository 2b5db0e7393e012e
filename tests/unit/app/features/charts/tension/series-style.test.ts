import { describe, expect, it } from 'vitest';
import { CURRENT_STYLE, GHOST_STYLE, seriesStyles, type StyledSeries } from '../../../../../../src/app/features/charts/shared/series-style.ts';

const branch = (number: number, end = number * 2 + 1): StyledSeries => ({ key: `n${end}`, kind: 'branch', end, number });
const looks = (drawn: readonly StyledSeries[]) => {
  const styles = seriesStyles(drawn);
  return drawn.map((s) => `${styles.get(s.key)?.colour} ${styles.get(s.key)?.dash}`);
};

describe('seriesStyles (how each drawn line of the tension chart looks)', () => {
  it('should give the current branch and the record their own looks', () => {
    const styles = seriesStyles([{ key: 'replay', kind: 'replay', end: 9 }, { key: 'n12', kind: 'current', end: 12 }, branch(1)]);
    expect(styles.get('n12')).toBe(CURRENT_STYLE);
    expect(styles.get('replay')).toBe(GHOST_STYLE);
  });

  it('should keep the look of each branch still drawn when the most recent ones slide on by one', () => {
    // Branches 95–100 drawn; a move elsewhere adds branch 101, and 95 is no longer drawn.
    const before = [95, 96, 97, 98, 99, 100].map((n) => branch(n));
    const after = [96, 97, 98, 99, 100, 101].map((n) => branch(n));
    const was = new Map(before.map((s, i) => [s.key, looks(before)[i]]));
    const now = looks(after);
    after.slice(0, 5).forEach((s, i) => expect(now[i]).toBe(was.get(s.key)));
    // The newcomer takes the look the branch that left had.
    expect(now[5]).toBe(was.get('n191'));
  });

  it('should never give two drawn branches one look, whatever their numbers', () => {
    // Named branches 1 and 7 both ask for the first look; recent 12–15 ask for others.
    const drawn = [branch(1), branch(7), branch(12), branch(13), branch(14), branch(15)];
    expect(new Set(looks(drawn)).size).toBe(6);
  });

  it('should still style branches without a number, by age', () => {
    const drawn: StyledSeries[] = [3, 1, 2].map((end) => ({ key: `n${end}`, kind: 'branch', end }));
    expect(new Set(looks(drawn)).size).toBe(3);
  });
});
