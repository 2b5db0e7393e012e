/**
 * Percentiles and Monte Carlo errors. Percentiles interpolate linearly between order statistics
 * (Hyndman & Fan type 7, the default of R and NumPy): with n sorted values x₀…xₙ₋₁ the q-quantile is
 * x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋₊₁ − x_⌊h⌋) where h = (n − 1)q.
 */
export const PERCENTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** Quantile q of sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  return lo + 1 < n ? a + (h - lo) * ((sorted[lo + 1] as number) - a) : a;
}

/**
 * Quantile q of a sample given as counts of distinct values (values ascending), without expanding it:
 * the k-th order statistic is the value whose running count first passes k.
 */
export function quantileCounts(values: readonly number[], counts: ArrayLike<number>, total: number, q: number): number {
  if (total === 0) return Number.NaN;
  const h = (total - 1) * q;
  const lo = Math.floor(h);
  const a = orderStatistic(values, counts, lo);
  return lo + 1 < total ? a + (h - lo) * (orderStatistic(values, counts, lo + 1) - a) : a;
}

function orderStatistic(values: readonly number[], counts: ArrayLike<number>, k: number): number {
  let seen = 0;
  for (let i = 0; i < values.length; i++) {
    seen += counts[i] as number;
    if (k < seen) return values[i] as number;
  }
  return values[values.length - 1] as number;
}

/** Standard error of a proportion estimated from n independent runs. */
export function standardError(p: number, n: number): number {
  return n > 0 ? Math.sqrt((p * (1 - p)) / n) : 0;
}
