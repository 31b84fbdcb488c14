/**
 * Quarters and halves of a year (`Q1 2025`, `the first half of 2023`, `the second quarter of next year`):
 * a range of months, read over the year they name (a written one, or `this`/`next`/`last year`).
 */
import { matchAt } from './date-context';
import { YEAR_PART_BEFORE } from './date-patterns';
import type { DateCandidate } from './date-resolve';

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** The quarter or half written right before a year candidate, as a candidate over both; else the year itself. */
function widened(body: string, c: DateCandidate): DateCandidate {
  const year = c.kind === 'years' && c.first === c.last ? c.first : undefined;
  const offset = c.kind === 'relative' && c.unit === 'year' ? c.offset : undefined;
  if ((year === undefined && offset === undefined) || !mayFollowPart(body, c.start)) return c;
  const m = matchAt(YEAR_PART_BEFORE, body, c.start);
  if (!m) return c;
  const number = m[2] ? ORDINALS[m[2]] : Number(m[5]);
  const half = m[3] === 'half' || m[4] === 'H';
  if (half && number > 2) return c;
  const months = half ? 6 : 3;
  return { kind: 'part', start: c.start - m[1].length, end: c.end, year, offset: offset ?? 0, firstMonth: (number - 1) * months + 1, lastMonth: number * months };
}

/** A space after `of`, `the` or a quarter's digit (`Q1`) before `at`: a cheap test before the pattern's. */
function mayFollowPart(body: string, at: number): boolean {
  const last = body.charCodeAt(at - 2);
  return body.charCodeAt(at - 1) === 0x20 && (last === 0x66 || last === 0x65 || (last >= 0x31 && last <= 0x34));
}

/** Widens, in place, each year candidate that a quarter or half is written before. */
export function widenToYearParts(body: string, found: DateCandidate[]): DateCandidate[] {
  for (let i = 0; i < found.length; i++) found[i] = widened(body, found[i]);
  return found;
}
