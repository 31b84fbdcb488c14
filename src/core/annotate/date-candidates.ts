/**
 * Reads the date at a match of `DATE_TRIGGER` into a date candidate, or rejects
 * it when its context shows it is no date (`Expo 2017`, `2025 tons`, `may be`).
 */
import { DAY_ORDINAL_WORDS, MONTHS, WEEKDAYS } from '../data/date-words';
import {
  clauseWithoutTense, followsHeadlineTo, isCountAfter, followsHeadlineVerb, followsName, isCapitalised, isCode, isQuantityAfter, isQuantityOrCode, isYearInContext, matchAt,
  sentenceBefore, tenseAround, testAt,
} from './date-context';
import {
  AROUND_BEFORE, DAY_AFTER_WEEKDAY, EVENTS_YEAR_AFTER, DAY_BEFORE_AFTER, MONTH_CONTEXT, NOUN_OF_BEFORE, MONTH_DATE, MONTH_EVENT_AFTER, MONTH_NOT_DATE, MONTH_QUALIFIED_EVENT_AFTER, MONTH_RANGE_AFTER, NUMBER_DATE, RANGE_OPENER, RELATIVE_DATE, SINCE_BEFORE,
  EVERY_MONTH_BEFORE, MONTH_AND_DATED_MONTH, MONTH_AND_MONTH, MONTH_OF_AFTER, NO_DAY_BEFORE, NTH_WEEKDAY_BEFORE, SCHEDULE_FROM, SCHEDULE_TO, HOURS_FROM, HOURS_TO, NAME_AFTER_WEEKDAY, WEEK_AFTER, WEEK_BEFORE, LISTED_WEEK_AFTER, WEEKDAY_BEFORE, OLD_YEAR_AFTER, OLD_YEAR_BEFORE, OLD_YEAR_BEFORE_EVENT, THE_BEFORE, YEAR_QUALIFIER,
  ANCIENT_YEAR, ANCIENT_YEAR_BEFORE, ERA_YEAR, LIFE_SPAN_BEFORE, MONTH_SUBJECT_AFTER, ORDINAL_DAY, ORDINAL_DAY_BEFORE, TRADITIONALLY,
} from './date-patterns';
import { daysInMonth } from './date-calendar';
import { followsYearPart, ORDINALS } from './date-parts';
import { titledNameAfter } from './title-after';
import type { DateCandidate, Qualifier } from './date-resolve';

/**
 * A candidate and where scanning resumes (past a qualifier it absorbed, e.g.
 * `last year`). Without a candidate, the match was rejected as a whole: a
 * rejected `2024-2029` must not leave `2029` behind. `before` holds dates the
 * same match wrote before the candidate (`7` of `7 and 14 March`), in order.
 */
export interface Reading {
  candidate?: DateCandidate;
  resume: number;
  before?: DateCandidate[];
}

/** Group numbers of the date patterns' named parts. */
const NUMBER = NUMBER_DATE.group;
const MONTH = MONTH_DATE.group;
const RELATIVE = RELATIVE_DATE.group;

/** Group numbers of a day-and-month match's parts, day first (`16-17 September 2021`) or month first (`March 28-30, 2025`). */
interface DayMonthParts {
  order: 'dm' | 'md';
  list: number;
  mon: number;
  d1: number;
  d2: number;
  link: number;
  y: number;
}
const partsOf = (order: 'dm' | 'md', group: Readonly<Record<string, number>>): DayMonthParts => ({
  order, list: group[`${order}List`], mon: group[`${order}Mon`], d1: group[`${order}D1`], d2: group[`${order}D2`], link: group[`${order}Link`], y: group[`${order}Y`],
});
const DAY_FIRST = partsOf('dm', NUMBER);
const MONTH_FIRST = partsOf('md', MONTH);

/** The spellings the patterns match (`March`, `MARCH`; `Mar`, `MAR.`), so a word is looked up as it stands. */
const cases = (word: string): string[] => [word, word.toUpperCase()];
const MONTH_NUMBER = new Map<string, number>(MONTHS.flatMap(({ name, abbreviations }, i) => [
  ...cases(name), ...abbreviations.flatMap(cases).flatMap((a) => [a, `${a}.`]),
].map((w) => [w, i + 1] as [string, number])));
const WEEKDAY_NUMBER = new Map(WEEKDAYS.flatMap((w, i) => cases(w).map((s) => [s, i] as [string, number])));
const OFFSETS: Record<string, number> = { this: 0, current: 0, outgoing: 0, coming: 1, last: -1, next: 1, today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

const monthOf = (word: string): number => MONTH_NUMBER.get(word) ?? 0;
const int = (digits: string): number => parseInt(digits, 10);

/** A year-less month or day followed by `last year` / `this year`: the qualifier sets the year. */
function withYearQualifier(body: string, candidate: DateCandidate & { kind: 'calendar' }, matchEnd: number): Reading {
  const q = matchAt(YEAR_QUALIFIER, body, candidate.end);
  if (!q) return { candidate, resume: Math.max(candidate.end, matchEnd) };
  return { candidate: { ...candidate, yearShift: OFFSETS[q[1].toLowerCase()] }, resume: YEAR_QUALIFIER.lastIndex };
}

function readNumeric(m: RegExpExecArray, start: number, end: number): DateCandidate {
  const isoYear = m[NUMBER.isoY];
  if (isoYear) return { kind: 'calendar', start, end, year: int(isoYear), month: int(m[NUMBER.isoM]), day: int(m[NUMBER.isoD]) };
  let [day, month] = [int(m[NUMBER.numD]), int(m[NUMBER.numM])];
  // Dotted dates are day-first everywhere; a slashed one is read month-first only when day-first is impossible.
  const swapped = m[NUMBER.numSep] === '/' && month > 12 && day <= 12;
  if (swapped) [day, month] = [month, day];
  const year = int(m[NUMBER.numY]);
  // `28-29.02.2024`, `28.02-03.03.2024`: a range; a first day that is no earlier day leaves the date alone.
  const firstDay = m[NUMBER.numD0] as string | undefined;
  if (firstDay === undefined) return { kind: 'calendar', start, end, year, month, day };
  const firstMonth = m[NUMBER.numM0] as string | undefined;
  const first = int(firstDay);
  const from = firstMonth === undefined ? month : int(firstMonth);
  if (swapped || first < 1 || from < 1 || from > month || (from === month && first >= day)) {
    return { kind: 'calendar', start: start + firstDay.length + (firstMonth === undefined ? 0 : firstMonth.length + 1) + 1, end, year, month, day };
  }
  return from === month
    ? { kind: 'calendar', start, end, year, month, day: first, lastDay: day }
    : { kind: 'calendar', start, end, year, month: from, day: first, lastDay: day, lastMonth: month };
}

/** Two days joined by `and` are a range only when consecutive (`9 and 10 November`) or after `between`; by `or`, never. */
function isDayRange(body: string, start: number, first: number, second: number, link: string): boolean {
  if (second <= first || /\sor\s/.test(link)) return false;
  return second === first + 1 || !link.includes('and') || matchAt(RANGE_OPENER, body, start)?.groups?.word.toLowerCase() === 'between';
}

/** Offset in the body of the end of `part`, found in the match text at or after `from`. */
function partEnd(match: RegExpExecArray, part: string, from = 0): number {
  return match.index + match[0].indexOf(part, from) + part.length;
}

/** A day of a day-and-month match: its number and where it is written. */
interface WrittenDay {
  day: number;
  start: number;
  end: number;
}

const LISTED_DAY = /\d\d?(?:st|nd|rd|th)?/g;

/** The days of a list (`3, 4, ` of `3, 4 and 5 March`) written from `start` on. */
function listedDays(list: string | undefined, start: number): WrittenDay[] {
  if (list === undefined) return [];
  return [...list.matchAll(LISTED_DAY)].map((m) => ({ day: int(m[0]), start: start + m.index, end: start + m.index + m[0].length }));
}

const isConsecutive = (days: WrittenDay[]): boolean => days.every((d, i) => i === 0 || d.day === days[i - 1].day + 1);

/**
 * A day-and-month match (`16-17 September 2021`, `March 28-30, 2025`,
 * `3, 4 and 5 March`). A year after a comma and before a quantity word is no year
 * (`March 15, 2000 people`; `from 1 May 2026 citizens` keeps it). Days that form no range (`7 and 14 March`,
 * `3, 7 and 12 March`) are dates each: the month and year written once go
 * with every day, the span of each holding what is written next to it.
 */
function readDayMonth(body: string, match: RegExpExecArray, parts: DayMonthParts): Reading {
  const dm = parts.order === 'dm';
  const matchEnd = match.index + match[0].length;
  const [monthWord, list] = [match[parts.mon], match[parts.list] as string | undefined];
  const [second, writtenYear] = [match[parts.d2] as string | undefined, match[parts.y] as string | undefined];
  // Only the month-first order writes a comma before the year, where a count may follow instead.
  // An older year needs what may follow one (`born on 9 February 1441.`; not `on 9 February 1500 people`), or after a
  // day and its month anything but a count (`the Constitution of 3 May 1791 are …`; not `on 3 May 1500 troops`).
  const year = writtenYear !== undefined && (dm || !isQuantityAfter(body, matchEnd)) &&
    (int(writtenYear) >= MODERN_YEAR || testAt(OLD_YEAR_AFTER, body, matchEnd) || (dm && !isCountAfter(body, matchEnd)))
    ? int(writtenYear) : undefined;
  const listStart = dm ? match.index : match.index + match[0].indexOf(list ?? match[parts.d1], monthWord.length);
  const days = listedDays(list, listStart);
  const firstStart = listStart + (list?.length ?? 0);
  days.push({ day: int(match[parts.d1]), start: firstStart, end: firstStart + match[parts.d1].length });
  if (second !== undefined) {
    const secondStart = match.index + match[0].indexOf(second, days[days.length - 1].end - match.index);
    days.push({ day: int(second), start: secondStart, end: secondStart + second.length });
  }
  // Where the month and the year end, for spans that leave a part out.
  const monthEnd = partEnd(match, monthWord);
  const end = writtenYear && year === undefined ? (dm ? monthEnd : days[days.length - 1].end) : matchEnd;
  const last = days[days.length - 1];
  const ranged = list === undefined
    ? second === undefined || isDayRange(body, match.index, days[0].day, last.day, match[parts.link])
    // A list is a range only when its days run on and it closes with `and` (or no link: `3, 4 March`).
    : isConsecutive(days) && (match[parts.link] ?? 'and').includes('and');
  const calendar = (start: number, stop: number, day: number, lastDay?: number): DateCandidate & { kind: 'calendar' } =>
    // `on 27 Mar.`: the abbreviation's dot also ends the sentence.
    ({ kind: 'calendar', start, end: body[stop - 1] === '.' ? stop - 1 : stop, month: monthOf(monthWord), day, lastDay, year });
  if (ranged) {
    const candidate = calendar(match.index, end, days[0].day, days.length > 1 ? last.day : undefined);
    if (year !== undefined) return { candidate, resume: matchEnd };
    // `Since 1 October, 14 outages …`: the latest such day on or before the stamp.
    const reading = withYearQualifier(body, candidate, matchEnd);
    const since = reading.candidate === candidate && second === undefined && testAt(SINCE_BEFORE, body, match.index);
    return since ? { candidate: { ...candidate, qualifier: 'since' }, resume: reading.resume } : reading;
  }
  const spans = days.map((d, i) => calendar(!dm && i === 0 ? match.index : d.start, i === days.length - 1 ? end : d.end, d.day));
  // `from 28 till 4 January`: a later first day linked to the second is the month before's, and the range runs on.
  const crossing = dm && second !== undefined && days[0].day > last.day && !/\s(?:and|or)\s/.test(match[parts.link]);
  if (crossing) spans[0] = { ...spans[0], month: (spans[0].month + 10) % 12 + 1, year: undefined };
  const reading: Reading = year === undefined ? withYearQualifier(body, spans[spans.length - 1], matchEnd) : { candidate: spans[spans.length - 1], resume: matchEnd };
  const shift = (reading.candidate as DateCandidate & { kind: 'calendar' }).yearShift;
  // (`from 28 till 4 January next year`: the first day is of the year before the second's.)
  const yearShift = shift !== undefined && crossing && spans[0].month === 12 ? shift - 1 : shift;
  // (`Tickets for Day 2 and Saturday 14 March`, `Sessions 3 and …`: a labelled number is no day; the list's first day
  // follows a preposition, an article, a weekday or the line's start.)
  const listed = spans.slice(0, -1).filter((c, i) => !isCode(body, c.start) && (i > 0 || !dm || DAY_OPENER_BEFORE.test(body.slice(Math.max(0, c.start - DAY_OPENER_READ), c.start))));
  return { ...reading, before: listed.map((c) => (yearShift === undefined ? c : { ...c, yearShift })) };
}

/** What a list's first day may follow (`on 16 and Tuesday 17 March`, `Monday 12 and Tuesday 13 October`; a longer list's day). */
const DAY_OPENER_BEFORE = new RegExp(`(?:^|\\n|[^A-Za-z])(?:on|from|between|and|or|to|until|till|through|by|of|the|since|before|after|during|for|${WEEKDAYS.join('|')}),?[ \u00a0]$|\\d,[ \u00a0]$|^$|\\n$`, 'i');
const DAY_OPENER_READ = 12;

function readYears(body: string, m: RegExpExecArray, start: number, end: number): DateCandidate | undefined {
  const first = int(m[NUMBER.y1]);
  if (m[NUMBER.decade]) {
    // `1000s` are thousands; `the 1500s`, before 1800, a century as often as a decade.
    const decade = first % 10 === 0 && (first >= MODERN_YEAR || first % 100 !== 0);
    // `the 1960s-1980s`, `the 1950s-60s`: two decades joined by a dash are one range.
    const second = m[NUMBER.decade2] as string | undefined;
    const lastDecade = second === undefined ? first : second.length === 2 ? first - (first % 100) + int(second) : int(second);
    const last = lastDecade > first ? lastDecade + 9 : first + 9;
    if (second !== undefined && lastDecade <= first) end = start + m[NUMBER.y1].length + 1;
    return decade && !isQuantityOrCode(body, start, end) ? { kind: 'years', start, end, first, last } : undefined;
  }
  const second = m[NUMBER.y2] as string | undefined;
  let last = second === undefined ? first : second.length === 2 ? first - (first % 100) + int(second) : int(second);
  // `Abylai Khan (1711–1781)`: an older life's span in brackets after its name.
  if (first < MODERN_YEAR && !isOldYear(body, start, end) && !isLifeSpan(body, start, end, first, last)) return undefined;
  if (second !== undefined && last <= first) [last, end] = [first, start + m[NUMBER.y1].length];
  // `the winter of 2025-2026 residents`: two years running name a season, never a count.
  // (`in 2023-2025 years`, `the Karaganda of 1965-1975 years`, `the memorandum for 2027-2029 years`, as a translation from
  // Russian writes it: recent years after `in`, `during` or `of`, or a plan's few after `for`, before the word name those years, modern ones (`manuscripts of 1889-1898 years`); not `1900-2000
  // years old`.)
  // (Older ones only after `of`, not after an age's word (`an age of 1800-1850 years`), or after an opening `In` or `During`:
  // not `will lose it in 1800-1850 years`.)
  const era = first >= RECENT_YEARS_FROM ? IN_YEARS_BEFORE : OF_YEARS_BEFORE;
  const planned = first >= RECENT_YEARS_FROM && last - first <= MAX_PLANS_YEARS && testAt(FOR_YEARS_BEFORE, body, start);
  const recent = first >= MODERN_YEAR && last <= RECENT_YEARS_TO && last - first <= MAX_YEARS_SPAN && (testAt(era, body, start) || planned) && testAt(YEARS_WORD_AFTER, body, end);
  const ranged = last === first + 1 ? !isCode(body, start) : !isQuantityOrCode(body, start, end) || recent;
  // (`and in 2023 - 64 percent`: after `in`, a shorter count after a spaced dash is what the year had, no second year; not
  // `about 2000 - 2500 tonnes`, nor `the increase in 1900 - 2000 tonnes`.)
  if (last > first && !ranged && second !== undefined && second.length < 4 && testAt(IN_BEFORE, body, start) && testAt(SPACED_DASH, body, start + m[NUMBER.y1].length)) [last, end] = [first, start + m[NUMBER.y1].length];
  const ok = last > first ? ranged : isYearInContext(body, start, end) || (first >= RECENT_YEARS_FROM && first <= RECENT_YEARS_TO && followsYearPart(body, start));
  return ok ? { kind: 'years', start, end, first, last } : undefined;
}

const SPACED_DASH = /[ \u00a0]+[-\u2013\u2014]/y;
const IN_BEFORE = /(?<=(?:^|[^A-Za-z])[Ii]n[ \u00a0]+)/y;

/** Years a month is read with even before a quantity's noun. */
const RECENT_YEARS_FROM = 1900;
const RECENT_YEARS_TO = 2100;
const YEARS_WORD_AFTER = /[ \u00a0]+years(?![A-Za-z])(?![ \u00a0]+(?:old|ago)(?![A-Za-z]))/y;
/** Most years such a range spans (`the Soviet period of 1922-1991 years`; `of 1900-2000 years` is an age). */
const MAX_YEARS_SPAN = 90;
const IN_YEARS_BEFORE = /(?<=(?:^|[^A-Za-z])(?:[Ii]n|[Dd]uring|of)[ \u00a0]+)/y;
/** `for 2027-2029 years`: `for` only before a plan's few years (not `have stood for 2000-2050 years`). */
const FOR_YEARS_BEFORE = /(?<=(?:^|[^A-Za-z])[Ff]or[ \u00a0]+)/y;
const MAX_PLANS_YEARS = 10;
const OF_YEARS_BEFORE = /(?<=(?:(?:^|[^A-Za-z])(?<!(?:age|lifespan|life|span|period|duration)[ \u00a0]+)of|(?:^|[^A-Za-z])(?:In|During))[ \u00a0]+)/y;

/** The first year read as one without more context; an older one needs the context of `isOldYear`. */
const MODERN_YEAR = 1800;

/**
 * A life's or a realm's span of years in brackets right after a capitalised word (`Al-Farabi (870–950)`, `the Kazakh Khanate
 * (1465–1847)`; not prices: `Kostanay (1100–1250)`).
 */
function isLifeSpan(body: string, start: number, end: number, first: number, last: number): boolean {
  const before = body.slice(Math.max(0, start - LIFE_SPAN_CONTEXT), start);
  const longest = REALM_BEFORE.test(before) ? MAX_REALM_YEARS : MAX_LIFE_YEARS;
  return last > first && last - first <= longest && body[end] === ')' && LIFE_SPAN_BEFORE.test(before);
}

const LIFE_SPAN_CONTEXT = 30;
const MAX_LIFE_YEARS = 115;
const MAX_REALM_YEARS = 1000;
const REALM_BEFORE = /(?:Khanate|Horde|Empire|Dynasty|Kingdom|Sultanate|Caliphate) \($/;

/**
 * `in 1389 and`, `since 1465,`: a number below 1800 is a year only after a preposition and before no noun, or between
 * `the` and a historic event (`the 1569 Union of Lublin`).
 */
function isOldYear(body: string, start: number, end: number): boolean {
  return ((testAt(OLD_YEAR_BEFORE, body, start) && testAt(OLD_YEAR_AFTER, body, end)) || testAt(OLD_YEAR_BEFORE_EVENT, body, start)) && !isQuantityOrCode(body, start, end);
}

const EVENT_OF_AFTER = / of \p{Lu}/uy;

const YEAR_WRITTEN_AFTER = /[ \u00a0](?:1[89]|20)\d\d(?!\d)(?![ \u00a0]+[a-z])/y;

/** `this coming November`, `this past October`: a `this` that stresses `coming` or `past`, part of the date. */
const THIS_BEFORE = /(?<![A-Za-z])[Tt]his\s+$/;

function readRelative(body: string, m: RegExpExecArray): DateCandidate | undefined {
  // `the coming year` is next year's and `the outgoing year` this one; both are written with `the`, as `current` is.
  const written = m[RELATIVE.relQ].toLowerCase();
  const stressed = written === 'coming' || written === 'past' ? THIS_BEFORE.exec(body.slice(Math.max(0, m.index - 6), m.index)) : null;
  // (`since last Sept.`: an abbreviated month's dot may end the sentence too.)
  const [start, end] = [m.index - (stressed?.[0].length ?? 0), m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0)];
  const [unitWord, weekday] = [m[RELATIVE.relUnit] as string | undefined, m[RELATIVE.relWd] as string | undefined];
  // `past` dates only after `this`, and not a unit: `the past year`, `this past week` are the twelve months or seven days
  // before (a weekend is one).
  if (written === 'past' && (!stressed || (unitWord && unitWord.toLowerCase() !== 'weekend'))) return undefined;
  const q = written === 'coming' ? 'next' : written === 'past' ? 'last' : written;
  const withThe = written === 'current' || written === 'coming' || written === 'outgoing';
  // `the last year` spans twelve months and `the next year` of a past story counts from the story;
  // `will be considered in the next year` and `the current year` count from the stamp.
  const future = (): boolean => tenseAround(body, start) > 0;
  // `the last year's state visit`: a possessive makes it the year, as without `the`.
  if (!withThe && testAt(THE_BEFORE, body, start) && !(q === 'next' && unitWord && future()) && !(unitWord && isPossessiveAt(body, end))) return undefined;
  if (unitWord) {
    // `the next Week will be held in Osaka`, `next Week of Kazakh Culture`: a capitalised unit after a lower-case relative
    // word and `the`, or before `of` and a capitalised word, names an event (sloppy copy's `next Month` stays a date).
    if (isCapitalised(unitWord) && !isCapitalised(m[RELATIVE.relQ]) && (testAt(THE_BEFORE, body, start) || testAt(EVENT_OF_AFTER, body, end))) return undefined;
    const unit = unitWord.toLowerCase() as 'year' | 'month' | 'week' | 'weekend';
    // `on Wednesday last week`: the weekday is the date; the week only tells which one.
    if (unit === 'week' && testAt(WEEKDAY_BEFORE, body, start)) return undefined;
    // `in the coming year 2026`: the written year is the date; the relative words only qualify it (not a count: `This
    // year 2000 new jobs …`).
    if (unit === 'year' && testAt(YEAR_WRITTEN_AFTER, body, end)) return undefined;
    return { kind: 'relative', start, end, unit, offset: OFFSETS[q], future: unit === 'week' && future() };
  }
  // `this morning`, `this evening`: a part of the stamp's day (`last evening` names none, `this night` is no idiom); `last
  // night` the night before it, dated by the day before the stamp's.
  const part = m[RELATIVE.relPart]?.toLowerCase();
  if (part === 'night') return q === 'last' && !withThe ? { kind: 'relative', start, end, unit: 'day', offset: -1 } : undefined;
  if (part) return q === 'this' && !withThe ? { kind: 'relative', start, end, unit: 'day', offset: 0 } : undefined;
  if (q === 'current') return undefined;
  // `last Thursday of April`: the weekday's own reading counts it in its month; `every last Saturday of the month` names
  // a day of every month, not last week's.
  if (weekday && q === 'last' && (testAt(MONTH_OF_AFTER, body, end) || testAt(OF_EVERY_MONTH_AFTER, body, end))) return undefined;
  if (weekday) return { kind: 'weekday', start, end, weekday: WEEKDAY_NUMBER.get(weekday)!, qualifier: q as Qualifier, tense: 0 };
  return { kind: 'calendar', start, end, month: monthOf(m[RELATIVE.relMon]), qualifier: q as Qualifier };
}

/** `'s` or `’s` at `at`, closing a word. */
function isPossessiveAt(body: string, at: number): boolean {
  const quote = body.charCodeAt(at);
  return (quote === 39 || quote === 0x2019) && body.charCodeAt(at + 1) === 115 && !/[A-Za-z]/.test(body[at + 2] ?? '');
}

/**
 * The month from `start` to `end` stands before the event it dates (`the March summit`, `the June climate talks`); not
 * the surname `May` after a given name (`Theresa May visits India`; `the Vilnius May summit` still is one).
 */
function datesEvent(body: string, start: number, end: number): boolean {
  if (body.startsWith('May', start) && followsName(body, start) && !followsThe(body, start)) return false;
  return testAt(MONTH_EVENT_AFTER, body, end) || (testAt(THE_BEFORE, body, start) && testAt(MONTH_QUALIFIED_EVENT_AFTER, body, end));
}

/** `the Vilnius …`: the capitalised word before token `start` follows `the`, as no given name does. */
function followsThe(body: string, start: number): boolean {
  return THE_BEFORE_WORD.test(body.slice(Math.max(0, start - MAX_WORD_BEFORE), start));
}

/** Longest capitalised word looked at before a month. */
const MAX_WORD_BEFORE = 30;
const THE_BEFORE_WORD = /(?<![A-Za-z])[Tt]he\s+\p{Lu}[\p{L}'’-]*\s+$/u;

/** A month name alone is a date only after a word such as `in`, `since`, `by`, or before `last year` or `-September`. */
function readLoneMonth(body: string, word: string, start: number, end: number): Reading | undefined {
  // `October’s Budget`: a month's possessive dates what it owns (not `Theresa May's`, `May's`: a surname's).
  const possessive = isPossessiveAt(body, end);
  if (testAt(MONTH_NOT_DATE, body, end) || (possessive && (word === 'May' || followsName(body, start)))) return undefined;
  const candidate: DateCandidate = { kind: 'calendar', start, end, month: monthOf(word) };
  const reading = withYearQualifier(body, candidate, end);
  if (reading.resume > end) return reading;
  // (`held annually in July`: a month that recurs names none, unless a year follows it: `traditionally held in March this year`.)
  if (testAt(EVERY_MONTH_BEFORE, body, start)) return undefined;
  if (!possessive && !hasMonthContext(body, word, start, end)) return undefined;
  if (testAt(SINCE_BEFORE, body, start)) return { candidate: { ...candidate, qualifier: 'since' }, resume: end };
  // (`the anniversary of December events of 1986`: the event's year is the month's.)
  EVENTS_YEAR_AFTER.lastIndex = end;
  const eventsYear = EVENTS_YEAR_AFTER.exec(body)?.[1];
  return eventsYear === undefined ? reading : { candidate: { ...candidate, year: Number(eventsYear) }, resume: end };
}

/** Words around a lone month that make it a date (`in July`, `around June`, `the March summit`, `March saw …`). */
function hasMonthContext(body: string, word: string, start: number, end: number): boolean {
  // (`around May` is no date: `rallied around May`.)
  // (`December and January salaries`: nor does a month joined to another, but a given name's, `April and June Bishop`.)
  return (word !== 'May' && testAt(AROUND_BEFORE, body, start)) || testAt(MONTH_CONTEXT, body, start) || hasSpeltDay(body, start, end) || testAt(MONTH_RANGE_AFTER, body, end) ||
    (testAt(MONTH_AND_MONTH, body, end) && !MONTHS_ALSO_GIVEN_NAMES.has(word)) ||
    monthBeforeDatedMonth(body, word, end) || datesEvent(body, start, end) || isMonthSubject(body, word, start, end) || isNounsMonth(body, word, start);
}

/** `February and March 2026`: a month joined to a later one of the same year that writes it (not `December and January 2026`). */
function monthBeforeDatedMonth(body: string, word: string, end: number): boolean {
  const later = matchAt(MONTH_AND_DATED_MONTH, body, end);
  return later !== null && monthOf(later[1]) > monthOf(word);
}

/** Months that are also a verb or an adjective (`May`, `March`, `August`). */
const MONTHS_ALSO_WORDS = new Set(['May', 'March', 'August']);

const CAPITALISED_AFTER = /[ \u00a0]+\p{Lu}/uy;

/**
 * `the turbulence of January`: a month after a lower-case noun's `of` (not opening a name: `the songs of June Carter`,
 * but before a title and a name: `the unrest of January President X`, unless the month is a given name too: `the novels
 * of June Bishop`).
 */
function isNounsMonth(body: string, word: string, start: number): boolean {
  const end = start + word.length;
  if (MONTHS_ALSO_WORDS.has(word) || !testAt(NOUN_OF_BEFORE, body, start)) return false;
  return !testAt(CAPITALISED_AFTER, body, end) || (!MONTHS_ALSO_GIVEN_NAMES.has(word) && titledNameAfter(body, end));
}

/** Months that are also given names (`April Dean`, `June Bishop`). */
const MONTHS_ALSO_GIVEN_NAMES = new Set(['April', 'June']);

/** `June will open with the summit`: a month other than `May` (a verb too) opening a sentence as its subject. */
function isMonthSubject(body: string, word: string, start: number, end: number): boolean {
  return word !== 'May' && testAt(MONTH_SUBJECT_AFTER, body, end) && isClauseOpening(body, start);
}

/** `by` right before a weekday: a deadline. */
const BY_BEFORE = /(?:^|[^A-Za-z])by\s$/;
const BY_BEFORE_LENGTH = 4;
/** A part of the day after the weekday (`by Tuesday evening`): said on that weekday, the same day. */
const DAY_PART_AFTER = /\s+(?:morning|afternoon|evening|night|noon|midday|midnight)(?![A-Za-z])/y;

/** The weekday from `start` to `end` is a whole day's deadline after `by` (`to be submitted by Monday`). */
function isDeadlineDay(body: string, start: number, end: number): boolean {
  return BY_BEFORE.test(body.slice(Math.max(0, start - BY_BEFORE_LENGTH), start)) && !testAt(DAY_PART_AFTER, body, end);
}

/** A bare weekday: `Black Friday` and `the Sunday Times` are names; opening hours name no day. */
function readWeekday(body: string, word: string, start: number): Reading | undefined {
  if (followsName(body, start) || testAt(NO_DAY_BEFORE, body, start)) return undefined;
  const end = start + word.length;
  const inMonth = readWeekdayOfMonth(body, word, start, end);
  if (inMonth) return inMonth;
  if (testAt(SCHEDULE_FROM, body, end) || testAt(SCHEDULE_TO, body, start) || testAt(HOURS_FROM, body, start) || testAt(HOURS_TO, body, start) || namesThing(body, start, end)) return undefined;
  const candidate: DateCandidate = { kind: 'weekday', start, end, weekday: WEEKDAY_NUMBER.get(word)!, tense: tenseAround(body, start), deadline: isDeadlineDay(body, start, start + word.length) };
  // `on Friday 15,`, `on Tuesday (12)`: the day of the month after it, with no month, says which one.
  const day = matchAt(DAY_AFTER_WEEKDAY, body, end);
  if (day) return { candidate: { ...candidate, end: end + day[0].length, day: { number: int(day[1] ?? day[2]), wordEnd: end } }, resume: end + day[0].length };
  // `Wednesday last week`: the week after the weekday says which one (and is no mention of its own); so does one set
  // off by a comma before it (`Next week, on Monday`).
  const week = (matchAt(WEEK_AFTER, body, end) ?? matchAt(LISTED_WEEK_AFTER, body, end) ?? matchAt(WEEK_BEFORE, body, start))?.[1];
  if (week !== undefined) candidate.week = OFFSETS[week.toLowerCase()];
  return { candidate, resume: end };
}

const OF_AFTER = / of /y;
/** `… of the month`, `… of each month`: a weekday counted in every month. */
const OF_EVERY_MONTH_AFTER = / of (?:the|each|every) month(?![A-Za-z])/y;

/** `the last Thursday of April`, `the first Monday of May 2027`: one day, counted in its month. */
function readWeekdayOfMonth(body: string, word: string, start: number, end: number): Reading | undefined {
  const ordinal = matchAt(NTH_WEEKDAY_BEFORE, body, start)?.[1];
  const month = ordinal === undefined ? null : matchAt(MONTH_OF_AFTER, body, end);
  // `the third Sunday of the month` names a day of every month, not one day.
  if (ordinal && !month && testAt(OF_AFTER, body, end)) return { resume: end };
  if (!ordinal || !month) return undefined;
  const nth = ORDINALS[ordinal.trimEnd().toLowerCase()] ?? -1;
  const candidate: DateCandidate = {
    kind: 'calendar', start: start - ordinal.length, end: end + month[0].length, month: monthOf(month[1]),
    year: month[2] ? int(month[2]) : undefined, nthWeekday: { weekday: WEEKDAY_NUMBER.get(word)!, nth },
  };
  return { candidate, resume: candidate.end };
}

/** `the Sunday school`, `Friday Prayer Leader`, `Sunday Pictures`: a weekday before what it names, but not after `on` (`On Sunday school reopened`). */
function namesThing(body: string, start: number, end: number): boolean {
  return testAt(NAME_AFTER_WEEKDAY, body, end) && !ON_BEFORE.test(body.slice(Math.max(0, start - 3), start));
}

const ON_BEFORE = /(?<![A-Za-z])[Oo]n $/;

/** `as if it were yesterday`, `as though it was only yesterday`: a figure of speech, no day. */
// `as if they were written yesterday`: whoever the subject, maybe with a participle.
const AS_IF_BEFORE = /(?<![A-Za-z])as (?:if|though) (?:it|they|he|she|we|I) (?:were|was) (?:only |just )?(?:[a-z]+(?:ed|en|n) )?$/i;
const AS_IF_LENGTH = 32;

function isWorksAges(body: string, start: number, end: number): boolean {
  const before = AGES_PAIR_BEFORE.exec(body.slice(Math.max(0, start - AGES_PAIR_LENGTH), start));
  const pairStart = before ? start - before[0].length : testAt(AGES_PAIR_AFTER, body, end) ? start : -1;
  return pairStart >= 0 && (WORK_OPENING.test(body.slice(Math.max(0, pairStart - 3), pairStart)) || insideQuotes(body, pairStart));
}

/**
 * `the exhibition “Kazakh Felt: From Botai to Today”`, `“Leaders of Tomorrow”`: a capitalised day word after a capitalised
 * word and `to`, `and`, `of` or `for` inside quotes (not a quoted sentence's `opens Today`, `as of Today`, `Open from Today`).
 */
function inQuotedTitle(body: string, start: number): boolean {
  return TITLE_LINK_BEFORE.test(body.slice(Math.max(0, start - TITLE_LINK_READ), start)) && insideQuotes(body, start);
}

const TITLE_LINK_BEFORE = /(?<![\p{L}\p{M}])(?!As )\p{Lu}[\p{L}\p{M}'’-]* (?:to|and|of|for) $/u;
const TITLE_LINK_READ = 30;

/** `the exhibition "Kazakhstan Yesterday and Today"`: an opening quote before `at` on its line that nothing closes. */
function insideQuotes(body: string, at: number): boolean {
  let straight = 0;
  for (let k = at - 1; k >= 0 && k >= at - QUOTE_READ; k--) {
    const c = body.charCodeAt(k);
    if (c === 0x0a) break;
    if (c === 0x201d || c === 0xbb) return false;
    if (c === 0x201c || c === 0xab) return true;
    if (c === 0x22) straight++;
  }
  return straight % 2 === 1;
}

const AGES_PAIR_AFTER = /,? (?:and )?(?:Today|Tomorrow)(?![A-Za-z])/y;
const AGES_PAIR_BEFORE = /(?:Yesterday|Today),? (?:and )?$/;
const AGES_PAIR_LENGTH = 'Yesterday, and '.length;
/** A colon or an opening quote right before a title's words. */
const WORK_OPENING = /[:"“‘'«][ \u00a0]*$/;
/** How far back a quote is looked for. */
const QUOTE_READ = 80;

/** `Kazakhstan Today` names an outlet; a lower-case `in Paris yesterday` is a date. */
function readDayWord(body: string, word: string, start: number): Reading | undefined {
  // `Uzbek President to Visit Turkistan Tomorrow`: not after a headline's `to` and verb.
  if (isCapitalised(word) && followsName(body, start) && !followsHeadlineVerb(body, start) && !followsHeadlineTo(body, start)) return undefined;
  const end = start + word.length;
  if (isNowadays(body, word, start, end) || AS_IF_BEFORE.test(body.slice(Math.max(0, start - AS_IF_LENGTH), start))) return undefined;
  // `Great Steppe: Yesterday and Today`, `"Kazakhstan Yesterday and Today"`: two capitalised day words joined by `and` or a
  // comma after a colon or inside a quote name the ages of a work's title (not a headline's `Forum Opens Today and Tomorrow`).
  if (isCapitalised(word) && (isWorksAges(body, start, end) || inQuotedTitle(body, start))) return undefined;
  if (word.toLowerCase() === 'yesterday' && YESTERDAYS_AGE.test(body.slice(end, end + YESTERDAYS_LENGTH))) return undefined;
  const offset = OFFSETS[word.toLowerCase()];
  // `the day before yesterday`, `the day after tomorrow`: two days off, the span from `day`.
  const pair = offset !== 0 ? matchAt(DAY_BEFORE_AFTER, body, start) : null;
  if (pair && (pair[2] === 'before') === offset < 0) {
    return { candidate: { kind: 'relative', start: start - pair[1].length, end, unit: 'day', offset: 2 * offset }, resume: end };
  }
  return { candidate: { kind: 'relative', start, end, unit: 'day', offset }, resume: end };
}

/** `today's world`, `in today's turbulent times`: `today` for the present age, not a day. */
const TODAYS_AGE = /^['’]s\s+(?:world|realities|reality|times|era|age|challenges|threats|conditions|environment|geopolitical|global|rapidly|fast-changing|changing|turbulent|complex|difficult|uncertain|interconnected|dynamic|multipolar)\b/i;
/** `in today’s Pavlodar region`: a place by its present name, before a mark or a function word, not a day (but `today's Pavlodar region visit` is the day's). */
const TODAYS_PLACE = /^['’]s\s+(?:[A-Z][A-Za-z-]*\s+){1,3}(?:region|district|province|oblast|territory|city)(?=['’]s\b|\s*[,.;:()–—-]|\s*$|\s+(?:of|in|and|or|near|where|which|that|is|was|were|are|has|had|for|on|from|during|at|until|with|to|by|since|under|between|after|before)\b)/;
/** `the world today needs …`, `a reality of today`, `the challenges of today`, `as interconnected as it is today`, `remain relevant today`. */
// `in what is today the Zhambyl district`: a place's present name.
const WORLD_TODAY = /\b(?:world|relevant|(?:realit(?:y|ies)|challenges|world|era|times|generation|youth|needs)\s+of|(?:as|than)\s+(?:it|they|we|this|that)\s+(?:is|are)|what\s+(?:is|are))\s+$/i;
/** Longest stretch read before `today` for those words. */
const WORLD_BEFORE = 18;

/**
 * A verb of a lasting state in the present (`more than 700 companies operate`, `the Conference unites 26 states`, `it
 * is one of the most popular languages`); news of the day takes others (`opens`, `takes office`, `is in Astana`).
 */
const PRESENT_STATE =
  /(?<![A-Za-z])(?:operates?|operating|maintains? (?:(?:diplomatic|close|friendly|good) )?(?:relations|ties)|exports|imports|cooperates?|cooperating|study|studies|studying|works?|lives?|living|unites?|bears?|expects?|remains?|accounts? for|makes? up|exceeds?|exists?|employs?|(?:is|are) (?:(?:today|now) )?(?:one of|among|home to|in demand|(?:our|a|an|the|its|their) (?:[a-z]+ )?partners?)|(?:is|are) (?:(?:today|now) )?the (?:[a-z]+ )?(?:[a-z]+est|most|leading)|(?:is|are) (?:(?:once again|increasingly|now) )?becoming(?! acquainted)|play(?:s|ing)? (?:an? |the )?(?:important|key|major|significant|leading|vital|growing)(?: [a-z]+)? role|(?:is|are) (?:grown|produced|cultivated|mined|spoken|taught)|every (?:day|week|month|year)|each (?:day|year)|\d+(?:\.\d+)? (?:percent|per cent|%) of|there (?:are|is) (?:(?:more than|over|about|around|nearly|almost|some) )?\d)(?![A-Za-z])/;

// (Only a count told as a stock, `more than`, `over`, …: `Today, 300 delegates are registered for the forum` is the day's.)
const COUNT_IN_STATE_AFTER = /^,? (?:more than|over|about|around|nearly|almost|some) \d[\d,.]* [^.;:!?]{0,60}?(?:is|are) (?:registered|based|located|enrolled|employed)(?![A-Za-z])/;
const COUNT_IN_STATE_READ = 100;

/** `as relevant today as in the nineteenth century`: `today` compared with another age. */
const AS_ADJECTIVE_BEFORE = /(?<![A-Za-z])as [a-z]+ $/;
const AS_AFTER = /^ as(?![A-Za-z])/;
/** `is today one of`, `are today among`, `is today the largest`, `is today a community of`: `today` inside a lasting state's words. */
const IS_BEFORE = /(?<![A-Za-z])(?:is|are) $/;
// `is today Kazakhstan’s third largest trading partner`: or a state's possessive, and a rank's ordinal before the superlative.
const LASTING_AFTER = /^ (?:one of|among|home to|an?|(?:the |\p{Lu}[\p{L}-]*['’]s )(?:[a-z]+(?:['’]s)? )?(?:(?:second|third|fourth|fifth|sixth) )?(?:[a-z]+est|most|leading))(?![\p{L}])/u;
/** `has grown from about 90 in 2021 to over 140 today`, `from 46 percent in 2019 to over 80 percent today`: the count reached, against a year's. */
// `from five in 2022 to 31 today`: a small count in words too.
const COUNT_REACHED_BEFORE = /(?<![A-Za-z])from (?:[a-z]+ ){0,2}(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen)(?: [a-z%]+)? in \d{4} to (?:[a-z]+ ){0,2}[\d.,]+(?: [a-z%]+){0,2} $/;
/** `students, who number more than 8,000 in Kazakhstan today`: a present count of people, and where they are. */
const NUMBER_COUNT_BEFORE = /(?<![A-Za-z])number (?:about |around |over |more than |some |nearly |almost |roughly )?[\d.,]+(?: [a-z]+){0,2}(?: in (?:[A-Z][a-z]+ ?){1,3})? $/;
/** `from the Irish missionaries of the 1950s to the thousands of students … today`: a span from a past age to the present one. */
// (The span's end a noun phrase, no clause: not `from the first contracts of the 1990s to the agreement signed today`.)
const AGE_TO_TODAY_BEFORE = /(?<![A-Za-z])[Ff]rom [^.;:!?]{1,80}?(?:in|of|since) the (?:(?:1[89]|20)\d0s|[a-z]+(?:teenth|tieth) century)(?: [^.;:,!?]{1,80}?)? to(?: (?:(?![a-z]+ed |will |who |which |that |adopted |held |signed |signs |launched |made |present )[^.;:,!?]){1,100})? $/;
/** Characters read before `today` for it. */
const AGE_TO_TODAY_READ = 240;
const POSSESSIVE_AFTER = /^['’]s/;
/** `14 drugs by 2028, compared with five today`, `up from 40 percent today`: today's count against another's. */
const COUNT_COMPARED_BEFORE = /(?<![A-Za-z])(?:compared (?:with|to)|up from|down from|against) (?:[a-z]+ ){0,2}(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen)(?: [a-z%]+){0,2} $/;
/** `Today, according to him, …`: an attribution set off by commas between `today` and its clause. */
const ATTRIBUTION = /(?:according to [^,.;]{1,40}|in (?:his|her|their) (?:words|view|opinion)),\s+/y;

/** `yesterday's model`, `yesterday's technologies`: the past age, the outdated, not a day (not `yesterday's news conference`). */
const YESTERDAYS_AGE = /^['’]s\s+(?:models?|technolog(?:y|ies)|thinking|approach(?:es)?|solutions|methods)(?=\s*[,.;:!?)"”’]|\s+(?:and|or|of|for|in|is|are|was|were|that|which)\b)/i;
const YESTERDAYS_LENGTH = 32;

const AS_OF_BEFORE = /(?<![A-Za-z])[Aa]s of $/;
const AS_OF_READ = 7;

function isNowadays(body: string, word: string, start: number, end: number): boolean {
  // (`as of today more than 4,300 companies are registered`: the day a count is taken on.)
  if (word.toLowerCase() !== 'today' || AS_OF_BEFORE.test(body.slice(Math.max(0, start - AS_OF_READ), start))) return false;
  if (TODAYS_AGE.test(body.slice(end, end + 40)) || TODAYS_PLACE.test(body.slice(end, end + 40)) || WORLD_TODAY.test(body.slice(Math.max(0, start - WORLD_BEFORE), start))) return true;
  if (AS_AFTER.test(body.slice(end, end + 3)) && AS_ADJECTIVE_BEFORE.test(body.slice(Math.max(0, start - 20), start))) return true;
  // `He said: “Kazakhstan is today one of …`: a lasting state whatever the tense of the words around it.
  if (IS_BEFORE.test(body.slice(Math.max(0, start - 4), start)) && LASTING_AFTER.test(body.slice(end, end + 40))) return true;
  // `Today more than 4,000 companies are registered in the AIFC`: a count in a present passive's state.
  if (COUNT_IN_STATE_AFTER.test(body.slice(end, end + COUNT_IN_STATE_READ))) return true;
  const count = body.slice(Math.max(0, start - 60), start);
  if (COUNT_REACHED_BEFORE.test(count) || COUNT_COMPARED_BEFORE.test(count) || NUMBER_COUNT_BEFORE.test(count)) return true;
  // (Not `to today's visit`, a day's.)
  if (!POSSESSIVE_AFTER.test(body.slice(end, end + 2)) && AGE_TO_TODAY_BEFORE.test(body.slice(Math.max(0, start - AGE_TO_TODAY_READ), start))) return true;
  // `founded in 2009 and today unites …`: a lasting state's verb right after `today`, whatever the tense before (`today
  // supplies about a quarter of …`: or a trade's verb before a share; not before a count, `today exports 1,000 tons`).
  if (STATE_VERB_AFTER.test(body.slice(end, end + STATE_AFTER))) return true;
  // `Today, women make up more than half …`: a `today` set off by its comma speaks of the clause after it.
  // (Not past the text's end: a line cut off after `Today,`.)
  let own = body[end] === ',' && isClauseOpening(body, start) ? Math.min(end + 2, body.length) : start;
  if (own > start) {
    ATTRIBUTION.lastIndex = own;
    if (ATTRIBUTION.test(body)) own = ATTRIBUTION.lastIndex;
  }
  // `Grund noted …: today about 1,000 companies … operate`, `…: more than 6,000 Indians study there today`: a colon opens
  // the clause, whatever tense went before.
  const colon = own === start ? colonBefore(body, start) : -1;
  const clause = colon >= 0 ? clauseWithoutTense(body.slice(colon + 1, start + COLON_CLAUSE), start - colon - 1) : clauseWithoutTense(body, own);
  if (clause === undefined) return false;
  // `Five years ago, Kuryk was a small village. Today it is a port …`: a sentence set against another age.
  return PRESENT_STATE.test(clause) || (isClauseOpening(body, start) && followsAnotherAge(body, start)) || followsAgeBeforeSemicolon(body, start) || followsYearBeforeAnd(body, start, end);
}

/** `… in 2017, and today they are`: `and` (or `but`, `while`, `whereas`) after a past year in the same sentence, before `today`. */
const YEAR_AND_BEFORE = /(?<![A-Za-z])(?:[Ii]n|[Ss]ince) (?:1[89]|20)\d\d(?![\d])[^.;:!?]{0,120}, (?:and|but|while|whereas) $/;
/** Characters read before `today` for it. */
const YEAR_AND_READ = 160;
/**
 * A present copula or `have` in the clause after `today`, of a state (not `is holding`, `have signed`; but a trend's
 * progressive, `is growing`, is one, and `is increasing` or `is developing` with no object: `is developing rapidly`).
 */
const PRESENT_COPULA_AFTER = /^ (?:[^.;:!?,]{0,40} )?(?:is|are|has|have)(?![A-Za-z])(?! (?:being|been|(?!(?:growing|expanding|rising|nearing|becoming)(?![A-Za-z])|(?:increasing|developing)(?=[.,;:!?]| (?:rapidly|steadily|quickly|dynamically|annually)(?![A-Za-z-])| fast(?=[.,;:!?]| in | across )| year[ -](?:by|on)[ -]year| by (?:\d|leaps)| (?:every|each) year))[a-z]+ing|[a-z]+ed)(?![A-Za-z]))/;

/** `Kazakhstan introduced e-visas in 2017, and today they are available to …`: a present state set against a year before it. */
function followsYearBeforeAnd(body: string, start: number, end: number): boolean {
  return YEAR_AND_BEFORE.test(body.slice(Math.max(0, start - YEAR_AND_READ), start)) && PRESENT_COPULA_AFTER.test(body.slice(end, end + 60));
}

/** `Ten years ago, the district had only 41 schools; today it has 63`: a clause after a semicolon, against another age before it. */
function followsAgeBeforeSemicolon(body: string, at: number): boolean {
  if (body.slice(Math.max(0, at - 2), at) !== '; ') return false;
  return ANOTHER_AGE.test(sentenceBefore(body, at - 2, PREVIOUS_SENTENCE - 2));
}

/** `five years ago`, `in the 1990s`, `in Soviet times`, `for three thousand years`: another age than the present. */
const ANOTHER_AGE = /(?<![A-Za-z])(?:(?:for|over)\s+(?:(?:two|three|several|many|a)\s+)?(?:thousand\s+years|thousands\s+of\s+years|centuries|millennia)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?|a few|several|many|some)\s+(?:years|decades|centuries)\s+ago|(?:decades|centuries)\s+ago|in\s+the\s+1[89]\d0s|in\s+(?:the\s+)?Soviet\s+(?:times|era|years|period))(?![A-Za-z])/i;
/** Longest stretch read back for the sentence before. */
const PREVIOUS_SENTENCE = 300;

/** The sentence right before `at` (which opens one) speaks of another age. */
function followsAnotherAge(body: string, at: number): boolean {
  const before = body.slice(Math.max(0, at - PREVIOUS_SENTENCE), at).trimEnd();
  if (!/[.!?]["”’]?$/.test(before)) return false;
  const from = Math.max(before.lastIndexOf('. ', before.length - 2), before.lastIndexOf('\n')) + 1;
  return ANOTHER_AGE.test(before.slice(from));
}

/** The colon opening the sentence's clause that holds `at`, or -1. */
function colonBefore(body: string, at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - COLON_CLAUSE; k--) {
    const c = body[k];
    if (c === ':') return k;
    if (c === '.' || c === '!' || c === '?' || c === '\n') return -1;
  }
  return -1;
}

/** Verbs of a lasting state that are no nouns too (not `works`, `lives`, `studies`), right after `today`; `number` only before a count (`today number about 20,000`). */
const STATE_VERB_AFTER = /^ (?:unites?|operates?|employs?|keeps|owns|remains?|exceeds?|exists?|cooperates?|accounts? for|makes? up|numbers|bears|number(?= (?:about|around|over|more than|some|nearly|almost|roughly|\d))|(?:supplies|supply|produces?|provides?|exports?|imports?)(?= (?:(?:about|around|over|more than|some|nearly|almost|roughly|up to) )?(?:\d[\d.,]* ?(?:percent|per cent|%)|(?:a|one) (?:quarter|third|half|fifth|tenth)) ))(?![A-Za-z])/;
/** Longest stretch read after `today` for such a verb. */
const STATE_AFTER = 48;
/** Longest clause read after a colon's `today`. */
const COLON_CLAUSE = 200;

/** Only a quote, a bracket or nothing stands between the sentence's start and `at`. */
function isClauseOpening(body: string, at: number): boolean {
  const before = body.slice(Math.max(0, at - 3), at);
  return /(?:^|[.!?\n]\s*|["“(]\s*)$/.test(before);
}

const plain = (candidate: DateCandidate | undefined): Reading | undefined => candidate && { candidate, resume: candidate.end };

/** Reads a match of `NUMBER_DATE`; undefined when its context rejects it. */
function readNumberMatch(body: string, m: RegExpExecArray): Reading | undefined {
  const [start, end] = [m.index, m.index + m[0].length];
  if (m[NUMBER.isoY] || m[NUMBER.numY]) return plain(readNumeric(m, start, end));
  if (m[NUMBER.dmMon]) return recursYearly(body, start, m[NUMBER.dmY]) ? { resume: end } : readDayMonth(body, m, DAY_FIRST);
  return { candidate: readYears(body, m, start, end), resume: end };
}

/**
 * `which is celebrated annually on May 25`, `traditionally celebrated on May 25`: a day and month with no year after
 * `annually on`, `every year on`, `traditionally on`, recur.
 */
function recursYearly(body: string, start: number, year: string | undefined): boolean {
  return year === undefined && RECURRING_ON_BEFORE.test(body.slice(Math.max(0, start - RECURRING_READ), start));
}

const RECURRING_ON_BEFORE = new RegExp(`(?<![A-Za-z])(?:(?:annually|yearly|every year|each year) |${TRADITIONALLY})on\\s+$`);
const RECURRING_READ = 40;

/** `the first of April`, `the twenty-first of June 2026`: a spelt day after `the`, before `of` and the month (group 1 from the day). */
const SPELT_DAY_BEFORE = new RegExp(`(?<![A-Za-z])[Tt]he[ \u00a0]+((${DAY_ORDINAL_WORDS.join('|')})[ \u00a0]+of[ \u00a0]+)$`);
const SPELT_DAY_READ = 24;

/** A leap year, for a February whose year the text leaves to the stamp. */
const LEAP_YEAR = 2024;
const speltDayBefore = (body: string, start: number) => SPELT_DAY_BEFORE.exec(body.slice(Math.max(0, start - SPELT_DAY_READ), start));
/** (`The first of May shipments`: a plural noun after the month is what the month dates, and the ordinal counts those.) */
const PLURAL_NOUN_AFTER = /[ \u00a0]+[a-z]+s(?![A-Za-z])/y;
const hasSpeltDay = (body: string, start: number, end: number) => speltDayBefore(body, start) !== null && !testAt(PLURAL_NOUN_AFTER, body, end);

/** The month (and year) read from `start` with its spelt day before it, when one is written there. */
function withSpeltDay(body: string, reading: Reading | undefined, start: number): Reading | undefined {
  const c = reading?.candidate;
  // (`the second of March’s three rounds`: not a month's possessive.)
  if (c === undefined || c.kind !== 'calendar' || c.day !== undefined || c.start !== start || isPossessiveAt(body, c.end)) return reading;
  const m = speltDayBefore(body, start);
  const day = m === null ? 0 : DAY_ORDINAL_WORDS.indexOf(m[2]) + 1;
  // (`the thirty-first of February` names no day: the month alone is read; a February with no year may have a 29th.)
  return m === null || day > daysInMonth(c.year ?? LEAP_YEAR, c.month) ? reading : { ...reading!, candidate: { ...c, start: start - m[1].length, day } };
}

/** Reads a match of `MONTH_DATE`; undefined when its context rejects it. */
function readMonthMatch(body: string, m: RegExpExecArray): Reading | undefined {
  return withSpeltDay(body, readMonthWords(body, m), m.index);
}

function readMonthWords(body: string, m: RegExpExecArray): Reading | undefined {
  const [start, end] = [m.index, m.index + m[0].length];
  if (m[MONTH.mdMon]) return recursYearly(body, start, m[MONTH.mdY]) ? { resume: end } : readDayMonth(body, m, MONTH_FIRST);
  const monthBeforeYear = m[MONTH.myMon];
  if (monthBeforeYear) {
    // `in January 2026 residents of …`: a year of our times is a year (a count that large is written `2,026`).
    const year = int(m[MONTH.myY]);
    if ((year < RECENT_YEARS_FROM || year > RECENT_YEARS_TO) && isQuantityAfter(body, end)) return undefined;
    return plain({ kind: 'calendar', start, end, month: monthOf(monthBeforeYear), year });
  }
  return readLoneMonth(body, m[MONTH.mon], start, end);
}

/** Reads a match of `RELATIVE_DATE`; undefined when its context rejects it. */
const readRelativeMatch = (body: string, m: RegExpExecArray): Reading | undefined => plain(readRelative(body, m));

type Reader = (body: string, m: RegExpExecArray) => Reading | undefined;

/** Runs a date pattern at `at` and reads its match. */
function readAt(pattern: RegExp, body: string, at: number, read: Reader): Reading | undefined {
  const match = matchAt(pattern, body, at);
  return match ? read(body, match) : undefined;
}

/** Reads a date written in digits at `at` (`FY2025-26` is read at its `2`). */
export function readNumberDate(body: string, at: number): Reading | undefined {
  return readAt(NUMBER_DATE.regex, body, at, readNumberMatch);
}

/** `the First Council of Nicaea, held in 325 AD`: a year with its era, the era in the span. */
function readEraYear(body: string, at: number): Reading | undefined {
  const m = matchAt(ERA_YEAR, body, at);
  return m === null ? undefined : plain({ kind: 'years', start: at, end: at + m[0].length, first: int(m[1]), last: int(m[1]) });
}

/** `born around 870`, `died in Damascus in 950`, `Al-Farabi (870–950)`: a year of three digits, in a life's words only. */
function readAncientYear(body: string, at: number): Reading | undefined {
  const m = matchAt(ANCIENT_YEAR, body, at);
  if (m === null) return undefined;
  const [start, end, first] = [at, at + m[0].length, int(m[1])];
  if (m[2] !== undefined) {
    const last = int(m[2]);
    return isLifeSpan(body, start, end, first, last) ? plain({ kind: 'years', start, end, first, last }) : undefined;
  }
  return testAt(ANCIENT_YEAR_BEFORE, body, start) && testAt(OLD_YEAR_AFTER, body, end) ? plain({ kind: 'years', start, end, first, last: first }) : undefined;
}

/** The last day a month may have. */
const MAX_MONTH_DAY = 31;
/** `had been prepared by the 5th`: a past perfect before a deadline puts it in the past. */
const PAST_PERFECT_BEFORE = /(?<![A-Za-z])had(?![A-Za-z])[^.;]{0,60}$/;
const PAST_PERFECT_WINDOW = 64;

/**
 * `returns to Canberra on the 12th.`, `by the 21st of this month`: an ordinal day after `on the` or `by the`, closing
 * its clause (not `on the 12th floor`, `on the 5th, 6th and 7th floors`), names a day of a month the text leaves out.
 */
function readMonthDay(body: string, at: number): Reading | undefined {
  const m = matchAt(ORDINAL_DAY, body, at);
  const before = m === null ? null : matchAt(ORDINAL_DAY_BEFORE, body, at);
  if (m === null || before === null) return undefined;
  const [day, second] = [int(m[1]), m[2] === undefined ? undefined : int(m[2])];
  if (day < 1 || day > MAX_MONTH_DAY) return undefined;
  // (`the 12th and 19th`: two days apart are no range; the first is read alone, in the month both share.)
  const ranged = second !== undefined && second > day && second <= MAX_MONTH_DAY && (second === day + 1 || !/\sand\s/.test(m[0]));
  const end = ranged || second === undefined ? at + m[0].length : at + m[1].length + 2;
  const monthShift = m[3] === undefined ? undefined : OFFSETS[m[3].toLowerCase()];
  // (`to submit proposals by the 15th`: a deadline is to come, whatever the tense of the instruction, but after a past perfect.)
  const deadline = before[1].toLowerCase() === 'by' && !PAST_PERFECT_BEFORE.test(body.slice(Math.max(0, at - PAST_PERFECT_WINDOW), at));
  return plain({ kind: 'monthDay', start: at, end, day, lastDay: ranged ? second : undefined, tense: deadline ? 1 : tenseAround(body, at), monthShift });
}

/** Reads the date at a trigger; undefined when there is none or its context rejects it. */
export function readCandidate(body: string, trigger: RegExpExecArray): Reading | undefined {
  const [, digit, month, weekday, dayWord] = trigger;
  const at = trigger.index;
  if (weekday) return readWeekday(body, weekday, at);
  if (dayWord) return readDayWord(body, dayWord, at);
  if (digit) {
    const era = readEraYear(body, at);
    if (era) return era;
    // (`on the 19th and 20th of June`: a day whose month is written is read as such first.)
    const number = readNumberDate(body, at);
    return number?.candidate ? number : readMonthDay(body, at) ?? number ?? readAncientYear(body, at);
  }
  if (month) return readAt(MONTH_DATE.regex, body, at, readMonthMatch);
  return readAt(RELATIVE_DATE.regex, body, at, readRelativeMatch) ?? readBeforeLast(body, at);
}

/** `the year before last`, `the week before last`: two units back, the span from the unit (as `day before yesterday`). */
function readBeforeLast(body: string, at: number): Reading | undefined {
  const before = UNIT_BEFORE_LAST.exec(body.slice(Math.max(0, at - UNIT_BEFORE_LAST_LENGTH), at));
  const end = at + 'last'.length;
  // (Not a name's word: `the year before Last Word`.)
  if (!before || body.slice(at, end).toLowerCase() !== 'last' || /^(?:[A-Za-z]|\s+[A-Z])/.test(body.slice(end, end + 2))) return undefined;
  const unit = before[1].toLowerCase() as 'year' | 'month' | 'week';
  return { candidate: { kind: 'relative', start: at - before[0].length + before[0].indexOf(before[1]), end, unit, offset: -2 }, resume: end };
}
const UNIT_BEFORE_LAST = /(?<![A-Za-z])the\s+(year|month|week)\s+before\s+$/i;
/** Characters read before `last` for `the month before `, with room for doubled spaces. */
const UNIT_BEFORE_LAST_LENGTH = 24;
