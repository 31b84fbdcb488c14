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
  if (year === undefined && offset === undefined) return c;
  const m = matchAt(YEAR_PART_BEFORE, body, c.start);
  if (!m) return c;
  const number = m[2] ? ORDINALS[m[2]] : Number(m[5]);
  const half = m[3] === 'half' || m[4] === 'H';
  if (half && number > 2) return c;
  const months = half ? 6 : 3;
  return { kind: 'part', start: c.start - m[1].length, end: c.end, year, offset: offset ?? 0, firstMonth: (number - 1) * months + 1, lastMonth: number * months };
}

export function widenToYearParts(body: string, found: DateCandidate[]): DateCandidate[] {
  return found.map((c) => widened(body, c));
}
