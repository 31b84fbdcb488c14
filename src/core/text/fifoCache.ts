/**
 * A map that forgets its oldest entries once it holds `limit`. The oldest key
 * is kept in a ring: evicting through `map.keys().next()` instead costs more
 * with every eviction, as V8's ordered hash table skips the deleted slots at
 * its front until it is next rebuilt.
 */
export class FifoCache<K, V> {
  private readonly map = new Map<K, V>();
  /** Keys in order of insertion, as a ring once full; `oldest` is the next to go. */
  private readonly order: K[] = [];
  private oldest = 0;

  constructor(private readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError(`cache limit must be at least 1, got ${limit}`);
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (!this.map.has(key)) this.remember(key);
    this.map.set(key, value);
  }

  private remember(key: K): void {
    if (this.order.length < this.limit) {
      this.order.push(key);
      return;
    }
    this.map.delete(this.order[this.oldest]);
    this.order[this.oldest] = key;
    this.oldest = (this.oldest + 1) % this.limit;
  }
}
