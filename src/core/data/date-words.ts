/**
 * Word lists for the date finder. Plain data: the patterns in
 * `annotate/date-patterns.ts` are built from them once, at load.
 */

/** Month names in calendar order, each with the abbreviations English news uses. */
export const MONTHS: readonly { name: string; abbreviations: readonly string[] }[] = [
  { name: 'January', abbreviations: ['Jan'] },
  { name: 'February', abbreviations: ['Feb'] },
  { name: 'March', abbreviations: ['Mar'] },
  { name: 'April', abbreviations: ['Apr'] },
  { name: 'May', abbreviations: [] },
  { name: 'June', abbreviations: ['Jun'] },
  { name: 'July', abbreviations: ['Jul'] },
  { name: 'August', abbreviations: ['Aug'] },
  { name: 'September', abbreviations: ['Sept', 'Sep'] },
  { name: 'October', abbreviations: ['Oct'] },
  { name: 'November', abbreviations: ['Nov'] },
  { name: 'December', abbreviations: ['Dec'] },
];

/** Weekday names, Sunday first so the index equals `Date.getUTCDay()`. */
export const WEEKDAYS: readonly string[] = [
  'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
];

/** Weekdays abbreviated, as East Asian releases write them in brackets after a day (`February 12 (Thu.)`). */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun'];

/**
 * Capitalised words that may stand right before a year, weekday or `today`
 * without making it part of a name (`In 2025`, `Since 1992`, `The 2030 Agenda`).
 * Any other capitalised word there marks a name: `Expo 2017`, `Black Friday`,
 * `Europe Today`. Compared in lower case; months and weekdays are added in code.
 */
export const WORDS_BEFORE_DATES: readonly string[] = [
  'a', 'about', 'after', 'again', 'ahead', 'also', 'amid', 'among', 'and', 'around', 'as', 'at',
  'back', 'because', 'before', 'beginning', 'between', 'beyond', 'both', 'but', 'by', 'circa',
  'during', 'early', 'earlier', 'effective', 'end', 'ending', 'even', 'for', 'from', 'half', 'if',
  'in', 'including', 'into', 'is', 'its', 'late', 'later', 'mid', 'middle', 'not', 'of', 'on',
  'only', 'or', 'over', 'past', 'since', 'so', 'start', 'starting', 'still', 'than', 'that', 'the',
  'their', 'then', 'this', 'through', 'throughout', 'till', 'to', 'toward', 'towards', 'until',
  'up', 'was', 'when', 'while', 'with', 'within', 'year', 'spring', 'summer', 'autumn', 'fall',
  'winter',
  // A bond's maturity (`notes due 2031`, `Eurobond Due 2031`).
  'due',
  // A holiday's day (`on Christmas Day 2024`, `Independence Day 2025`): the year is the day's.
  'day',
  // A headline's quarter or half before its year (`Exports Up by Third Quarter 2026`), and its fiscal year (`Appropriation for
  // Fiscal 2026`, `Testifies on FY 2027 Budget`).
  'quarter', 'half', 'fiscal', 'fy',
];

/** Verbs of a title-case headline before `Today`, `Tomorrow` (with the headline verbs of the name finder). */
export const DAY_WORD_VERBS: readonly string[] = ['be', 'held', 'begins', 'starts', 'ends', 'continues', 'resumes', 'place', 'kicks', 'off', 'open', 'opens', 'start', 'begin',
  'arrive', 'arrives', 'depart', 'departs', 'return', 'returns', 'end', 'close', 'closes'];

/** Words that label a number as an identifier, not a year: `section 2019`, `No. 2025`. */
export const NUMBER_LABELS: readonly string[] = [
  'no', 'nos', 'nr', 'number', 'num', 'section', 'sec', 'article', 'art', 'paragraph', 'para',
  'clause', 'item', 'chapter', 'page', 'p', 'pp', 'resolution', 'decree', 'order', 'law', 'act',
  'room', 'flight', 'route', 'bus', 'train', 'platform', 'gate', 'code', 'tel', 'phone', 'fax',
  'ext', 'box', 'building', 'house', 'apt', 'apartment', 'office', 'plot', 'model', 'version', 'v',
  'lot', 'file', 'case', 'ref', 'id', 'inv',
];

/**
 * Nouns that make a preceding number a quantity, not a year (`2025 tons`,
 * `2000 participants`), plus number words (`2025 million`).
 */
export const QUANTITY_WORDS: readonly string[] = [
  'people', 'persons', 'participants', 'delegates', 'guests', 'visitors', 'tourists', 'residents',
  'citizens', 'students', 'pupils', 'children', 'families', 'workers', 'employees', 'specialists',
  'experts', 'members', 'soldiers', 'troops', 'officers', 'volunteers', 'athletes', 'votes', 'seats',
  'companies', 'enterprises', 'firms', 'businesses', 'projects', 'jobs', 'workplaces', 'units', 'items', 'cars',
  'vehicles', 'trucks', 'wagons', 'containers', 'houses', 'homes', 'apartments', 'flats', 'schools',
  'hospitals', 'beds', 'documents', 'agreements', 'contracts', 'books', 'copies', 'cases', 'times',
  'pieces', 'heads', 'animals', 'trees', 'flights', 'tons', 'tonnes', 'ton', 'tonne', 't', 'kg',
  'kilograms', 'grams', 'g', 'km', 'kilometers', 'kilometres', 'm', 'meters', 'metres', 'miles',
  'hectares', 'ha', 'acres', 'barrels', 'liters', 'litres', 'cubic', 'square', 'sq', 'mw', 'gw',
  'kw', 'kwh', 'megawatts', 'dollars', 'usd', 'euros', 'eur', 'tenge', 'kzt', 'rubles', 'roubles',
  'yuan', 'yen', 'won', 'pounds', 'francs', 'manat', 'som', 'soms', 'sums', 'lira', 'rupees',
  'percent', 'per', 'million', 'billion', 'thousand', 'trillion', 'hundred', 'years', 'days',
  'hours', 'minutes', 'seconds', 'months', 'weeks', 'decades', 'centuries',
];

/**
 * Plural nouns of people, vessels and animals that a year may describe as well as count (`the 2026 doctors' congress`,
 * `up to 1800 passengers`): they count only where the words around the number read a count (see date-context).
 */
export const COUNTED_BEINGS: readonly string[] = [
  'passengers', 'patients', 'teachers', 'doctors', 'nurses', 'refugees', 'migrants', 'pilgrims', 'researchers', 'scientists',
  'farmers', 'entrepreneurs', 'spectators', 'attendees', 'exhibitors', 'journalists', 'engineers', 'seafarers', 'ships',
  'vessels', 'aircraft', 'planes', 'buses', 'tractors', 'sheep', 'cattle', 'horses', 'camels', 'goats', 'cows', 'doses',
  'rooms', 'exhibits', 'artefacts', 'artifacts', 'manuscripts',
];

/** Words in a sentence that put a bare weekday in the future (`will meet on Monday`). */
export const FUTURE_CUES: readonly string[] = [
  'will', 'shall', 'would', 'scheduled', 'planned', 'plans to', 'plan to', 'expected',
  'upcoming', 'forthcoming', 'going to', 'intends', 'set to', 'coming', 'tomorrow', 'to be',
  'is to', 'are to', 'is due to', 'are due to', 'was due to', 'were due to', 'is due in', 'are due in', 'also due to', 'agreed to', 'decided to',
  // An obligation (`must be inspected by Friday`).
  'must', 'should be', 'need to', 'needs to', 'has to', 'have to',
  // A deadline (`were urged to register no later than Monday`).
  'no later than', 'not later than',
  // An event still going on (`the forum, which runs until Saturday`).
  'runs until', 'run until', 'lasts until', 'last until', 'continues until', 'continue until', 'runs through', 'open until',
  'running until', 'lasting until', 'continuing until', 'running through',
  // A scheduled end or start, in the present (`his visit, which ends on Monday`).
  'ends on', 'end on', 'begins on', 'begin on', 'starts on', 'start on', 'opens on', 'closes on', 'concludes on',
  // A visit or a stay going on (`who is on a four-day visit to Seoul through Sunday`).
  'is on a', 'are on a', 'is on an', 'are on an', 'is currently', 'are currently',
  // A rule's start in the present (`the withdrawal takes effect on Thursday`).
  'takes effect', 'take effect', 'comes into force', 'come into force', 'enters into force', 'enter into force',
  // A sale or an event announced in the present (`tickets go on sale on Monday`, `the final takes place on Sunday`).
  'go on sale', 'goes on sale', 'takes place on', 'take place on', 'kicks off on', 'kick off on',
  // One's mission or visit ending, in the present (`who completes his diplomatic mission on Friday`).
  'completes his', 'completes her', 'concludes his', 'concludes her', 'ends his', 'ends her',
];

/** Irregular past forms that put a bare weekday in the past; regular `-ed` forms are matched by shape. */
export const PAST_CUES: readonly string[] = [
  'was', 'were', 'had', 'held', 'met', 'made', 'took', 'gave', 'paid', 'said', 'told', 'spoke',
  'came', 'went', 'left', 'sent', 'led', 'began', 'saw', 'became', 'brought', 'won', 'wrote', 'read',
  'heard', 'thought', 'felt', 'kept', 'found', 'flew', 'drove', 'rode', 'ran', 'sat', 'stood', 'rose',
  'laid', 'built', 'spent', 'lost', 'taught', 'sought', 'bought', 'fought', 'drew', 'grew', 'knew', 'threw', 'withdrew', 'chose',
  'fell', 'broke', 'sang', 'undertook', 'oversaw', 'overcame', 'understood', 'struck', 'swore', 'dealt', 'lent', 'meant',
  'yesterday', 'ago',
  // Regular past forms too short for the shape (`used a joint address on Sunday`).
  'used', 'died', 'tied', 'owed',
  // What an outcome followed (`agreed to reopen the crossing, following talks in Kabul on Friday`).
  'following',
];

/** `-ed` words that are not past tense. */
export const NOT_PAST_ED: readonly string[] = [
  'need', 'indeed', 'speed', 'seed', 'feed', 'proceed', 'exceed', 'succeed', 'bed', 'red', 'shed',
  'breed', 'embed', 'deed', 'greed', 'hundred', 'planned', 'scheduled', 'expected', 'intended',
  // `will hold talks … on Thursday, followed by meetings … on Friday`: a participle after the clause it follows.
  'followed',
];

/**
 * Months of the Hijri, Solar Hijri and Hebrew calendars, which the annotator does not read as dates (guide: not
 * required); a weekday written before one of their days qualifies that day.
 */
export const OTHER_CALENDAR_MONTHS: readonly string[] = [
  'Muharram', 'Safar', 'Rabi', 'Rabiul', 'Jumada', 'Jumadil', 'Rajab', 'Shaban', 'Shaaban', 'Sha’ban', "Sha'ban", 'Ramadan', 'Shawwal', 'Dhu', 'Dhul',
  'Zulkaedah', 'Zulhijjah',
  'Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Amordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand',
  'Tishrei', 'Heshvan', 'Cheshvan', 'Kislev', 'Tevet', 'Shevat', 'Adar', 'Nisan', 'Iyar', 'Sivan', 'Tammuz', 'Elul',
];

/** Counts in words, of months or quarters (`the first nine months of`) and of a group of states (`the five EAEU states`). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** The days of a month as spelt ordinals (`first` … `thirty-first`), in order: the first of April is day 1. */
export const DAY_ORDINAL_WORDS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth',
  'thirty-first',
];
