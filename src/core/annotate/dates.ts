/**
 * The date finder: calendar expressions in an article's body, normalised to
 * ISO 8601 against the article's stamp. A scan for trigger words and numbers
 * finds where a date may start and tries there only the precompiled pattern
 * for that kind of word; the context decides which candidates are dates;
 * adjacent dates joined by a dash, `from … to` or `between … and` become one range.
 */
import type { Mention } from '../types';
import type { ArticleContext } from './context';
import { dayNumber, formatRange, formatValue, isoWeek, ordinal, parseDayNumber, weekdayOf } from './date-calendar';
import type { CalendarRange, CalendarValue } from './date-calendar';
import { readCandidate, readNumberDate } from './date-candidates';
import { matchAt, sentenceBefore, tenseAround, testAt } from './date-context';
import {
  DATE_TRIGGER, DAY_WORD_APPOSITION, MONTH_LIST_LINK, MOVED_FROM, RANGE_DASH, RANGE_OPENER, RANGE_WORD, WEEKDAY_AFTER_DAY, WEEKDAY_BEFORE, WEEKDAY_BEFORE_DAY, WEEKDAY_COMMA_BEFORE,
  WEEKDAY_JOINER, WEEKDAY_WORD, WEEKDAYS_BEFORE_DAY,
} from './date-patterns';
import { anchorOf, resolveCandidate, settleWeekdaysDay } from './date-resolve';
import { widenToYearParts, withYearlessQuarters } from './date-parts';
import { withHijriDates } from './date-hijri';
import type { Anchor, DateCandidate } from './date-resolve';
import { OTHER_CALENDAR_MONTHS, WEEKDAYS } from '../data/date-words';

/** Longest gap between two dates that can still join them into a range (` through `, ` to Wednesday, `). */
const MAX_LINK = 24;
/** Longest gap between two weekdays of one sentence that are read in order. */
const MAX_SENTENCE_GAP = 80;
const SENTENCE_BREAK = /[.!?\r\n]/;

function scan(body: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  DATE_TRIGGER.lastIndex = 0;
  let trigger: RegExpExecArray | null;
  while ((trigger = DATE_TRIGGER.exec(body)) !== null) {
    const reading = readCandidate(body, trigger);
    if (reading?.before) found.push(...reading.before);
    if (reading?.candidate) found.push(reading.candidate);
    DATE_TRIGGER.lastIndex = reading ? reading.resume : trigger.index + 1;
  }
  return body.includes('FY') ? withFiscalYears(body, found) : found;
}

/**
 * `FY2025-26`: a fiscal year glued to its letters, where the trigger finds no word's edge. Looked for
 * only in a body holding `FY`: a second alternative in the trigger would double its cost.
 */
function withFiscalYears(body: string, found: DateCandidate[]): DateCandidate[] {
  FISCAL_YEAR.lastIndex = 0;
  let match: RegExpExecArray | null;
  let added = false;
  while ((match = FISCAL_YEAR.exec(body)) !== null) {
    const candidate = readNumberDate(body, match.index + 2)?.candidate;
    // `FY2026-FY2030`: the second year already ends the first's range.
    if (candidate && !found.some((c) => c.start < candidate.start && c.end >= candidate.end)) {
      found.push(candidate);
      added = true;
    }
  }
  return added ? found.sort((a, b) => a.start - b.start) : found;
}

const FISCAL_YEAR = /(?<![A-Za-z])FY(?=\d{4})/g;

/** A written day (`27 March 2025`) whose gap text to a weekday matches `between`. */
function isNearDay(body: string, day: DateCandidate | undefined, from: number, to: number, between: RegExp): boolean {
  if (day?.kind !== 'calendar' || day.day === undefined || to < from || to - from > MAX_LINK) return false;
  return between.test(body.slice(from, to));
}

const isBareWeekday = (c: DateCandidate | undefined): boolean => c?.kind === 'weekday' && !c.qualifier;
/** A bare weekday with no week word either (`on Monday`, not `Monday next week`): its day the article's other days may set. */
const isLoneWeekday = (c: DateCandidate): c is DateCandidate & { kind: 'weekday' } => c.kind === 'weekday' && !c.qualifier && c.week === undefined;

/**
 * `Thursday, 27 March 2025`, `next Wednesday, March 11`, `27 March (Thursday)`, `Sunday and Monday
 * (9 and 10 November)`: the weekday only qualifies the written day next to it.
 */
function dropQualifyingWeekdays(body: string, found: DateCandidate[]): DateCandidate[] {
  return found.filter((c, i) => {
    if (c.kind !== 'weekday') return true;
    if (OTHER_CALENDAR_DAY.test(body.slice(c.end, c.end + OTHER_CALENDAR_LENGTH))) return false;
    const [before, after] = [found[i - 1], found[i + 1]];
    if (after && isNearDay(body, after, c.end, after.start, WEEKDAY_BEFORE_DAY)) return false;
    // `last Thursday and Friday, March 12-13`: a week's word on the list's first weekday changes nothing.
    if (!isBareWeekday(c)) return !qualifiesWithNext(body, found, i);
    return !(before && isNearDay(body, before, before.end, c.start, WEEKDAY_AFTER_DAY))
      && !qualifiesWithNext(body, found, i);
  });
}

/**
 * `Tuesday, 14 Rabi al-Awwal 1446 AH`, `Monday, 5 Farvardin 1405`, `Friday, 1st Shawwal 1447 AH`: a day of another
 * calendar, maybe ordinal, which the weekday qualifies (its month is no month read here).
 */
const OTHER_CALENDAR_DAY = new RegExp(`^,? \\d{1,2}(?:st|nd|rd|th)? (?:${OTHER_CALENDAR_MONTHS.join('|')})(?![\\p{L}])`, 'u');
const OTHER_CALENDAR_LENGTH = 22;

/** Whether the weekday at `i` opens a list of weekdays that a bracketed day right after qualifies. */
function qualifiesWithNext(body: string, found: DateCandidate[], i: number): boolean {
  let last = i;
  const joined = (a: DateCandidate, b: DateCandidate) => b.start - a.end <= MAX_LINK && WEEKDAY_JOINER.test(body.slice(a.end, b.start));
  while (isBareWeekday(found[last + 1]) && joined(found[last], found[last + 1])) last++;
  const day = found[last + 1];
  if (last === i || !isNearDay(body, day, found[last].end, day?.start ?? 0, WEEKDAYS_BEFORE_DAY)) return false;
  // `on Monday and Tuesday, 10 March`: after a comma one day qualifies the last weekday only; days do the list.
  return body.charCodeAt(found[last].end) !== COMMA || (day?.kind === 'calendar' && day.lastDay !== undefined);
}

const COMMA = 0x2c;

const YEARS_TO_THE = /^\s+to\s+the\s+$/;
/** `on ` right before a day, maybe with its weekday (`On 20 April`, `on Tuesday, 20 April`). */
const ON_BEFORE = new RegExp(`(?<![A-Za-z])[Oo]n\\s+(?:(?:${WEEKDAYS.join('|')}),?\\s+)?$`);
const ON_READ = 24;

const WEEKDAY_IN_GAP = /[A-Za-z]/;

/** Whether the text between two dates (and before the first) makes them one range. */
function linksRange(body: string, first: DateCandidate, second: DateCandidate): boolean {
  if (second.start - first.end > MAX_LINK) return false;
  const gap = body.slice(first.end, second.start);
  if (RANGE_DASH.test(gap)) {
    // (`Tuesday, 19 May – Wednesday, 20 May`: a weekday after the dash only where one went before the first day too, not
    // `12 May – Monday, 19 May is the runoff`.)
    // (The weekday before the first day with or without its comma: `Monday 11 May`, `Tuesday, 19 May`.)
    if (WEEKDAY_IN_GAP.test(gap) && !testAt(WEEKDAY_COMMA_BEFORE, body, first.start) && !testAt(WEEKDAY_BEFORE, body, first.start)) return false;
    // (Not a day after `on` and a span of years: `adopted on 20 April 2025-2027`; but `ambassador 1 March 2015 – 2019`.)
    return !(isWrittenDay(first) && second.kind === 'years' && ON_BEFORE.test(body.slice(Math.max(0, first.start - ON_READ), first.start)));
  }
  // `from the 1930s to the 1960s`: two spans of years (not one year: `from 2020 to the 2024 level`), the second after its `the`.
  if (YEARS_TO_THE.test(gap)) return isYears(first) && isYears(second) && first.last > first.first && second.last > second.first && second.first > first.last;
  const link = RANGE_WORD.exec(gap)?.groups;
  // (`From 30 May To 27 September`: a title-case headline capitalises the word.)
  const word = link?.word.toLowerCase();
  const opener = word && matchAt(RANGE_OPENER, body, first.start)?.groups?.word.toLowerCase();
  if (link?.comma) return opener === 'from' && word !== 'and' && isWrittenDay(first) && isWrittenDay(second) && commaClosesFirst(body, first, second);
  // (Only two dates that each write a year: `postponed from 5 May to 12 June 2025` shares the second's.)
  if (opener === 'from' && writesOwnYear(first) && writesOwnYear(second) && testAt(MOVED_FROM, body, first.start)) return false;
  if (opener) return opener === 'between' ? word === 'and' : word !== 'and';
  // `January through June`: `through` always joins; `the years 2021 to 2023`: two years joined by `to` need no `from`.
  if (word === 'through') return true;
  // `January to June 2027`: so do two months, the first written alone.
  if (word === 'to' && isBareMonth(first)) return second.kind === 'calendar' && second.day === undefined;
  // `Monday to Friday last week`: and two weekdays whose week is written (a week's opening hours have none).
  if (word === 'to' && first.kind === 'weekday' && second.kind === 'weekday' && second.week !== undefined) return true;
  // `scheduled for July 28 to August 10`: and two days of different months, each written with its month.
  // (`will take place 11 March to 15 March`: or of one month; see isSameMonthRange.)
  if (word === 'to' && isWrittenDay(first) && isWrittenDay(second) && (first.month !== second.month || isSameMonthRange(body, first, second))) return true;
  // `on June 30 and July 1, 2026`: and a month's last day and the next month's first, each written with its month.
  // (Not a list's last two: `June 29, June 30 and July 1, 2026`.)
  if (word === 'and' && isWrittenDay(first) && isWrittenDay(second) && second.day === 1 && first.day !== undefined && isMonthsLastDay(first, second)) {
    return !LIST_COMMA_BEFORE.test(body.slice(Math.max(0, first.start - 3), first.start));
  }
  // `figures for October 2025 to June 2026`: and two months, each with its year, the second later.
  if (word === 'to' && isMonthOfYear(first) && isMonthOfYear(second) && first.year * 12 + first.month < second.year * 12 + second.month) return true;
  // `the 2026/27 to 2029/30 financial years`: so do two spans of years.
  return word === 'to' && isYears(first) && isYears(second) && second.first > first.last;
}

/**
 * The comma after the first of two written days closes its year, or its weekday's apposition (`from Monday, 22 September,
 * through Wednesday, 24 September`; not a move, `postponed from Monday, 2 March, to Friday, 6 March`, nor a second day
 * before the first but across the new year).
 */
function commaClosesFirst(body: string, first: DateCandidate & { kind: 'calendar' }, second: DateCandidate & { kind: 'calendar' }): boolean {
  if (first.year !== undefined && second.year !== undefined) return true;
  return testAt(WEEKDAY_COMMA_BEFORE, body, first.start) && testAt(WEEKDAY_COMMA_BEFORE, body, second.start) && !testAt(MOVED_FROM, body, first.start) &&
    (monthDay(first) < monthDay(second) || (first.month === 12 && second.month === 1));
}

/** A month of a written year (`October 2025`). */
function isMonthOfYear(c: DateCandidate): c is DateCandidate & { kind: 'calendar'; year: number } {
  return c.kind === 'calendar' && c.day === undefined && c.year !== undefined && c.lastMonth === undefined;
}

/** The candidate writes its own year (`2025`, `5 May 2025`, `Q1 2026`), needing none from a range's other end. */
function writesOwnYear(c: DateCandidate): boolean {
  return c.kind === 'years' || ((c.kind === 'calendar' || c.kind === 'part') && c.year !== undefined);
}

function isYears(c: DateCandidate): c is DateCandidate & { kind: 'years' } {
  return c.kind === 'years';
}

/** Month and day as one sortable number, for ordering two dates of one year. */
const monthDay = (c: DateCandidate & { kind: 'calendar' }): number => c.month * 100 + (c.day ?? 0);

/** A verb that moves a date to another. */
const MOVE_BEFORE = /\b(?:postpon|re-?schedul|mov(?:e|ed|es|ing)\b|shift|defer|delay|push(?:ed|es|ing)?\b|brought forward|bring forward|put (?:off|back)|chang|extend|adjourn|transfer)/i;
/** Most characters read back from a date for such a verb. */
const MOVE_READ = 80;

/**
 * Two days of one month, the second later, where no move goes before them in the sentence (`postponed the vote set for 18
 * May to 20 May`, `the deadline was extended 10 April to 25 April`) and no `for` or `on` right before the first, which
 * may say from when a thing was moved (`the session planned for 6 March to 13 March`).
 */
function isSameMonthRange(body: string, first: DateCandidate & { kind: 'calendar' }, second: DateCandidate & { kind: 'calendar' }): boolean {
  const lead = sentenceBefore(body, first.start, MOVE_READ);
  return monthDay(first) < monthDay(second) && !FOR_OR_ON_BEFORE.test(lead) && !MOVE_BEFORE.test(lead);
}

const FOR_OR_ON_BEFORE = /\b(?:for|on)\s+$/i;

/**
 * Years for a range's two ends when the text writes at most one:
 * `16 September - 2 October 2021` (the first takes the second's year),
 * `30 December 2025 - 2 January` and `from December 30 to January 2` (the
 * range runs into the next year); and a week written after the second of two
 * weekdays (`from Tuesday to Thursday this week`) for the first too.
 */
function alignEnds(first: DateCandidate, second: DateCandidate): [DateCandidate, DateCandidate] {
  if (first.kind === 'weekday' && second.kind === 'weekday' && first.week === undefined && second.week !== undefined) {
    return [{ ...first, week: second.week }, second];
  }
  if (first.kind !== 'calendar' || second.kind !== 'calendar' || first.qualifier || first.yearShift || second.qualifier) {
    return [first, second];
  }
  const wraps = monthDay(first) > monthDay(second);
  // `September-October next year`: the first takes the year the qualifier gives the second.
  if (second.yearShift !== undefined) {
    return first.year === undefined && second.year === undefined ? [{ ...first, yearShift: second.yearShift - (wraps ? 1 : 0) }, second] : [first, second];
  }
  if (first.year === undefined && second.year !== undefined) return [{ ...first, year: second.year - (wraps ? 1 : 0) }, second];
  if (second.year === undefined && wraps) return [first, { ...second, yearShift: 1, year: first.year === undefined ? undefined : first.year + 1 }];
  return [first, second];
}

/**
 * `from September to February` in a March article: a range written without years that runs into the next year is the
 * one holding the stamp or, between two, the nearer (it ended a month ago; the next starts in six); so it may have
 * begun last year (*decision*).
 */
function lastYearsWrap(first: DateCandidate, second: DateCandidate, stamp: Anchor): [DateCandidate, DateCandidate] {
  if (first.kind !== 'calendar' || second.kind !== 'calendar' || first.year !== undefined || second.year !== undefined) return [first, second];
  if (first.qualifier || second.qualifier || first.yearShift !== undefined || second.yearShift !== undefined || monthDay(first) <= monthDay(second)) return [first, second];
  const began = stamp.month <= second.month || (stamp.month < first.month && stamp.month - second.month < first.month - stamp.month);
  return began ? [{ ...first, yearShift: -1 }, { ...second, yearShift: 0 }] : [first, second];
}

/**
 * The range two linked dates form, if they have the same unit and run forward; or a year and a month or day of a
 * later year (`from 2018 to January 2024`, `from March 2019 to 2022`).
 */
function joinRange(body: string, linkedFirst: DateCandidate, linkedSecond: DateCandidate, stamp: Anchor): CalendarRange | undefined {
  const [first, second] = alignEnds(...lastYearsWrap(linkedFirst, linkedSecond, stamp));
  const from = resolveCandidate(ongoing(body, first, second, stamp) ? { ...first, tense: 0 } : first, stamp);
  if (!from) return undefined;
  const after = second.kind === 'weekday' && from.to.unit === 'day' ? ordinal(from.to) : undefined;
  const to = resolveCandidate(second, stamp, after);
  if (!to) return undefined;
  const forward = from.to.unit === to.from.unit ? ordinal(from.to) < ordinal(to.from) : yearAndFiner(from.to, to.from) && from.to.year < to.from.year;
  return forward ? { from: from.from, to: to.to } : undefined;
}

/**
 * `who is on an official visit to China`, `is currently visiting`: a stay going on when the sentence is written, with no
 * clause break or future wording between it and the range (not `who is on a visit to India, will travel … from …`).
 */
const ONGOING_BEFORE = /(?<![A-Za-z])(?:is|are) (?:on an? (?:[a-z-]+ ){0,3}(?:visit|tour|trip|mission)|(?:currently )?(?:visiting|staying))(?![A-Za-z])(?![^;!?\n]*(?<![A-Za-z])(?:will|would|shall|to be)(?![A-Za-z]))[^.;!?\n]*$/;
const MAX_ONGOING = 120;

/**
 * `who is on an official visit to China from Tuesday to Saturday` written on a Thursday: a stay going on between two
 * weekdays that hold the stamp's weekday began this week (its first day counted back, as a tenseless one is).
 */
function ongoing(body: string, first: DateCandidate, second: DateCandidate, stamp: Anchor): first is DateCandidate & { kind: 'weekday' } {
  if (first.kind !== 'weekday' || second.kind !== 'weekday' || first.qualifier || first.week !== undefined) return false;
  const [from, to, today] = [first.weekday, second.weekday, weekdayOf(stamp.days)].map((d) => (d + 6) % 7);
  return from <= today && today <= to && ONGOING_BEFORE.test(body.slice(Math.max(0, first.start - MAX_ONGOING), first.start));
}

/** One end is a year and the other a month or a day (no week). */
function yearAndFiner(a: CalendarValue, b: CalendarValue): boolean {
  return a.unit !== 'week' && b.unit !== 'week' && (a.unit === 'year') !== (b.unit === 'year');
}

/** One literal per set of fields: a field added to a built object would go to a second, out-of-object store. */
function mention(body: string, start: number, end: number, range: CalendarRange | undefined): Mention {
  const text = body.slice(start, end);
  return range ? { type: 'date', text, start, end, normalized: formatRange(range) } : { type: 'date', text, start, end };
}

/** `through`, `until` or `till` before a weekday: the day a stay or an event ends. */
const SPAN_END_BEFORE = /(?<![A-Za-z])(?:through|until|till)\s+$/;
/** `after`, `following` or `since` between two weekdays: the later-written day came first. */
const EARLIER_LINK = /(?<![A-Za-z])(?:after|following|since)(?![A-Za-z])/i;
const SPAN_END_WORD = 'through '.length + 1;

/**
 * `begins on Thursday and ends on Sunday`: a bare weekday soon after another in
 * the same sentence comes on or after it. Returns that earlier day's number.
 * Not a reporting clause's day after a comma (`… talks on Wednesday, Peskov said
 * on Thursday`), which its own past wording places.
 */
function weekdayAfter(body: string, mentions: Mention[], c: DateCandidate, stampDays: number): number | undefined {
  const previous = mentions[mentions.length - 1];
  if (c.kind !== 'weekday' || c.qualifier || !previous || !WEEKDAY_WORD.test(previous.text)) return undefined;
  const between = body.slice(previous.end, c.start);
  if (c.start - previous.end > MAX_SENTENCE_GAP || SENTENCE_BREAK.test(between)) return undefined;
  // `on a four-day visit through Saturday, is to meet X on Friday`: a day closing a stay holds the later day inside it.
  if (SPAN_END_BEFORE.test(body.slice(Math.max(0, previous.start - SPAN_END_WORD), previous.start))) return undefined;
  // `conceded on Tuesday after the results of Sunday’s election`: a day the first one follows came before it.
  if (EARLIER_LINK.test(between)) return undefined;
  const day = parseDayNumber(previous.normalized ?? '');
  if (!between.includes(',')) return day;
  // `visited ASELSAN on Thursday as part of his visit, which ends on Monday`: a day its own clause puts ahead is not
  // counted from a past one.
  const tense = tenseAround(body, c.start);
  return tense < 0 || (tense > 0 && day !== undefined && day < stampDays) ? undefined : day;
}

/** How far back, in mentions and in characters, a bare weekday looks for a written day of its line. */
const MAX_DAYS_BACK = 6;
const MAX_LINE_BACK = 600;

/** Most days between the stamp and a written day that a bare weekday of the same line is read as. */
const NEAR_STAMP_DAYS = 6;

/**
 * `BEIJING, Nov. 19 (Xinhua) -- … who is on a state visit … on Thursday`: a bare weekday whose line has already written a
 * day near the stamp that falls on it is that day, over the tense around it; a day ahead only where its own clause is not
 * past (`The summit opens on Nov. 26; delegations arrived on Thursday`). Returns the day's number.
 */
function writtenSameWeekday(body: string, mentions: Mention[], c: DateCandidate, stampDays: number): number | undefined {
  if (!isLoneWeekday(c)) return undefined;
  for (let k = mentions.length - 1; k >= 0 && k >= mentions.length - MAX_DAYS_BACK; k--) {
    const m = mentions[k];
    if (c.start - m.end > MAX_LINE_BACK || body.slice(m.start, c.start).includes('\n')) return undefined;
    // (A day written with its number, not another weekday read before.)
    const day = m.normalized !== undefined && DAY_VALUE.test(m.normalized) && DIGIT.test(m.text) ? parseDayNumber(m.normalized) : undefined;
    if (day !== undefined && (day <= stampDays || c.tense >= 0) && Math.abs(stampDays - day) <= NEAR_STAMP_DAYS && weekdayOf(day) === c.weekday) return day;
  }
  return undefined;
}

/** Longest written visit or event, in days, whose days a later bare weekday may fall on; furthest ahead it may begin. */
const MAX_TRIP_DAYS = 7;
const MAX_TRIP_AHEAD = 7;
/**
 * A place the sentence goes to (`in Klaipėda`, `to Dakar`; not a venue's `at`, as likely at home: `will receive the
 * credentials of new ambassadors at the Akorda`), and words of what goes before an event.
 */
const PLACE_IN_SENTENCE = /(?<![\p{L}])(?:in|to|visits?|tours?)\s+(?:the\s+)?\p{Lu}/u;
const BEFORE_EVENT = /(?<![\p{L}])(?:ahead of|before|prior to|in preparation|brief|briefing|programme|program)(?![\p{L}])/u;

/**
 * `will pay a state visit to Lithuania on 16–18 June. … On Wednesday, the couple will visit Klaipėda`: a bare weekday not
 * in the past, after short spans of days still to come that the article wrote, in a sentence going somewhere and not
 * about what comes before (`On Friday, the ministry will brief journalists on the programme of the visit`), is the day of
 * the nearest span that falls on it, or its next such weekday where that is in a span already (`Riga on 13–14 March and
 * Vilnius on 19–20 March. On Friday … in Riga`, `from 19 to 21 April. Day one (Sunday): arrival …`).
 */
function insideWrittenTrip(body: string, mentions: Mention[], c: DateCandidate, stampDays: number): number | undefined {
  if (!isLoneWeekday(c) || c.tense < 0) return undefined;
  const spans = recent(mentions).map(tripSpan).filter((s): s is [number, number] => s !== undefined && s[0] > stampDays && s[0] - stampDays <= MAX_TRIP_AHEAD && s[1] - s[0] < MAX_TRIP_DAYS);
  if (spans.length === 0) return undefined;
  const next = stampDays + ((c.weekday - weekdayOf(stampDays) + 7) % 7);
  if (spans.some(([from, to]) => from <= next && next <= to)) return next;
  const sentence = sentenceAround(body, c.start);
  if (!PLACE_IN_SENTENCE.test(sentence) || BEFORE_EVENT.test(sentence)) return undefined;
  const [from, to] = spans[spans.length - 1];
  for (let day = from; day <= to; day++) if (weekdayOf(day) === c.weekday) return day;
  return undefined;
}

/** Words of a visit's end (`will conclude on Wednesday`, `leaves for Doha on Wednesday`). */
const VISIT_ENDS = /(?<![\p{L}])(?:conclude|concludes|end|ends|wrap up|wraps up|leave|leaves|depart|departs|return|returns|fly home|flies home)(?![\p{L}])/u;

/**
 * `… will arrive on Sunday … On April 21 … The visit will conclude on Wednesday` (stamped a Wednesday): the stamp's own
 * weekday said of a visit's end to come, after the article has written a day still to come with its number, is next
 * week's (not `The forum opens on 17 April. The minister will speak on Wednesday evening`).
 */
function afterWrittenDayToCome(body: string, mentions: Mention[], c: DateCandidate, stampDays: number): number | undefined {
  if (!isLoneWeekday(c) || c.tense <= 0 || c.weekday !== weekdayOf(stampDays)) return undefined;
  const sentence = sentenceAround(body, c.start);
  if (!VISIT_ENDS.test(sentence) || BEFORE_EVENT.test(sentence)) return undefined;
  // (A day written with its number: bare weekdays of other events say nothing of this one's order.)
  const toCome = recent(mentions).some((m) => {
    if (!DIGIT.test(m.text)) return false;
    const day = m.normalized !== undefined && DAY_VALUE.test(m.normalized) ? parseDayNumber(m.normalized)! : tripSpan(m)?.[1];
    return day !== undefined && day > stampDays && day - stampDays < 7;
  });
  return toCome ? stampDays + 7 : undefined;
}

/** Most mentions read back for a visit's days or a day to come (an article's own, not a long line's every one). */
const MAX_MENTIONS_BACK = 30;

function recent(mentions: Mention[]): Mention[] {
  return mentions.length <= MAX_MENTIONS_BACK ? mentions : mentions.slice(-MAX_MENTIONS_BACK);
}

/** The first and last day numbers of a mention normalised as a span of days. */
function tripSpan(m: Mention): [number, number] | undefined {
  const ends = m.normalized?.split('/');
  if (ends?.length !== 2 || !DAY_VALUE.test(ends[0]) || !DAY_VALUE.test(ends[1])) return undefined;
  return [parseDayNumber(ends[0])!, parseDayNumber(ends[1])!];
}

/**
 * The sentence of `body` holding offset `at`: from after the last stop or line break before it to the next, at most
 * `MAX_SENTENCE_READ` characters either way (a line with no stops is read in a window, not whole, at each weekday).
 */
function sentenceAround(body: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < MAX_SENTENCE_READ && !SENTENCE_END.test(body[start - 1])) start--;
  let end = at;
  while (end < body.length && end - at < MAX_SENTENCE_READ && !SENTENCE_END.test(body[end])) end++;
  return body.slice(start, end);
}

const MAX_SENTENCE_READ = 300;

const SENTENCE_END = /[.!?\n]/;

/** The day the days the article wrote before a bare weekday make it: one of its line, of a visit, or a week on. */
function writtenContextDay(body: string, mentions: Mention[], c: DateCandidate, stampDays: number): number | undefined {
  return writtenSameWeekday(body, mentions, c, stampDays) ?? insideWrittenTrip(body, mentions, c, stampDays) ?? afterWrittenDayToCome(body, mentions, c, stampDays);
}

const DAY_VALUE = /^\d{4}-\d\d-\d\d$/;
const DIGIT = /\d/;

/** Whether resolving the candidate needs the stamp (it has no written year). */
const needsStamp = (c: DateCandidate): boolean => !(c.kind === 'years' || ((c.kind === 'calendar' || c.kind === 'part') && c.year !== undefined));

/** A month without day or year (`January` of `January and March 2024`). */
function isBareMonth(c: DateCandidate | undefined): c is DateCandidate & { kind: 'calendar' } {
  return c?.kind === 'calendar' && c.day === undefined && c.year === undefined && !c.qualifier && !c.yearShift;
}

/** A written day without a year or a qualifier (`October 16` of `October 16 and December 28 last year`). */
function isYearlessDay(c: DateCandidate | undefined): c is DateCandidate & { kind: 'calendar' } {
  return c?.kind === 'calendar' && c.day !== undefined && c.year === undefined && !c.qualifier && !c.yearShift;
}

/**
 * `January, February and March 2024`, `October 16 and December 28 last year`: the months or the days of a
 * list, in calendar order, take the year written after the last one.
 */
function shareListYears(body: string, found: DateCandidate[]): DateCandidate[] {
  for (let i = found.length - 2; i >= 0; i--) {
    const [c, next] = [found[i], found[i + 1]];
    if (next.kind !== 'calendar' || (next.year === undefined && next.yearShift === undefined)) continue;
    // Days share the year only in calendar order (`SEPT. 15, MAR. 3, 2025` are two years).
    if (!(isBareMonth(c) && next.day === undefined) && !(isYearlessDay(c) && next.day !== undefined && c.month < next.month)) continue;
    if (next.start - c.end > MAX_LINK || !MONTH_LIST_LINK.test(body.slice(c.end, next.start))) continue;
    // `September and October next year`: the qualifier's year, as a written one, is the list's.
    found[i] = next.year === undefined ? { ...c, yearShift: next.yearShift } : { ...c, year: next.year };
  }
  return found;
}

const isDayWord = (c: DateCandidate | undefined): boolean =>
  c?.kind === 'relative' && (c.unit === 'day' || c.unit === 'week' || c.unit === 'month');
const LIST_COMMA_BEFORE = /,\s*$/;

/** The first day is the last of its month, the second the next month's first (the year, where unwritten, taken from either). */
function isMonthsLastDay(first: DateCandidate & { kind: 'calendar' }, second: DateCandidate & { kind: 'calendar' }): boolean {
  const year = first.year ?? (second.year === undefined ? undefined : first.month === 12 ? second.year - 1 : second.year);
  if (year === undefined || second.month !== (first.month % 12) + 1) return false;
  // (Not two years apart: `on June 30, 2025 and July 1, 2026`.)
  if (second.year !== undefined && second.year !== (first.month === 12 ? year + 1 : year)) return false;
  return dayNumber(first.month === 12 ? year + 1 : year, second.month, 1) - dayNumber(year, first.month, first.day!) === 1;
}

const isWrittenDay = (c: DateCandidate | undefined): c is DateCandidate & { kind: 'calendar' } => c?.kind === 'calendar' && c.day !== undefined;

/** The ISO week of a range's days, when they fall in one week (`April 22`, `June 22-23`). */
function weekOf(range: CalendarRange): CalendarRange {
  const { from, to } = range;
  if (from.unit !== 'day' || to.unit !== 'day') return range;
  const week = isoWeek(dayNumber(from.year, from.month, from.day));
  return formatValue(isoWeek(dayNumber(to.year, to.month, to.day))) === formatValue(week) ? { from: week, to: week } : range;
}

/** The month of a range's days, when they fall in one month (`July 5`, `July 5-7`). */
function monthOf(range: CalendarRange): CalendarRange {
  const { from, to } = range;
  if (from.unit !== 'day' || to.unit !== 'day' || from.year !== to.year || from.month !== to.month) return range;
  const month = { unit: 'month' as const, year: from.year, month: from.month };
  return { from: month, to: month };
}

/** A written day's range at the unit of the day, week, month or year word next to it. */
function atUnitOf(word: DateCandidate, range: CalendarRange): CalendarRange {
  if (word.kind !== 'relative') return range;
  return word.unit === 'week' ? weekOf(range) : word.unit === 'month' ? monthOf(range) : word.unit === 'year' ? yearOf(range) : range;
}

/** The year of a range's days, when they fall in one year (`9 April 2025`). */
function yearOf(range: CalendarRange): CalendarRange {
  const { from, to } = range;
  if (from.unit !== 'day' || to.unit !== 'day' || from.year !== to.year) return range;
  const year = { unit: 'year' as const, year: from.year };
  return { from: year, to: year };
}

/**
 * `Tomorrow, 1 January 2024`, `next week, on April 22`, `this week, on Tuesday`, `Earlier this month, on July 5`: a day,
 * week or month word set off by a comma next to a written day or a weekday it holds only qualifies it.
 */
function dropQualifyingDayWords(body: string, found: DateCandidate[], stamp: Anchor | undefined): DateCandidate[] {
  if (stamp === undefined) return found;
  const sameDay = (a: DateCandidate, b: DateCandidate): boolean => {
    const gap = a.end <= b.start ? body.slice(a.end, b.start) : body.slice(b.end, a.start);
    // `Earlier this week, on Tuesday`: a week word qualifies a weekday of that week too.
    const weekday = b.kind === 'weekday' && a.kind === 'relative' && a.unit === 'week';
    if (!(isWrittenDay(b) || weekday) || !DAY_WORD_APPOSITION.test(gap)) return false;
    const [x, y] = [resolveCandidate(a, stamp), resolveCandidate(b, stamp)];
    if (x === undefined || y === undefined) return false;
    return formatRange(x) === formatRange(atUnitOf(a, y));
  };
  // (`last year (on 9 April 2025)`: a year word before a day written in that year too, not after it: `on 9 April 2025,
  // last year's best day`.)
  const qualifies = (c: DateCandidate, i: number): boolean => {
    const yearWord = c.kind === 'relative' && c.unit === 'year';
    if (!isDayWord(c) && !yearWord) return false;
    return (found[i + 1] !== undefined && sameDay(c, found[i + 1])) || (!yearWord && found[i - 1] !== undefined && sameDay(c, found[i - 1]));
  };
  return found.filter((c, i) => !qualifies(c, i));
}

/**
 * `Earlier this year, on 22 January`, `Last year, in March`, `visited Astana twice last year, in February and in
 * October`, `celebrated this year on May 27`: a year word opening a sentence or after a word of its clause (not in a
 * list), before `on` or `in` and a day or month written without a year, only says which year that is, and is no mention
 * of its own; nor are the days or months joined to that one by `and`.
 */
function dropQualifyingYears(body: string, found: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const [a, b] = [found[i], found[i + 1]];
    // (`during last year’s April floods`: so is one whose possessive the month follows.)
    if (a.kind === 'relative' && a.unit === 'year' && isYearless(b) && qualifiesYearless(body, a, b)) {
      out.push({ ...b, yearShift: a.offset });
      i++;
      for (let next = found[i + 1]; isYearless(next) && YEARLESS_AND.test(body.slice(found[i].end, next.start)); next = found[++i + 1]) {
        out.push({ ...next, yearShift: a.offset });
      }
    } else out.push(a);
  }
  return out;
}

function qualifiesYearless(body: string, year: DateCandidate, day: DateCandidate): boolean {
  const gap = body.slice(year.end, day.start);
  return YEAR_POSSESSIVE.test(gap) || (YEAR_WORD_APPOSITION.test(gap) && (opensSentence(body, year.start) || followsClauseWord(body, year.start)));
}

const YEAR_POSSESSIVE = /^['’]s\s+$/;
const isYearless = (c: DateCandidate | undefined): c is DateCandidate & { kind: 'calendar' } =>
  c?.kind === 'calendar' && c.year === undefined && !c.qualifier && c.yearShift === undefined;
/** `in February and in October`: another day or month joined to the first. */
const YEARLESS_AND = /^,?\s+and\s+(?:in\s+|on\s+)?$/;
/** A lower-case word of the clause right before, not a list's `and` or comma (`visited Astana twice last year`). */
const CLAUSE_WORD_BEFORE = /(?<![A-Za-z])(?!and |or )[a-z]+ $/;

function followsClauseWord(body: string, start: number): boolean {
  return CLAUSE_WORD_BEFORE.test(body.slice(Math.max(0, start - 12), start));
}

/** `this year on May 27`, `this year on Wednesday, 27 May`: `on` or `in` before the day, maybe with its weekday. */
const YEAR_WORD_APPOSITION = new RegExp(`^(?:,\\s*|\\s+)(?:on|in)\\s+(?:(?:${WEEKDAYS.join('|')}),?\\s+)?$`);
/** What may come before such a year word: the sentence's start, maybe `Earlier` or `Later` (not a list's comma). */
const YEAR_WORD_OPENER = '(?:(?:Earlier|Later|Early|Late|Back) )?';
const AFTER_SENTENCE_END = new RegExp(`[.!?\\n]\\s*${YEAR_WORD_OPENER}$`);
const AT_TEXT_START = new RegExp(`^${YEAR_WORD_OPENER}$`);
const MAX_OPENER = 12;

function opensSentence(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - MAX_OPENER), start);
  return AFTER_SENTENCE_END.test(before) || (start <= MAX_OPENER && AT_TEXT_START.test(before));
}

/**
 * `of that year`, `of the same year`, `that year` after a month or a day, before a clause's next word or its end (`on 29
 * September that year, …`, `in December that year the first train …`; not a reported clause's `said on 10 March that
 * year-on-year inflation …`, `that year two of …`, `that year's results`, `that year by year …`).
 */
const THAT_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:that|the\s+same)\s+year(?=[,.;:!?)]|$|\s+(?!(?:on|by|after|to)\s+year)(?:the|a|an|he|she|it|they|we|his|her|its|their|in|at|on|when|after|before|during|with|by|for|and|to(?!\s+date))\s)/;
/** A date's value that lies in one year, maybe a range inside it (`2025-05-03/2025-05-05`): its year. */
const ONE_YEAR_VALUE = /^(\d{4})(?:-\d\d){0,2}(?:\/\1(?:-\d\d){1,2})?$/;

/**
 * `elected in 2019 … in October of that year`: a month or day with no year of its own takes the year of the date just
 * before it, when that date lies in one year (`from 3 to 5 May 2025 … on 12 May of the same year`; after a range of years
 * or the stamp it keeps the stamp's year).
 */
function withEarlierYear(body: string, c: DateCandidate, mentions: Mention[]): DateCandidate {
  if (c.kind !== 'calendar' || c.year !== undefined || c.qualifier || c.yearShift !== undefined) return c;
  if (!THAT_YEAR_AFTER.test(body.slice(c.end, c.end + 24))) return c;
  const year = ONE_YEAR_VALUE.exec(mentions[mentions.length - 1]?.normalized ?? '')?.[1];
  return year === undefined ? c : { ...c, year: Number(year) };
}

/**
 * `the election in April 2024, when early voting took place on April 5-6`: a day with no year of its own takes the year of
 * its own month, written with a year just before it, in the clause that tells of that month.
 */
function withSameMonthsYear(body: string, c: DateCandidate, mentions: Mention[]): DateCandidate {
  if (c.kind !== 'calendar' || c.year !== undefined || c.day === undefined || c.qualifier || c.yearShift !== undefined) return c;
  const previous = mentions[mentions.length - 1];
  const written = MONTH_OF_YEAR_VALUE.exec(previous?.normalized ?? '');
  if (written === null || Number(written[2]) !== c.month) return c;
  const between = body.slice(previous.end, c.start);
  return between.length > MAX_MONTH_GAP || SENTENCE_BREAK.test(between) || !WHEN_CLAUSE.test(between) ? c : { ...c, year: Number(written[1]) };
}

/** `, when`, `, during which`: a clause that tells of the month written before it, still going on (no mark closes it). */
const WHEN_CLAUSE = /^,\s+(?:when|during which|in which)\s[^,;:]*$/;

/** A month of a year's value (`2024-04`). */
const MONTH_OF_YEAR_VALUE = /^(\d{4})-(\d\d)$/;

/** A year alone, and `In ` before an opening year. */
const YEAR_ONLY = /^\d{4}$/;
const IN_BEFORE = /[Ii]n $/;

/**
 * `Last year, the heating season was launched on September 27`, `In 2019, … on 3 May`, `In 2025 the expedition climbed it
 * on 15 May`: a day or month with no year of its own takes the year its sentence opens with, maybe set off by a comma, in
 * the clause it opens; so does one in a clause that `, and` and the year open (`…, and last year it opened on 20 May`).
 */
function withOpeningYear(body: string, c: DateCandidate, mentions: Mention[]): DateCandidate {
  if (c.kind !== 'calendar' || c.year !== undefined || c.qualifier || c.yearShift !== undefined) return c;
  const previous = mentions[mentions.length - 1];
  const mark = body[previous?.end ?? 0];
  if (previous === undefined || !YEAR_ONLY.test(previous.normalized ?? '') || (mark !== ',' && mark !== ' ') || SENTENCE_BREAK.test(body.slice(previous.end, c.start))) return c;
  // (Only in the opening's own clause: not `…, the minister said on 5 March`, `…, and the line will open in December`.)
  if (CLAUSE_MARK.test(body.slice(previous.end + 1, c.start))) return c;
  const afterIn = IN_BEFORE.test(body.slice(Math.max(0, previous.start - 3), previous.start));
  const opener = afterIn ? previous.start - 3 : previous.start;
  // (With no comma, only `In 2025` or a year word, not a year that qualifies a noun: `2024 Olympic champion X will … on 20
  // March`; nor past a report's words or an `and`, which may open a clause of its own: `In 2025 trade reached …, as the
  // minister noted at a briefing on 4 March`, `In 2023 it hosted 500 pilgrims and the next group will arrive on 3 June`.)
  if (mark === ' ' && ((!afterIn && !YEAR_WORD.test(previous.text)) || NEW_CLAUSE_WORDS.test(body.slice(previous.end, c.start)))) return c;
  const opens = opensSentence(body, opener) || (mark === ' ' && AND_CLAUSE_BEFORE.test(body.slice(Math.max(0, opener - 6), opener)));
  return opens ? { ...c, year: Number(previous.normalized) } : c;
}

const CLAUSE_MARK = /[,;:–—]/;
const AND_CLAUSE_BEFORE = /, and $/;
const YEAR_WORD = /year$/i;
const NEW_CLAUSE_WORDS = /(?<![A-Za-z])(?:said|says|noted|reported|announced|released|published|according|told|stated|briefing|data|figures|and)(?![A-Za-z])/;

/** Longest gap between a written day or month and a day of its month left unsaid (`on 9 March …, followed by …, on the 11th`). */
const MAX_MONTH_GAP = 300;
/** Words opening a clause of its own between a written day and a day of its month left unsaid. */
const CLAUSE_OPENER = /(?<![A-Za-z])(?:that|who|which|whom|whose|while|whereas)(?![A-Za-z])/;
/** `In 2019`, `in June` (not `since July`, `the January events`): a year or a month the sentence is set in. */
const SET_IN = /(?<![A-Za-z])[Ii]n $/;
const IN_WORD = ' in ';
/** A date's value: a year, maybe its month, maybe its day. */
const ONE_DATE_VALUE = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/;

/**
 * `In December 1986 … on the 17th`, `a stop in Rome on 9 March and in Kingstown on the 11th`: a day whose month is left
 * unsaid takes the month and year of a month its sentence is set in, or of a day written before it in its sentence (not
 * across a clause of its own), unless the sentence's tense puts it on the other side of the stamp (`signed on 10 January,
 * will be ratified by the 25th`). After a year its sentence opens with it names no day (`In 2019, … signed on the 23rd`).
 */
function withEarlierMonth(body: string, c: DateCandidate, mentions: Mention[], stamp: Anchor | undefined): DateCandidate | undefined {
  const previous = mentions[mentions.length - 1];
  if (c.kind !== 'monthDay' || c.monthShift !== undefined || previous === undefined) return c;
  const written = ONE_DATE_VALUE.exec(previous.normalized ?? '');
  const between = body.slice(previous.end, c.start);
  if (written === null || between.length > MAX_MONTH_GAP || SENTENCE_BREAK.test(between)) return c;
  const [year, month, day] = written.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const setIn = SET_IN.test(body.slice(Math.max(0, previous.start - IN_WORD.length), previous.start));
  if (month === undefined) return setIn && opensSentence(body, previous.start - IN_WORD.length + 1) ? undefined : c;
  if (day === undefined ? !setIn : CLAUSE_OPENER.test(between) || c.day < day) return c;
  const days = dayNumber(year!, month, c.day);
  // (A past sentence keeps a written day's month: `… on 9 March, followed by a stop …, on the 11th, the Palace announced`.)
  const against = stamp !== undefined && ((c.tense > 0 && days < stamp.days) || (c.tense < 0 && day === undefined && days > stamp.days));
  return against ? c : { kind: 'calendar', start: c.start, end: c.end, year, month, day: c.day, lastDay: c.lastDay };
}

export function findDates(body: string, context: ArticleContext): Mention[] {
  const stampDay = parseDayNumber(context.published);
  const stamp = stampDay === undefined ? undefined : anchorOf(stampDay);
  const found = withHijriDates(body, withYearlessQuarters(body, widenToYearParts(body, shareListYears(body, dropQualifyingYears(body, dropQualifyingDayWords(body, dropQualifyingWeekdays(body, scan(body)), stamp))))), stampDay);
  const mentions: Mention[] = [];
  for (let i = 0; i < found.length; i++) {
    const c = settleWeekdaysDay(found[i], stamp);
    const next = found[i + 1];
    const range = next && stamp && linksRange(body, c, next) ? joinRange(body, c, next, stamp) : undefined;
    if (range) {
      mentions.push(mention(body, c.start, next.end, range));
      i++;
      continue;
    }
    // A written year needs no stamp; without a stamp the others stay unnormalised.
    const after = weekdayAfter(body, mentions, c, stamp?.days ?? 0) ?? (stamp && writtenContextDay(body, mentions, c, stamp.days));
    const dated = withEarlierMonth(body, withSameMonthsYear(body, withEarlierYear(body, withOpeningYear(body, c, mentions), mentions), mentions), mentions, stamp);
    if (dated === undefined) continue;
    const value = stamp || !needsStamp(dated) ? resolveCandidate(dated, stamp ?? anchorOf(0), after) : undefined;
    // A written date that names no real day (`30 February`) is no date.
    if (value || (!stamp && needsStamp(c))) mentions.push(mention(body, c.start, c.end, value));
  }
  return mentions;
}
