import { withoutBreak } from '../editor/textLines';
import type { LinePosition, TextSource } from '../editor/textLines';
import { LineIndex } from '../text/lines';

/** A run of the text: a model's head or one article's slot; its line index is built when first needed and kept. */
export interface Piece {
  readonly text: string;
  lines?: LineIndex;
}

/**
 * A text held as pieces that tile it, read without joining them: `starts[i]`
 * is piece i's offset and `firstLines[i]` the line it begins on (piece 0
 * begins the text). A line may begin in an earlier piece: a stamp can follow a
 * header or indentation on its line. The arrays must not change afterwards
 * (a model hands over a snapshot).
 */
export class PiecesText implements TextSource {
  readonly length: number;
  private readonly lineCount: number;
  /** The piece of the last answer: callers mostly read in order of offset. */
  private last = 0;

  constructor(private readonly pieces: readonly Piece[], private readonly starts: readonly number[], private readonly firstLines: readonly number[]) {
    const n = pieces.length - 1;
    this.length = starts[n] + pieces[n].text.length;
    this.lineCount = firstLines[n] + this.index(n).lineCount;
  }

  slice(start: number, end: number): string {
    const i = this.pieceAt(start);
    const from = start - this.starts[i];
    if (end <= this.starts[i] + this.pieces[i].text.length) return this.pieces[i].text.slice(from, end - this.starts[i]);
    const parts = [this.pieces[i].text.slice(from)];
    for (let j = i + 1; j < this.pieces.length && this.starts[j] < end; j++) parts.push(this.pieces[j].text.slice(0, end - this.starts[j]));
    return parts.join('');
  }

  position(offset: number): LinePosition {
    const i = this.pieceAt(offset);
    const local = offset - this.starts[i];
    const index = this.index(i);
    const line = index.lineOf(local);
    if (line > 0 || i === 0) return { line: this.firstLines[i] + line, character: local - index.lineStart(line) };
    return { line: this.firstLines[i], character: offset - this.lineStart(this.firstLines[i]) };
  }

  lineText(line: number): string {
    const end = line + 1 < this.lineCount ? this.lineStart(line + 1) : this.length;
    return withoutBreak(this.slice(this.lineStart(line), end));
  }

  private index(i: number): LineIndex {
    const piece = this.pieces[i];
    piece.lines ??= new LineIndex(piece.text);
    return piece.lines;
  }

  /** Offset where `line` begins: in the last piece that begins on an earlier line. */
  private lineStart(line: number): number {
    if (line <= 0) return 0;
    let lo = 0;
    let hi = this.firstLines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstLines[mid] < line) lo = mid;
      else hi = mid - 1;
    }
    return this.starts[lo] + this.index(lo).lineStart(line - this.firstLines[lo]);
  }

  /** The last piece starting at or before `offset` (an empty piece gives way to the next). */
  private pieceAt(offset: number): number {
    const { starts } = this;
    let lo = this.last;
    if (starts[lo] > offset || (lo + 1 < starts.length && starts[lo + 1] <= offset)) {
      lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
    }
    this.last = lo;
    return lo;
  }
}

/**
 * A bulletin's `text` read from `source` on first use and kept: a model's
 * bulletin joins its pieces only if something reads the whole text, never to
 * be built (the editor's features read `source`). An enumerable accessor, so
 * JSON and deep comparisons see the text like a plain field.
 */
export function lazyTextField<T extends { text: string }>(fields: T, source: TextSource): T {
  const settle = (target: object, text: string) => Object.defineProperty(target, 'text', { value: text, enumerable: true, writable: true, configurable: true });
  return Object.defineProperty(fields, 'text', {
    enumerable: true,
    configurable: true,
    get(this: object): string {
      const text = source.slice(0, source.length);
      settle(this, text);
      return text;
    },
    set(this: object, text: string) {
      settle(this, text);
    },
  });
}
