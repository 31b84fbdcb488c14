/** Line breaks as the editor counts them: `\r\n`, `\n`, or a lone `\r`. */
const BREAK = /\r\n?|\n/g;

/** Offsets just after each line break of `text`, after `first` (kept in the list when given). */
function lineStartsAfterBreaks(text: string, first?: number): number[] {
  const starts: number[] = first === undefined ? [] : [first];
  // Most bulletins have no carriage return at all: `indexOf` then finds every break natively.
  if (text.indexOf('\r') < 0) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** How many line breaks `text` holds. */
export function countBreaks(text: string): number {
  return lineStartsAfterBreaks(text).length;
}

/** Maps offsets to zero-based (line, character) positions, as the editor counts them. */
export class LineIndex {
  private readonly starts: number[];
  /** The line of the last answer: callers mostly ask in order of offset, so the next answer is near. */
  private last = 0;

  constructor(text: string) {
    this.starts = lineStartsAfterBreaks(text, 0);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The zero-based line `offset` lies on. */
  lineOf(offset: number): number {
    const { starts } = this;
    let lo = this.last;
    if (starts[lo] > offset) lo = 0;
    // A few steps forward from the last answer, then a binary search for far jumps.
    for (let steps = 0; steps < 8 && lo + 1 < starts.length && starts[lo + 1] <= offset; steps++) lo++;
    if (lo + 1 < starts.length && starts[lo + 1] <= offset) lo = this.search(offset, lo);
    this.last = lo;
    return lo;
  }

  position(offset: number): { line: number; character: number } {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  /** The last line at or after `from` that starts at or before `offset`. */
  private search(offset: number, from: number): number {
    let lo = from;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
