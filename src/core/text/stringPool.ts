/**
 * Gives one string object for each value it is shown, so that equal strings
 * kept by many objects (a bulletin's mentions of one country, one date) are
 * one object for the garbage collector to copy. Forgets all once it holds
 * `limit` values, so it never grows without bound.
 */
export class StringPool {
  private readonly known = new Map<string, string>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.known.size;
  }

  /** The pool's string equal to `s`: `s` itself when the pool had none. */
  same(s: string): string {
    const known = this.known.get(s);
    if (known !== undefined) return known;
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(s, s);
    return s;
  }
}
