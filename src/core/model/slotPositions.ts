import { replaceRange } from './slots';

/**
 * Each slot's start offset and first line, kept so that an edit costs the
 * same in a large file as in a small one. The slots after an edit all move by
 * the same amount: that move is kept pending (added on every read) instead of
 * being written into every later entry, and a further edit in the same place,
 * as when typing, only adds to it. An edit elsewhere first writes the pending
 * move out (once, in one pass).
 */
export class SlotPositions {
  private starts: number[] = [];
  private lines: number[] = [];
  /** Entries from this index on are `delta` characters and `lineDelta` lines further than stored. */
  private from = Infinity;
  private delta = 0;
  private lineDelta = 0;

  get count(): number {
    return this.starts.length;
  }

  start(i: number): number {
    return i >= this.from ? this.starts[i] + this.delta : this.starts[i];
  }

  firstLine(i: number): number {
    return i >= this.from ? this.lines[i] + this.lineDelta : this.lines[i];
  }

  /** Index of the last slot starting at or before `offset`, or -1. */
  indexAt(offset: number): number {
    let lo = -1;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.start(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Entries `first..last` (none when `last < first`) replaced by `starts` and
   * `lines`; the entries after them move by `delta` characters and
   * `lineDelta` lines.
   */
  replace(first: number, last: number, starts: number[], lines: number[], delta: number, lineDelta: number): void {
    // Typing in one article: the pending move begins right after it, and only grows.
    if (this.from !== last + 1) this.settle();
    this.starts = replaceRange(this.starts, first, last, starts);
    this.lines = replaceRange(this.lines, first, last, lines);
    this.from = first + starts.length;
    this.delta += delta;
    this.lineDelta += lineDelta;
  }

  /** All starts and first lines, as arrays a caller may keep. */
  snapshot(): { starts: number[]; lines: number[] } {
    this.settle();
    return { starts: this.starts.slice(), lines: this.lines.slice() };
  }

  /** Writes the pending move into the entries. */
  private settle(): void {
    for (let i = this.from; i < this.starts.length; i++) {
      this.starts[i] += this.delta;
      this.lines[i] += this.lineDelta;
    }
    this.from = Infinity;
    this.delta = 0;
    this.lineDelta = 0;
  }
}
