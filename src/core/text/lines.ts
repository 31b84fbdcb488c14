/** Line breaks as the editor counts them: `\r\n`, `\n`, or a lone `\r`. */
const BREAK = /\r\n?|\n/g;

/** Offsets just after each line break of `text`. */
function lineStartsAfterBreaks(text: string): number[] {
  const starts: number[] = [];
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

  constructor(text: string) {
    this.starts = [0, ...lineStartsAfterBreaks(text)];
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}
