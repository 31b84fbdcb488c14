import { matchHeader, matchStamp, skipBlanks } from './stamp';

/**
 * How much of a document's start the sniff looks at. Editors pass at most
 * this much, so deciding costs the same for a 1 KB and a 100 MB file.
 */
export const SNIFF_LINES = 64;
export const SNIFF_CHARS = 16 * 1024;

/**
 * Whether a text's start looks like a bulletin (guide §1), for files that are
 * not named as one (a `.txt` opens as plain text). Decisive signs:
 * - a `date YYYY-MM-DD` header sharing the first line with a stamp, or
 * - a stamp line followed by a title line, first or right after a header, or
 * - after a preamble, two stamp lines each followed by a title line.
 * A header alone is not enough (a memo may open with `Date: 2024-01-05`), and
 * a stamp line holds nothing but `DD.MM.YYYY, HH:MM [counter]` with valid
 * ranges, so a log line or a sentence holding a date-time never counts.
 */
export function looksLikeBulletin(start: string): boolean {
  const text = start.charCodeAt(0) === 0xfeff ? start.slice(1) : start;
  const lines = contentLines(text);
  if (lines.length === 0) return false;
  const header = headerLine(text, lines[0]);
  if (header === 'with-stamp') return true;
  const titled = (i: number) => isStampLine(text, lines[i]) && i + 1 < lines.length && !isStampLine(text, lines[i + 1]);
  const opening = header === 'alone' ? 1 : 0;
  if (titled(opening)) return true;
  let stamps = 0;
  for (let i = opening + 1; i < lines.length && stamps < 2; i++) if (titled(i)) stamps++;
  return stamps === 2;
}

/** A non-blank line: `[first, end)` from its first non-blank character, without the line break. */
interface Line {
  first: number;
  end: number;
}

function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  const limit = Math.min(text.length, SNIFF_CHARS);
  let pos = 0;
  for (let n = 0; n < SNIFF_LINES && pos < limit; n++) {
    const newline = text.indexOf('\n', pos);
    const end = newline === -1 || newline > limit ? limit : newline;
    const first = skipBlanks(text, pos, end);
    if (first < end) lines.push({ first, end });
    pos = end + 1;
  }
  return lines;
}

function isStampLine(text: string, line: Line): boolean {
  return matchStamp(text, line.first, line.end) !== undefined;
}

function headerLine(text: string, line: Line): 'alone' | 'with-stamp' | undefined {
  const header = matchHeader(text, line.first);
  if (!header || header.date === undefined) return undefined;
  const after = skipBlanks(text, header.range.end, line.end);
  if (after === line.end) return 'alone';
  return after > header.range.end && matchStamp(text, after, line.end) ? 'with-stamp' : undefined;
}
