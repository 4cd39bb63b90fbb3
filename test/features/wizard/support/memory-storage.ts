/**
 * An in-memory Storage that can be made to fail like a full or disabled localStorage, or to hold at most
 * `quota` characters (keys and values together, as browsers count).
 */
export function memoryStorage(
  fail?: 'full' | 'broken',
  quota = Infinity,
): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (fail === 'full') throw new DOMException('quota', 'QuotaExceededError');
      if (fail === 'broken') throw new Error('denied');
      const value = String(v);
      const freed = map.has(k) ? k.length + map.get(k)!.length : 0;
      if (used() - freed + k.length + value.length > quota)
        throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, value);
    },
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}
