/**
 * Quarters, halves and runs of months or quarters of a year (`Q1 2025`, `the first half of 2023`, `the second
 * quarter of next year`, `the first nine months of 2025`, `the last two months of 2024`, `the first three quarters of 2025`,
 * `the first month of last year`, `the final quarter of 2024`):
 * a range of months, read over the year they name (a written one, or `this`/`next`/`last year`).
 */
import { matchAt, sentenceAround, tenseAround } from './date-context';
import { SCORE, YEAR_PART_BEFORE } from './date-patterns';
import type { DateCandidate } from './date-resolve';
import { COUNT_WORDS, MONTHS } from '../data/date-words';

/** Ordinals of a quarter or a half (`the latter half` is the second). */
export const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, latter: 2 };

/** The quarter or half written right before a year candidate, as a candidate over both; else the year itself. */
function widened(body: string, c: DateCandidate): DateCandidate {
  const year = c.kind === 'years' && c.first === c.last ? c.first : undefined;
  const offset = c.kind === 'relative' && c.unit === 'year' ? c.offset : undefined;
  const part = year === undefined && offset === undefined ? undefined : partBefore(body, c.start);
  if (!part) return c;
  return { kind: 'part', start: c.start - part.length, end: c.end, year, offset: offset ?? 0, firstMonth: part.months[0], lastMonth: part.months[1] };
}

/** The quarter, half or run of months written right before the year at `at`: its length and the months it names. */
function partBefore(body: string, at: number): { length: number; months: [number, number] } | undefined {
  if (!mayFollowPart(body, at)) return undefined;
  const m = matchAt(YEAR_PART_BEFORE, body, at);
  const months = m ? monthsOf(m) : undefined;
  return m && months ? { length: m[1].length, months } : undefined;
}

/**
 * A quarter, a half or a run of months is written right before the year at `at` (`the first two months of 2026 residents`):
 * the number is that year, even before a noun that would make it a count.
 */
export function followsYearPart(body: string, at: number): boolean {
  return partBefore(body, at) !== undefined;
}

/** The first and last month a match of `YEAR_PART_BEFORE` names; nothing for a third half. */
function monthsOf(m: RegExpExecArray): [number, number] | undefined {
  const [ordinal, part, end, count, unit, letter] = [m[2], m[3], m[4], m[5], m[6], m[7]].map((g) => g?.toLowerCase());
  if (m[9]) return [1, Number(m[9])];
  if (unit) {
    // `the months of 2025` and `the first months of 1992` name no part of it; `the first month of`, `the last quarter of` one.
    if (!count && (!end || unit.endsWith('s'))) return undefined;
    return monthsRun(end, count, unit);
  }
  const number = ordinal ? ORDINALS[ordinal] : Number(m[8]);
  // `the second semester of 2026`: a half-year, as Spanish-speaking writers name it.
  const half = part === 'half' || part === 'semester' || letter === 'h';
  if (half && number > 2) return undefined;
  const months = half ? 6 : 3;
  return [(number - 1) * months + 1, number * months];
}

/**
 * A space after `of`, `the`, `half`, `quarter` or `semester` (`the first quarter next year`), a quarter's digit (`Q1`) or
 * a period's `M` (`9M`) before `at`, in any case: a cheap test before the pattern's.
 */
function mayFollowPart(body: string, at: number): boolean {
  const last = body.charCodeAt(at - 2) | 0x20;
  const period = last === 0x6d && body.charCodeAt(at - 3) >= 0x30 && body.charCodeAt(at - 3) <= 0x39;
  return body.charCodeAt(at - 1) === 0x20 && (last === 0x66 || last === 0x65 || last === 0x72 || period || (last >= 0x31 && last <= 0x34));
}

/** Widens, in place, each year candidate that a quarter or half is written before, and each month one a half is. */
export function widenToYearParts(body: string, found: DateCandidate[]): DateCandidate[] {
  for (let i = 0; i < found.length; i++) found[i] = withMonthsHalf(body, widened(body, found[i]));
  return found;
}

/** `the first half of May`, `the second half of April 2026`: a month alone after its half's words, as the half's days. */
function withMonthsHalf(body: string, c: DateCandidate): DateCandidate {
  if (c.kind !== 'calendar' || c.day !== undefined || c.nthWeekday !== undefined || c.qualifier !== undefined || body.charCodeAt(c.start - 1) !== 0x20) return c;
  // (Not a range of months: `the second half of April-May` is a half of the two.)
  if (RANGE_AFTER.test(body.slice(c.end, c.end + RANGE_READ))) return c;
  const m = MONTHS_HALF_BEFORE.exec(body.slice(Math.max(0, c.start - MAX_BEFORE_MONTH), c.start));
  const half = m ? ORDINALS[m[1].toLowerCase()] : undefined;
  return half === 1 || half === 2 ? { ...c, start: c.start - m![0].length + m![0].indexOf(m![1]), half } : c;
}

/** A half's words right before a month, after `the`, in any case (`in the second half of April`, `The 2nd Half of May`). */
const MONTHS_HALF_BEFORE = /(?:^|[^\p{L}\d-])the[ \u00a0]+(first|second|latter|1st|2nd)[ \u00a0]+half[ \u00a0]+of[ \u00a0]+$/iu;
/** A dash right after a month, or a spaced one, going on to another month (not one opening an aside: `May – the …`). */
const RANGE_AFTER = new RegExp(`^ ?[-–—] ?(?:${MONTHS.flatMap((m) => [m.name, ...m.abbreviations]).join('|')})(?![a-z])`);
/** Characters read after a month for a range's dash and next month. */
const RANGE_READ = 14;
/** Characters read before a month for its half's words. */
const MAX_BEFORE_MONTH = 28;

/**
 * A quarter's or a half's words, found cheaply (case-sensitive: `q2` is no quarter's name); the context patterns below judge
 * each. Groups: 1 the ordinal, 2 what joins it, 3 `quarter` or `half`, 4 a `Q`'s digit, 5 the month a quarter ends in
 * (`the December quarter`, as Australia counts them), 6 `first` or `last` before a run of months or quarters, 7 how many,
 * 8 `months` or `quarters` (`the first eleven months of the year`).
 */
const PART_WORDS = /([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th|[Ll]atter)([ \u00a0-])([Qq]uarter|[Hh]alf)|Q([1-4])|(March|June|September|December)[ \u00a0]quarter|([Ff]irst|[Ll]ast|[Ff]inal)[ \u00a0]+([Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[2-9]|1[01])[ \u00a0]+([Mm]onths|[Qq]uarters)/g;
const QUARTER_END_MONTHS: Readonly<Record<string, number>> = { March: 1, June: 2, September: 3, December: 4 };
/**
 * What every match of PART_WORDS holds: a test an order of magnitude faster over a body that has none (a run of months'
 * words by a plain search: one more alternative made the pattern twice as slow). A half's word after its space or hyphen:
 * `on behalf of` is common.
 */
const PART_HINT = /uarter|[ \u00a0-][Hh]alf|Q[1-4]/;
const MONTHS_HINT = 'onths of the';
/** What may go before `the first quarter` (`the`, `the end of the`) and before `Q3` (a preposition), and no word's letter. */
const ORDINAL_BEFORE = /(?:^|[^\p{L}\d-])(?:[Tt]he|[Tt]he end of)[ \u00a0]$/u;
const LETTER_BEFORE = /[\p{L}\d-]$/u;
const Q_BEFORE = /(?:^|[^\p{L}\d-])(?:in|by|for|during|until|till|from|since|before|after|through|of|than|to|and|or|with|versus|vs\.)[ \u00a0]$/iu;
/** What may not follow a quarter: more of a word, or `of` (`the first quarter of the 20th century`), `century`, `final`. */
const NOT_AFTER = /[\p{L}\d'’-]|[ \u00a0]+(?:of|century|final|finals|mile|moon)(?!\p{L})/uy;
/**
 * `the second half of the year`, `the first quarter of the current year`, a title-case headline's `the First Half of the Year`:
 * the year of the sentence's time, no other named.
 */
const OF_THE_YEAR = /[ \u00a0]+[Oo]f[ \u00a0]+[Tt]he[ \u00a0]+(?:[Cc]urrent[ \u00a0]+)?[Yy]ear(?![\p{L}\d'’-]|[ \u00a0]+[Bb]efore)/uy;
/** Characters read before a quarter for what opens it. */
const MAX_BEFORE = 12;

/** The part of a year the words matched at `m` name in their context, ending at `end`, as its first and last month. */
function partAt(body: string, m: RegExpExecArray, end: number): [number, number] | undefined {
  const start = m.index;
  const before = body.slice(Math.max(0, start - MAX_BEFORE), start);
  NOT_AFTER.lastIndex = end;
  if (NOT_AFTER.test(body)) return undefined;
  if (m[4] !== undefined) return Q_BEFORE.test(before) ? quarterMonths(Number(m[4])) : undefined;
  if (m[5] !== undefined) return ORDINAL_BEFORE.test(before) ? quarterMonths(QUARTER_END_MONTHS[m[5]]) : undefined;
  if (m[6] !== undefined) return ORDINAL_BEFORE.test(before) ? runOfMonths(m[6], m[7], m[8]) : undefined;
  const opens = m[2] === '-' ? !LETTER_BEFORE.test(before) : ORDINAL_BEFORE.test(before);
  const number = ORDINALS[m[1].toLowerCase()];
  if (!opens) return undefined;
  return m[3].toLowerCase() === 'half' ? (number <= 2 ? [6 * number - 5, 6 * number] : undefined) : quarterMonths(number);
}

/** `the first nine months`, `the last quarter`, `the first three quarters` (nine months): the run's first and last month. */
function monthsRun(end: string | undefined, count: string | undefined, unit: string): [number, number] | undefined {
  const months = (count ? COUNT_WORDS[count] ?? Number(count) : 1) * (unit.startsWith('quarter') ? 3 : 1);
  if (months > 12) return undefined;
  return end === 'last' || end === 'final' ? [13 - months, 12] : [1, months];
}

/** `first eleven months`, `last two quarters` with no year after them: the run, if it is shorter than the year. */
function runOfMonths(end: string, count: string, unit: string): [number, number] | undefined {
  const run = monthsRun(end.toLowerCase(), count.toLowerCase(), unit.toLowerCase());
  return run !== undefined && run[1] - run[0] < 11 ? run : undefined;
}

function quarterMonths(number: number): [number, number] {
  return [3 * number - 2, 3 * number];
}

/** Most characters read on after the window of a sentence for another year it names. */
const OTHER_YEAR_READ = 400;

/**
 * The sentence of a half ending at `end` names another year, maybe past the window `sentence` holds (`… for the second half
 * of the year, including …, and the Congress on 10-11 June next year`).
 */
function namesOtherYear(body: string, sentence: string, end: number): boolean {
  if (OTHER_YEAR.test(sentence)) return true;
  const rest = body.slice(end, end + OTHER_YEAR_READ);
  const stop = rest.search(/[.!?](?:\s|$)|\n/);
  return OTHER_YEAR.test(stop < 0 ? rest : rest.slice(0, stop));
}

/** Words of a plan or forecast, whose run of months is still to come (`plans to attract … in the first six months of the year`). */
const PLANNED = /\b(?:plans?|planned|expects?|expected|forecasts?|forecast|targets?|aims?|projected|will|intends?)\b/i;

/** Another year a sentence names, whose year `the second half of the year` may be (`Exports fell last year, mostly in …`). */
const OTHER_YEAR = /\b(?:[Ll]ast|[Nn]ext|[Pp]revious|[Cc]oming) year\b|\byear before\b/;
/**
 * A year, a game's score or points, a school's term (`Classes in the fourth quarter resume …`) or a journal's quartile
 * (`in Q1 and Q2 quartiles of Web of Science`) in the sentence.
 */
const NOT_YEARLESS = new RegExp([
  String.raw`(?<!\d)(?:1[89]|20)\d\d(?!\d)|FY`,
  String.raw`\b(?:points|scored|led by|won by|trailed|overtime|half-?time|basketball)\b|` + SCORE,
  String.raw`\b(?:[Cc]lasses|[Pp]upils|school (?:term|quarter|year))\b`,
  String.raw`\b(?:[Jj]ournals?|[Qq]uartiles?|Scopus|Web of Science)\b`,
].join('|'));
/**
 * `in the third quarter`, `fourth-quarter growth`, `by the end of Q3`, `in the second half of the year`: a quarter (or a half
 * with `of the year`) with no year written after it, which takes the stamp's year, as a month alone does (the tense of a sentence says little: `discussed the schedule for the second
 * quarter`, `instructed … to report in the third quarter`). Not `the first quarter of the 20th century`, a quarter-final, a
 * journal's quartile (`Q1 journals`, `ranked Q1`), a game's or a school's quarter, `a quarter century`, nor one in a
 * sentence that writes a year, whose quarters may be that year's (`in Q3 and Q4 2024`, `third-quarter 2025 results`,
 * `from 1.3% in Q3`, `In 2025 the economy grew 6.2%, … in the fourth quarter`).
 *
 * Adds them, in order, where no other candidate covers them.
 */
export function withYearlessQuarters(body: string, found: DateCandidate[]): DateCandidate[] {
  if (!PART_HINT.test(body) && !body.includes(MONTHS_HINT)) return found;
  PART_WORDS.lastIndex = 0;
  const added: DateCandidate[] = [];
  let next = 0;
  let m: RegExpExecArray | null;
  while ((m = PART_WORDS.exec(body)) !== null) {
    const start = m.index;
    OF_THE_YEAR.lastIndex = start + m[0].length;
    // (A half or a run of months only with its year's words: `the second half` alone is as often a match's, `the last two
    // months` the time up to now.)
    const ofTheYear = OF_THE_YEAR.test(body);
    if (!ofTheYear && (m[6] !== undefined || (m[3] !== undefined && m[3].toLowerCase() === 'half'))) continue;
    const end = ofTheYear ? OF_THE_YEAR.lastIndex : start + m[0].length;
    // `found` is in order: a cursor finds the candidates near this one.
    while (next < found.length && found[next].end <= start) next++;
    if (next < found.length && found[next].start < end) continue;
    const months = partAt(body, m, end);
    const sentence = months === undefined ? '' : sentenceAround(body, start, end);
    if (months === undefined || NOT_YEARLESS.test(sentence) || (ofTheYear && namesOtherYear(body, sentence, end))) continue;
    // (`grew in the first eleven months of the year`, `exports for the first eleven months of the year amount to …`: a run
    // from January has elapsed, unless it is told as to come or planned.)
    const elapsed = m[6] !== undefined && months[0] === 1 && tenseAround(body, start) < 1 && !PLANNED.test(sentence);
    added.push({ kind: 'part', start, end, offset: 0, firstMonth: months[0], lastMonth: months[1], elapsed });
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}
