import { runNow, type Steps } from '../steps';

/** Line breaks as the editor counts them: `\r\n`, `\n`, or a lone `\r`. */
const BREAK = /\r\n?|\n/g;

/** Characters scanned for line breaks between two pauses of `LineIndex.inSteps`: about a millisecond's work. */
const CHARS_PER_STEP = 1 << 20;

/** Offset just after the first line break at or after `from`, or -1. */
function nextLineFeed(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? -1 : at + 1;
}

function nextBreak(text: string, from: number): number {
  BREAK.lastIndex = from;
  const m = BREAK.exec(text);
  return m ? m.index + m[0].length : -1;
}

/** Appends the offset just after each line break of `text` to `starts`, pausing every `CHARS_PER_STEP` characters. */
function* lineStartSteps(text: string, starts: number[]): Steps<void> {
  // Most bulletins have no carriage return at all: `indexOf` then finds every break natively.
  const next = text.indexOf('\r') < 0 ? nextLineFeed : nextBreak;
  let pauseAt = CHARS_PER_STEP;
  for (let at = next(text, 0); at >= 0; at = next(text, at)) {
    starts.push(at);
    if (at >= pauseAt) {
      pauseAt = at + CHARS_PER_STEP;
      yield;
    }
  }
}

/** Offsets just after each line break of `text`, after `first` (kept in the list when given). */
function lineStartsAfterBreaks(text: string, first?: number): number[] {
  const starts: number[] = first === undefined ? [] : [first];
  runNow(lineStartSteps(text, starts));
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

  /** The index of a whole file built a slice at a time, for an editor that must not stall on a large one. */
  static *inSteps(text: string): Steps<LineIndex> {
    const index = new LineIndex('');
    yield* lineStartSteps(text, index.starts);
    return index;
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
