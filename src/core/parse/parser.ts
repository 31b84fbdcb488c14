import type { ParsedBulletin, Stamp, TextRange } from '../types';
import { matchHeader, matchStamp, skipBlanks, trimEnd } from './stamp';
import { runNow, SliceBudget, type Steps } from '../steps';

/**
 * Splits a bulletin into header, preamble and articles (guide §1) in one pass
 * over its lines. Never throws: any string is a bulletin, possibly with no
 * articles.
 *
 * Lines end at `\n`, `\r\n` or a lone `\r`. Ranges: title, paragraphs
 * and preamble are trimmed of surrounding whitespace; only the preamble may
 * span several lines. An article runs from
 * the first character of its stamp to the first character of the next stamp
 * (or the end of the text): the line break ending its last line, and any blank
 * lines after it, belong to it, so the articles tile the text from the first
 * stamp to the end without gaps.
 */
export function parseBulletin(input: string): ParsedBulletin {
  return runNow(parseSteps(input));
}

/** Lines, or characters of them, read between two yields of `parseSteps`: a few milliseconds' work. */
const LINES_PER_STEP = 20_000;
const CHARS_PER_STEP = 1024 * 1024;

/** `parseBulletin` as steps (see `Steps`), for an editor that must not stall on a large file. */
export function* parseSteps(input: string): Steps<ParsedBulletin> {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  const text = hadBom ? input.slice(1) : input;
  const builder = new BulletinBuilder(text, hadBom);
  const lines = new LineScanner(text);
  const budget = new SliceBudget(LINES_PER_STEP, CHARS_PER_STEP);
  for (let pos = 0; pos <= text.length; pos = lines.next) {
    builder.line(pos, lines.endOf(pos));
    if (budget.spend(lines.next - pos)) yield;
  }
  return builder.finish();
}

/**
 * Finds line ends as the editor does: `\n`, `\r\n` or a lone `\r`. The next
 * `\n` and `\r` are searched for only once each is passed, so the scan stays
 * linear in the text's length.
 */
class LineScanner {
  /** Start of the line after the one last ended (past the end of the text for the last line). */
  next = 0;
  private lf = -1;
  private cr = -1;

  constructor(private readonly text: string) {}

  /** The end (before its break) of the line starting at `pos`. */
  endOf(pos: number): number {
    if (this.lf < pos) this.lf = this.find('\n', pos);
    if (this.cr < pos) this.cr = this.find('\r', pos);
    const end = Math.min(this.lf, this.cr);
    this.next = end === this.cr && this.lf === end + 1 ? end + 2 : end + 1;
    return end;
  }

  private find(char: string, pos: number): number {
    const at = this.text.indexOf(char, pos);
    return at === -1 ? this.text.length : at;
  }
}

/**
 * Collects the parts of each article and makes the article once it ends, as
 * one literal with an exactly sized list of paragraphs: a field added to a
 * built object (the title) takes a store of its own, and a list grown by
 * `push` keeps room to spare, on every one of thousands of articles that the
 * garbage collector copies while the parse goes on.
 */
class BulletinBuilder {
  private readonly result: ParsedBulletin;
  /** The stamp of the article being read, its title and paragraphs so far. */
  private stamp: Stamp | undefined;
  private title: TextRange | undefined;
  private readonly paragraphs: TextRange[] = [];
  private sawContent = false;
  private preambleStart = -1;
  private preambleEnd = -1;

  constructor(private readonly text: string, hadBom: boolean) {
    this.result = { text, hadBom, articles: [] };
  }

  /** Takes one line, `[start, end)` without its line break. */
  line(start: number, end: number): void {
    const first = skipBlanks(this.text, start, end);
    if (first === end) return;
    if (!this.sawContent) {
      this.sawContent = true;
      if (this.header(first, end)) return;
    }
    const stamp = isDigit(this.text.charCodeAt(first)) ? matchStamp(this.text, first, end) : undefined;
    if (stamp) this.open(stamp);
    else this.content(first, trimEnd(this.text, first, end));
  }

  finish(): ParsedBulletin {
    this.close(this.text.length);
    if (this.preambleStart !== -1) this.result.preamble = this.range(this.preambleStart, this.preambleEnd);
    return this.result;
  }

  /** A header alone on its line, or followed by the first stamp; false when the line is neither. */
  private header(first: number, end: number): boolean {
    const header = matchHeader(this.text, first);
    if (!header) return false;
    const after = skipBlanks(this.text, header.range.end, end);
    let stamp: Stamp | undefined;
    if (after < end) {
      stamp = after > header.range.end ? matchStamp(this.text, after, end) : undefined;
      if (!stamp) return false;
    }
    this.result.header = header.range;
    if (header.date !== undefined) this.result.bulletinDate = header.date;
    if (stamp) this.open(stamp);
    return true;
  }

  private open(stamp: Stamp): void {
    this.close(stamp.start);
    this.stamp = stamp;
  }

  /** Makes the article being read, if any, ending at `end`. */
  private close(end: number): void {
    const { stamp, title } = this;
    if (!stamp) return;
    const index = this.result.articles.length;
    const paragraphs = this.paragraphs.slice();
    this.result.articles.push(title === undefined
      ? { index, start: stamp.start, end, stamp, paragraphs }
      : { index, start: stamp.start, end, stamp, paragraphs, title });
    this.title = undefined;
    this.paragraphs.length = 0;
  }

  private content(start: number, end: number): void {
    if (!this.stamp) {
      if (this.preambleStart === -1) this.preambleStart = start;
      this.preambleEnd = end;
    } else if (this.title === undefined) {
      this.title = this.range(start, end);
    } else {
      this.paragraphs.push(this.range(start, end));
    }
  }

  private range(start: number, end: number): TextRange {
    return { text: this.text.slice(start, end), start, end };
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
