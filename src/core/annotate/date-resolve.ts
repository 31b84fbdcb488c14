/**
 * Turns a date candidate into calendar values against the article's stamp:
 * year-less dates take the stamp's year, relative ones count from the stamp.
 */
import {
  dayNumber, dayValue, daysInMonth, isoWeek, isValidDay, monthValue, nthWeekdayDay, weekdayOf,
} from './date-calendar';
import type { CalendarRange, CalendarValue } from './date-calendar';

/** `last`/`next`/`this` before a month or weekday; `since` before a month. */
export type Qualifier = 'last' | 'next' | 'this' | 'since';

/** What the text says, before resolution. Offsets are relative to the article body. */
export type DateCandidate = { start: number; end: number } & (
  | {
      kind: 'calendar';
      month: number;
      /** Written year, if any. */
      year?: number;
      day?: number;
      /** Last day of a day range (`16-17 September`). */
      lastDay?: number;
      /** Month of `lastDay` when it differs from `month` (`28.02-03.03.2024`). */
      lastMonth?: number;
      /** Year offset from a following `last year` / `next year`. */
      yearShift?: number;
      qualifier?: Qualifier;
      /** A weekday counted in the month (`the last Thursday of April`): `nth` 1-4, or -1 for the last. */
      nthWeekday?: { weekday: number; nth: number };
      /** Which half of the month (`the second half of April`): days 1-15, or 16 to its end. */
      half?: 1 | 2;
    }
  | { kind: 'years'; first: number; last: number }
  | {
      kind: 'relative';
      unit: 'day' | 'week' | 'weekend' | 'month' | 'year';
      offset: number;
      /** For `this week`: whether its sentence speaks of the future. */
      future?: boolean;
    }
  /** `deadline`: written after `by` with no part of the day (`by Monday`), so on the stamp's own weekday a week on. */
  /** `day`: the day of the month written after it (`on Friday 15`), which says which Friday; `wordEnd`, where the weekday ends. */
  | { kind: 'weekday'; weekday: number; qualifier?: Qualifier; tense: -1 | 0 | 1; week?: number; deadline?: boolean; day?: { number: number; wordEnd: number } }
  /** A quarter or half of a year (`Q1 2025`, `the first half of next year`): a written year, else the stamp's plus `offset`. */
  /** `elapsed`: a run of months told as past (`the first eleven months of the year`), which ends by the stamp's month. */
  | { kind: 'part'; year?: number; offset: number; firstMonth: number; lastMonth: number; elapsed?: boolean }
  /** `on the 11th`: a day of a month left unsaid; `monthShift` from `of next month` (1) or `of last month` (-1). */
  | { kind: 'monthDay'; day: number; lastDay?: number; tense: -1 | 0 | 1; monthShift?: number }
);

/** The stamp's day number and its parts. */
export interface Anchor {
  days: number;
  year: number;
  month: number;
}

export function anchorOf(days: number): Anchor {
  const value = dayValue(days);
  return { days, year: value.year, month: value.month };
}

const single = (value: CalendarValue): CalendarRange => ({ from: value, to: value });

/** The year of a month (and maybe its day) with a qualifier, relative to the stamp's month (and day). */
function qualifiedYear(month: number, qualifier: Qualifier, stamp: Anchor, day?: number): number {
  switch (qualifier) {
    // `since 25 January` in a bulletin of 22 January: last January.
    case 'since': return month < stamp.month || (month === stamp.month && (day ?? 0) <= dayValue(stamp.days).day) ? stamp.year : stamp.year - 1;
    case 'last': return month < stamp.month ? stamp.year : stamp.year - 1;
    case 'next': return month > stamp.month ? stamp.year : stamp.year + 1;
    case 'this': return stamp.year;
  }
}

/** Days from the stamp to the weekday it names; `week`, when given, the weeks from the stamp's (`Wednesday last week`). */
function weekdayOffset(weekday: number, stampWeekday: number, qualifier: Qualifier | undefined, tense: -1 | 0 | 1, week?: number, deadline = false): number {
  const inWeek = ((weekday + 6) % 7) - ((stampWeekday + 6) % 7);
  if (week !== undefined) return inWeek + 7 * week;
  const ahead = (weekday - stampWeekday + 7) % 7;
  const back = (stampWeekday - weekday + 7) % 7;
  if (qualifier === 'last') return -(back || 7);
  // `next Tuesday` said on a Monday is a week later: tomorrow would be `tomorrow`.
  if (qualifier === 'next') return ahead <= 1 ? ahead + 7 : ahead;
  if (qualifier === 'this') return inWeek;
  // (`to be submitted by Monday` said on a Monday: a deadline on the stamp's own weekday is a week on.)
  if (tense > 0) return ahead === 0 && deadline ? 7 : ahead;
  if (tense < 0) return -back;
  return ahead < back ? ahead : -back;
}

/** The Saturday and Sunday of the (ISO, Monday-first) week holding day number `days`: `last weekend` is the week before's. */
function weekendOf(days: number): CalendarRange {
  const saturday = days - ((weekdayOf(days) + 6) % 7) + 5;
  return { from: dayValue(saturday), to: dayValue(saturday + 1) };
}

function resolveRelative(unit: 'day' | 'week' | 'month' | 'year', offset: number, stamp: Anchor): CalendarValue {
  switch (unit) {
    case 'day': return dayValue(stamp.days + offset);
    case 'week': return isoWeek(stamp.days + 7 * offset);
    case 'month': return monthValue(stamp.year, stamp.month, offset);
    case 'year': return { unit: 'year', year: stamp.year + offset };
  }
}

/** The last day of a month's first half. */
const HALF_MONTH_DAYS = 15;

/** Months either side of the stamp's searched for a weekday's day of the month. */
const MONTHS_AROUND = 1;

/** `on Friday 15`: the day numbered `day` nearest the stamp that falls on the weekday, in the stamp's month or one either side. */
function dayOfWeekdayNear(stamp: Anchor, day: number, weekday: number): number | undefined {
  let best: number | undefined;
  for (let shift = -MONTHS_AROUND; shift <= MONTHS_AROUND; shift++) {
    const months = stamp.year * 12 + stamp.month - 1 + shift;
    const [year, month] = [Math.floor(months / 12), (months % 12) + 1];
    if (!isValidDay(year, month, day)) continue;
    const days = dayNumber(year, month, day);
    if (weekdayOf(days) === weekday && (best === undefined || Math.abs(days - stamp.days) < Math.abs(best - stamp.days))) best = days;
  }
  return best;
}

/** A weekday's day of the month that falls on no such weekday near the stamp is no part of it (`on Sunday 2 with 3 goals`). */
export function settleWeekdaysDay(c: DateCandidate, stamp: Anchor | undefined): DateCandidate {
  if (c.kind !== 'weekday' || c.day === undefined || (stamp && dayOfWeekdayNear(stamp, c.day.number, c.weekday) !== undefined)) return c;
  return { ...c, end: c.day.wordEnd, day: undefined };
}

/**
 * Calendar values of a candidate, or undefined when it names no real date
 * (`30 February`). A weekday that ends a range counts from `after`, the
 * range's first day (`from Monday through Saturday`).
 */
export function resolveCandidate(c: DateCandidate, stamp: Anchor, after?: number): CalendarRange | undefined {
  switch (c.kind) {
    case 'years':
      return { from: { unit: 'year', year: c.first }, to: { unit: 'year', year: c.last } };
    case 'relative': {
      if (c.unit === 'weekend') return weekendOf(stamp.days + 7 * c.offset);
      // Written at a weekend about what is ahead, `this week` is the week about to start.
      const ahead = c.unit === 'week' && c.offset === 0 && c.future && weekdayOf(stamp.days) % 6 === 0;
      return single(resolveRelative(c.unit, c.offset + (ahead ? 1 : 0), stamp));
    }
    case 'weekday': {
      const dated = c.day === undefined ? undefined : dayOfWeekdayNear(stamp, c.day.number, c.weekday);
      if (dated !== undefined) return single(dayValue(dated));
      // A weekday with its week (`Friday this week`) counts from the stamp, whatever came before it.
      const from = c.week === undefined ? after : undefined;
      const base = from ?? stamp.days;
      const offset = from === undefined ? weekdayOffset(c.weekday, weekdayOf(base), c.qualifier, c.tense, c.week, c.deadline) : (c.weekday - weekdayOf(base) + 7) % 7;
      return single(dayValue(base + offset));
    }
    case 'monthDay': {
      // The stamp's month, but a day already past in a sentence about what is to come is next month's, and one still
      // ahead in a sentence about what was, last month's.
      const today = dayValue(stamp.days).day;
      const shift = c.monthShift ?? (c.tense > 0 && c.day < today ? 1 : c.tense < 0 && c.day > today ? -1 : 0);
      const months = stamp.year * 12 + stamp.month - 1 + shift;
      const [year, month] = [Math.floor(months / 12), (months % 12) + 1];
      const last = c.lastDay ?? c.day;
      if (!isValidDay(year, month, c.day) || !isValidDay(year, month, last)) return undefined;
      return { from: dayValue(dayNumber(year, month, c.day)), to: dayValue(dayNumber(year, month, last)) };
    }
    case 'part': {
      // (`the first eleven months of the year` told in January are the year before's.)
      const year = c.year ?? stamp.year + c.offset - (c.elapsed && c.lastMonth > stamp.month ? 1 : 0);
      return { from: monthValue(year, c.firstMonth), to: monthValue(year, c.lastMonth) };
    }
    case 'calendar': {
      const year = c.year ?? (c.qualifier ? qualifiedYear(c.month, c.qualifier, stamp, c.day) : stamp.year + (c.yearShift ?? 0));
      if (c.nthWeekday) return single(dayValue(dayNumber(year, c.month, nthWeekdayDay(year, c.month, c.nthWeekday.weekday, c.nthWeekday.nth))));
      if (c.half !== undefined) {
        const [from, to] = c.half === 1 ? [1, HALF_MONTH_DAYS] : [HALF_MONTH_DAYS + 1, daysInMonth(year, c.month)];
        return { from: dayValue(dayNumber(year, c.month, from)), to: dayValue(dayNumber(year, c.month, to)) };
      }
      if (c.day === undefined) return single(monthValue(year, c.month));
      const last = c.lastDay ?? c.day;
      const lastMonth = c.lastMonth ?? c.month;
      if (!isValidDay(year, c.month, c.day) || !isValidDay(year, lastMonth, last)) return undefined;
      return { from: dayValue(dayNumber(year, c.month, c.day)), to: dayValue(dayNumber(year, lastMonth, last)) };
    }
  }
}
