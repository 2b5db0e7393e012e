/**
 * What a chart draws of a long series: a chart some 1,000 pixels wide cannot show 10,000 points,
 * and Recharts' time grows with them. Keeps the first and the last item and, in each of even
 * buckets between, the items holding the lowest and highest of each value, in their order, so every
 * peak and trough stays drawn. The table and the CSV keep every item.
 */

/** Items drawn per series at most (about one per two pixels of a wide chart). */
export const MAX_DRAWN_POINTS = 600;

export function thinOut<T>(items: readonly T[], values: (item: T) => readonly number[], max = MAX_DRAWN_POINTS): readonly T[] {
  const n = items.length;
  if (n <= max || n < 3) return items;
  const width = Math.max(1, values(items[0] as T).length);
  const buckets = Math.max(1, Math.floor((max - 2) / (2 * width)));
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const size = (n - 2) / buckets;
  for (let b = 0; b < buckets; b++) {
    const from = 1 + Math.floor(b * size);
    const to = Math.min(n - 1, 1 + Math.floor((b + 1) * size));
    if (from >= to) continue;
    const low = new Array<number>(width).fill(from);
    const high = new Array<number>(width).fill(from);
    const lowValue = new Array<number>(width).fill(Infinity);
    const highValue = new Array<number>(width).fill(-Infinity);
    for (let i = from; i < to; i++) {
      const v = values(items[i] as T);
      for (let k = 0; k < width; k++) {
        const x = v[k] ?? 0;
        if (x < (lowValue[k] as number)) {
          lowValue[k] = x;
          low[k] = i;
        }
        if (x > (highValue[k] as number)) {
          highValue[k] = x;
          high[k] = i;
        }
      }
    }
    for (let k = 0; k < width; k++) {
      keep[low[k] as number] = 1;
      keep[high[k] as number] = 1;
    }
  }
  const out: T[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(items[i] as T);
  return out;
}
