/**
 * Dates of the Hijri calendar (`24 Shawwal 1447`, `Shawwal 24, 1447 AH`), as Gulf and Middle Eastern agencies write
 * them in datelines, read as the Gregorian day they name (the Umm al-Qura calendar where the runtime knows it, else the
 * tabular one, a day off at most).
 */
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
  ['Dhu al-Qadah', 'Dhu al-Qidah', 'Dhu al-Qi’dah', "Dhu al-Qi'dah", 'Dhu al-Qa’dah', "Dhu al-Qa'dah", 'Dhul Qadah', 'Dhul-Qadah', 'Dhul Qidah', 'Dhul-Qidah', 'Zul Qadah', 'Zul-Qadah'],
  ['Dhu al-Hijjah', 'Dhu al-Hijja', 'Dhul Hijjah', 'Dhul-Hijjah', 'Dhu’l-Hijjah', "Dhu'l-Hijjah", 'Zul Hijjah', 'Zul-Hijjah'],
];

/** Each spelling in lower case (the pattern ignores case: `SHAWWAL 24`, `Jumada Al-Akhirah`). */
const MONTH_NUMBER = new Map(MONTHS.flatMap((spellings, i) => spellings.map((s) => [s.toLowerCase(), i + 1] as [string, number])));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH = `(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
/** A day, maybe ordinal (`20th`). */
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * A day (or a range of two) and a month in either order, then a year of the 14th or 15th Hijri century (a year is required:
 * `Ramadan 15 people` is no date), maybe `AH` or `H.`. Groups: 1 day, 2 last day,
 * 3 month; or 4 month, 5 day, 6 last day; then 7 year.
 */
const HIJRI_DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:${DAY}(?:[ \\u00a0]*[-\u2013][ \\u00a0]*${DAY})?[ \\u00a0]+${MONTH},?|${MONTH}[ \\u00a0]+${DAY}(?:[ \\u00a0]*[-\u2013][ \\u00a0]*${DAY})?,?)[ \\u00a0]+(1[34]\\d\\d)` +
    `(?:[ \\u00a0]*(?:AH|A\\.H\\.|H\\.?)(?![\\p{L}]|\\.\\p{L}))?(?![\\p{L}\\d])`,
  'giu',
);
/** A plural noun right after a number, which it counts (`1350 families`; not `was`, `has`). */
const COUNTED_AFTER = /^[ \u00a0]+(?!(?:was|has|is|does|goes|as|its|his|this|thus|plus|less|across|towards)\b)[a-z]{2,}s\b/;
const COUNTED_READ = 24;

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

/** The Hijri dates of `body` as calendar candidates of the Gregorian day (or days, in one year) they name, in order. */
export function hijriCandidates(body: string): DateCandidate[] {
  if (!HIJRI_YEAR_HINT.test(body) || !HIJRI_HINT.test(body)) return [];
  const found: DateCandidate[] = [];
  for (const m of body.matchAll(HIJRI_DATE)) {
    const dayFirst = m[1] !== undefined;
    const month = MONTH_NUMBER.get((dayFirst ? m[3] : m[4]).toLowerCase())!;
    const [day, lastDay] = dayFirst ? [m[1], m[2]] : [m[5], m[6]];
    const year = Number(m[7]);
    // (`on Ramadan 2, 1350 families received …`: a count, not a year, where no era follows.)
    if (!dayFirst && !/[Hh]\.?$/.test(m[0]) && COUNTED_AFTER.test(body.slice(m.index + m[0].length, m.index + m[0].length + COUNTED_READ))) continue;
    const first = hijriToDays(year, month, Number(day));
    const last = lastDay === undefined ? first : hijriToDays(year, month, Number(lastDay));
    if (first === undefined || last === undefined || last < first) continue;
    const [from, to] = [new Date(first * DAY_MS), new Date(last * DAY_MS)];
    if (from.getUTCFullYear() !== to.getUTCFullYear()) continue;
    const range = last > first ? { lastDay: to.getUTCDate(), lastMonth: to.getUTCMonth() === from.getUTCMonth() ? undefined : to.getUTCMonth() + 1 } : {};
    // (`… 1447 H. The …`: the full stop after `H` ends the sentence, not the date.)
    const end = m.index + m[0].length - (m[0].endsWith(' H.') && SENTENCE_GOES_ON.test(body.slice(m.index + m[0].length)) ? 1 : 0);
    found.push({ kind: 'calendar', start: m.index, end, year: from.getUTCFullYear(), month: from.getUTCMonth() + 1, day: from.getUTCDate(), ...range });
  }
  return found;
}

/**
 * Adds the Hijri dates to the candidates `found` (in order), in place of those read inside them (`24`, `1447`); not where
 * another candidate reaches out of one.
 */
export function withHijriDates(body: string, found: DateCandidate[]): DateCandidate[] {
  const hijri = hijriCandidates(body);
  if (hijri.length === 0) return found;
  const crosses = (h: DateCandidate) => found.some((c) => c.start < h.end && h.start < c.end && (c.start < h.start || c.end > h.end));
  const kept = hijri.filter((h) => !crosses(h));
  const inside = (c: DateCandidate) => kept.some((h) => h.start <= c.start && c.end <= h.end);
  return kept.length === 0 ? found : [...found.filter((c) => !inside(c)), ...kept].sort((a, b) => a.start - b.start);
}
