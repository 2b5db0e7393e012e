/** "Did you mean …?" suggestions for mistyped ids and keys. */

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbouring
 * letters as one edit (optimal string alignment: "clam" is one edit from "calm"), with a cap so
 * long strings cost little when they are far apart.
 */
export function editDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `word`, when it is close enough to be a likely typo
 * (at most a third of the word's length, and at least one edit), else undefined.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const cap = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = cap + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase(), cap);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A hint: "did you mean 'x'?" when one is close, else the list of what is allowed (shortened). */
export function suggestion(word: string, all: readonly string[], what: string): string {
  const candidates = [...new Set(all)];
  const match = closest(word, candidates);
  if (match !== undefined) return `did you mean '${match}'?`;
  if (candidates.length === 0) return `there are no ${what} yet: define it first, or fix the name`;
  const shown = candidates.slice(0, 12).map((c) => `'${c}'`).join(', ');
  return `${what}: ${shown}${candidates.length > 12 ? `, … (${candidates.length} in all)` : ''}`;
}
