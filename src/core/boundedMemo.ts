/**
 * Remembers a pure function's answers, up to `limit` keys, then starts afresh: the inputs that repeat (field
 * names, edition ids) are few, and a bound keeps hostile input from growing the cache without end.
 */
export function boundedMemo<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K): V => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
