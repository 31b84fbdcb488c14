/**
 * Checks on the words around a date candidate: whether a number is a year or
 * a quantity, whether a year or weekday belongs to a name, and whether a bare
 * weekday lies in the past or the future of the article.
 */
import { COUNTED_BEINGS, DAY_WORD_VERBS, FUTURE_CUES, NOT_PAST_ED, PAST_CUES } from '../data/date-words';
import { ABBREVIATED_GIVEN_NAMES } from '../data/name-particles';
import { HEADLINE_PLURAL_VERBS, HEADLINE_VERBS } from '../data/name-stopwords';
import {
  DEADLINE_BEFORE, NAME_EXEMPT, NUMBER_AFTER, NUMBER_BEFORE, NUMBER_LABEL_SET, QUANTITY_SET, WORD_AFTER, WORD_BEFORE,
} from './date-patterns';

/** Runs a sticky pattern at `at`; the match or null. */
export function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Whether a sticky pattern matches at `at`; cheaper than `matchAt`, as it builds no match object. */
export function testAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** The text of the sentence before `at` (after the last full stop or line break), read back at most `read` characters. */
export function sentenceBefore(body: string, at: number, read: number): string {
  const lead = body.slice(Math.max(0, at - read), at);
  return lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n')) + 1);
}

export const isCapitalised = (word: string): boolean => word[0] >= 'A' && word[0] <= 'Z';

/**
 * A capitalised word other than a preposition and the like stands right before: `Expo 2017`, `Black Friday`;
 * not a possessive, whose year qualifies the noun after it (`Japan's 2026 budget`, `the Philippines' 2026 chairmanship`).
 */
export function followsName(text: string, start: number): boolean {
  const word = matchAt(WORD_BEFORE, text, start)?.[1];
  return word !== undefined && isCapitalised(word) && !NAME_EXEMPT.has(word.toLowerCase()) && !POSSESSIVE_END.test(word) && !endsSentence(text, start, word);
}

/** `… met Siti Hajar Ismail. Tomorrow the Ambassador will …`: a full stop after a word longer than an abbreviation ends a sentence. */
function endsSentence(text: string, start: number, word: string): boolean {
  let k = start - 1;
  while (k > 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  return text[k] === '.' && word.length > MAX_ABBREVIATION;
}

/** Longest word whose full stop may mark an abbreviation (`Co.`, `Inc.`, `Corp.`). */
const MAX_ABBREVIATION = 4;

const POSSESSIVE_END = /(?:['\u2019]s|s['\u2019])$/;

/** `Round Table to Be Held Tomorrow`, `Forum Opens Today`: a headline's verb stands right before (not `Kazakhstan Today`). */
export function followsHeadlineVerb(text: string, start: number): boolean {
  const word = matchAt(WORD_BEFORE, text, start)?.[1];
  return word !== undefined && VERBS_BEFORE_DAY_WORDS.has(word.toLowerCase());
}

const VERBS_BEFORE_DAY_WORDS: ReadonlySet<string> = new Set([...HEADLINE_VERBS, ...DAY_WORD_VERBS]);

/**
 * What follows a number ending at `end` makes it a quantity or part of a longer number: `2025 tons`, `2025 123`.
 * `nouns: false` reads only a number after it, for a deadline's year before a noun (`by 2040 people aged 65 …`).
 */
export function isQuantityAfter(text: string, end: number, nouns = true): boolean {
  if (testAt(NUMBER_AFTER, text, end) || testAt(OTHER_ERA_AFTER, text, end) || (testAt(LATE_ERA_YEAR, text, end - 4) && testAt(ANY_ERA_AFTER, text, end))) return true;
  if (isMeasureCompound(text, end)) return true;
  if (!nouns) return false;
  const word = matchAt(WORD_AFTER, text, end);
  const after = word?.[1];
  // (`the 2025 G7 summit`: one capital glued to a number names a group, not grams; `M3` and `KM2` are units still.)
  if (after === undefined || (after.length === 1 && GROUP_LETTER.test(after) && isDigit(text.charCodeAt(word!.index + word![0].length)))) return false;
  return (QUANTITY_SET.has(after.toLowerCase()) && !isEventAfterYear(text, end)) || countsBeings(text, end, word!) || countsNewOnes(text, end);
}

/** `new`, `additional` or `more` and a quantity's noun after a number. */
const MORE_OF_AFTER = /^[ \u00a0]+(?:new|additional|more|extra)[ \u00a0]+([a-z]+)/;
/** What may go right before a number that `new` and a quantity's noun then count: a place's `where`, or a verb of making. */
const NEW_ONES_LEADS: ReadonlySet<string> = new Set([
  'where', 'create', 'creates', 'build', 'builds', 'built', 'open', 'opens', 'employ', 'employs', 'hire', 'hires', 'add', 'adds', 'provide', 'provides',
  'receive', 'receives', 'get', 'gets', 'got', 'purchase', 'purchases', 'buy', 'buys', 'bought', 'make', 'makes', 'made', 'install', 'installs',
]);

/**
 * `where 2000 new workplaces will be created`, `to create 2000 new jobs`, `about 2000 new houses`: a number before `new` and
 * a quantity's noun counts after a quantifier, `where` or a verb of making (not `In 2000 new laws`, `Since the beginning of
 * 2026 new …`, `In 2023-2025 new …`, `For 2026 new projects`).
 */
function countsNewOnes(text: string, end: number): boolean {
  const noun = MORE_OF_AFTER.exec(text.slice(end, end + BEINGS_READ * 2))?.[1];
  if (noun === undefined || !(QUANTITY_SET.has(noun) || COUNTED_BEINGS_SET.has(noun))) return false;
  let start = end;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  const before = text.slice(Math.max(0, start - BEINGS_READ), start);
  const lead = LOWER_WORD_BEFORE.exec(before)?.[1];
  return QUANTIFIER_BEFORE.test(before) || (lead !== undefined && (NEW_ONES_LEADS.has(lead) || (lead.length > 4 && lead.endsWith('ed'))));
}

const COUNTED_BEINGS_SET: ReadonlySet<string> = new Set(COUNTED_BEINGS);
/** How far back a quantifier or a verb before a number is read. */
const BEINGS_READ = 24;
const QUANTIFIER_BEFORE = /(?:^|[^A-Za-z])(?:up to|about|around|over|more than|less than|fewer than|nearly|almost|some|roughly|approximately|at least|only|just|exactly|as many as|a total of|close to)[ \u00a0]+$/i;
/** A lower-case word before a number (not the `s` of a possessive: `Kazakhstan's 2025 cattle census`). */
const LOWER_WORD_BEFORE = /(?:^|[^A-Za-z'\u2019])([A-Za-z][a-z]*)[ \u00a0]+$/;
/** Prepositions, articles and possessives after which a year describes its noun (`From 2027 passengers`, `its 2026 aircraft`). */
const YEARS_LEADS: ReadonlySet<string> = new Set([
  'from', 'in', 'during', 'after', 'before', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'since', 'by', 'until', 'till', 'early',
  'late', 'mid', 'between', 'within', 'throughout', 'starting', 'beginning',
]);
/**
 * Words after which a modern year describes the plural but an older-looking number counts it (`In spring 2026 farmers`,
 * `Beyond 2030 farmers`; `In summer 1900 passengers a day`, `This year 1800 pilgrims`).
 */
const MODERN_YEARS_LEADS: ReadonlySet<string> = new Set([
  'through', 'towards', 'toward', 'effective', 'year', 'beyond', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);
/** The first year such leads take as a year. */
const MODERN_LEAD_YEAR = 1990;
/**
 * `By the end of 2026 farmers`, `As of 2026 farmers`, `Prior to 2024 farmers`: an `of` or `to` after a word of time, after
 * which a year describes the plural (not `a total of 1950 pilgrims`, `grew to 1900 passengers`); so do `now and` and `mid-`.
 */
const TIMES_LINK_BEFORE = /(?:^|[^A-Za-z])(?:(?:end|beginning|start|middle|course|summer|spring|autumn|fall|winter|as|ahead) of|(?:prior|due) to|now and|mid-)[ \u00a0]*$/i;
/**
 * Links that take only a modern year, as those leads do, and a sentence's opening `For` (`Compared with 2025 farmers`, `For
 * 2026 farmers`; `compared with 1950 patients`, `For 1850 pilgrims`; `flights for 1850 pilgrims` counts whatever the year).
 */
const MODERN_LINK_BEFORE = /(?:^|[^A-Za-z])(?:[Rr]est of|[Cc]ompared (?:to|with)|For)[ \u00a0]+$/;

/**
 * `carrying up to 1800 passengers`, `treated 1950 patients`, `a capacity of 1800 passengers`: a plural of beings counts,
 * before no possessive of its own (`the 2021-2025 farmers' scheme`), after a quantifier or a list's count, or where it closes
 * the count and no preposition, article or possessive of a year's, nor a date or another year, stands before the number.
 */
function countsBeings(text: string, end: number, word: RegExpExecArray): boolean {
  const nounEnd = word.index + word[0].length;
  // (`1850 Pilgrims from Kazakhstan …`: a title-case headline's too.)
  if (!COUNTED_BEINGS_SET.has(word[1].toLowerCase()) || text[nounEnd] === "'" || text[nounEnd] === '\u2019') return false;
  let start = end;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  const before = text.slice(Math.max(0, start - BEINGS_READ), start);
  if (QUANTIFIER_BEFORE.test(before)) return true;
  // (`1900 sheep, 2050 horses`: a list's next count.)
  const listed = LISTED_COUNT_BEFORE.exec(before)?.[1];
  if (listed !== undefined && (COUNTED_BEINGS_SET.has(listed) || QUANTITY_SET.has(listed))) return true;
  if (!closesCount(text, nounEnd)) return false;
  const lead = LOWER_WORD_BEFORE.exec(before);
  const modern = Number(text.slice(start, end)) >= MODERN_LEAD_YEAR;
  if (modern && ((lead !== null && MODERN_YEARS_LEADS.has(lead[1].toLowerCase())) || MODERN_LINK_BEFORE.test(before))) return false;
  // (`Between 2023 and 2025 passengers`, `From 2024 to 2026 farmers`, `the 2025-2029 farmers`: a link after a year joins two
  // years, not `1500 to 1800 pilgrims`; a letter glued to the number names a year, `FY2025`; `As of January 1, 2025
  // farmers`: a date's day and comma go before its year.)
  return (lead === null || !YEARS_LEADS.has(lead[1].toLowerCase())) && !NUMBERS_JOINED_BEFORE.test(before) && !DAY_COMMA_BEFORE.test(before) &&
    !TIMES_LINK_BEFORE.test(before);
}

/**
 * What follows a plural of beings closes a count (a mark, a function word, a past verb or a participle: `1800 passengers a
 * week`, `1950 patients received`, `1950 patients suffering`); a noun after it makes the plural a modifier of what the year
 * describes (`2027 aircraft deliveries`, `2026 cattle vaccination plans`).
 */
function closesCount(text: string, nounEnd: number): boolean {
  const next = matchAt(WORD_AFTER, text, nounEnd)?.[1];
  const lower = next?.toLowerCase();
  // (A participle only in lower case: `2026 Cattle Breeding Plan` is a headline's name; `1900 Pilgrims Returned` a past verb;
  // not a noun in `-eed`: `2026 cattle feed subsidies`.)
  const verbForm = lower !== undefined && ((lower.length > 3 && lower.endsWith('ed') && !lower.endsWith('eed')) || (next === lower && lower.length > 4 && lower.endsWith('ing')));
  return lower === undefined || COUNT_CLOSERS.has(lower) || PAST_CUE_SET.has(lower) || verbForm;
}
const NUMBERS_JOINED_BEFORE = /(?:^|[^\d])(?:19|20)\d\d(?:[ \u00a0]+(?:and|or|to|through|till|until)[ \u00a0]+|[-\u2013])$|[A-Za-z]$/;
const DAY_COMMA_BEFORE = /\d,[ \u00a0]*$/;
/** A count's plural and its comma before a number (the plural in group 1). */
const LISTED_COUNT_BEFORE = /\d[ \u00a0]+([a-z]+),[ \u00a0]+$/;
const PAST_CUE_SET: ReadonlySet<string> = new Set(PAST_CUES);
/** Words after a plural of beings that close its count: plural verbs in the present (`1800 pilgrims travel …`), function words. */
const COUNT_CLOSERS: ReadonlySet<string> = new Set([
  'come', 'arrive', 'live', 'work', 'visit', 'travel', 'take', 'receive', 'study', 'serve', 'attend', 'remain', 'stay', 'return', 'use', 'need',
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'from', 'with', 'for', 'per', 'each', 'every', 'who', 'which', 'that',
  'were', 'are', 'was', 'is', 'have', 'had', 'has', 'will', 'would', 'can', 'could', 'may', 'must', 'should', 'this', 'last', 'next',
  'across', 'into', 'during', 'since', 'by', 'including', 'as', 'while', 'between', 'aboard', 'annually', 'daily', 'weekly', 'monthly',
  'yearly', 'so', 'than', 'over', 'under', 'through', 'throughout', 'among', 'within', 'without', 'already', 'now', 'also', 'near',
  'around', 'outside', 'inside', 'along', 'via', 'abroad', 'there', 'here', 'altogether', 'overall',
]);

/**
 * `a 2025-hectare park`, `a 1500-seat hall`: a number glued by a hyphen to a quantity's noun measures what follows; `year`
 * only after a round number or before `-old` (`a 2000-year history`, `a 1600-year-old cauldron`; `the 2024-year results`
 * are the year's).
 */
function isMeasureCompound(text: string, end: number): boolean {
  const unit = matchAt(HYPHENED_WORD_AFTER, text, end)?.[1];
  if (unit === 'year') return text.endsWith('00', end) || text.startsWith('-old', end + '-year'.length);
  return unit !== undefined && (QUANTITY_SET.has(unit) || QUANTITY_SET.has(`${unit}s`));
}

const HYPHENED_WORD_AFTER = /-([a-z]+)(?![\p{L}\d])/uy;

/** A capital that opens a group's name with its number (`G7`, `G20`, `C5`, `B20`), not a unit's (`M3`, `K2`). */
const GROUP_LETTER = /^[A-JLN-Z]$/;

/**
 * `the 2027 Children of Asia Games`: after `the`, a year that is no round number opens an event's name, whose capitalised
 * counted noun and `of` go on (not `the 2000 Members of Parliament`).
 */
function isEventAfterYear(text: string, end: number): boolean {
  return !text.endsWith('00', end) && testAt(CAPITALISED_OF_AFTER, text, end) && /(?:^|[^\p{L}])[Tt]he[ \u00a0]$/u.test(text.slice(Math.max(0, end - 9), end - 4));
}

/** A capitalised word and `of` before another (`Children of Asia`). */
const CAPITALISED_OF_AFTER = /[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+of[ \u00a0]+\p{Lu}/uy;

/** A plural noun right after a number, which it counts (`1350 families`, `1500 troops`; not `was`, `has`, `is`). */
const COUNTED_AFTER = /[ \u00a0]+(?!(?:was|has|is|does|goes|as|its|his|this|thus|plus|less|across|towards)\b)[a-z]{2,}s\b/y;

/** A number ending at `end` counts the plural noun after it, or a quantity's (`1500 troops`, `1500 people`). */
export function isCountAfter(text: string, end: number): boolean {
  return testAt(COUNTED_AFTER, text, end) || isQuantityAfter(text, end);
}

/** A year from 2070, which before `BS` is Nepal's era whatever follows (no degree was earned then). */
const LATE_ERA_YEAR = /20[7-9]\d/y;
const ANY_ERA_AFTER = /[ \u00a0]BS(?![A-Za-z])/y;
/**
 * `2082 BS (…)`, `the year 2082 BS had tested …`: Nepal's Bikram Sambat era after a year, before a mark or a verb, no
 * Gregorian one (not `In 2019 BS Yediyurappa …`, `in 2010 BS in economics`, `a 2015 BS from MIT`, `a 2010 BS at Stanford`).
 */
const OTHER_ERA_AFTER = /[ \u00a0]BS(?=[ \u00a0]*(?:[(),.;:]|$)|[ \u00a0]+(?!(?:in|from|and|degree|of|at|with)(?![a-z]))[a-z])/uy;

/** The number at [start, end) is a quantity, a code or part of a longer number, not a year. */
export function isQuantityOrCode(text: string, start: number, end: number, nouns = true): boolean {
  return isQuantityAfter(text, end, nouns) || isCode(text, start);
}

/** The number starting at `start` is part of a longer number or a code: `+7 7172 2025`, `No. 2025`, `No. 41/2026`. */
export function isCode(text: string, start: number): boolean {
  return testAt(NUMBER_BEFORE, text, start) || isLabelled(text, start) || isNumberedInYear(text, start);
}

/** A label stands right before the number starting at `start`: `No. 2025`, `section 2019`. */
function isLabelled(text: string, start: number): boolean {
  const before = matchAt(WORD_BEFORE, text, start)?.[1];
  return before !== undefined && NUMBER_LABEL_SET.has(before.toLowerCase());
}

/** `Decree No. 41/2026`: a labelled document's number within its year. */
function isNumberedInYear(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== SLASH) return false;
  let k = start - 1;
  while (k > 0 && isDigit(text.charCodeAt(k - 1))) k--;
  return k < start - 1 && isLabelled(text, k);
}

const SLASH = 0x2f;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** A 4-digit number at [start, end) reads as a year (not a quantity, code or part of a name). */
export function isYearInContext(text: string, start: number, end: number): boolean {
  // `IMF Staff Concludes 2026 Article IV Mission`: a headline's verb before a year names nothing (but `Raises 2000
  // Scholarships` counts, a round number before a capitalised plural).
  const headline = () => followsHeadlineVerb(text, start) && !(text.endsWith('00', end) && testAt(CAPITALISED_PLURAL_AFTER, text, end));
  const yearsNouns = testAt(DEADLINE_BEFORE, text, start) || testAt(OPENING_IN_BEFORE, text, start);
  return !isQuantityOrCode(text, start, end, !yearsNouns) && (!followsName(text, start) || headline()) && !isNumbersValue(text, start);
}

/**
 * `The number of resident companies has reached 1850`: a number that a `number of` reaches or is counts, where no word
 * governs the `number of` (not `The deadline for halving the number of farms is 2027`, `the year with the highest number
 * of births was 2023`), and no measure of a year's follows (`… rose to 2019 levels`).
 */
function isNumbersValue(text: string, start: number): boolean {
  const subject = NUMBERS_VALUE_BEFORE.exec(sentenceBefore(text, start, MAX_NUMBERS_SUBJECT));
  if (subject === null || testAt(YEARS_MEASURE_AFTER, text, start + 4)) return false;
  const governor = subject[1]?.toLowerCase();
  return governor === undefined || !(GOVERNORS_OF_NUMBER.has(governor) || governor.endsWith('ing') || governor.endsWith('est'));
}

/** The `number of` and its verb before a number, with the word before it (group 1) if any. */
const NUMBERS_VALUE_BEFORE = /(?:^[ \u00a0]*|([A-Za-z]+)[ \u00a0]+)(?:the |a )?(?:total )?number of [^,;:]*(?<![A-Za-z])(?:reached|exceeded|surpassed|totall?ed|amounted to|is|was|stands at|stood at|(?:grew|rose|increased|climbed) to)[ \u00a0]+(?:about |over |more than |almost |nearly |some )?$/i;
/** Words that make a `number of` their object or qualify it: what follows is said of something else. */
const GOVERNORS_OF_NUMBER: ReadonlySet<string> = new Set(['for', 'of', 'in', 'on', 'to', 'with', 'by', 'from', 'at', 'about', 'record', 'whose']);
/** A year's measure or possessive after it: `2019 levels`, `2023's`. */
const YEARS_MEASURE_AFTER = /(?:[ \u00a0]+(?:levels?|figures?)(?![A-Za-z])|['\u2019]s(?![A-Za-z]))/y;

/** Most characters from a `number of` to the number it reaches. */
const MAX_NUMBERS_SUBJECT = 120;

/** `In 2025 tourists arrived`: `In` opening a sentence makes the number after it a year before any noun. */
const OPENING_IN_BEFORE = /(?<=(?:^|[.!?][ \u00a0]+|\n)In[ \u00a0]+)/y;

/** A capitalised plural noun after a number (`2000 Scholarships`, not `2000 Summit`). */
const CAPITALISED_PLURAL_AFTER = /[ \u00a0]+\p{Lu}\p{Ll}+s(?!\p{L})/uy;

const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
/**
 * Where a word starts, for the cue patterns below: they only tell whether a
 * sentence holds a cue, so they match the character before the word instead
 * of looking behind at it, which V8 does at every position, several times slower.
 */
const WORD_START = '(?:^|[^A-Za-z])';
/** Future cues, or a contracted `will` (`he'll`). */
const FUTURE = new RegExp(`${WORD_START}(?:${alternation(FUTURE_CUES)})(?![A-Za-z])|['\u2019]ll(?![A-Za-z])`, 'i');
/** Verbs of a start or a journey that a headline writes after `to` (`Campaign to Start on Monday`), besides its plural verbs. */
const HEADLINE_TO_VERBS = ['start', 'begin', 'open', 'resume', 'become', 'arrive', 'depart', 'return', 'end', 'close'];
/**
 * A title-case headline's `to` before its capitalised verb (`Leaders to Hold Meeting on Saturday`): what is to come (not
 * `due to`: `Flights Delayed Due to Brief Outage on Monday`).
 */
const HEADLINE_TO = new RegExp(`${WORD_START}to (?<![Dd]ue to )(?:${[...HEADLINE_PLURAL_VERBS, ...HEADLINE_TO_VERBS].map((v) => v[0].toUpperCase() + v.slice(1)).join('|')})(?![A-Za-z])`);
/** Quoted names (`a decree "On Measures to Support Exporters"`) left out: their capitalised `to` is no headline's. */
const QUOTED = /["“][^"“”]*["”]/g;

function unquoted(text: string): string {
  return text.includes('"') || text.includes('“') ? text.replace(QUOTED, '""') : text;
}

/** A title-case headline's `to` and verb stand before `at` in its sentence (`Forum to Open in Astana Tomorrow`). */
export function followsHeadlineTo(text: string, at: number): boolean {
  const from = at - matchAt(SENTENCE_BEFORE, text, at)![1].length;
  return HEADLINE_TO.test(text.slice(from, at));
}

/** `last` (`last week`, `met last`), not after `the` (`On Saturday, the last day of the visit, he will …`). */
const PAST_LAST = '(?<![Tt]he\\s)last';
/** Irregular past forms, `last`, or a lower-case `-ed` word that is not one of the exceptions (`United` is no verb). */
const PAST = new RegExp(
  `${WORD_START}(?:(?:${alternation(PAST_CUES)}|${PAST_LAST})(?![A-Za-z-])|(?<!-)(?!(?:${alternation(NOT_PAST_ED)})(?![a-z]))[a-z]{3,}ed(?![A-Za-z]))`,
);
/** How far to look for tense cues on each side of a weekday; bounds the work on huge lines. */
const TENSE_WINDOW = 160;
/**
 * The text before and after a position up to a `.` (not a decimal point: `at 16.5 percent at the meeting on Friday`,
 * nor a form of address's, an initial's or `St.`: `On Thursday, Mr. Sun is expected to visit`, `in St. Petersburg
 * on Thursday`), `!`, `?`, CR or LF, within the window (sticky).
 */
// (`Secretary Ma. Cristina Dela Paz`: an abbreviated given name's full stop too.)
// (Not the surname `Ma` closing a sentence: `…, said Ma. The next round …`.)
const IN_SENTENCE = String.raw`(?:[^.!?\r\n]|(?<=\d)\.(?=\d)|(?<=(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gen|Amb|Hon|Rt|Lt|Col|Gov|Capt|Maj|Brig|Adm|Rev|Mme|[A-Z]))\.(?= )|(?<=(?<![A-Za-z])(?:${ABBREVIATED_GIVEN_NAMES.join('|')}))\.(?= [A-Z][a-z]+ [A-Z]))`;
const SENTENCE_BEFORE = new RegExp(`(?<=(${IN_SENTENCE}{0,${TENSE_WINDOW}}))`, 'y');
/** How far back an instruction's or a tense's verb may open a long sentence (`instructed the Minister to complete … and to submit … by Friday`). */
const INSTRUCTION_WINDOW = 400;
const LONG_SENTENCE_BEFORE = new RegExp(`(?<=(${IN_SENTENCE}{0,${INSTRUCTION_WINDOW}}))`, 'y');
const SENTENCE_AFTER = new RegExp(`${IN_SENTENCE}{0,${TENSE_WINDOW}}`, 'y');

/**
 * Whether the sentence around a bare weekday speaks of the future (1), the
 * past (-1) or neither (0): `will visit on Monday`, `met on Monday`, `begins on Monday`.
 */
export function tenseAround(text: string, at: number): -1 | 0 | 1 {
  const { sentence, before, clause, clauseAt } = clauseAround(text, at);
  // (The sentence further back than the window, read once for the two rules that need it.)
  let long: string | undefined;
  const longBefore = () => (long ??= matchAt(LONG_SENTENCE_BEFORE, text, at)![1]);
  if (INSTRUCTED_BY.test(before) || (before.length === TENSE_WINDOW && isInstructedLongBefore(before, longBefore))) return 1;
  // `He will attend, the press service reported on Thursday`: the weekday's own clause speaks first.
  // `warned that the storm could intensify by Saturday`: a deadline in a clause of no tense is to come.
  // `continues its visit to Bishkek until Wednesday`: the end of a stay that goes on is to come.
  if (UNTIL_BEFORE.test(before) && ONGOING.test(clause)) return 1;
  // `promised to submit a reply by Friday`: a deadline of a promise is to come; `his visit, which ends Saturday`: so is a
  // scheduled end written with no `on`, and what goes on right before the weekday (`the programme continues on Thursday`).
  if (PROMISED_BY.test(before) || WHICH_ENDS.test(before)) return 1;
  // (A participle's start: no verb in the past in the rest of its sentence, past its own clause's comma.)
  if (OPENING_AT.test(before) && !PAST.test(sentence.slice(before.length))) return 1;
  // (An invitation to an event, with no comma between and no verb in the past after the weekday: `invited his counterparts
  // to the TransCaspian Forum in Astana on Thursday`; not `… to the forum on Thursday, where he spoke`, nor the day of the
  // inviting: `… to the Astana International Forum at a meeting on Thursday`.)
  if (isInvitedToEvent(before) && !PAST.test(sentence.slice(before.length))) return 1;
  return nearestTense(clause, clauseAt) || (DEADLINE_BY.test(before) ? 1 : farTense(text, at, before, longBefore) || nearestTense(sentence, before.length));
}

/**
 * `Lavrov will hold bilateral meetings with … [over 160 characters] … in Dushanbe on Friday, Zakharova said`: where the
 * window before a weekday holds no cue, the tense of a verb further back in its sentence, before any after it.
 */
function farTense(text: string, at: number, before: string, longBefore: () => string): -1 | 0 | 1 {
  // (Only over a cue after the weekday, not where none speaks: `The forum, which was established by …, on Friday opens`.)
  if (before.length !== TENSE_WINDOW || FUTURE.test(before) || PAST.test(before)) return 0;
  const after = text.slice(at, at + TENSE_WINDOW);
  if (!FUTURE.test(after) && !PAST.test(after)) return 0;
  const long = longBefore();
  return nearestTense(long, long.length);
}

/**
 * A deadline of an instruction whose verb opens the sentence further back than the tense window `before`, where the
 * deadline's own part (after the last comma or `and`) tells nothing done (not `…, and the first stage had been completed
 * by Friday`; `-ed` says little there, `to submit a detailed report by Friday`, and an instruction's infinitive keeps it
 * to come, `and the akims were told to report by Friday`, but not another's: `had promised to finish it by Friday`).
 */
function isInstructedLongBefore(before: string, longBefore: () => string): boolean {
  const own = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(' and ')));
  return (!AUXILIARY.test(own) || INFINITIVE.test(own)) && INSTRUCTED_BY.test(longBefore());
}

const AUXILIARY = /(?<![A-Za-z])(?:had|has|have|was|were|been|is|are)(?![A-Za-z])/;
const INFINITIVE = /(?<![A-Za-z])(?:told|asked|instructed|required|tasked|ordered|directed|urged|obliged|due|has|have) to\s+[a-z]+/;

/**
 * The clause around `at` when it speaks in no tense, or undefined: `that today more than 700 companies operate in
 * Kazakhstan` (whatever tense the reporting `noted` has), not `he arrived today`.
 */
export function clauseWithoutTense(text: string, at: number): string | undefined {
  const around = clauseAround(text, at);
  // (`noted that today 800,000 people live in Germany and called them …`: the reporter's next verb ends the reported clause.)
  const next = around.clause.slice(around.clauseAt).search(AND_PAST_VERB);
  const clause = next > 0 ? around.clause.slice(0, around.clauseAt + next) : around.clause;
  return nearestTense(clause, around.clauseAt) === 0 ? clause : undefined;
}

/** `and` before a verb in the past, which goes on with the sentence's subject. */
const AND_PAST_VERB = /\sand\s+(?:[a-z]+ed|said|told|gave|made|took|spoke|wrote|met)(?![A-Za-z])/;

/** The sentence around `start`…`end` (see `IN_SENTENCE`), within the window. */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = start - matchAt(SENTENCE_BEFORE, text, start)![1].length;
  testAt(SENTENCE_AFTER, text, end);
  return text.slice(from, SENTENCE_AFTER.lastIndex);
}

/** The sentence around `at` (within the window), its part before `at`, and the clause of `at` with where `at` is in it. */
function clauseAround(text: string, at: number): { sentence: string; before: string; clause: string; clauseAt: number } {
  const from = at - matchAt(SENTENCE_BEFORE, text, at)![1].length;
  testAt(SENTENCE_AFTER, text, at);
  const sentence = text.slice(from, SENTENCE_AFTER.lastIndex);
  const before = sentence.slice(0, at - from);
  const after = sentence.slice(at - from);
  const clauseStart = lastClauseBreak(before) + 1;
  const clauseEnd = after.search(CLAUSE_BREAK);
  const clause = before.slice(clauseStart) + (clauseEnd < 0 ? after : after.slice(0, clauseEnd));
  return { sentence, before, clause, clauseAt: before.length - clauseStart };
}

/**
 * `the Climate Week opening in Almaty on Sunday`, `arrives in Astana on Monday`, `which opens at the State Museum of Oriental
 * Art on Friday`, `returns to Almaty on Saturday`, `leaves for Tokyo on Monday`: a scheduled start, arrival or departure, with
 * its place, right before the weekday (not `the opening`, nor a departure's participle: `visited … before leaving for Miri`).
 */
const STARTING_IN = /(?<![A-Za-z])(?<!(?:the|an|its|their|his|her|official|grand)\s+)(?:(?:opens|opening|starts|starting|begins|beginning|arrives|arriving)\s+in|(?:opens|starts|begins)\s+at|(?:returns|departs|travels|heads)\s+(?:to|for)|leaves\s+for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,5}\s+on\s+$/u;

/**
 * `the exhibition of Hokusai prints opening at the National Museum on Friday.`: a participle's start at a named place is to
 * come too, unless a verb in the past follows it (`The festival opening at the Opera House on Sunday drew crowds`); not the
 * noun (`attended the grand opening at the Astana Hub on Thursday`).
 */
const OPENING_AT = /(?<![A-Za-z])(?<!(?:the|an|its|their|his|her|official|grand)\s+)(?:opening|starting|beginning)\s+at\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,5}\s+on\s+$/u;

/** `discussed the agenda ahead of the consultations in Athens on Monday`: what something goes before is to come. */
const AHEAD_OF = /(?<![A-Za-z])ahead\s+of\s+(?:the\s+)?[^.;,]{0,80}\son\s+$/;
/**
 * `The visit took place in the run-up to the OSCE Permanent Council meeting in Vienna on Thursday`: so is what a run-up
 * leads to, unless held already (`in the run-up to the elections held on Sunday`, `the run-up to the vote on Sunday,
 * which saw …`).
 */
const RUN_UP_TO = /(?<![A-Za-z])run-up\s+to\s+(?:the\s+)?(?:(?!held\s)[^.;,]){0,80}\son\s+$/;
/**
 * `who had flown in ahead of the King on Wednesday`: a past perfect right before `ahead of` puts what it went before in
 * the past too (not `Diplomats who had worked on the draft gather … ahead of`, nor `had seven hotels`).
 */
const PAST_PERFECT = /(?<![A-Za-z])had\s+(?:already\s+)?(?:[a-z]{2,}ed|been|flown|gone|come|arrived|left|met|held|sent|made|taken|given|done|seen|brought|travell?ed)(?:\s+[a-z]+){0,3}\s+ahead\s+of\s+(?:the\s+)?(?:(?!ahead\s)[^.;,]){0,80}\son\s+$/;

const DEADLINE_BY = /(?<![A-Za-z])by\s+$/;
/** Events one is invited to (`the opening`, `the TransCaspian Forum`). */
const INVITED_EVENTS = ['opening', 'celebration', 'forum', 'festival', 'ceremony', 'concert', 'exhibition', 'reception', 'conference', 'summit', 'premiere', 'presentation', 'gala'];
/** An invitation to an event, then at most a few words up to the weekday's `on`, in one clause (matched in lower case). */
const INVITED_TO_EVENT = new RegExp(String.raw`(?<![a-z])invit(?:ed|es|ing)\s(?:[^.;!?,]{0,60}\s)?to\s(?:the\s|a\s|an\s|its\s|their\s)?(?:[\p{L}-]+\s){0,3}(?:${INVITED_EVENTS.join('|')})(?![a-z])([^.;!?,]{0,80})\son\s+$`, 'u');
/** Most words between the event and the weekday's `on` (`of the Astana International Forum`, `dedicated to Nauryz`). */
const MAX_INVITED_GAP = 6;
/**
 * Words between the event and the weekday that date something else: a clause of what took place (`which opened`, `that took
 * place`, `held in Almaty`, `and he attended`), or the occasion at which one was invited (`at their meeting`, `in his speech`, `in a letter`).
 */
const NOT_THE_EVENTS: ReadonlySet<string> = new Set(['which', 'that', 'when', 'where', 'while', 'and', 'but', 'as', 'was', 'were', 'had', 'held', 'took', 'met', 'spoke', 'sent', 'said', 'gave', 'came', 'began', 'his', 'her', 'its', 'their', 'our',
  'meeting', 'talks', 'negotiations', 'conversation', 'call', 'phone', 'briefing', 'session', 'during', 'speech', 'address', 'remarks', 'interview', 'letter', 'statement',
  'plenary', 'press', 'dinner', 'visit', 'event', 'following']);
/** Participles that describe the event, not something that took place (`the concert dedicated to Nauryz`). */
const EVENT_PARTICIPLES: ReadonlySet<string> = new Set(['dedicated', 'devoted', 'organised', 'organized', 'named', 'timed']);

/** `invited his counterparts to the TransCaspian Forum in Astana on`: an invitation to an event the weekday dates. */
function isInvitedToEvent(before: string): boolean {
  const gap = INVITED_TO_EVENT.exec(before.toLowerCase())?.[1];
  if (gap === undefined) return false;
  // (A work's quoted title says nothing of when: `the exhibition “Abai and Basho: …” at the Embassy on`.)
  const words = unquoted(gap).split(' ').filter((w) => w.length > 0);
  // (`dedicated to Nauryz`: `to` only after such a participle, not an infinitive's: `to discuss the agreement signed`.)
  return words.length <= MAX_INVITED_GAP && words.every((w, k) => !NOT_THE_EVENTS.has(w) && (!/(?:ed|ing)$/.test(w) || EVENT_PARTICIPLES.has(w)) && (w !== 'to' || EVENT_PARTICIPLES.has(words[k - 1] ?? '')));
}
/**
 * A promise's infinitive running up to `by` in one clause (no comma: `vowed to restore power, and … was restored by`), not
 * one made before a past event (`had promised to … by`).
 */
const PROMISED_BY = /(?<![A-Za-z])(?<!had )(?:promised|promises|pledged|pledges|vowed|vows|undertook) to [a-z]+(?: [a-z’']+){0,8} by\s+$/;
const WHICH_ENDS = /(?<![A-Za-z])(?:which (?:ends|begins|concludes|starts)|(?:continues|continue|resumes|resume) on)\s+$/i;
const UNTIL_BEFORE = /(?<![A-Za-z])(?:until|till|through)\s+$/;
/** A verb of what goes on, or a present progressive (`who is leading a trade mission to Mumbai until Tuesday`). */
const ONGOING = /(?<![A-Za-z])(?:continues?|lasts?|runs?|remains?|stays?|(?:is|are) [a-z]{2,}ing)(?![A-Za-z])/;

/**
 * The tense of the cues that govern a weekday at `at` in `text`: those before it (`met on Monday`; a
 * future one first, `will be held on Monday`), else the first one after it (`On Monday, he will
 * visit`; `on Saturday … referred to the upcoming visit` is past).
 */
function nearestTense(text: string, at: number): -1 | 0 | 1 {
  const before = text.slice(0, at);
  if (STARTING_IN.test(before) || (AHEAD_OF.test(before) && !PAST_PERFECT.test(before)) || HEADLINE_TO.test(unquoted(before))) return 1;
  if (RUN_UP_TO.test(before) && !PAST.test(text.slice(at))) return 1;
  if (FUTURE.test(withoutTimeToCome(before)) && !futureOnlyQuoted(before)) return 1;
  if (SCHEDULED_PASSIVE.test(before)) return 1;
  if (PAST.test(before)) return -1;
  const after = withoutSetOffParticiples(text.slice(at));
  const future = after.search(FUTURE);
  const past = after.search(PAST);
  if (future < 0) return past < 0 ? 0 : -1;
  // `on Tuesday agreed to expand …`: a past form that is also a future cue (`agreed to`) after the weekday dates the agreeing.
  return past >= 0 && past <= future ? -1 : 1;
}

/**
 * `The road is closed until Friday`, `The exhibition is opened from Monday`: a present passive right before `until` or `from`
 * and the weekday tells what is set, to come (not `is outraged by the attack in Moscow on Wednesday`, whose participle
 * says how one feels of something past, nor `The agreement is signed on Monday, the ministry reported`, a report's).
 */
const SCHEDULED_PASSIVE = /(?<![A-Za-z])(?:is|are) [a-z]+ed (?:until|till|from) $/;

/** `for the coming months`, `the upcoming weeks`: a stretch of time still to come, as a noun's adjective, and what follows it. */
const TIME_TO_COME = /(?<![A-Za-z])(?:coming|upcoming|forthcoming)\s+(?:days|weeks|months|years|decades|period)(?![A-Za-z])(.*)$/;
/**
 * What makes the weekday one of the things to come: a break or a list's word between (`…: a visit to Bishkek on Thursday`,
 * `… for the coming months and invited them to the Forum on Thursday`),
 * or a plan's item opening right after the stretch (`the programme for the coming days with a visit …`, `for the coming
 * weeks to hold consultations …`, `the upcoming days of Kazakh culture …`, `beginning with …`).
 */
const LISTED_TO_COME = /[,:;–—]|(?<![A-Za-z])(?:and|including|among|namely|such as)(?![A-Za-z])|^\s+(?:with\s+(?:a|an|the\s+first)\s|to\s+[a-z]+\s|of\s|beginning|starting)/;

/**
 * `outlined the agenda for the coming months at a briefing on Monday`: such a stretch tells no tense of the weekday the
 * same clause goes on to, where a past verb is written; the text without it, then (not `presented the schedule for the
 * coming weeks: a visit to Bishkek on Thursday`).
 */
function withoutTimeToCome(before: string): string {
  if (!before.includes('coming ')) return before;
  const m = TIME_TO_COME.exec(before);
  return m && !LISTED_TO_COME.test(m[1]) && PAST.test(before) ? before.slice(0, m.index) + m[1] : before;
}

/** The end of a quotation the tense window opened inside (`… will run it with them," said X`): punctuation, then a quote. */
const LEADING_QUOTE_END = /^[^"“”]*[,.!?]["”]/;

/** `"We will not accept this," he said, adding that Warsaw had summoned the envoy`: a quotation's future is the speaker's, not the narrative's. */
function futureOnlyQuoted(before: string): boolean {
  const outside = unquoted(before.replace(LEADING_QUOTE_END, '""'));
  return outside !== before && !FUTURE.test(outside) && PAST.test(outside);
}

/** `, chaired by Bektenov,`: a participle set off by commas qualifies a noun and says no tense. */
const SET_OFF_PARTICIPLE = /, [a-z]{3,}ed by [^,.;]{1,60},/g;

/** `text` with its set-off participles blanked, each by as many spaces, so positions stay. */
function withoutSetOffParticiples(text: string): string {
  return text.includes('ed by ') ? text.replace(SET_OFF_PARTICIPLE, (m) => ' '.repeat(m.length)) : text;
}

/**
 * `instructed the akims to complete the work by Friday`, `instructed that the plans be updated by Friday`, `were tasked
 * with submitting proposals by Friday`, `… and to submit a report to the Government on Monday`, `asked the embassy for an
 * explanation by Friday`, `urged drivers to postpone trips until Saturday`: the deadline of an instruction or a request
 * is to come (not after orders one is awarded: `presented orders and medals to … on Saturday`). `on` only inside the
 * instruction's clause (not `…, Lavrov said on Monday`); after `urged`, `on` dates the urging (`urged allies to act on
 * Monday`), and `by` or `until` is the deadline only in the instruction's own clause (not `… the truce that held until
 * Saturday`, `…, and by Friday most had signed`).
 */
const INSTRUCTED_BY = /(?<![A-Za-z])(?:(?:instruct|task|(?<!(?:presented|awarded|handed|received|conferred|bestowed)\s)order(?!s\s+and\s)|ask|urge|request|direct)(?:ed|s)?\s[^;]*?(?<![A-Za-z])(?:to|with|that)\s(?:[^;]*\sby|(?:[^;,]|,(?=\d))*\son)|urged\s[^;]*?(?<![A-Za-z])(?:to\s(?:(?:[^;,]|,(?=\d))*\sby|(?:(?!(?<![A-Za-z])(?:that|which|who)\s)[^;,]|,(?=\d))*\suntil)|that\s(?:[^;,]|,(?=\d))*\sby)|(?:ask|request|call|demand)(?:ed|s)?\s[^;]*?(?<![A-Za-z])for\s[^;]*\sby)\s+$/;

/**
 * A comma (not a digit group's: `about 180,000 Germans live …`), a semicolon or `that` opening a reported clause (`said that
 * on Friday he will …`).
 */
const CLAUSE_BREAK = /,(?!\d)|;|(?<![A-Za-z])that(?![A-Za-z])/;

/** Where the last clause break of `text` ends, less one (-1 when there is none). */
function lastClauseBreak(text: string): number {
  let comma = text.lastIndexOf(',');
  while (comma >= 0 && isDigit(text.charCodeAt(comma + 1))) comma = text.lastIndexOf(',', comma - 1);
  const mark = Math.max(comma, text.lastIndexOf(';'));
  let that = text.lastIndexOf('that');
  // Searched from the end, by hand: a global pattern's matches over a long sentence cost more.
  while (that > mark && !isWordAt(text, that, 4)) that = text.lastIndexOf('that', that - 1);
  return that > mark ? that + 3 : mark;
}

/** Whether the `length` letters at `at` are a whole word. */
function isWordAt(text: string, at: number, length: number): boolean {
  return !/[A-Za-z]/.test(text[at - 1] ?? '') && !/[A-Za-z]/.test(text[at + length] ?? '');
}

