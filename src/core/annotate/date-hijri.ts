/**
 * Dates of the Hijri calendar (`24 Shawwal 1447`, `Shawwal 24, 1447 AH`), as Gulf and Middle Eastern agencies write
 * them in datelines, read as the Gregorian day they name (the Umm al-Qura calendar where the runtime knows it, else the
 * tabular one, a day off at most).
 */
import { isCountAfter } from './date-context';
import type { DateCandidate } from './date-resolve';

/** The months in order, each with the spellings English news uses. */
const MONTHS: readonly string[][] = [
  ['Muharram', 'Muharam'],
  ['Safar'],
  ['Rabi al-Awwal', 'Rabi’ al-Awwal', "Rabi' al-Awwal", 'Rabi al-Awal', 'Rabi ul-Awwal', 'Rabi-ul-Awwal', 'Rabiul Awal', 'Rabiul Awwal', 'Rabi I'],
  ['Rabi al-Thani', 'Rabi’ al-Thani', "Rabi' al-Thani", 'Rabi al-Akhir', 'Rabi ul-Sani', 'Rabi-ul-Sani', 'Rabiul Akhir', 'Rabi II'],
  ['Jumada al-Awwal', 'Jumada al-Ula', 'Jumada al-Oula', 'Jumada al-Awal', 'Jumada I'],
  ['Jumada al-Thani', 'Jumada al-Akhirah', 'Jumada al-Akhira', 'Jumada al-Thaniyah', 'Jumada II'],
  ['Rajab'],
  ['Shaban', 'Sha’ban', "Sha'ban", 'Shaaban', 'Sha‘ban'],
  ['Ramadan', 'Ramadhan', 'Ramazan'],
  ['Shawwal', 'Shawal'],
  ['Dhu al-Qadah', 'Dhu al-Qidah', 'Dhu al-Qi’dah', "Dhu al-Qi'dah", 'Dhu al-Qa’dah', "Dhu al-Qa'dah", 'Dhul Qadah', 'Dhul-Qadah', "Dhul Qa'dah", 'Dhul Qa’dah', "Dhul-Qa'dah", 'Dhul-Qa’dah', 'Dhul Qidah', 'Dhul-Qidah', 'Zul Qadah', 'Zul-Qadah'],
  ['Dhu al-Hijjah', 'Dhu al-Hijja', 'Dhul Hijjah', 'Dhul-Hijjah', 'Dhu’l-Hijjah', "Dhu'l-Hijjah", 'Zul Hijjah', 'Zul-Hijjah'],
];

/** Each spelling in lower case (the pattern ignores case: `SHAWWAL 24`, `Jumada Al-Akhirah`). */
const MONTH_NUMBER = new Map(MONTHS.flatMap((spellings, i) => spellings.map((s) => [s.toLowerCase(), i + 1] as [string, number])));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
const SP = '[ \\u00a0]';
/** A day, maybe ordinal (`20th`), as the named group `name`. */
const day = (name: string): string => `(?<${name}>\\d{1,2})(?:st|nd|rd|th)?`;
/** A day and maybe the last of a range in one month (`24`, `1-3`). */
const days = (first: string, last: string): string => `${day(first)}(?:${SP}*[-\u2013]${SP}*${day(last)})?`;
/** Between the first and the last day of a span across months (`29 Ramadan to 2 Shawwal 1447`). */
const SPAN_LINK = `(?:${SP}*[-\u2013]${SP}*|${SP}+(?:to|until|till|through)${SP}+)`;

/**
 * A day (or a range of two) and a month in either order, then a year of the 14th or 15th Hijri century (a year is required:
 * `Ramadan 15 people` is no date), maybe `AH` or `H.`; a day and its month may open a span to a day of a later month
 * (`29 Ramadan to 2 Shawwal 1447 AH`).
 */
const HIJRI_DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${day('fromDay')}${SP}+(?<fromMonth>${MONTH})${SPAN_LINK})?${days('day', 'lastDay')}${SP}+(?<month>${MONTH}),?|` +
    `(?<monthFirst>${MONTH})${SP}+${days('dayAfter', 'lastDayAfter')},?)${SP}+(?<year>1[34]\\d\\d)` +
    `(?:${SP}*(?:AH|A\\.H\\.|H\\.?)(?![\\p{L}]|\\.\\p{L}))?(?![\\p{L}\\d])`,
  'giu',
);

/** What follows a full stop that ends a sentence: a capital, or the end of the text. */
const SENTENCE_GOES_ON = /^\s*(?:[A-Z]|$)/;

/** A year of the 14th or 15th Hijri century anywhere in the text: a test much cheaper than the months' names, run first. */
const HIJRI_YEAR_HINT = /1[34]\d\d/;
/** A cheap test for any month's name before the full pattern runs. */
const HIJRI_HINT = /muharr?am|safar|rabi|jumada|rajab|sha.?a?ban|rama[dz]h?an|shaww?al|dhu|zul/i;

/** Made on first need: a Hijri date is rare, and the formatter costs milliseconds to build. */
let ummAlQuraFormatter: Intl.DateTimeFormat | null | undefined;

function ummAlQuraFormat(): Intl.DateTimeFormat | null {
  try {
    const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    return format.resolvedOptions().calendar === 'islamic-umalqura' ? format : null;
  } catch {
    return null;
  }
}

const DAY_MS = 86_400_000;
/** Days from 1970-01-01 back to 1 Muharram 1 AH in the tabular calendar (16 July 622, Julian). */
const TABULAR_EPOCH = -492_148;

/** The Gregorian day (days since 1970-01-01) of a Hijri date, by the tabular calendar. */
function tabularDay(year: number, month: number, day: number): number {
  return TABULAR_EPOCH + day - 1 + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30);
}

/** The Umm al-Qura date of a Gregorian day, as `[year, month, day]`. */
function ummAlQura(format: Intl.DateTimeFormat, days: number): [number, number, number] {
  const parts = format.formatToParts(new Date(days * DAY_MS));
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

/** Most days the Umm al-Qura calendar and the tabular one differ by. */
const MAX_SHIFT = 3;

/** The Gregorian day of a Hijri date, or undefined when the month has no such day. */
export function hijriToDays(year: number, month: number, day: number): number | undefined {
  if (day < 1 || day > 30) return undefined;
  const estimate = tabularDay(year, month, day);
  const format = (ummAlQuraFormatter ??= ummAlQuraFormat());
  if (format === null) return day === 30 && tabularDay(year, month + 1, 1) === estimate ? undefined : estimate;
  for (let shift = 0; shift <= MAX_SHIFT; shift++) {
    for (const days of shift === 0 ? [estimate] : [estimate - shift, estimate + shift]) {
      const [y, m, d] = ummAlQura(format, days);
      if (y === year && m === month && d === day) return days;
    }
  }
  return undefined;
}

/**
 * The Hijri dates of `body` as calendar candidates of the Gregorian day (or days, in one year) they name, in order; with a
 * stamp's day (days since 1970), a day and month with no year too.
 */
export function hijriCandidates(body: string, stampDay?: number): DateCandidate[] {
  if (!HIJRI_YEAR_HINT.test(body) || !HIJRI_HINT.test(body)) return [];
  const found: DateCandidate[] = [];
  const years: number[] = [];
  HIJRI_DATE.lastIndex = 0;
  for (let m = HIJRI_DATE.exec(body); m !== null; m = HIJRI_DATE.exec(body)) {
    const candidate = hijriCandidate(body, m);
    if (candidate !== undefined) {
      found.push(candidate);
      years.push(Number(m.groups!.year));
    // (`from 5 Shawwal to 2 Ramadan 1447`: no span, but the date after its link may stand alone.)
    } else if (m.groups!.fromDay !== undefined) HIJRI_DATE.lastIndex = m.index + SPAN_OPENING.exec(m[0])![0].length;
  }
  return found.length === 0 || stampDay === undefined ? found : withYearlessDays(body, found, years, stampDay);
}

/**
 * `ahead of the Day of Arafah on Tuesday, 9 Dhu al-Hijjah`: a day and a Hijri month with no year, after a preposition or a
 * comma, in an article that writes a Hijri date with its year, takes the year written last before it (see `writtenYear`),
 * else it is the one nearest the stamp (`born on 12 Rabi
 * al-Awwal 1380 … on 12 Rabi al-Awwal`); not a span's first end, whose year may be the one before (`from 5 Shawwal to 2
 * Ramadan 1447`).
 */
const YEARLESS_HIJRI = new RegExp(`(?<=(?:\\b(?:on|from|until|till|to|by|before|after)|,)${SP}+)${day('day')}${SP}+(?<month>${MONTH})(?![\\p{L}\\d]|${SP}*,?${SP}*\\d|${SPAN_LINK}\\d)`, 'giu');

/**
 * The Hijri year written with the date `before` that a day with no year at `at` takes: the stamp's year or the next anywhere
 * before it (`on 1 Ramadan 1448 … It meets again on 29 Ramadan`), the year before only in its sentence (`fell on 9 Dhu
 * al-Hijjah 1446, and Eid began on 10 Dhu al-Hijjah`; not `Last year's Eid on 1 Shawwal 1446 … This year, … on 1 Shawwal`).
 */
function writtenYear(body: string, before: DateCandidate, written: number, at: number, stampYear: number): number | undefined {
  if (written === stampYear || written === stampYear + 1) return written;
  return written === stampYear - 1 && at - before.end <= SAME_SENTENCE && !SENTENCE_END.test(body.slice(before.end, at)) ? written : undefined;
}

/** Most characters between a written Hijri year and a day of its sentence with none. */
const SAME_SENTENCE = 300;
const SENTENCE_END = /[.!?]\s/;

function withYearlessDays(body: string, found: DateCandidate[], years: number[], stampDay: number): DateCandidate[] {
  const added: DateCandidate[] = [];
  const year = hijriYearOf(stampDay);
  let next = 0;
  for (const m of body.matchAll(YEARLESS_HIJRI)) {
    // (Both in order: the dates with a year read already are passed once.)
    while (next < found.length && found[next].end <= m.index) next++;
    if (next < found.length && found[next].start <= m.index) continue;
    const [month, dayOfMonth] = [MONTH_NUMBER.get(m.groups!.month.toLowerCase())!, Number(m.groups!.day)];
    const written = next > 0 ? writtenYear(body, found[next - 1], years[next - 1], m.index, year) : undefined;
    const tried = written !== undefined ? [written] : [year - 1, year, year + 1];
    const days = tried.map((y) => hijriToDays(y, month, dayOfMonth)).filter((d): d is number => d !== undefined);
    if (days.length === 0) continue;
    const nearest = days.reduce((a, b) => (Math.abs(b - stampDay) < Math.abs(a - stampDay) ? b : a));
    const date = new Date(nearest * DAY_MS);
    added.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

/** The Hijri year of a Gregorian day (days since 1970): Umm al-Qura's where the runtime knows it, else the tabular one's. */
function hijriYearOf(days: number): number {
  const format = (ummAlQuraFormatter ??= ummAlQuraFormat());
  return format === null ? Math.floor(((days - TABULAR_EPOCH) * 30) / 10_631) + 1 : ummAlQura(format, days)[0];
}

/** The opening day, month and link of a span across months. */
const SPAN_OPENING = new RegExp(`^${day('fromDay')}${SP}+(?:${MONTH})${SPAN_LINK}`, 'iu');

/** The calendar candidate of one match of `HIJRI_DATE`, or undefined where it names no day of one Gregorian year. */
function hijriCandidate(body: string, m: RegExpExecArray): DateCandidate | undefined {
  const g = m.groups!;
  const dayFirst = g.day !== undefined;
  const month = MONTH_NUMBER.get((g.month ?? g.monthFirst).toLowerCase())!;
  const [day, lastDay] = dayFirst ? [g.day, g.lastDay] : [g.dayAfter, g.lastDayAfter];
  const year = Number(g.year);
  const after = m.index + m[0].length;
  // (`on Ramadan 2, 1350 families received …`: a count, not a year, where no era follows.)
  if (!dayFirst && !/[Hh]\.?$/.test(m[0]) && isCountAfter(body, after)) return undefined;
  // (A span across months opens with its own day and month: `29 Ramadan to 2 Shawwal 1447`.)
  const first = hijriToDays(year, g.fromMonth === undefined ? month : MONTH_NUMBER.get(g.fromMonth.toLowerCase())!, Number(g.fromDay ?? day));
  const lastOf = g.fromDay === undefined ? lastDay : day;
  const last = lastOf === undefined ? first : hijriToDays(year, month, Number(lastOf));
  if (first === undefined || last === undefined || last < first) return undefined;
  const [from, to] = [new Date(first * DAY_MS), new Date(last * DAY_MS)];
  if (from.getUTCFullYear() !== to.getUTCFullYear()) return undefined;
  const range = last > first ? { lastDay: to.getUTCDate(), lastMonth: to.getUTCMonth() === from.getUTCMonth() ? undefined : to.getUTCMonth() + 1 } : {};
  // (`… 1447 H. The …`: the full stop after `H` ends the sentence, not the date.)
  const end = after - (m[0].endsWith(' H.') && SENTENCE_GOES_ON.test(body.slice(after)) ? 1 : 0);
  return { kind: 'calendar', start: m.index, end, year: from.getUTCFullYear(), month: from.getUTCMonth() + 1, day: from.getUTCDate(), ...range };
}

/**
 * Adds the Hijri dates to the candidates `found` (in order), in place of those read inside them (`24`, `1447`); not where
 * another candidate reaches out of one.
 */
export function withHijriDates(body: string, found: DateCandidate[], stampDay?: number): DateCandidate[] {
  const hijri = hijriCandidates(body, stampDay);
  if (hijri.length === 0) return found;
  const crosses = (h: DateCandidate) => found.some((c) => c.start < h.end && h.start < c.end && (c.start < h.start || c.end > h.end));
  const kept = hijri.filter((h) => !crosses(h));
  const inside = (c: DateCandidate) => kept.some((h) => h.start <= c.start && c.end <= h.end);
  return kept.length === 0 ? found : [...found.filter((c) => !inside(c)), ...kept].sort((a, b) => a.start - b.start);
}
