/**
 * Calendar arithmetic for date normalisation. Days are counted as integers
 * (days since 1970-01-01, UTC) so no time zone can shift a date.
 */

/** A calendar value at one granularity; `month`/`day`/`week` present as the granularity needs. */
export type CalendarValue =
  | { unit: 'year'; year: number }
  | { unit: 'month'; year: number; month: number }
  | { unit: 'day'; year: number; month: number; day: number }
  | { unit: 'week'; year: number; week: number };

/** A resolved date mention: one value, or a range whose ends share a unit (or join a year to a month or day of a later year). */
export interface CalendarRange {
  from: CalendarValue;
  to: CalendarValue;
}

/** A year as `Date.UTC` reads it: years 0-99 stand for 1900-1999. */
const utcYear = (year: number): number => (year >= 0 && year <= 99 ? 1900 + year : year);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of a year as `Date.UTC` reads it: years 0-99 stand for 1900-1999. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  const y = utcYear(year);
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The day number of a valid calendar day, as `Date.UTC` gives it (H. Hinnant's
 * days-from-civil; no Date call in the hot path).
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = utcYear(year) - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The calendar day of a day number (H. Hinnant's civil-from-days; no Date object in the hot path). */
export function dayValue(days: number): { unit: 'day'; year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { unit: 'day', year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** The day of the month of its `nth` given weekday (0 = Sunday), or of its last one when `nth` is -1. */
export function nthWeekdayDay(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) return 1 + ((weekday - weekdayOf(dayNumber(year, month, 1)) + 7) % 7) + 7 * (nth - 1);
  const last = daysInMonth(year, month);
  return last - ((weekdayOf(dayNumber(year, month, last)) - weekday + 7) % 7);
}

/** ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(days: number): CalendarValue {
  const thursday = days - ((weekdayOf(days) + 6) % 7) + 3;
  const year = dayValue(thursday).year;
  return { unit: 'week', year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** Adds whole months to a month value (the month unit of `this month`, `last month`). */
export function monthValue(year: number, month: number, offset = 0): CalendarValue {
  const index = year * 12 + month - 1 + offset;
  return { unit: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A sortable number for comparing two values of the same unit. */
export function ordinal(value: CalendarValue): number {
  switch (value.unit) {
    case 'year': return value.year;
    case 'month': return value.year * 12 + value.month;
    case 'day': return dayNumber(value.year, value.month, value.day);
    case 'week': return value.year * 60 + value.week;
  }
}

const pad = (n: number, width = 2): string => {
  const digits = String(n);
  return digits.length >= width ? digits : digits.padStart(width, '0');
};

export function formatValue(value: CalendarValue): string {
  switch (value.unit) {
    case 'year': return pad(value.year, 4);
    case 'month': return `${pad(value.year, 4)}-${pad(value.month)}`;
    case 'day': return `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}`;
    case 'week': return `${pad(value.year, 4)}-W${pad(value.week)}`;
  }
}

/** ISO 8601: a single value, or an interval `from/to` when the ends differ. */
export function formatRange(range: CalendarRange): string {
  const from = formatValue(range.from);
  const to = formatValue(range.to);
  return from === to ? from : `${from}/${to}`;
}

/** The number written by `count` ASCII digits at `from`, or -1 when one of them is no digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Parses `YYYY-MM-DD…` (a stamp's `published`, a normalised day) to a day
 * number, or undefined. Read by hand: it runs once per article and per weekday.
 */
export function parseDayNumber(published: string): number | undefined {
  const [year, month, day] = [digitsAt(published, 0, 4), digitsAt(published, 5, 2), digitsAt(published, 8, 2)];
  if (year < 0 || month < 0 || day < 0 || published[4] !== '-' || published[7] !== '-') return undefined;
  return isValidDay(year, month, day) ? dayNumber(year, month, day) : undefined;
}
