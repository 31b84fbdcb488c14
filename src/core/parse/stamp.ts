import type { Stamp, TextRange } from '../types';

// Sticky patterns, tried only at a line's first non-blank character, so the
// scan stays linear. Quantifiers are bounded except the counter and blanks,
// which cannot backtrack into each other.
// The counter may group its thousands (`33 066`, `33,066`).
const STAMP = /((\d{1,2})\.(\d{1,2})\.(\d{4})(?:,[ \t\u00A0]*|[ \t\u00A0]+)(\d{1,2}):(\d{2}))(?:[ \t\u00A0]+(\d{1,3}(?:[ \u00A0,.]\d{3})+|\d+))?/y;
const GROUPING = /[ \u00A0,.]/g;
const HEADER = /date:?[ \t]+(\d{4})-(\d{2})-(\d{2})/iy;

export interface HeaderMatch {
  range: TextRange;
  /** `YYYY-MM-DD` when the date is a plausible calendar date. */
  date?: string;
}

/** Whitespace that may pad a line: ASCII blanks and Unicode spaces. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first position at or after `pos` (at most `end`) that is not whitespace. */
export function skipBlanks(text: string, pos: number, end: number): number {
  while (pos < end && isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** The position just after the last non-whitespace character before `end` (at least `start`). */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function inRange(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}

function pad2(digits: string): string {
  return digits.length === 1 ? `0${digits}` : digits;
}

/**
 * Matches a stamp starting exactly at `pos` that is the only thing left on the
 * line (trailing blanks allowed). `lineEnd` excludes the line break. Day,
 * month, hour and minute are range-checked so a body line that merely opens
 * with a number is never taken for a stamp.
 */
export function matchStamp(text: string, pos: number, lineEnd: number): Stamp | undefined {
  STAMP.lastIndex = pos;
  const m = STAMP.exec(text);
  if (!m) return undefined;
  const end = pos + m[0].length;
  if (end > lineEnd || skipBlanks(text, end, lineEnd) !== lineEnd) return undefined;
  const [whole, dateTime, day, month, year, hour, minute, counter] = m;
  if (!inRange(+day, 1, 31) || !inRange(+month, 1, 12) || !inRange(+hour, 0, 23) || !inRange(+minute, 0, 59)) {
    return undefined;
  }
  // Joined, not a template: a template builds a tree of string pieces that every
  // article would keep (and the garbage collector copy) until the string is flattened.
  const published = [year, '-', pad2(month), '-', pad2(day), 'T', pad2(hour), ':', minute].join('');
  const range = { text: dateTime, start: pos, end: pos + dateTime.length };
  const views = counter === undefined ? NaN : Number(counter.replace(GROUPING, ''));
  // One literal each, with and without views: a field added to a built stamp would take a store of its own.
  return Number.isSafeInteger(views)
    ? { text: whole, start: pos, end, published, dateTime: range, views }
    : { text: whole, start: pos, end, published, dateTime: range };
}

/** Matches a `date YYYY-MM-DD` header starting exactly at `pos`. */
export function matchHeader(text: string, pos: number): HeaderMatch | undefined {
  HEADER.lastIndex = pos;
  const m = HEADER.exec(text);
  if (!m) return undefined;
  const [whole, year, month, day] = m;
  const range = { text: whole, start: pos, end: pos + whole.length };
  const valid = inRange(+month, 1, 12) && inRange(+day, 1, 31);
  return valid ? { range, date: `${year}-${month}-${day}` } : { range };
}
