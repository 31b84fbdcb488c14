/**
 * The date finder's regular expressions, compiled once at load. Every part is
 * linear: alternations of literals and bounded digit runs, no nested
 * quantifiers. Spaces are horizontal only (`SP`), so no match crosses a line.
 */
import { MONTHS, NUMBER_LABELS, QUANTITY_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, WORDS_BEFORE_DATES } from '../data/date-words';

const SP = '[ \\t\\u00A0\\u202F]';
const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014]';

/** `January`, `JANUARY`, `Jan.`, `JAN` …, longest first so `Sept` wins over `Sep`. */
function monthAlternation(withAbbreviations: boolean): string {
  const words = MONTHS.flatMap(({ name, abbreviations }) => [
    name, name.toUpperCase(),
    ...(withAbbreviations ? abbreviations.flatMap((a) => [`${a}\\.?`, `${a.toUpperCase()}\\.?`]) : []),
  ]);
  const bare = (pattern: string): number => pattern.replace('\\.?', '').length;
  return `(?:${words.sort((a, b) => bare(b) - bare(a)).join('|')})(?![A-Za-z])`;
}

const MONTH = monthAlternation(true);
const MONTH_FULL = monthAlternation(false);
/** Characters read after a weekday's day for a month that makes it part of a written date. */
const MONTH_LOOKAHEAD = 40;
/** `won 3-1`, `a 72-68 win`, `lost 68-72 March 7`: two numbers a dash joins, but not the days of a month (`15-17 September`, `May 4-6`). */
export const SCORE = `\\b(?:\\d{3}|3[2-9]|[4-9]\\d)[-\u2013]\\d{1,3}\\b|\\b\\d{1,3}[-\u2013](?:\\d{3}|3[2-9]|[4-9]\\d)\\b|(?<!${MONTH}${SP}+)\\b\\d{1,2}[-\u2013]\\d{1,2}\\b(?!${SP}+${MONTH})`;
const WEEKDAY = `(?:${WEEKDAYS.flatMap((w) => [w, w.toUpperCase()]).join('|')})(?![A-Za-z])`;
/**
 * A day of the month, optionally ordinal (`15th`); not part of a longer number or a clock time, nor one before a full
 * stop and a letter (`24.kg`, a site's name), nor a count's first digits (`to 4,800 people`) or a decimal's (`to 1.6
 * on August 10`).
 */
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\dA-Za-z]|\\.[A-Za-z\\d]|:\\d|,\\d{3})';
const DAY_START = `(?<![\\dA-Za-z.,:/]|\\d${DASH})`;
const YEAR = '(?:1[89]\\d\\d|20\\d\\d|2100)(?![\\dA-Za-z])';
/** An older year, read as one after a day and its month (`9 February 1441`), where no count can stand. */
const OLD_YEAR = '1[0-7]\\d\\d(?![\\dA-Za-z])';
/**
 * After an older year: punctuation, the line's end, or a word that no quantity's noun is (`in 1389 and`, `in 1465, the`), or
 * a second such year after `to` (`from 1260 to 1277 and`, not `from 1500 to 1700 tons`).
 */
// (`who in 1465 led their people`: or a past verb.)
const OLD_YEAR_END = `(?:[,.;:)!?\\r\\n]|$|${SP}+(?:and|or|when|by|as|after|before|under|with|at|in|on|near|during|the|it|he|she|they|this|that|was|were|is|led|built|became|began|wrote|fought|won|took|made|gave|founded|moved|signed|established|joined|created|defeated|captured|declared|adopted|united|invaded|formed|passed|ruled|reigned|died|conquered|settled|fell)(?![A-Za-z]))`;
/**
 * An older year right after a month a preposition opens, where its end shows no count follows (`in September 1723,`; not
 * `March 1500 troops`, nor a table's `1500 in January, 1700 in February`).
 */
const OLD_YEAR_CLOSED = `(?<=(?<![A-Za-z])(?:[Ii]n|[Oo]f|[Bb]y|[Ss]ince|[Ff]rom|[Uu]ntil)${SP}+${MONTH_FULL}${SP}+)${OLD_YEAR}(?=${OLD_YEAR_END})`;
/**
 * Between the two days of a day range: `16-17`, `16 to 17`, `16 and 17`; `4, and 5` closes a list; `10 or 11` gives two days;
 * `from 14 till 20` (machine translation's `till` or `until`, only after `from`).
 */
const DAY_LINK = `(?:${SP}*${DASH}${SP}*|${SP}+(?:to|through)${SP}+|(?<=(?<![A-Za-z])[Ff]rom${SP}+\\d\\d?(?:st|nd|rd|th)?)${SP}+(?:till|until)${SP}+|,?${SP}+(?:and|or)${SP}+)`;
/**
 * `from Tuesday 20th to Thursday 22nd October`, `Monday 12 and Tuesday 13 October`: the second day before its month may have its
 * weekday; `from the 1st to the 7th of June`: an ordinal its article.
 */
const DAY_LINK_WEEKDAY = `${DAY_LINK}(?:${WEEKDAY},?${SP}+|the${SP}+(?=\\d\\d?(?:st|nd|rd|th)))?`;
/** A day's weekday in brackets before the link to the next day, maybe abbreviated (`February 12 (Thu.) to 17 (Tue.)`). */
const BRACKETED_WEEKDAY = `${SP}*\\((?:${WEEKDAY}|(?:${WEEKDAY_ABBREVIATIONS.join('|')})\\.?)\\)`;
/** Bounded by a month's days, so that a long run of numbers (`1, 2, 3, …` in a table) costs each trigger at most that many steps, not the rest of the run. */
const MAX_LISTED_DAYS = 30;
/** Days listed before the last one or two (`3, ` and `4, ` of `3, 4 and 5 March`). */
const DAY_LIST = `(?:${DAY}${SP}*,${SP}*){1,${MAX_LISTED_DAYS}}`;
const DAY_WORD = '(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|TODAY|YESTERDAY|TOMORROW|TONIGHT)(?![A-Za-z])';
const REL_WORD = '(?:[Tt]his|[Ll]ast|[Nn]ext|[Cc]urrent|[Cc]oming|[Oo]utgoing|[Pp]ast|THIS|LAST|NEXT)';
/** Between a day and its year: `March 15, 2026`, `15 March 2026`, and the slash of `May 31/2025`. */
const YEAR_AFTER = `(?:,?${SP}+|,|/)`;

/**
 * Where a date may start, at a word boundary: a number (group 1), a month
 * (group 2), a weekday (group 3), a day word (group 4) or a relative word
 * (none; also a `last` before a mark: `the year before last.`). Scanning for
 * these is several times faster than scanning for the full date patterns
 * below, and the group tells which of them to try: a weekday or day word is a
 * candidate as it stands.
 */
export const DATE_TRIGGER = new RegExp(`\\b(?:(\\d)|(${MONTH})|(${WEEKDAY})|(${DAY_WORD})|${REL_WORD}${SP}|last(?=[.,;:!?)]))`, 'g');

/** A sticky date pattern and the number of each of its named groups. */
export interface DatePattern {
  regex: RegExp;
  group: Readonly<Record<string, number>>;
}

/**
 * Compiles a source whose only capturing groups are named ones into a pattern
 * with plain numbered groups: V8 builds a `groups` object holding every name
 * for each match, which costs more than the match itself here.
 */
function numbered(source: string): DatePattern {
  const group: Record<string, number> = {};
  const plain = source
    .replace(/\(\?<([A-Za-z]\w*)>/g, (_, name: string) => {
      group[name] = Object.keys(group).length + 1;
      return '(';
    })
    .replace(/\\k<([A-Za-z]\w*)>/g, (_, name: string) => `\\${group[name]}`);
  return { regex: new RegExp(plain, 'y'), group };
}

/**
 * The dates that start with a number (at a trigger). Alternatives that start
 * at the same place go from the most to the least specific.
 */
export const NUMBER_DATE = numbered([
  `(?<![\\dA-Za-z./])(?:(?<isoY>${YEAR})(?<isoSep>[-/])(?<isoM>\\d\\d)\\k<isoSep>(?<isoD>\\d\\d)|(?:(?<numD0>\\d\\d?)(?:\\.(?<numM0>\\d\\d?))?${DASH})?(?<numD>\\d\\d?)(?<numSep>[./])(?<numSp> ?)(?<numM>\\d\\d?)\\k<numSep>\\k<numSp>(?<numY>${YEAR}))(?![./]\\d)`,
  `${DAY_START}(?<dmList>${DAY_LIST})?(?<dmD1>${DAY})(?:(?<dmLink>${DAY_LINK_WEEKDAY})(?<dmD2>${DAY}))?(?:${SP}+(?:(?:day${SP}+)?of${SP}+)?|-(?=${MONTH}-\\d))(?<dmMon>${MONTH})(?:(?:${YEAR_AFTER}|${SP}+of${SP}+|(?<=\\d-${MONTH})-)(?<dmY>${YEAR}|${OLD_YEAR}))?`,
  `(?:(?<![\\dA-Za-z])|(?<=(?<![A-Za-z])FY))(?<y1>1\\d\\d\\d|20\\d\\d|2100)(?:(?<decade>s)(?:${DASH}(?<decade2>(?:1\\d|20)?\\d0)s)?|${SP}*(?:${DASH}|/)${SP}*(?:(?<=(?<![A-Za-z])FY\\d{4}${SP}*(?:${DASH}|/)${SP}*)FY)?(?<y2>1\\d\\d\\d|20\\d\\d|2100|\\d\\d))?(?![\\dA-Za-z%]|[.,]\\d)`,
].join('|'));

/**
 * The dates that start with a month name, from `March 15, 2026` to a lone
 * `March`. Run only at a trigger, whose word boundary already keeps a letter
 * from standing before the month.
 */
export const MONTH_DATE = numbered([
  // After a month a list must close with a second day (`March 3, 4 and 5`): `March 15, 20 delegations` is no list.
  // A second day before a month of its own is another date's (`May 4 to 30 June`).
  // (`on March, 10`, `January, 28 1992`: a comma some writers put after the month, read after `on` or before a year;
  // `March 11 of 2026`: the year after `of`, as Spanish writers put it.)
  `(?<mdMon>${MONTH})(?:,(?=${SP}+\\d\\d?${SP}+(?:1[89]|20)\\d\\d(?!\\d))|(?<=(?<![A-Za-z])[Oo]n${SP}+${MONTH}),)?${SP}+(?<mdList>${DAY_LIST}(?=${DAY}${DAY_LINK}${DAY}))?(?<mdD1>${DAY})(?:(?<mdLink>(?:${BRACKETED_WEEKDAY})?${DAY_LINK})(?<mdD2>${DAY})(?!${SP}+${MONTH}))?(?:(?:${YEAR_AFTER}|${SP}+of${SP}+)(?<mdY>${YEAR}))?`,
  `(?<myMon>${MONTH})(?:,|(?:${SP}+period)?${SP}+of)?${SP}+(?<myY>${YEAR}|${OLD_YEAR_CLOSED})`,
  `(?<mon>${MONTH_FULL})`,
].join('|'));

/**
 * `last year`, `next Monday`, `this March`, `last weekend`, `this morning`; run only at a trigger, like `MONTH_DATE`. An
 * abbreviated month (`last Sept.`) only before neither its day (`next Dec. 5`, read as a day) nor a capitalised word
 * (`next Jan Kowalski`).
 */
export const RELATIVE_DATE = numbered(
  `(?<relQ>${REL_WORD})${SP}+(?:(?<relUnit>[Yy]ear|[Mm]onth|[Ww]eek(?:end)?|YEAR|MONTH|WEEK(?:END)?)(?![A-Za-z])|(?<relWd>${WEEKDAY})|(?<relMon>${MONTH_FULL}|${MONTH}(?!\\.?${SP}*\\d)(?!${SP}+[A-Z]))` +
    `|(?<relPart>[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight)(?![A-Za-z]))`,
);

const lowerSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

/** Lower-cased capitalised words that do not make the next number or weekday part of a name. */
export const NAME_EXEMPT = lowerSet([...WORDS_BEFORE_DATES, ...MONTHS.map((m) => m.name), ...WEEKDAYS]);
export const NUMBER_LABEL_SET = lowerSet(NUMBER_LABELS);
export const QUANTITY_SET = lowerSet(QUANTITY_WORDS);

/**
 * The word (group 1) right before a position, joined by spaces or a hyphen
 * (`Expo 2017`, `EXPO-2017`, `No. 5`). This and the next patterns number their
 * groups: a named group object per match costs more than the match.
 */
export const WORD_BEFORE = new RegExp(`(?<=(?<![A-Za-z'\u2019])([A-Za-z][A-Za-z'\u2019&]*)\\.?(?:${SP}+|${DASH}))`, 'y');
/** The word (group 1) right after a position (`2025 tons`, `2030 Agenda`; whole: `1975 Māori` is no `M`). */
export const WORD_AFTER = new RegExp(`${SP}+([A-Za-z]+)(?![\\p{L}\\p{M}])`, 'uy');
/** A number or symbol glued to a year: phone numbers, digit groups, amounts; not a quarter or half (`Q1 2026`, `H2 2025`). */
export const NUMBER_BEFORE = new RegExp(`(?<=(?:(?<!(?<![\\dA-Za-z])[QqHh])\\d|[$\u20AC\u00A3\u00A5\u20B8\u20BD#\u2116+])${SP}?|\\d[.,])`, 'y');
/** A digit or `%` glued to a number, a count of three digits or more after a dash that made no year range (`2000-2500 residents`), or a count of a group (`2026 of them`). */
export const NUMBER_AFTER = new RegExp(`${SP}?[\\d%]|${DASH}\\d{3}|${SP}+of${SP}+(?:them|which|whom|these|those)(?![A-Za-z])`, 'y');
/** Historic events an older year is written with (`the Treaty of 1648`, `the 1569 Union of Lublin`). */
const OLD_EVENTS = 'Union|Treaty|Battle|War|Peace|Revolution|Uprising|Siege|Congress|Charter|Edict|Constitution';
/** `the 1569 Union of Lublin`, `the 1791 Constitution.`: after `the`, an older year before such an event's name (not `the 1500 Union members`). */
export const OLD_YEAR_BEFORE_EVENT = new RegExp(`(?<=(?<![A-Za-z])[Tt]he${SP}+)\\d{4}${SP}+(?:${OLD_EVENTS})(?=${SP}+of${SP}+[A-Z]|[,.;:)]|$)`, 'y');
/**
 * Before a year older than 1800, which may as well be a plain number: `in 1389`, `since 1465`, `the year 1731`, `the years
 * 1716-1733`, `the period 1750-1900`, `the summer of 1734`, `between 1389 and 1405`, `the Lublin Union of 1569`, `a letter dated 1757`; not another calendar's year (`the Iranian new year 1405`, `the solar year 1404`).
 */
export const OLD_YEAR_BEFORE = new RegExp(`(?<=(?<![A-Za-z])(?:[Ii]n|[Bb]etween(?:${SP}+\\d{3,4}${SP}+and)?|[Ss]ince|[Ff]rom(?:${SP}+\\d{3,4}${SP}+(?:to|till|until))?|[Uu]ntil|[Tt]ill|[Bb]y|[Aa]round|[Cc]irca|c\\.|(?<!(?:[Nn]ew|[Ss]olar|[Ll]unar|Iranian|Persian|Hijri|Islamic)${SP}+)[Yy]ears?|(?<=[Tt]he${SP}+)(?:[Pp]eriod|[Ee]ra)(?=${SP}+\\d{3,4}(?:[-–]\\d|${SP}+to${SP}+\\d))|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)${SP}+of|[Bb]efore|[Aa]fter|[Dd]ated|(?:${OLD_EVENTS})${SP}+of)${SP}+)`, 'y');
/**
 * A deadline's or a start's preposition before a year, which then stays a year before a quantity's noun (`by 2040 people aged
 * 65 …`, `since 2015 tons of …`); not `by` after a verb of change (`grew by 2040 people`, `increased by 2025 tons`).
 */
export const DEADLINE_BEFORE = new RegExp(
  `(?<=(?<![A-Za-z])(?:(?<![A-Za-z]+ed${SP}+|(?:rose|grew|fell|up|down|rise|rises|grow|grows|fall|falls|increase|increases|decrease|decreases|[a-z]+ing)${SP}+)[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore)${SP}+)`,
  'y',
);
/** Units of a rate after `a` (`1500 a day`, `1200 a week`, `1400 a semester`). */
const RATE_UNITS = '(?:day|week|hour|night|month|year|semester|season|term|person|head|piece|ton|tonne|unit|kilo|kilogram|litre|liter)s?(?![A-Za-z])';
/**
 * What may follow an old year; `between`, `against`, `amid` and an article only after `in`, `since` or `after` (`the treaty
 * concluded in 1686 between …`, `completed in 1437 a catalogue`; not a count: `increased by 1500 between January and March`,
 * `around 1700 between its two branches`, `grew by 1500 a day`, nor a rate after `in`: `in 1500 a year`).
 */
export const OLD_YEAR_AFTER = new RegExp(
  `(?:${OLD_YEAR_END}|${SP}+(?:to|till|until)${SP}+\\d{3,4}${OLD_YEAR_END}|(?<=(?<![A-Za-z])(?:[Ii]n|[Ss]ince|[Aa]fter)${SP}+\\d{4})${SP}+(?:between|against|amid|an?(?!${SP}+${RATE_UNITS}))(?![A-Za-z]))`,
  'y',
);

/** A year of three digits, maybe a span of two (`870`, `870–950`), read only in the contexts of `ANCIENT_YEAR_BEFORE`. */
export const ANCIENT_YEAR = new RegExp(`([1-9]\\d\\d)(?:${SP}*${DASH}${SP}*([1-9]\\d\\d))?(?![\\dA-Za-z%]|[.,]\\d)`, 'y');
/**
 * A year of three or four digits before its era, after a preposition (`in 325 AD`, `dating back to 1240 A.D.`), closed as an
 * old year is: not before a noun (`of 300 AD systems`: air defence; `In 2023 AD Ports Group …`) nor after a hyphen (`S-300 AD`).
 */
export const ERA_YEAR = new RegExp(
  `(?<=(?<![A-Za-z])(?:[Ii]n|[Aa]round|[Cc]irca|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]o|[Aa]nd|[Bb]etween|[Oo]f|[Bb]y|[Aa]bout|[Bb]efore|[Aa]fter)${SP}+)([1-9]\\d{2,3})${SP}+(?:AD|A\\.D\\.)(?![A-Za-z])(?=${OLD_YEAR_END}|${SP}+(?:to|till|until)(?![A-Za-z]))`,
  'y',
);
/**
 * A life's or a founding's verb, maybe a place, then `in`, `around` or `circa` before such a year (`born around 870 in
 * Otrar`, `died in Damascus in 950`): a plain number elsewhere (`around 300 in total`).
 */
export const ANCIENT_YEAR_BEFORE = new RegExp(
  `(?<=(?<![A-Za-z])(?:born|died|founded|built|lived|ruled|erected|established)(?:${SP}+[^.,;:!?\\n\\d]{1,30})?${SP}+(?:in|around|circa|c\\.)${SP}+)`,
  'y',
);
/** A capitalised word and an opening bracket before a life's span, maybe an approximate one (`Al-Farabi (c. 870–950)`). */
export const LIFE_SPAN_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]* \((?:c\. ?|ca\. ?|circa )?$/u;

/** `the` before `next year` makes it anaphoric or a duration (`in the next year`). */
export const THE_BEFORE = new RegExp(`(?<=(?<![A-Za-z])[Tt]he${SP}+)`, 'y');
/** After a weekday, the week that says which one (group 1: `last`, `next` or `this`). */
export const WEEK_AFTER = new RegExp(`${SP}+([Ll]ast|[Nn]ext|[Tt]his)${SP}+week(?![A-Za-z])`, 'y');
/** After the first weekday of a list, the week written after the last (`on Thursday and Friday next week`; group 1 as above). */
export const LISTED_WEEK_AFTER = new RegExp(`(?:,${SP}*${WEEKDAY})*,?${SP}+(?:and|or)${SP}+${WEEKDAY}${SP}+([Ll]ast|[Nn]ext|[Tt]his)${SP}+week(?![A-Za-z])`, 'y');

/** Before a weekday, the week set off by a comma that says which one (`Next week, on Monday`; group 1 as above). */
export const WEEK_BEFORE = new RegExp(`(?<=(?<![A-Za-z])([Ll]ast|[Nn]ext|[Tt]his)${SP}+week,${SP}*(?:on${SP}+)?)`, 'y');

/** An ordinal before a weekday of a month (`the last Thursday of April`; group 1 the ordinal and its space). */
export const NTH_WEEKDAY_BEFORE = new RegExp(`(?<=(?<![A-Za-z])((?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|[Ff]inal|1st|2nd|3rd|4th)${SP}+))`, 'y');
/** After such a weekday, its month and maybe year (`… of April`, `… of May 2027`; groups 1 and 2). */
export const MONTH_OF_AFTER = new RegExp(`${SP}+of${SP}+(${MONTH_FULL})(?:,?${SP}+(${YEAR}))?`, 'y');

/**
 * A day of the month after a weekday, bare or in brackets (group 1 or 2), before a mark or a small word but for one before a
 * number (not `on Friday 15 people …`, `on Sunday 3 to 1`), and no month written after it in its sentence (`Tuesday 20th
 * to Thursday 22nd October` is a range of days).
 */
export const DAY_AFTER_WEEKDAY = new RegExp(
  `(?:${SP}\\(([1-9]|[12]\\d|3[01])\\)|${SP}([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?)(?=[,.;:!?)]|\\s*$|\\s+(?:in|at|and|to|from|with|by|the|when|until|through)(?![A-Za-z])(?!\\s+\\d))` +
  `(?![^.;\\n]{0,${MONTH_LOOKAHEAD}}(?<![A-Za-z])${MONTH}(?![A-Za-z]))`, 'y');

/** `on Wednesday last week`: a weekday right before a relative week, which only qualifies it. */
export const WEEKDAY_BEFORE = new RegExp(`(?<=(?<![A-Za-z])${WEEKDAY}${SP}+)`, 'y');

/**
 * `the Monday`, `every Sunday`, `each Friday`, `a Saturday school`, `his weekly Friday interview`, `every Saturday and
 * Sunday`, `every day except Monday`: a weekday that names no one day.
 */
export const NO_DAY_BEFORE = new RegExp(
  `(?<=(?<![A-Za-z])(?:(?:[Tt]he|[Aa]|[Ww]eekly)${SP}+|(?:[Ee]very|[Ee]ach)${SP}+(?:day${SP}+except${SP}+)?(?:${WEEKDAY}(?:,?${SP}+(?:and|or)${SP}+|,${SP}*))*))`,
  'y',
);

/**
 * `a Sunday school`, `the Mongolian-language Sunday school`, `Friday Prayer Leader`: a weekday naming a kind of school or
 * prayer names no day; nor one opening a studio's or a paper's name (`of Sunday Pictures`; not `Group` or `Media`,
 * which a title-case headline writes after a day: `Saturday Group Stage Clash`, `Monday Media Briefing`).
 */
export const NAME_AFTER_WEEKDAY = new RegExp(`${SP}+(?:[Ss]chools?|[Pp]rayers?|Pictures|Films|Studios?|Productions|Records|Times|Post|Telegraph|Magazine)(?![A-Za-z])`, 'y');

/** Two weekdays joined as a range, then a clock time: opening hours (`Monday to Friday, 09:30–12:30`) name no day. */
const WEEKDAY_JOIN = `(?:${SP}*${DASH}${SP}*|${SP}+(?:to|through|till)${SP}+)`;
const CLOCK_AFTER = `,?${SP}*(?:from${SP}+)?\\d{1,2}[:.]\\d{2}`;
export const SCHEDULE_FROM = new RegExp(`${WEEKDAY_JOIN}${WEEKDAY}${CLOCK_AFTER}`, 'y');
export const SCHEDULE_TO = new RegExp(`(?<=${WEEKDAY}${WEEKDAY_JOIN})(?=${WEEKDAY}${CLOCK_AFTER})`, 'y');
/**
 * A present verb of a place's or office's hours before `from` and two weekdays (`receives visitors from Tuesday to
 * Thursday`, `is open from Monday to Friday`): no day either (not `works`, `opens`: `the commission works from Monday to
 * Wednesday`, `the fair opens from Friday to Sunday`).
 */
const HOURS_VERB = `(?<![A-Za-z])(?:(?:is|are)${SP}+open|receives${SP}+(?:visitors|citizens|applicants|guests)|operates|accepts${SP}+(?:applications|visitors))${SP}+from${SP}+`;
/** (Not a range whose week or place is written: `opens from Monday to Wednesday next week`, `receives citizens from Monday to Wednesday in Busan`.) */
const NO_WEEK_AFTER = `(?![A-Za-z]|${SP}+(?:(?:next|this|last|previous|coming)${SP}+week|in${SP}+[A-Z]))`;
export const HOURS_FROM = new RegExp(`(?<=${HOURS_VERB})(?=${WEEKDAY}${WEEKDAY_JOIN}${WEEKDAY}${NO_WEEK_AFTER})`, 'y');
export const HOURS_TO = new RegExp(`(?<=${HOURS_VERB}${WEEKDAY}${WEEKDAY_JOIN})(?=${WEEKDAY}${NO_WEEK_AFTER})`, 'y');

/** Words before a lone month name that make it a calendar reference (`in July`, `since December`, `no later/earlier than May`, `between January and …`, `mid-March`, `March and April`, `May-June`, `ahead of the October summit`, `as early as October`, `as recently as May`, `as of March`, `Results of February`, `the main events of February`, `most of January`). */
export const MONTH_CONTEXT = new RegExp(
  `(?<=(?:(?<![A-Za-z])(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Tt]hroughout|[Tt]hrough|[Ff]rom|[Bb]etween|[Tt]o|[Bb]efore|[Aa]fter|[Ff]or|[Ee]arly|[Ll]ate|(?:[Nn]o|[Nn]ot)${SP}+(?:later|earlier)${SP}+than|IN|SINCE|UNTIL|BY|DURING|FROM|TO|FOR|(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|[Hh]alf|[Dd]ecade|[Ww]eeks?|[Ff]ortnights?|[Mm]onths?|[Dd]ays|[Rr]esults|[Oo]utcomes|[Ss]ummary|[Hh]ighlights|[Dd]igest|[Rr]eview|[Ee]vents|[Aa]ctivities|[Mm]ost|[Pp]art|[Rr]est)${SP}+of)${SP}+(?:(?:early|late)${SP}+|mid${DASH}?)?|(?<![A-Za-z])(?:[Mm]id|[Ee]nd|[Ee]arly|[Ll]ate)${DASH}|(?<![A-Za-z])[Cc]ompared${SP}+(?:with|to)${SP}+|(?<![A-Za-z])[Aa]s${SP}+(?:(?:early|soon|late|recently)${SP}+as|of)${SP}+|(?<![A-Za-z])[Aa]head${SP}+of${SP}+(?:the${SP}+)?|${MONTH_FULL}(?:,?${SP}+(?:and|or|to|through(?:${SP}+to)?)${SP}+|,${SP}*|${SP}*${DASH}${SP}*)))`,
  'y',
);
// (`the February issue of the journal`, `the September event`, `the June visit`, `the April mudflows`, `the February
// snowstorms`: or a periodical's issue, an event, a disaster, a report: `the June projections`.)
const EVENT_NOUN = `${SP}+(?:(?:summit|referendum|election|session|plenary|congress|conference|forum|vote|poll|plenum|issue|event|visit|trip|meeting|round|decree|flood|mudflow|earthquake|quake|landslide|wildfire|storm|snowstorm|blizzard|snowfall|rain|rainfall|downpour|frost|heatwave|cyclone|typhoon|hurricane|outage|blackout|attack|protest|performance|concert|report|projection|forecast|cut|hike|result|figure|statistic|indicator|export|import|sale|payment)s?|hold|talks|tour|ceremony|festival|games|match|matches|friendlies|qualifiers|fixtures|window|flooding|crisis|data|inflation|output)(?![A-Za-z])`;
/** `at March summit`, `in the March referendum`, `the June elections`, `the January figures`: a month before the event or the figures it dates. */
export const MONTH_EVENT_AFTER = new RegExp(EVENT_NOUN, 'y');
/** `December events of 1986`: the year the month's event is of, written after it. */
// (The year closes the phrase, not a count or a year before its noun: `the September forum of 2000 entrepreneurs`, `the May
// forecast in 2025 prices`.)
export const EVENTS_YEAR_AFTER = new RegExp(`${EVENT_NOUN}${SP}+(?:of|in)${SP}+(${YEAR})(?=[.,;:!?)]|$|${SP}+(?:was|were|is|are|has|had|will|took|in|at|on|to|and${SP}+(?!${YEAR})|the|which|that|when|where|they|he|she|we|it)(?![A-Za-z]))`, 'y');
/** `the June climate talks`: after `the`, maybe past one lower-case word. */
export const MONTH_QUALIFIED_EVENT_AFTER = new RegExp(`${SP}+[a-z]+${EVENT_NOUN}`, 'y');
/**
 * `traditionally held`: what is done each year as a custom, before `in` or `on` (not told as done: `was traditionally held
 * in March`; nor a custom kept in a verb of its own: `traditionally on March 8 congratulated`).
 */
export const TRADITIONALLY = `(?<!(?:was|were)${SP}+)[Tt]raditionally${SP}+(?:held|hosted|celebrated|observed|marked|organi[sz]ed)${SP}+`;
/**
 * `every April and October`, `each March`, `which takes place every year in October`, `held annually in July`,
 * `traditionally held in July`: a month, maybe in a list, that recurs and names no one month.
 */
export const EVERY_MONTH_BEFORE = new RegExp(
  `(?<=(?<![A-Za-z])(?:(?:[Ee]very|[Ee]ach)${SP}+(?:year${SP}+in${SP}+)?|(?:annually|yearly)${SP}+in${SP}+|${TRADITIONALLY}in${SP}+)(?:${MONTH_FULL}(?:,?${SP}+(?:and|or)${SP}+|,${SP}*))*)`, 'y');
/** `February and March 2026`: a month joined to a later one that writes its year, which both share. */
export const MONTH_AND_DATED_MONTH = new RegExp(`,?${SP}+(?:and|or)${SP}+(${MONTH_FULL})${SP}+${YEAR}`, 'y');
/**
 * `December and January salaries`: a month joined to another by `and` or `or` that writes no year (`December and January
 * 2026` may cross the year: MONTH_AND_DATED_MONTH decides).
 */
export const MONTH_AND_MONTH = new RegExp(`,?${SP}+(?:and|or)${SP}+${MONTH_FULL}(?![A-Za-z])(?!,?${SP}+\\d)`, 'y');
/** `January-September 2025`, `January to June 2027`: a lone month opening a month range. */
export const MONTH_RANGE_AFTER = new RegExp(`(?:${SP}*${DASH}${SP}*|${SP}+(?:to|through(?:${SP}+to)?)${SP}+)${MONTH_FULL}`, 'y');
/** `around June`: a month a date only when it is no surname too (`rallied around May`). */
export const AROUND_BEFORE = new RegExp(`(?<=(?<![A-Za-z])[Aa]round${SP}+)`, 'y');
/** `since December`: the month is the latest one on or before the stamp. */
export const SINCE_BEFORE = new RegExp(`(?<=(?<![A-Za-z])[Ss]ince${SP}+)`, 'y');
/** `June will open with …`, `March saw …`: a verb after a month that opens a sentence as its subject. */
export const MONTH_SUBJECT_AFTER = new RegExp(`${SP}+(?:will|is|was|has|had|marks|marked|saw|sees|brings|brought)(?![A-Za-z])`, 'y');
/** `the turbulence of January`: a lower-case noun and `of` before a month (one that is no verb nor adjective too). */
export const NOUN_OF_BEFORE = new RegExp(`(?<=(?<![A-Za-z])[a-z]{3,}${SP}+of${SP}+)`, 'y');
/** A lone month that is a holiday's name, not a date: `May Day`. */
export const MONTH_NOT_DATE = new RegExp(`${SP}+Day(?![A-Za-z])`, 'y');

/**
 * `this year`, `last year`, `of the current year`, `period this year` (group 1: the qualifier) right after a year-less
 * date fixes its year and is no mention of its own.
 */
export const YEAR_QUALIFIER = new RegExp(`,?${SP}+(?:period${SP}+(?:of${SP}+(?:the${SP}+)?)?|of${SP}+(?:the${SP}+)?)?([Tt]his|[Ll]ast|[Nn]ext|current)${SP}+year(?![A-Za-z])`, 'y');

/**
 * A quarter, half or run of months or quarters before a year (`first quarter of `, `second half of the `, `latter half of `, `first quarter `
 * before `next year`, `Q1 `, `H2 `, `9M `,
 * `first nine months of `, `first three quarters of `, `the first month of `, `the last quarter of `): group 1 the whole
 * prefix, group 2 the ordinal, group 3 `quarter`, `half` or `semester`, group 4 `first`, `last` or `final` (none in
 * `9 months of this year`, the first nine), group 5 how many months or quarters (none for one), group 6 which, group 7
 * `Q` or `H`, group 8 its number, group 9 the months of a reporting period (`9M 2025`, the first nine; six, nine or twelve:
 * `3M 2025` is a company's name, `2M 2026 trees` a count); in any case.
 */
export const YEAR_PART_BEFORE = new RegExp(
  `(?<=(?<![A-Za-z\\d])((?:(first|second|third|fourth|1st|2nd|3rd|4th|latter)${SP}+(quarter|half|semester)(?:${SP}+of(?:${SP}+the)?)?|(?:(first|last|final)${SP}+)?(?:(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])${SP}+)?(months?|quarters?)${SP}+of(?:${SP}+the)?|([QH])([1-4])|(?<![\\d.,-])(6|9|12)M)${SP}+))`,
  // Any case: headlines write `First Nine Months of 2026`.
  'iy',
);

/** `the day before yesterday`, `the day after tomorrow`: the words (group 1) before the day word, and which (group 2). */
export const DAY_BEFORE_AFTER = new RegExp(`(?<=(?<![A-Za-z])([Dd]ay${SP}+(before|after)${SP}+))`, 'y');

/** Between months of a list that share the year written after the last: `January and March 2024`, `January, February and March 2024`. */
export const MONTH_LIST_LINK = new RegExp(`^(?:,?${SP}+(?:and|or)${SP}+|,${SP}*)$`);
/**
 * Between a day or week word and the written date it qualifies: `Tomorrow, 1 January 2024`, `on 5 March, today`,
 * `today (March 5, 2026)`, `next week, on April 22`, `today, Tuesday 17 March` (the weekday qualifies the day too).
 */
export const DAY_WORD_APPOSITION = new RegExp(`^(?:,${SP}*(?:(?:on|from)${SP}+)?|${SP}*\\(${SP}*(?:on${SP}+)?)(?:${WEEKDAY},?${SP}+)?$`);

/** Between two dates that form a range: a dash always; `to` after `from`, `and` after `between`. */
// (`Tuesday, 19 May – Wednesday, 20 May`: maybe before the second day's weekday.)
export const RANGE_DASH = new RegExp(`^${SP}*${DASH}${SP}*(?:${WEEKDAY},?${SP}+)?$`);
/** A part of a month before its name (`from late April to mid-May`), or a day's weekday (`from Sunday, August 31 to Thursday, September 4`). */
const MONTH_PART = `(?:(?:early|late|mid)${SP}+|(?:mid|end|early|late)${DASH}|${WEEKDAY},?${SP}+)?`;
// `from September 1, 2025, to March 1, 2026`: a comma may close the first date's year; `through to` is `through`.
export const RANGE_WORD = new RegExp(`^(?<comma>,)?${SP}+(?<word>[Tt]o|[Tt]hrough|[Tt]ill|[Uu]ntil|[Aa]nd)(?:(?<=[Tt]hrough)${SP}+to)?${SP}+${MONTH_PART}$`);
/** `from Monday, 22 September, through Wednesday, 24 September`: a weekday and its comma before a day. */
export const WEEKDAY_COMMA_BEFORE = new RegExp(`(?<=${WEEKDAY},${SP}+)`, 'y');
/** `from` or `between` before a range's first date, maybe with its ordinal day's article (`between the 3rd and the 5th of March`). */
export const RANGE_OPENER = new RegExp(`(?<=(?<![A-Za-z])(?<word>[Ff]rom|[Bb]etween)${SP}+(?:${MONTH_PART}|the${SP}+(?=\\d\\d?(?:st|nd|rd|th))))`, 'y');
/**
 * `postponed from 2025 to mid-2026`: a date's move names two dates, no range (not a period: `delayed from January to May`,
 * `moved back from 1991 to 2025`).
 */
export const MOVED_FROM = new RegExp(`(?<=(?<![A-Za-z])(?:[Pp]ostponed|[Rr]escheduled|[Dd]eferred|[Pp]ushed${SP}+[Bb]ack|[Bb]rought${SP}+[Ff]orward|[Pp]ut${SP}+[Oo]ff)${SP}+[Ff]rom${SP}+${MONTH_PART})`, 'y');
/** A mention that is a bare weekday. */
export const WEEKDAY_WORD = new RegExp(`^${WEEKDAY}$`);
/**
 * Between a weekday and the written day it qualifies: `Thursday, 27 March`, `Thursday the 27th of March`, `Thursday (27 March)`,
 * `Monday evening, 23 September`, `next Saturday, on 22 November`.
 */
export const WEEKDAY_BEFORE_DAY = new RegExp(`^(?:(?:${SP}+(?:morning|afternoon|evening|night))?(?:,${SP}*on${SP}+|,?${SP}*)(?:the${SP}+)?|${SP}*\\(${SP}*)$`);
/** Between weekdays that a bracketed day after them qualifies together: `Sunday and Monday (9 and 10 November)`. */
export const WEEKDAY_JOINER = new RegExp(`^(?:${SP}+(?:and|to|through|till)${SP}+|${SP}*${DASH}${SP}*|,${SP}*)$`);
/** Between the last weekday of a joined list and the day or days that qualify the list. */
export const WEEKDAYS_BEFORE_DAY = new RegExp(`^(?:,${SP}*|${SP}*\\(${SP}*)$`);
/** Between a written day and the weekday that qualifies it: `27 March (Thursday)`, `27 March, Thursday`. */
export const WEEKDAY_AFTER_DAY = new RegExp(`^(?:,?${SP}*|${SP}*\\(${SP}*)$`);

/**
 * `the 12th.`, `the 17th and 18th`, `the 21st of this month`: an ordinal day, or two, before the end of its clause, maybe with
 * its month said by `this`/`next`/`last`.
 */
export const ORDINAL_DAY = new RegExp(
  `(\\d\\d?)(?:st|nd|rd|th)(?:(?:${SP}*${DASH}${SP}*|${SP}+(?:and|to)${SP}+)(?:the${SP}+)?(\\d\\d?)(?:st|nd|rd|th))?(?:${SP}+of${SP}+(this|next|last|the)${SP}+month)?` +
  `(?=${SP}*(?:[.,;:!?)\\r\\n]|$))(?!,${SP}*\\d)`,
  'y',
);
/** The preposition (group 1) and `the` before such a day (`on the 12th`, `by the 21st`; not `since the 19th`, `up from the 7th`). */
export const ORDINAL_DAY_BEFORE = /(?<=(?<![A-Za-z])([Oo]n|[Bb]y) the )/y;
