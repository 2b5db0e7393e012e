/** The part of the Web Storage API we use (localStorage, sessionStorage); tests pass an in-memory one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** An in-memory Storage for tests; `quotaChars` makes writes beyond it fail as a full storage does. */
export function createMemoryStorage(quotaChars = Infinity): StorageLike {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      const after = used() - (map.has(k) ? k.length + (map.get(k) ?? '').length : 0) + k.length + v.length;
      if (after > quotaChars) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, String(v));
    },
    removeItem: (k) => void map.delete(k),
  };
}
