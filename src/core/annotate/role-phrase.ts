/**
 * Finds the role written before a name: a title phrase
 * (`Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Arman
 * Issetov`, `Ambassador of Kazakhstan to Spain, Danat Mussayev`), and the
 * word tests that the apposition after a name (role-apposition) shares.
 *
 * Role conventions: the phrase as written, from its first title word or the
 * nationality, acronym or possessive that qualifies it (`Kazakh Foreign
 * Minister`, `EU High Representative`, `Spain’s Minister of Foreign Affairs`)
 * to its last capitalised word; no leading `the`, no honorific, no trailing
 * punctuation or connector; complements run through `of/for/to/in/at/and/the`
 * and inner commas (`Minister of Investment, Regional Development and ...`).
 */
import { adjacent, firstWordOf, isSuspendingHyphen, type Token } from './name-tokens';
import { CLOSING_DOUBLE_QUOTES, OPENING_DOUBLE_QUOTES } from './name-chars';
import { DEGREES, HEADLINE_VERB_SET, HONORARY_OPENERS, isPluralHeadlineVerb, isSeatLetters, LEGAL_FORM_SET, OCCUPATION_SET, isCommonEnglishWord, isPostNominal, isLegalFormWord, isNationality, isWordClass, PLACE_CLOSER_SET, PLACE_DIRECTION_SET, type TokenClass } from './name-lexicon';
import { ACADEMIC_STYLE_TITLES, DEPUTY_WORDS, KIN_WORDS, LOWER_QUALIFIERS, MEMBER_CHAMBERS, MILITARY_UNITS, UNIT_LEADERS, RANK_QUALIFIERS, RANK_TITLES, RETIRED_MARKS, ROLE_CONNECTORS, STYLE_TITLES, TITLE_QUALIFIERS } from '../data/titles';
import { capitalCities } from '../data/countries';
import { REGNAL_NUMERAL } from '../data/name-particles';
import { COMPANY_GROUPS, COMPANY_NOUNS, FIELD_ACRONYMS, MEDIA_NOUNS, MONTH_ABBREVIATIONS, MULTIWORD_PLACES, PLACE_NAME_OPENERS, PLACES_AFTER_OFFICES, REGIONAL_CITIES, UK_NATIONS } from '../data/name-stopwords';
import { COUNT_WORDS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../data/date-words';

export interface LineView {
  text: string;
  tokens: Token[];
  cls: TokenClass[];
  /** The line holds a double quotation mark or a guillemet. */
  quoted: boolean;
  /** The line is a headline in title case (set by the finder once it knows). */
  titleCase: boolean;
}

/** Token indexes, both inclusive. */
export interface RoleSpan {
  first: number;
  last: number;
}

export interface RoleBefore {
  role: RoleSpan;
  /** The role reaches the name through a complement (`of X`), not a title word. */
  viaComplement: boolean;
  /** A comma stands between the role and the name (`Ambassador of Kazakhstan to Spain, Danat Mussayev`). */
  viaComma: boolean;
}

const MAX_WALK = 40;
/** How many titles deep a role is followed out of complements (`of the … of the …`). */
const MAX_NESTING = 8;
export const DASHES = new Set(['-', '–', '—']);
const LOWER_TITLE_QUALIFIERS = new Set(LOWER_QUALIFIERS);
const RANKS = new Set(RANK_TITLES);
const RANK_QUALIFIER_SET = new Set(RANK_QUALIFIERS);
/** Title words that only qualify the title after them (`Deputy Amir`, `the governor and deputy governor`). */
export const DEPUTY_WORD_SET: ReadonlySet<string> = new Set(DEPUTY_WORDS);
const STYLES = new Set(STYLE_TITLES);
/** Ranks of armed forces, written after the office they hold (`Minister of Defense of X Colonel General`). */
const MILITARY_RANKS = new Set(['general', 'admiral', 'colonel', 'major', 'marshal', 'brigadier', 'lieutenant', 'captain', 'sergeant', 'corporal', 'gen', 'gen.', 'col', 'col.', 'adm', 'adm.', 'sgt.', 'cpl.', 'lt', 'lt.', 'capt', 'capt.', 'maj', 'maj.', 'brig', 'brig.',
  // Hyphenated (`Colonel-General`, `Rear-Admiral`).
  'colonel-general', 'lieutenant-general', 'major-general', 'brigadier-general', 'lieutenant-colonel', 'rear-admiral', 'vice-admiral',
  // Thailand's Air Chief Marshal and Air Vice-Marshal.
  'acm', 'avm']);
/** Words that open a military rank of two words or more (`Major General`, `Vice Admiral`, `Lt. Gen.`, `Senior Lieutenant General`, `Group Captain`). */
const RANK_OPENERS = new Set(['major', 'vice', 'rear', 'air', 'field', 'police', 'army', 'first', 'chief', 'senior', 'staff', 'group', 'lt', 'lt.', 'maj', 'maj.', 'brig', 'brig.', 'pol.', 'retired']);
/** How many lower-case words may stand between a name's comma and its role (`newly appointed`). */
export const MAX_ROLE_LEAD = 2;

/** Weekdays in lower case: no role runs through one. */
const WEEKDAY_NAMES = new Set(WEEKDAYS.map((w) => w.toLowerCase()));
/** Months and weekdays in lower case (not holidays: `Nauryz Bank`); a month may stand in a role (`President of the Security Council for June`). */
export const CALENDAR = new Set([...MONTHS.map((m) => m.name.toLowerCase()), ...WEEKDAY_NAMES]);

/** The pronoun opening a ruler's style (`His Majesty`, `Her Highness`), and the style's last word. */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);
export const RULERS_STYLES = new Set(['majesty', 'highness', 'holiness']);

/** Monarchs named after their style and `the` (`HM the King`). */
const STYLED_RULERS = new Set(['king', 'queen']);
/** A monarch's style written in letters (`HM`, `H.M.`). */
const MONARCH_LETTERS = new Set(['hm', 'h.m.']);

/** `… to HM the King`, `… of His Majesty the King` ending at token `end`: the `to` or `of` before the style, if so. */
function styledRulerLink(v: LineView, end: number): number | undefined {
  if (!STYLED_RULERS.has(v.tokens[end]?.lower ?? '') || v.tokens[end - 1]?.lower !== 'the') return undefined;
  let k = end - 2;
  if (MONARCH_LETTERS.has(v.tokens[k]?.lower ?? '')) k--;
  else if (RULERS_STYLES.has(v.tokens[k]?.lower ?? '') && POSSESSIVE_PRONOUNS.has(v.tokens[k - 1]?.lower ?? '')) k -= 2;
  else return undefined;
  const link = v.tokens[k]?.lower;
  return link === 'to' || link === 'of' ? k : undefined;
}

/** Most words of a place glued to `-based` (`Abu Dhabi-based`). */
const MAX_BASED_PLACE = 3;

/** A connector opens the place at token `start` (`of UAE-based`, `of the Abu Dhabi-based`; not `, the Moscow-based`). */
function isBodysPlaceAfterConnector(v: LineView, start: number): boolean {
  const before = v.tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  return v.cls[before] === 'connector' && v.tokens[before].lower !== 'the';
}

/** Where the capitalised words of a place written before token `k` (`the Abu Dhabi-based`: `Abu`) open. */
function placeStartBefore(v: LineView, k: number): number {
  let start = k;
  while (start > 0 && k - start < MAX_BASED_PLACE && v.tokens[start - 1].upper && (v.cls[start - 1] === 'name' || v.cls[start - 1] === 'caps') && adjacent(v.text, v.tokens[start - 1], v.tokens[start])) start--;
  return start;
}

/** Tokens `k` to `k + 2` are a ruler's style as an owner (`His Majesty’s Ambassador`): the office is the state's. */
export function isRulersPossessive(v: LineView, k: number): boolean {
  return POSSESSIVE_PRONOUNS.has(v.tokens[k]?.lower ?? '') && RULERS_STYLES.has(v.tokens[k + 1]?.lower ?? '') &&
    v.cls[k + 2] === 'possessive' && v.tokens[k + 1].end === v.tokens[k + 2].start;
}

/**
 * The role that ends at token `end` (the token just before a name), if any.
 * `joins`: how many more offices joined by a dash, a slash, a comma or `and` it may take in (two:
 * `Founder of Peace and National Unity – Leader of the Nation, President of the Republic of Tajikistan`).
 */
export function roleBefore(v: LineView, end: number, joins = 2): RoleBefore | undefined {
  // `… to the celebrations of the 181st anniversary of Abai Kunanbayuly`: the one whose anniversary it is holds no office before it.
  if (isLifeEventsOf(v, end)) return undefined;
  if (COPULAS.has(v.tokens[end]?.lower ?? '')) return subjectsOffice(v, end);
  // `chairman of UAE-based Al Noor Logistics`: where a body is based qualifies the body's name after it, no one's office
  // (where the holder is, after the office, does not: `Ambassador of Malta, Moscow-based X`).
  if (v.tokens[end]?.text.endsWith('-based') && isBodysPlaceAfterConnector(v, placeStartBefore(v, end))) return undefined;
  const office = officeBeforeName(v, end, joins) ?? bodyHeadBefore(v, end) ?? lowerBodysOf(v, end, joins) ?? unitsPlaceAfterBody(v, end, joins) ?? officeBeforeColleague(v, end, joins);
  // `the independence hero X`, `the national hero X`: a hero in lower case is a description, not the state's title `Hero of …`.
  if (office && HONOURS.has(v.tokens[office.role.last].text)) return undefined;
  if (office && isMonarchsKinTitle(v, office.role, end)) return { ...office, role: { first: office.role.first, last: end } };
  return office && !isKinsOffice(v, office.role, end) && !isAppositionsGloss(v, office.role, end) ? withoutAsideBefore(v, withPartyBefore(v, afterHeadlineVerb(v, office))) : undefined;
}

const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);

/**
 * `The chairman of the association is X`, `Its chairman is X`: the office that opens a sentence, after `the` or an owner's
 * pronoun, and is the subject of the copula at token `end`.
 */
function subjectsOffice(v: LineView, end: number): RoleBefore | undefined {
  const office = end > 1 ? officeBeforeName(v, end - 1, 0) : undefined;
  if (office === undefined || office.viaComma || office.role.last !== end - 1) return undefined;
  let first = office.role.first;
  if (first > 0 && isLowerQualifier(v, first - 1)) first--;
  const opener = v.tokens[first - 1];
  const owned = opener !== undefined && (opener.lower === 'the' || OWNER_PRONOUNS.has(opener.lower)) && isSentenceStart(v, first - 1);
  return owned || isSentenceStart(v, first) ? { ...office, role: { first, last: office.role.last } } : undefined;
}

/** Token `end` is the `of` after a noun of a life's event (`the anniversary of`, `the memory of`). */
function isLifeEventsOf(v: LineView, end: number): boolean {
  const noun = v.tokens[end - 1];
  return v.tokens[end]?.lower === 'of' && noun !== undefined && !noun.upper && LIFE_EVENTS.has(lastWord(v, noun));
}

const LIFE_EVENTS: ReadonlySet<string> = new Set(['anniversary', 'birthday', 'jubilee', 'centenary', 'centennial', 'bicentenary', 'memory', 'death', 'passing', 'funeral']);

/**
 * `Dr. X, Chair of the Board of the Delegation of German Economy for Central Asia (AHK Zentralasien)`: brackets opening
 * with an acronym after an office set off after a name (maybe its letters) gloss the office's body; they name no second
 * holder (one in a list may: `A, the mayor of Osh (B) and C`).
 */
function isAppositionsGloss(v: LineView, role: RoleSpan, end: number): boolean {
  if (v.tokens[end]?.text !== '(' || v.cls[end + 1] !== 'caps') return false;
  let k = role.first - 1;
  if (v.tokens[k]?.lower === 'the') k--;
  return v.cls[k] === 'comma' && (v.cls[k - 1] === 'name' || (k > 0 && isPostNominal(v.tokens[k - 1])));
}

/** Kin words (`wife`, `son`), looked up as a set. */
export const KIN: ReadonlySet<string> = new Set(KIN_WORDS);

/** `Queen Mother X`, `King Father X`: a capitalised kin word right after a monarch's title is the title's own word. */
function isMonarchsKinTitle(v: LineView, role: RoleSpan, end: number): boolean {
  const kin = v.tokens[end];
  return end === role.last + 1 && kin.upper && (KIN.has(kin.lower) || kin.lower === 'father') && MONARCHS.has(v.tokens[role.last].lower);
}

/** `The President's wife X`, `The wife of the President, X`: the office of one whose kin the name is. */
function isKinsOffice(v: LineView, role: RoleSpan, end: number): boolean {
  // (A kin word in lower case: `Son Excellence` is the French form of address.)
  for (let k = role.last + 1; k <= end; k++) if (KIN.has(v.tokens[k].lower) && !v.tokens[k].upper) return true;
  // (Only across a comma or a form of address: `the son of former President X`, `the daughter of the First President X`
  // name the President; `the wife of the Ambassador of Japan Mrs. X` names the wife; after a woman's kin word a man's
  // address names the holder: `the daughter of the former Ambassador Sir X`, not `the husband of the Prime Minister Mr. X`.)
  let k = role.first - 1;
  if (v.tokens[k]?.lower === 'the') k--;
  const kin = v.tokens[k - 1]?.lower ?? '';
  const address = v.cls[end] === 'honorific' && !(MENS_ADDRESSES.has(v.tokens[end].lower) && WOMENS_KIN.has(kin));
  return (v.cls[end] === 'comma' || address) && v.tokens[k]?.lower === 'of' && KIN.has(kin);
}

const MENS_ADDRESSES: ReadonlySet<string> = new Set(['sir', 'mr', 'mr.', 'lord']);
const WOMENS_KIN: ReadonlySet<string> = new Set(['wife', 'daughter', 'widow', 'sister', 'mother', 'granddaughter', 'niece', 'daughter-in-law']);

/** `British-born`, `Ethiopian-born`: where one was born, which opens no office. */
export function isBirthplace(t: Token): boolean {
  return t.text.endsWith('-born');
}

/** Day words that open a sentence before a title (`Today Head of State X arrived`). */
const DAY_WORDS = new Set(['today', 'yesterday', 'tomorrow']);

/** `the late Ambassador X`, `X, the late President of …`: that one has died is no part of the office. */
export function opensWithLate(v: LineView, role: RoleSpan): boolean {
  return role.first < role.last && v.tokens[role.first].text === 'late';
}

/**
 * `The Ethiopian-born Director-General, Dr. X`, `Today Head of State X arrived`: where one was born, or the day, is no part
 * of the office.
 */
function withoutAsideBefore(v: LineView, office: RoleBefore): RoleBefore {
  const { first, last } = office.role;
  const aside = isBirthplace(v.tokens[first]) || DAY_WORDS.has(v.tokens[first].lower) || opensWithLate(v, office.role);
  return first < last && aside ? { ...office, role: { first: first + 1, last } } : office;
}

/**
 * `head of the department of energy of Pavlodar region, X`: a lower-case body's office, then `of`, a place and its
 * lower-case unit ending at `end` (or at the comma there).
 */
function unitsPlaceAfterBody(v: LineView, end: number, joins: number): RoleBefore | undefined {
  const viaComma = v.cls[end] === 'comma';
  const unit = viaComma ? end - 1 : end;
  const t = v.tokens[unit];
  if (t === undefined || t.upper || t.kind !== 'word' || !ADMIN_UNITS.has(t.lower)) return undefined;
  let k = unit - 1;
  while (k > unit - 1 - MAX_UNIT_PLACE && k > 0 && v.tokens[k].upper && v.tokens[k].kind === 'word') k--;
  if (k === unit - 1 || v.tokens[k].lower !== 'of' || k < 2 || !isLowerWords(v.tokens[k - 1])) return undefined;
  const inner = officeBeforeName(v, k - 1, joins) ?? bodyHeadBefore(v, k - 1);
  if (!inner || inner.viaComma || inner.role.last !== k - 1) return undefined;
  return { role: { first: inner.role.first, last: unit }, viaComplement: true, viaComma };
}

/** `his foreign minister colleague Idrissov`: the office before `colleague` at `end` is the name's (not `counterpart`: decided). */
function officeBeforeColleague(v: LineView, end: number, joins: number): RoleBefore | undefined {
  const t = v.tokens[end];
  if (end < 1 || t.kind !== 'gap' || t.words !== 1 || lastWord(v, t) !== 'colleague') return undefined;
  const office = officeBeforeName(v, end - 1, joins);
  return office && !office.viaComma && office.role.last === end - 1 ? office : undefined;
}

/** `Chairwoman of the Karaganda regional branch of Atameken X`: an office closed by a lower-case body, then the `of` at `end`. */
function lowerBodysOf(v: LineView, end: number, joins: number): RoleBefore | undefined {
  if (end < 1 || v.tokens[end]?.lower !== 'of' || !isLowerWords(v.tokens[end - 1])) return undefined;
  const inner = officeBeforeName(v, end - 1, joins);
  // (Not across another's name: `Minister-Counsellor X said that the scientific school of …`.)
  if (!inner || inner.viaComma || inner.role.last !== end - 1 || holdsFullName(v, inner.role.first, end - 1)) return undefined;
  return { role: { first: inner.role.first, last: end }, viaComplement: true, viaComma: false };
}

/** `The President Receives State Counsellor X`: a headline's capitalised verb inside the role ends the words before it. */
function afterHeadlineVerb(v: LineView, office: RoleBefore): RoleBefore {
  if (!v.titleCase) return office;
  for (let k = office.role.last - 1; k > office.role.first; k--) {
    const t = v.tokens[k];
    if (t.upper && t.kind === 'word' && v.cls[k] === 'stop' && HEADLINE_VERB_SET.has(t.lower)) return { ...office, role: { first: k + 1, last: office.role.last } };
  }
  return office;
}

/** Members' lower-case titles that a party or faction written before them owns. */
const PARTY_MEMBER_TITLES: ReadonlySet<string> = new Set(['deputy', 'member', 'lawmaker', 'leader', 'chairman', 'secretary']);
/** Lower-case nouns of a party's body between its name and the member's title (`Ak Zhol faction member`). */
const PARTY_BODIES: ReadonlySet<string> = new Set(['faction', 'party', 'fraction', 'caucus', 'bloc']);
/** Most capitalised words of a party's name. */
const MAX_PARTY_WORDS = 3;

/**
 * `Respublica deputy X`, `Ak Zhol faction member X`, `Auyl party deputy X`: a party's capitalised name (maybe with its
 * lower-case body) before a member's lower-case title belongs to the role, as `Mazhilis deputy` does.
 */
function withPartyBefore(v: LineView, office: RoleBefore): RoleBefore {
  const title = office.role.last;
  const word = v.tokens[title];
  const body = v.tokens[title - 1];
  const bodyBefore = body !== undefined && !body.upper && body.words <= 1 && PARTY_BODIES.has(body.kind === 'gap' ? lastWord(v, body) : body.lower);
  // (`Amanat faction leader X`: the role may hold the body's noun already, as `faction leader`.)
  if (!(office.role.first === title || (bodyBefore && office.role.first === title - 1)) || word.upper || !PARTY_MEMBER_TITLES.has(word.lower)) return office;
  let k = title - 1;
  if (bodyBefore) k--;
  // `Law and Justice (PiS) deputy X`: the party's acronym in brackets.
  if (v.tokens[k]?.text === ')' && v.tokens[k - 2]?.text === '(' && v.tokens[k - 1].upper) k -= 3;
  let start = k + 1;
  while (start - 1 >= 0 && k - start + 2 <= MAX_PARTY_WORDS && isPartyWord(v, start - 1) && adjacent(v.text, v.tokens[start - 1], v.tokens[start])) start--;
  if (start > k) return office;
  // `Opposition Law and Justice (PiS) deputy`: a capitalised qualifier opens the party's side.
  if (v.cls[start - 1] === 'qualifier' && v.tokens[start - 1].upper) start--;
  // Not another person's name before the title (`… said Ivanov deputy …` is no party); a sentence or a clause opens the party.
  const before = v.tokens[start - 1];
  const opens = before === undefined || before.kind === 'punct' || isLowerWords(before) || v.cls[start - 1] === 'connector';
  return opens && !isFullNameBefore(v, k + 1) ? { ...office, role: { first: start, last: office.role.last } } : office;
}

function isPartyWord(v: LineView, k: number): boolean {
  const c = v.cls[k];
  const lower = v.tokens[k].lower;
  // (`Its secretary, X`: a determiner opening the sentence is none; nor is a month, a weekday or a common word opening it:
  // `On Wednesday faction leader X`, `Meanwhile faction leader X`.)
  // (`Law and Justice`: the `and` of a party's name the lexicon knows.)
  if (c === 'stop' && lower === 'and') return true;
  if (CALENDAR.has(lower) || (isSentenceStart(v, k) && isCommonEnglishWord(lower))) return false;
  return v.tokens[k].upper && v.tokens[k].kind === 'word' && (c === 'name' || c === 'stop' || c === 'org' || c === 'caps') && !DETERMINERS.has(lower);
}

/** `e-Governance`, `m-Health`: a capitalised word after a lower-case letter and a hyphen, inside a name. */
function isLetterPrefixed(t: Token): boolean {
  return t.kind === 'word' && !t.upper && t.text.length > 3 && t.text.charCodeAt(1) === 45 && t.text[2] !== t.text[2].toLowerCase();
}

/** Two adjacent name words end right before token `i`. */
function isFullNameBefore(v: LineView, i: number): boolean {
  // (`Marco della Rovere and …`: maybe with a surname's lower-case particles.)
  let k = i - 2;
  while (k > i - 4 && v.cls[k] === 'particle' && !v.tokens[k].upper) k--;
  return v.cls[i - 1] === 'name' && v.cls[k] === 'name' && adjacent(v.text, v.tokens[k], v.tokens[k + 1]);
}

/** Most lower-case words of what a body is for (`housing and communal services`). */
const MAX_PORTFOLIO_WORDS = 7;

/**
 * `head of the regional department of housing and communal services X`, `deputy akim of the region for industry and
 * investment X`: a title, `of the` and a lower-case body, then in lower case what the body is for, after `of` or `for`
 * (words joined by `and` and commas), right before a name or a comma before it.
 */
function bodyHeadBefore(v: LineView, end: number): RoleBefore | undefined {
  const viaComma = v.cls[end] === 'comma';
  const last = viaComma ? end - 1 : end;
  let k = last;
  let words = 0;
  for (; k >= 0 && v.tokens[k].lower !== 'of' && v.tokens[k].lower !== 'for'; k--) {
    const t = v.tokens[k];
    if (t.lower === 'and' || (v.cls[k] === 'comma' && k < last && isLowerWords(v.tokens[k - 1] ?? t))) continue;
    if (!isLowerWords(t) || v.cls[k] === 'title' || t.lower === 'the' || endsInVerb(v, t)) return undefined;
    words += Math.max(1, t.words);
    if (words > MAX_PORTFOLIO_WORDS) return undefined;
  }
  if (k <= 0 || k === last) return undefined;
  // `deputy akim of Shymkent for investment X`: a city alone, its unit unwritten.
  if (v.tokens[k].lower === 'for' && isCityOf(v, k - 1) && v.cls[k - 3] === 'title') {
    return { role: { first: outerTitle(v, titleStart(v, k - 3)), last }, viaComplement: true, viaComma };
  }
  // The body: a few lower-case words after `of the`, ending in an institution's or a unit's noun.
  let b = k - 1;
  let bodyWords = 0;
  for (; b >= 0 && isLowerWords(v.tokens[b]) && v.tokens[b].lower !== 'the'; b--) bodyWords += Math.max(1, v.tokens[b].words);
  const noun = v.tokens[k - 1];
  if (b === k - 1 || bodyWords > MAX_LOWER_OBJECT || !(namesInstitutions(v, noun) || ADMIN_UNITS.has(lastWord(v, noun)))) return undefined;
  // `Deputy akim of Pavlodar region for industry X`: a named place before its unit, as `the` before a body.
  const place = v.tokens[b]?.upper === true && b === k - 2 && ADMIN_UNITS.has(lastWord(v, noun));
  // `of East Kazakhstan region`: a place of two words.
  if (place && v.tokens[b - 1]?.upper && v.tokens[b - 2]?.lower === 'of' && adjacent(v.text, v.tokens[b - 1], v.tokens[b])) b--;
  if ((v.tokens[b]?.lower !== 'the' && !place) || v.tokens[b - 1]?.lower !== 'of' || v.cls[b - 2] !== 'title') return undefined;
  return { role: { first: outerTitle(v, titleStart(v, b - 2)), last }, viaComplement: true, viaComma };
}

/** Endings of nouns of posts (`statistician`, `economist`, `engineer`, `negotiator`, `executive`, `accountant`), and a few other posts (`surgeon`, `officer`, `Chief Researcher`). */
const POST_NOUN = /^[a-z]{3,}(?:ist|ian|eer|ator|tor|ive|ant|ect)$|^(?:surgeon|officer|designer|judge|coach|pilot|nurse|researcher|guest)$/;

/** Where letters glued by an ampersand (`C&T`) that end at token `i` start, if they do. */
function ampersandLettersStart(v: LineView, i: number): number | undefined {
  const [opening, amp, closing] = [v.tokens[i - 2], v.tokens[i - 1], v.tokens[i]];
  if (opening === undefined || amp.text !== '&' || opening.end !== amp.start || amp.end !== closing.start) return undefined;
  return AMPERSAND_LETTERS.test(opening.text) && AMPERSAND_LETTERS.test(closing.text) ? i - 2 : undefined;
}

const AMPERSAND_LETTERS = /^\p{Lu}{1,2}$/u;

/** Token `k` is a group's capitalised name that opens its companies' (`Toyota`, `Samsung`). */
function isCompanyGroup(v: LineView, k: number): boolean {
  return v.tokens[k]?.upper === true && COMPANY_GROUP_SET.has(v.tokens[k].lower);
}

const COMPANY_GROUP_SET: ReadonlySet<string> = new Set(COMPANY_GROUPS);

/** `World Boxing President`, `West Java Governor`: a common word opening organisations' names, or a direction opening a place's, at `k`. */
function opensLeadersBody(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return v.cls[k] === 'stop' && t.upper && (ORG_NAME_OPENERS.has(t.lower) || PLACE_DIRECTION_SET.has(t.lower));
}

/**
 * Token `k` is one lower-case noun of a post after a lower-case `chief` title (`chief statistician`, `chief executive`),
 * its lower-case qualifiers between (`chief sanitary doctor`).
 */
export function isChiefPost(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || v.cls[k] !== 'other' || t.words !== 1 || !isLowerWords(t) || !isPostNoun(lastWord(v, t))) return false;
  for (let j = k - 1; j >= 0 && k - j <= MAX_CHIEF_QUALIFIERS + 1; j--) {
    if (v.tokens[j].lower === 'chief' && v.cls[j] === 'title') return true;
    if (!isLowerQualifier(v, j)) return false;
  }
  return false;
}

/** Most lower-case qualifiers between `chief` and its post. */
const MAX_CHIEF_QUALIFIERS = 2;

/** `the China Disabled Persons' Federation`: a plural's apostrophe at token `k` joins the words before it to an organisation's word. */
export function pluralOwnsOrg(v: LineView, k: number): boolean {
  const mark = v.tokens[k];
  return mark?.kind === 'possessive' && mark.end - mark.start === 1 && v.cls[k + 1] === 'org';
}

/** A noun of a post by its ending (lower case). */
export function isPostNoun(word: string): boolean {
  return POST_NOUN.test(word);
}

/** Title words that make one office with `Chief` after them (`Deputy Chief`). */
const BEFORE_CHIEF = new Set(['deputy', 'vice', 'assistant', 'under', 'acting']);

function isChiefsStyle(v: LineView, i: number): boolean {
  return i > 0 && v.tokens[i].lower === 'chief' && v.tokens[i].upper && v.cls[i - 1] === 'title' && !BEFORE_CHIEF.has(v.tokens[i - 1].lower) && adjacent(v.text, v.tokens[i - 1], v.tokens[i]);
}

/**
 * The office unless it is a state's own (`The Minister of Energy of Kazakhstan, Turkmenistan's X` holds none; `the Head of
 * the OSCE Mission to Moldova, Estonia’s X` does).
 */
function officeOfNoState(v: LineView, office: RoleBefore | undefined): RoleBefore | undefined {
  if (office === undefined) return undefined;
  for (let k = office.role.first; k <= office.role.last; k++) if (v.cls[k] === 'country' && isStatesOwn(v, k)) return undefined;
  return office;
}

/** The state at token `k` owns the office it is in: after `of`, by its possessive or as an adjective. */
function isStatesOwn(v: LineView, k: number): boolean {
  const before = v.tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  return v.tokens[before]?.lower === 'of' || v.cls[k + 1] === 'possessive' || isNationality(v.tokens[k].lower);
}

/** Token `k` closes a state's name that opens after a comma, and no other owner goes before that comma. */
function stateAfterOffice(v: LineView, k: number): boolean {
  const j = countryStart(v, k);
  return v.cls[k] === 'country' && v.cls[j - 1] === 'comma' && v.cls[j - 2] !== 'possessive';
}

/** `of His Majesty`: token `of` opens a ruler's style ending at `end`. */
function isRulersStyleOf(v: LineView, of: number, end: number): boolean {
  return v.tokens[of]?.lower === 'of' && POSSESSIVE_PRONOUNS.has(v.tokens[of + 1].lower) && RULERS_STYLES.has(v.tokens[end].lower);
}

/** Tokens `first`…`end` hold a ruler's form of address (`His Highness Sheikh Tamim`: the name is the ruler's own). */
function addressesRuler(v: LineView, first: number, end: number): boolean {
  for (let k = first; k <= end; k++) if (RULERS_ADDRESS.has(v.tokens[k].lower)) return true;
  return false;
}
const RULERS_ADDRESS: ReadonlySet<string> = new Set(['sheikh', 'shaikh', 'sheikha', 'prince', 'princess', 'sultan', 'emir', 'amir', 'king', 'queen', 'tunku', 'tengku', 'sayyid']);

/**
 * Where the description of an office's holder that ends at token `i` opens: a nationality, maybe with an occupation's one
 * word, or a birthplace and an occupation, right after a comma (`, Slovak specialist`, `, Canadian`, `, Cyprus-born
 * diplomat`), before a name that no `and` follows (`The akim of the
 * region, Kazakh writer X and the rector` lists two people; a comma closes an apposition: `The chairman of the jury, Kazakh
 * writer X, and the director …`), in a sentence that no comparison opens; else `i + 1`.
 */
function describedHolderStart(v: LineView, i: number): number {
  const t = v.tokens[i];
  if (t === undefined) return i + 1;
  // (`The chairman of the jury, Korean director X`: a bare `director` after a nationality is a film director's trade.)
  const occupation = (t.kind === 'gap' && t.words === 1 && OCCUPATION_SET.has(lastWord(v, t))) || (t.text === 'director' && v.cls[i - 1] === 'country' && isNationality(v.tokens[i - 1].lower));
  const state = occupation ? i - 1 : i;
  const demonym = v.cls[state] === 'country' && (isNationality(v.tokens[state].lower) || PERSONS_DEMONYM.test(v.tokens[state].lower));
  // (`, Chadian-born French diplomat X`, `, Cyprus-born diplomat X`: where the holder was born may open the description.)
  const born = (k: number) => v.tokens[k] !== undefined && isBirthplace(v.tokens[k]);
  // (`its Artistic Director, the pianist X`: an occupation's one word after `the`.)
  // (`, Italian-born X`: or where one was born alone.)
  const described = demonym ? (born(state - 1) ? state - 1 : state) : occupation && born(state) ? state : (occupation && v.tokens[state]?.lower === 'the') || born(i) ? i : -1;
  // (`Her coach, the Frenchman X`: a demonym of a person, maybe after `the`.)
  const open = v.tokens[described - 1]?.lower === 'the' ? described - 1 : described;
  // (`, British researcher Dr. X`: forms of address may come between the description and the name.)
  let k = i + 1;
  while (v.cls[k] === 'honorific') k++;
  const addressed = k > i + 1;
  if (!(described >= 0 && open >= 1 && v.cls[open - 1] === 'comma' && v.cls[k] === 'name')) return i + 1;
  while (v.cls[k] === 'name' || v.cls[k] === 'particle') k++;
  // (`After meeting the Minister of Culture, the writer X said`: nor after a sentence's opening phrase, unless a comma closes
  // the description; `the Mayor of Rome, the conductor X, the sculptor Y and …`, `the Mayor of Astana, British surgeon Dr.
  // X, Kazakh oncologist Dr. Y`: nor in a list of people.)
  const closed = v.cls[k] === 'comma';
  const listed = closed && opensDescribedName(v, k + 1);
  // (`With the support of the Minister of Culture, Kazakh pianist Ms. X, a laureate, performed`: an addressed name whose
  // description a further apposition follows is the sentence's subject; not `According to the Ambassador of Italy, Italian
  // diplomat Mr. X, Italian investments …`, the opening phrase's own apposition.)
  const subject = !closed || (addressed && ARTICLES.has(v.tokens[k + 1]?.lower ?? '') && v.tokens[k + 2]?.upper === false);
  return v.tokens[k]?.lower === 'and' || listed || opensWithComparison(v, open - 1) || (subject && closesOpeningPhrase(v, open - 1)) ? i + 1 : open;
}

/** A person described opens at token `j`: maybe an article, a nationality, an occupation's word, forms of address, then a name. */
function opensDescribedName(v: LineView, j: number): boolean {
  const start = j;
  if (ARTICLES.has(v.tokens[j]?.lower ?? '')) j++;
  if (v.cls[j] === 'country' && isNationality(v.tokens[j].lower)) j++;
  const t = v.tokens[j];
  if (t?.upper === false && t.kind === 'gap' && t.words === 1 && OCCUPATION_SET.has(lastWord(v, t))) j++;
  while (v.cls[j] === 'honorific') j++;
  return j > start + 1 && v.cls[j] === 'name';
}

/** The comma at `k` closes its sentence's opening phrase, the first comma there (`After meeting the Minister of Culture,`). */
function closesOpeningPhrase(v: LineView, k: number): boolean {
  const j = sentenceOpening(v, k - 1, false);
  return j >= 0 && isSentenceStart(v, j) && isPhraseOpener(v.tokens[j]);
}

const PERSONS_DEMONYM = /(?:man|woman)$/;

/** Church ranks below the Pope's (`Cardinal`, `Archbishop`). */
const PRELATES: ReadonlySet<string> = new Set(['cardinal', 'archbishop', 'bishop', 'monsignor', 'msgr.']);

/** Most tokens read back to a sentence's start. */
const MAX_SENTENCE_BACK = 40;

/** `Unlike the head coach of the team, Canadian X believes …`: the sentence holding token `k` opens with a comparison. */
function opensWithComparison(v: LineView, k: number): boolean {
  const opening = v.tokens[sentenceOpening(v, k, true)]?.lower;
  return opening === 'unlike' || opening === 'like';
}

/**
 * The token the walk back from `k` stops at: its sentence's first, or the one MAX_SENTENCE_BACK tokens back; -1 where
 * a comma comes first and the walk may not go through commas.
 */
function sentenceOpening(v: LineView, k: number, throughCommas: boolean): number {
  let j = k;
  for (; j > 0 && k - j < MAX_SENTENCE_BACK && !isSentenceStart(v, j); j--) if (!throughCommas && v.cls[j] === 'comma') return -1;
  return j;
}

/** The office before `of` and a ruler's style ending at `end`, with the style as its complement. */
function officeOfRuler(v: LineView, of: number, end: number, joins: number): RoleBefore | undefined {
  const office = roleBefore(v, of - 1, joins);
  return office && office.role.last === of - 1 && !office.viaComma ? { ...office, role: { first: office.role.first, last: end }, viaComplement: true } : undefined;
}

/** The role the walk back from `end` reads: titles, their complements and the offices joined to them. */
function officeBeforeName(v: LineView, end: number, joins: number): RoleBefore | undefined {
  const addressed = addressStart(v, end);
  const ruled = rulersOfficeAt(v, addressed, end, joins);
  if (ruled) return ruled.office;
  let i = nameOpeningAt(v, addressed, end);
  if (i === undefined) return undefined;
  // (`the UN Resident Coordinators for Central Asia: A (Kazakhstan), B (Tajikistan)`: a plural office's colon before its list.)
  const viaComma = i >= 0 && (v.cls[i] === 'comma' || DASHES.has(v.tokens[i].text) || (v.tokens[i].text === ':' && hasPluralTitleBefore(v, i)));
  if (viaComma) i--;
  const styled = viaComma ? rulersOfficeBeforeComma(v, i, joins) : undefined;
  if (styled) return styled;
  const last = officeEnd(v, i, viaComma);
  const holder = mandateHolderAt(v, last, viaComma);
  if (holder === undefined) return officeEndingIn(v, last, end, joins, viaComma);
  const held = officeEndingIn(v, holder, end, joins, viaComma);
  return held && { ...held, role: { first: held.role.first, last } };
}

/** The office whose last token is `last`, before the name after token `end` (through a comma if `viaComma`). */
function officeEndingIn(v: LineView, last: number, end: number, joins: number, viaComma: boolean): RoleBefore | undefined {
  // (`the Korean Cultural Centre in Almaty, director of which X also arrived`: a relative `of which` is no object.)
  if (last > 1 && v.tokens[last].words === 1 && RELATIVE_OBJECTS.has(lowerWordOf(v, v.tokens[last])) && v.tokens[last - 1].lower === 'of') last -= 2;
  // `… and the UK’s Yvette Cooper`: an owner with no title after it holds no office; after a comma, the state one comes
  // from says who the office before it is (`European Commissioner for Agriculture, Luxembourg’s Christophe Hansen`).
  if (last >= 0 && v.cls[last] === 'possessive' && !isStJamess(v, last)) return stateAfterOffice(v, last - 1) ? officeOfNoState(v, officeBeforeName(v, countryStart(v, last - 1) - 1, 0)) : undefined;
  // (A body's word spelt as a headline verb closes an office outside a title-case headline when it is a plural verb or
  // closes a name after `the`: `Chairman of the London Stock Exchange X`, `Director of the Kazakhstan Music Awards X`; not
  // `Head of State Awards X`.)
  if (last >= 0 && HEADLINE_VERB_SET.has(v.tokens[last].lower) && (v.titleCase || v.cls[last] !== 'org' || !(isPluralHeadlineVerb(v.tokens[last]) || closesNameAfterThe(v, last)))) return undefined;
  const object = officeObject(v, last, viaComma);
  const title = complementStart(v, last, object, viaComma);
  const first = title === undefined || isHeadCount(v, title) ? undefined : officeStart(v, title, last, end, joins, viaComma);
  if (title === undefined || first === undefined || (viaComma && (isOthersListedOffice(v, first, last, end) || isPluralBeforeOneName(v, first, last, end)))) return undefined;
  if (isTheLate(v, end) && !isLateHoldersOffice(v, first, end)) return undefined;
  // `Colonel X, commander of … Command "East", Major of Civil Protection Y`: an office set after another's name and its
  // comma is that name's; what follows its closing comma is Y's.
  const own = viaComma ? undefined : afterOthersApposition(v, first, last);
  if (own !== undefined) return { role: { first: own, last }, viaComplement: hasComplement(v, own, last), viaComma };
  const roleLast = object.lowerObject || object.closedByUnit ? last : trimEnd(v, first, last);
  // (`…, vice Jonathan Bramwell, resigned`: a nomination's Latin `in place of`, no title.)
  if (roleLast === first && v.tokens[first].text === 'vice') return undefined;
  return roleLast < first ? undefined : { role: { first, last: roleLast }, viaComplement: title < last, viaComma };
}

/** `50 heads of sheep`, `200 head of cattle`: a lower-case `head` after a number counts livestock; no office. */
function isHeadCount(v: LineView, title: number): boolean {
  const head = v.tokens[title];
  const animals = v.tokens[title + 2];
  if (head.upper || (head.lower !== 'head' && head.lower !== 'heads') || v.tokens[title - 1]?.kind !== 'number') return false;
  // (Not a farm's: `heads of poultry farms X`.)
  const after = v.tokens[title + 3];
  return v.tokens[title + 1]?.lower === 'of' && animals !== undefined && isLowerWords(animals) && LIVESTOCK.has(lastWord(v, animals)) && !(after !== undefined && isLowerWords(after) && v.cls[title + 3] !== 'connector');
}

const LIVESTOCK: ReadonlySet<string> = new Set(['sheep', 'cattle', 'livestock', 'horses', 'cows', 'goats', 'camels', 'pigs', 'poultry', 'animals', 'bulls', 'heifers', 'calves', 'lambs', 'deer', 'maral', 'marals']);

/**
 * `with the consent of the deputies of the regional maslikhat, X is appointed`: a plural office before a comma and one
 * name, which no list goes on from, is not that name's.
 */
function isPluralBeforeOneName(v: LineView, first: number, last: number, end: number): boolean {
  if (v.cls[end] !== 'comma' || !opensWithLowerPlural(v, first, last)) return false;
  // (A verb follows the name: not a list, `…, A (China), B (Pakistan)`, `…, A/B, met`, `…, A together with B`, `…, A et al.`.)
  const after = v.tokens[listedNameEnd(v, end + 1) + 1];
  return after !== undefined && isLowerWords(after) && (endsInVerb(v, after) || FINITE_VERBS.has(firstWordOf(v.text, after)));
}

/** Verbs that a clause's subject takes before a participle or an object (`X is appointed`, `X has signed`, `X will`). */
export const FINITE_VERBS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'said', 'says', 'visits', 'met', 'held', 'took', 'gave',
  'made', 'led', 'spoke', 'told', 'came', 'went', 'became',
]);

/** The office's first title, from token `first` to `last`, is plural in lower case (`deputies of …`; not `Catholicos`, `chairman of the board of directors`). */
function opensWithLowerPlural(v: LineView, first: number, last: number): boolean {
  let k = first;
  while (k <= last && v.cls[k] !== 'title') k++;
  return k <= last && !v.tokens[k].upper && isPlural(v.tokens[k].lower);
}

const RELATIVE_OBJECTS: ReadonlySet<string> = new Set(['which', 'whom', 'whose']);

/** Token `k` closes capitalised words that `the` opens (`the Golden Eagle Awards`). */
function closesNameAfterThe(v: LineView, k: number): boolean {
  let j = k;
  while (j > 0 && v.tokens[j - 1].upper && adjacent(v.text, v.tokens[j - 1], v.tokens[j])) j--;
  return j < k && v.tokens[j - 1]?.lower === 'the';
}

/** Tokens `end - 2` to `end` are a comma and `the late` before a name. */
function isTheLate(v: LineView, end: number): boolean {
  return end > 1 && lowerWordOf(v, v.tokens[end]) === 'late' && v.tokens[end - 1].lower === 'the' && v.cls[end - 2] === 'comma';
}

/**
 * The office from `first` before `, the late X` is the dead holder's: it opens the sentence or an owner's word opens it (`The
 * Minister of Culture, the late X, was honoured`, `his first coach, the late X`, `Dilmah's founder, the late X`), and no
 * possessive makes the dead another's kin (`the Ambassador of Italy, the late X's son`); not an opening phrase's object
 * (`After meeting the President, the late X told …`).
 */
function isLateHoldersOffice(v: LineView, first: number, end: number): boolean {
  if (v.cls[listedNameEnd(v, end + 1) + 1] === 'possessive') return false;
  const before = v.tokens[first - 1];
  const owned = v.cls[first + 1] === 'possessive' || v.cls[first + 2] === 'possessive' || OWNER_PRONOUNS.has(lowerWordOf(v, before ?? v.tokens[first]));
  return before === undefined || owned || isSentenceStart(v, first) || (before.lower === 'the' && isSentenceStart(v, first - 1));
}

const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** Where the walk back from a name at `end` leaves its degrees and forms of address. */
function addressStart(v: LineView, end: number): number {
  let i = end;
  // `Rector of AMU, MD, PhD Saule Bekturganova`: degrees between the office and the name are neither's.
  while (i >= 2 && v.cls[i - 1] === 'comma' && v.cls[i] !== 'title' && isPostNominal(v.tokens[i])) i -= 2;
  if (i < end) i++;
  // `Her Excellency the Honourable X`: an article between two forms of address; `Dr. (Mrs.) X`: one in brackets.
  for (;;) {
    if (i >= 0 && (v.cls[i] === 'honorific' || (i < end && i > 0 && v.tokens[i].lower === 'the' && v.cls[i - 1] === 'honorific'))) i--;
    else if (i >= 2 && v.tokens[i].text === ')' && v.cls[i - 1] === 'honorific' && v.tokens[i - 2].text === '(') i -= 3;
    else break;
  }
  // `former Commonwealth Secretary-General Chief Emeka Anyaoku`: the Nigerian `Chief` after a title word is a form of address.
  return i === end && isChiefsStyle(v, i) ? i - 1 : i;
}

/** The office whose complement is a ruler named with his style, at `i` before the name at `end`; undefined if none is. */
function rulersOfficeAt(v: LineView, i: number, end: number, joins: number): { office: RoleBefore | undefined } | undefined {
  // `Director of the Office of His Majesty X`: a ruler's style after `of` is the office's complement; not
  // `Envoy of His Highness Sheikh Ali`, whose name is the ruler's.
  if (i < end && isRulersStyleOf(v, i, end)) return { office: officeOfRuler(v, i, end, joins) };
  // `Adviser to HM the King X`, `Chamberlain of His Majesty the King X`: the ruler named with his style is the office's object.
  const link = i === end ? styledRulerLink(v, end) : undefined;
  if (link !== undefined) return { office: link === 0 ? undefined : officeOfRuler(v, link, end, joins) };
  // `Director of the Office of His Majesty Dr. X`: a ruler's style after `of` is the office's, the forms of address after
  // it the name's (after a ruler's own, `Sheikh`, they are read as before: the office is the one held by the name).
  const office = i + 2 < end && isRulersStyleOf(v, i, i + 2) && !addressesRuler(v, i + 3, end) ? officeOfRuler(v, i, i + 2, joins) : undefined;
  return office && { office };
}

/** Where the office before the name's opening at `i` ends, with its closing comma or dash; undefined if another opens the name. */
function nameOpeningAt(v: LineView, i: number, end: number): number | undefined {
  // `his first coach, the late X`: the dead's `the late` after the comma.
  if (i === end && isTheLate(v, end)) return i - 2;
  // `Foreign Secretary, the Rt Hon David Lammy`: the article before a form of address.
  if (i < end && i > 0 && v.tokens[i].lower === 'the' && v.cls[i - 1] === 'comma') i--;
  // `to the Turkmen President and to the Hero-Arkadag X`: after a connector, the article and the form of address open the name.
  if (i < end && i > 0 && v.tokens[i].lower === 'the' && v.cls[i - 1] === 'connector') return undefined;
  // `Undersecretary of State Anna Berg and Lord Ahmad`: a form of address after `and` opens another person.
  if (i < end && v.tokens[i]?.lower === 'and') return undefined;
  i = beforeResidence(v, i);
  // `our Prime Minister [Mikhail Mishustin]`, `the Minister of Energy (Almasadam Satkaliyev)`: a name in brackets after its title.
  const bracket = v.tokens[i]?.text;
  if (i > 0 && (bracket === '[' || (bracket === '(' && qualifierClose(v, i) === undefined)) && v.tokens[i + 1]?.start === v.tokens[i].end) {
    // `Minister Nurlan Sauranbayev (Nurlan Sauranbaev …)`: a second spelling of a name is no titled name.
    if (isNameWord(v, i - 1)) return undefined;
    i--;
  }
  // `the head coach of the national team, Cuban specialist X`, `…, Canadian X`: a nationality (maybe with an occupation)
  // after the comma describes the office's holder.
  return i === end || v.cls[i + 1] === 'honorific' ? describedHolderStart(v, i) - 1 : i;
}

/**
 * `Director of the Office of His Majesty, X`: an office whose complement is a ruler's style ending at `i`, before the comma
 * (not before the ruler's own form of address: `the Personal Representative of His Highness, Sheikh X` names the ruler;
 * but `the Secretary of State of His Holiness, Cardinal X`: a prelate's rank there is the holder's style, not the Pope's).
 */
function rulersOfficeBeforeComma(v: LineView, i: number, joins: number): RoleBefore | undefined {
  if (v.cls[i] !== 'honorific' || v.cls[i + 2] === 'honorific' || (v.cls[i + 2] === 'title' && !PRELATES.has(v.tokens[i + 2].lower))) return undefined;
  let of = i;
  while (of > 0 && v.cls[of] === 'honorific') of--;
  const office = isRulersStyleOf(v, of, i) ? officeOfRuler(v, of, i, joins) : undefined;
  return office && { ...office, viaComma: true };
}

/** Holders of a UN mandate, whose `on` opens it (`Special Rapporteur on the right to food`). */
export const MANDATE_HOLDERS: ReadonlySet<string> = new Set(['rapporteur', 'rapporteurs']);
/** Most words of a mandate. */
const MAX_MANDATE_WORDS = 24;
const SECOND_DESCRIPTION = /\band (?:a|an|the|is|was|who)\b/;
/** Words a mandate does not end in. */
const MANDATE_CUT = /^(?:the|a|an|of|on|to|in|and|or|for|with)$/;

/**
 * `on the right to food,`, `on the situation of human rights in Belarus.`: lower-case words, maybe a state's name, from
 * token `i` to a comma, a stop or the line's end (or to the holder's name at `nameAt`); their last token.
 */
export function mandateAfter(v: LineView, i: number, nameAt = -1): number | undefined {
  let words = 0;
  let k = i;
  for (; k < v.tokens.length && words <= MAX_MANDATE_WORDS; k++) {
    const t = v.tokens[k];
    if (!isLowerWords(t) && v.cls[k] !== 'country') break;
    words += Math.max(1, t.words);
  }
  const next = v.tokens[k];
  if (k === i || words > MAX_MANDATE_WORDS || (next !== undefined && !closesPhrase(next) && k !== nameAt) || MANDATE_CUT.test(lastWord(v, v.tokens[k - 1]))) return undefined;
  // (`rapporteur on the bill and a member of the committee`: a second description is no part of it.)
  return SECOND_DESCRIPTION.test(v.text.slice(v.tokens[i].start, v.tokens[k - 1].end)) ? undefined : k - 1;
}

/** Marks that close a phrase for the rules that read a few words up to it (`… Falcon 9 rocket.`, `… programmes,`). */
export const PHRASE_END_MARKS: ReadonlySet<string> = new Set([',', '.', ';', ')']);

/** The line's end or a punctuation mark other than a hyphen or an apostrophe follows a phrase: it closes the phrase. */
export function closesPhrase(next: Token | undefined): boolean {
  return next === undefined || (next.kind === 'punct' && next.text !== '-' && next.text !== '’');
}

/**
 * `the UN Special Rapporteur on the right to education, X`: the last token of the office whose mandate, after `on`, ends at
 * `last` before the comma, or right before the holder's name (`Special Rapporteur on the right to education X`); the
 * mandate's lower-case words are no complement the walk back reads.
 */
function mandateHolderAt(v: LineView, last: number, viaComma: boolean): number | undefined {
  if (last < 2 || (!isLowerWords(v.tokens[last]) && v.cls[last] !== 'country')) return undefined;
  for (let k = last - 1, words = 0; k > 0 && words <= MAX_MANDATE_WORDS; k--) {
    if (v.tokens[k].lower === 'on' && MANDATE_HOLDERS.has(v.tokens[k - 1].lower)) return mandateAfter(v, k + 1, viaComma ? -1 : last + 1) === last ? k - 1 : undefined;
    if (!isLowerWords(v.tokens[k]) && v.cls[k] !== 'country') return undefined;
    words += Math.max(1, v.tokens[k].words);
  }
  return undefined;
}

/** The office's last token, before what qualifies it at `i`: when it was held, a class rank's number, a bracketed aside. */
function officeEnd(v: LineView, i: number, viaComma: boolean): number {
  // `the UN Special Envoy for Syria at the time, Staffan de Mistura`: when the office was held is no part of it.
  if (viaComma && isAtTheTime(v, i)) i -= 3;
  // `State Counsellor of Justice 2nd class X`: a class rank's number closes the office.
  i -= classOfRankLength(v, i);
  // `… to Sweden and Denmark (concurrently) X`, `… (concurrently), X`: a bracketed qualifier of the office, before a comma or not.
  if (isBracketedQualifier(v, i)) return i - 3;
  // (`… to Jordan (concurrently to the Republic of Iraq), X`: or a clause of where else one serves or what one is in charge
  // of; `the first Ambassador of Kazakhstan to the USA (1992-1996), X`: or the years one held it.)
  const open = officeClauseOpen(v, i) ?? bracketedStateOpen(v, i) ?? bracketedOfficeOpen(v, i) ?? bracketedTermOpen(v, i);
  return open === undefined ? i : open - 1;
}

/** What the office's last word says of its complement. */
interface OfficeObject {
  /** `Ambassadors A of Spain, B of Brazil and C`: the office ends in `and`. */
  afterAnd: boolean;
  /** It ends in an institution's noun, or in a quoted name or number after one. */
  institution: boolean;
  /** It ends in a lower-case object of the office. */
  lowerObject: boolean;
  /** It ends in a lower-case unit of places. */
  closedByUnit: boolean;
}

function officeObject(v: LineView, last: number, viaComma: boolean): OfficeObject {
  // `Ambassadors A of Spain, B of Brazil and C`: after `and`, a full name on the way back makes C the list's (its title is shared later).
  const afterAnd = last >= 0 && v.tokens[last].lower === 'and';
  // Objects in lower case, asked only of a lower-case last word (most roles end in a capitalised one).
  const lowerLast = last >= 0 && isLowerWords(v.tokens[last]);
  // `Chairwoman of the Kazakh cultural society "Dostyk" X`, `Director of school No. 12 X`: a quoted name or a number after
  // the institution it names.
  const numbered = last >= 0 ? numberSignStart(v, last) : undefined;
  const quoted = last >= 0 ? quotedNameStart(v, last) ?? numbered : undefined;
  // A number names the body even after one noun (`of school No. 12`), which alone is a plain object.
  // (A line may open with the number: `No. 5 Svetlana Morozova told …`.)
  // (`of the newspaper “Egemen Qazaqstan” X`: so does a quoted name, after `of the` and its noun; not `told the newspaper “…” X`.)
  const namedNoun = (k: number | undefined) => k !== undefined && k > 0 && isLowerWords(v.tokens[k - 1]) && endsInInstitutionNoun(v, v.tokens[k - 1]);
  const ofThe = quoted !== undefined && v.tokens[quoted - 2]?.lower === 'the' && v.tokens[quoted - 3]?.lower === 'of';
  const numberedNoun = namedNoun(numbered) || (ofThe && namedNoun(quoted));
  const institution = lowerLast ? endsInInstitution(v, last) : quoted !== undefined && (endsInInstitution(v, quoted - 1) || numberedNoun);
  // `NBS chief statistician X`: one lower-case noun of a post after `chief` says which chief (not `chief said X`).
  const chiefPost = lowerLast && isChiefPost(v, last);
  // `the anniversary of the poet X`: an occupation right before a name is the name's, no object of an office.
  const occupation = lowerLast && !viaComma && v.tokens[last].words === 1 && OCCUPATION_SET.has(lastWord(v, v.tokens[last]));
  const lowerObject = institution || chiefPost || (lowerLast && !occupation && (isLowerObject(v, last) || isPortfolioInMixedCase(v, last) || listedFieldsStart(v, last) !== undefined));
  // `Akims of Almaty and Pavlodar regions`: a lower-case unit closes the complement, with or without a comma after it.
  const closedByUnit = lowerLast && isUnitOfPlaces(v, last);
  return { afterAnd, institution, lowerObject, closedByUnit };
}

/** The title word the walk back from the office's `last` token reaches over its complement; undefined if it reads none. */
function complementStart(v: LineView, last: number, o: OfficeObject, viaComma: boolean): number | undefined {
  let i = last;
  // `President of the UN General Assembly`: a title word opening an organisation's name is part of the complement.
  // (`chief sanitary doctor of region X`: a chief's post in lower case is the title its complement follows.)
  for (let steps = 0; i >= 0 && ((v.cls[i] !== 'title' && !isTradeOf(v, i, last) && !(i < last && (isChiefPost(v, i) || isHonoraryCitizen(v, i, last)))) || (i < last && (isOrgTitle(v, i) || (isLowerBodysTitleWord(v, i) && ownsLowerBody(v, i - 1)) || isOfficersBody(v, i))) || isChamberMembers(v, i) || isPatron(v, i) || isMemberQualifier(v, i) || isPortfolioTitle(v, i) || ownsBody(v, i, last)); i--, steps++) {
    if (steps > MAX_WALK || (o.afterAnd && isNameWord(v, i) && isNameWord(v, i - 1) && (v.tokens[i - 1].kind === 'word' || v.tokens[i - 1].kind === 'initial'))) return undefined;
    const c = v.cls[i];
    // `Head of State Sends Congratulations to X`: a title-case headline's verb ends any role before it, and
    // a weekday any phrase (`… from 18 Envoys on Thursday – Onanuga`).
    // (`Governor of Maharashtra inaugurates exhibition on Sardar Patel`: and a lower-case headline's verb.)
    if ((v.titleCase && v.tokens[i].upper && HEADLINE_VERB_SET.has(v.tokens[i].lower)) || WEEKDAY_NAMES.has(v.tokens[i].lower) || opensWithVerb(v, i)) return undefined;
    if (c === 'title') continue;
    // `the chief agronomist of … Amangeldy Kassymov and the steelworker of … X`: an office before another's full name is theirs.
    if (i < last && v.tokens[i].lower === 'and' && !v.tokens[i + 1].upper && isFullNameBefore(v, i)) return undefined;
    const opening = quotedNameStart(v, i) ?? numberSignStart(v, i) ?? qualifierOpen(v, i) ?? bracketedNameOpen(v, i);
    if (opening !== undefined) i = opening;
    else if (isBracketedAcronym(v, i - 2) || isOrdinalSession(v, i, last)) i -= 2;
    // (`Chairman of Bayerische Rohstoff- und Energiewerke AG X`: a compound's `and` and hyphen.)
    else if (isSuspendingHyphen(v.text, v.tokens, i - 1)) i--;
    else if (!isLowerComplement(v, i, last, o) && !isComplementAt(v, i, last, viaComma)) return undefined;
  }
  // `Kazakh FM Meets Estonian Counterpart`: a title's complement opens with a connector or a title word, not a common word.
  // A capitalised title's lower-case object needs a comma to close it (`the Governor of the aimag, X`; also where a
  // style follows the comma: `the Chairman of the Board of Trustees of the institute, Professor X`).
  // At a sentence's start the capital says nothing (`Vice-rector for research X said`), nor in an honour's field (`Honored
  // Worker of culture X`).
  // A unit after `the` closes its object too (`Governor of the prefecture X`), and so does a field after `for` or `in charge
  // of` (`Deputy Minister of Agriculture for water issues X`).
  // (`Chief Minister Balochistan X`: Pakistan's press writes a province so.)
  if (i < 0 || isOrgTitle(v, i) || (i < last && v.cls[i + 1] === 'stop' && !PLACE_AFTER_OFFICE.has(v.tokens[i + 1].lower) && !isResponsibleFor(v, i + 1)) || (o.lowerObject && v.tokens[i].upper && !viaComma && v.cls[last + 1] !== 'comma' && !o.institution && !isSentenceStart(v, titleWordsStart(v, i)) && !opensHonour(v, titleWordsStart(v, i)) && !isUnitAfterThe(v, last) && !isNationsPeople(v, last) && !isChargesField(v, last) && !isPortfolioInMixedCase(v, last) && listedFieldsStart(v, last) === undefined)) return undefined;
  return i;
}

/**
 * `Honorary citizen of Aktau city X`: the honour's lower-case `citizen` after `Honorary`, as a title's word; not what a
 * certificate is of (`handed the certificate of honorary citizen of Aktau city to X`), nor across a comma to a nearer title
 * (`the honorary citizen of Atyrau, People's Artist of Kazakhstan X`).
 */
function isHonoraryCitizen(v: LineView, i: number, last: number): boolean {
  if (lowerWordOf(v, v.tokens[i]) !== 'citizen' || v.tokens[i - 1]?.lower !== 'honorary' || v.tokens[i + 1]?.lower !== 'of') return false;
  const paper = v.tokens[i - 2]?.lower === 'of' && v.tokens[i - 3] !== undefined && HONOURS_PAPERS.has(lastWord(v, v.tokens[i - 3]));
  const nearer = v.cls[last + 1] === 'comma' && v.tokens[last + 2]?.upper === true && TITLE_CLASSES.has(v.cls[last + 2]);
  return !paper && !nearer;
}

/** What an honour is given with or as (`the certificate of honorary citizen`, `the title of …`). */
const HONOURS_PAPERS: ReadonlySet<string> = new Set(['certificate', 'certificates', 'title', 'badge', 'diploma', 'status', 'medal', 'sign']);
const TITLE_CLASSES: ReadonlySet<string> = new Set(['title', 'qualifier', 'honorific']);

/**
 * `head of the department of international cooperation of the regional prosecutor's office X`: a lower-case title at `i`
 * owns the lower-case body after its possessive, after `of the` and maybe a lower-case qualifier, so it names the body.
 */
function isOfficersBody(v: LineView, i: number): boolean {
  const body = v.tokens[i + 2];
  if (v.tokens[i].upper || v.cls[i + 1] !== 'possessive' || body === undefined || !isLowerWords(body) || body.words !== 1 || !endsInInstitutionNoun(v, body)) return false;
  const k = isLowerQualifier(v, i - 1) ? i - 2 : i - 1;
  return v.tokens[k]?.lower === 'the' && v.tokens[k - 1]?.lower === 'of';
}

/**
 * `Minister of Health care X`, `Vice-Minister of Labour and social protection X`: token `last` goes on in lower case with a
 * ministry's portfolio that opens with a capitalised field right after the title's `of`, as machine translation writes it.
 */
function isPortfolioInMixedCase(v: LineView, last: number): boolean {
  // (`Minister of Labour and social protection of population X`: the portfolio's people, as the Russian name has them.)
  const t = v.tokens[last];
  if (t.words === 1 && lastWord(v, t) === 'population' && v.tokens[last - 1]?.lower === 'of') return last > 1 && isPortfolioInMixedCase(v, last - 2);
  if (!isLowerWords(t) || t.words > 2 || endsInVerb(v, t)) return false;
  // (Not a verb or an adverb after the ministry: `The Minister of Health thanked doctors X`, `… personally X`.)
  const opening = firstWordOf(v.text, t);
  if (opening.endsWith('ed') || opening.endsWith('ly') || HEADLINE_VERB_SET.has(opening) || PAST_VERBS.has(opening)) return false;
  // (Its last word a field's: not `the Minister of State and now Senator X`.)
  if (!PORTFOLIO_FIELDS.has(lastWord(v, t))) return false;
  const field = v.tokens[last - 1]?.lower === 'and' ? last - 2 : last - 1;
  return v.cls[field] === 'qualifier' && v.tokens[field].upper && v.tokens[field - 1]?.lower === 'of' && v.cls[field - 2] === 'title';
}

/** Whether token `i` is a word of the office's lower-case object that ends at `last`. */
function isLowerComplement(v: LineView, i: number, last: number, o: OfficeObject): boolean {
  // (`Chairman of the Association of veterans of Belarus X`: a body's people before the complement's own `of`.)
  // (Not a verb: `The chairman of the committee visited the border checkpoint, X said`.)
  if ((i === last && (o.lowerObject || o.closedByUnit)) || (o.institution && isLowerWords(v.tokens[i]) && (i === last || !isVerbInObject(v, i))) || (i < last && v.tokens[i + 1].lower === 'of' && endsInInstitution(v, i))) return true;
  // `Deputy akim for social issues in Pavlodar region X`: a portfolio before the place and unit where the office is held,
  // whose words are read as the object's, up to its `in`.
  if (o.closedByUnit && i <= last - 3 && v.tokens[last - 2].lower === 'in' && isLowerUnitAfterPlace(v, last)) {
    const portfolio = officeObject(v, last - 3, false);
    return portfolio.lowerObject && isLowerComplement(v, i, last - 3, portfolio);
  }
  // `… of the volunteer detachment "LizaAlert" from Kurgan oblast X`: the body, maybe quoted, that comes from a place's unit.
  if (o.closedByUnit && i < last - 2 && isBodysHomeFrom(v, last - 2)) return isInHomesBody(v, i, last - 3);
  // `… of regional chamber of entrepreneurs Atameken X`: the body of people before its name.
  for (let k = i + 1; k <= Math.min(last, i + 3); k++) if (namesPeoplesBody(v, k)) return true;
  if (!o.lowerObject) return false;
  // `spokesman for economic affairs X`: the object's first field.
  if (i === last - 1 && isLowerField(v, i)) return true;
  // `deputy akim of the region for industry X`: an object after `of the` before a portfolio's `for`.
  // `… of public transport and mobility X`: the object's first field before its `and`.
  // `… of the five EAEU member states`: the object's count.
  // `chairman of commission on social questions X`: the commission before its field's `on`.
  if (i < last && v.tokens[i + 1].lower === 'on' && isCommissionOfOffice(v, i)) return true;
  // `deputy akim of region on issues of housing X`: the portfolio's noun before its fields' `of`.
  return (i < last && v.tokens[i + 1].lower === 'for' && isLowerObject(v, i)) || (i < last - 1 && v.tokens[i + 1].lower === 'of' && isLinkedPortfolio(v, i) && isChargesField(v, last)) || (i < last && isFieldBeforeAnd(v, i, last)) || (v.tokens[i - 1]?.lower === 'the' && isSmallCount(v, i));
}

/**
 * Token `i` ends in a verb inside an office's lower-case object (`the committee visited`), not a participle an article or
 * an adverb goes before (`the specialized centre`, `the newly renovated museum`).
 */
function isVerbInObject(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (!endsInVerb(v, t)) return false;
  if (t.words === 1) return !ARTICLES.has(v.tokens[i - 1]?.lower ?? '');
  const words = v.text.slice(t.start, t.end).split(' ');
  return !words[words.length - 2].endsWith('ly');
}


/**
 * `head of the department of agriculture of the region X`, `… of energy and housing and communal services of the region X`:
 * a lower-case body's field, or one of its fields joined by `and`, after `of` and before the object's own `of`.
 */
function isBodysFieldBeforeOf(v: LineView, i: number): boolean {
  if (v.tokens[i].lower === 'and') return false;
  // (`… of culture, archives and documentation of …`: a comma may list them.)
  const field = (k: number) => isLowerWords(v.tokens[k]) && v.tokens[k].lower !== 'of';
  const fields = fieldsBetweenOfs(v, i, (k) => field(k) || (v.cls[k] === 'comma' && field(k - 1) && field(k + 1)), MAX_FIELD_TOKENS);
  if (fields !== undefined && !listsLowerFields(v, fields)) return false;
  const body = fields && v.tokens[fields[0] - 2];
  // (`the Department of employment of the region X`: or a capitalised body's noun after `the`, as a translation writes it.)
  const capitalised = body?.upper === true && body.kind === 'word' && ROLE_OBJECT_NOUNS.has(body.lower) && v.tokens[fields![0] - 3]?.lower === 'the';
  return body !== undefined && ((isLowerWords(body) && endsInInstitutionNoun(v, body)) || capitalised);
}

/**
 * Fields listed by commas are short and closed by `and` (`culture, archives and documentation`; not `agriculture, according
 * to the press service`, `culture, a doctor`).
 */
function listsLowerFields(v: LineView, [first, last]: [number, number]): boolean {
  let commas = false;
  for (let k = first; k <= last; k++) {
    if (v.cls[k] !== 'comma') continue;
    // (`trade, tourism, and investment`: the list's last comma may stand before its `and`.)
    const at = v.tokens[k + 1].lower === 'and' ? k + 2 : k + 1;
    const item = v.tokens[at];
    if (item.words > 2 || v.cls[at] === 'connector' || NO_FIELD_OPENERS.has(firstWordOf(v.text, item)) || ARTICLES.has(firstWordOf(v.text, item))) return false;
    commas = true;
  }
  if (!commas) return true;
  // (Nor people: `culture, teachers and parents of the city`.)
  for (let k = first; k <= last; k++) if (isLowerWords(v.tokens[k]) && isPeoplesWord(lastWord(v, v.tokens[k]))) return false;
  return v.tokens.slice(first, last + 1).some((t, n) => t.lower === 'and' && n > 0);
}

/** A word naming people, by occupation or as listed (`doctors`, `parents`). */
function isPeoplesWord(word: string): boolean {
  return OCCUPATION_SET.has(word) || OCCUPATION_SET.has(word.replace(PLURAL_S, '')) || LISTED_PEOPLE.has(word);
}
const PLURAL_S = /s$/;
/** People named in plural who are no body's field (`teachers and parents`). */
const LISTED_PEOPLE: ReadonlySet<string> = new Set([
  'parents', 'residents', 'veterans', 'staff', 'children', 'citizens', 'pupils', 'students', 'employees', 'workers', 'members',
  // (`The Minister of Culture and sport fans X welcomed …`.)
  'fans', 'supporters', 'spectators', 'guests', 'participants', 'delegates',
]);

/** The lower-case tokens around token `i` that `inField` takes, at most `most` each way, when `of` goes before and after them. */
function fieldsBetweenOfs(v: LineView, i: number, inField: (k: number) => boolean, most: number): [number, number] | undefined {
  if (!inField(i)) return undefined;
  let [first, last] = [i, i];
  while (first > 0 && inField(first - 1) && i - first < most) first--;
  while (last + 1 < v.tokens.length && inField(last + 1) && last - i < most) last++;
  return v.tokens[last + 1]?.lower === 'of' && v.tokens[first - 1]?.lower === 'of' ? [first, last] : undefined;
}

/** Most lower-case tokens of a body's fields (`energy and housing and communal services`). */
const MAX_FIELD_TOKENS = 8;

/**
 * `head of Department of energy and housing and communal services X`, `Vice Minister of industry and construction of the
 * Republic of Kazakhstan X`, `Chairman of Committee for construction and housing and communal services X`: where the fields
 * ending at token `last` start, when they follow a capitalised body's noun or `Minister` and its `of` or `for`, as machine
 * translation writes a body without its article; in lower case but for a capitalised first one (`Department of
 * Construction, architecture and urban planning`), joined by `and` or listed by commas.
 */
function listedFieldsStart(v: LineView, last: number): number | undefined {
  if (!isListedFieldWords(v, last)) return undefined;
  let k = last;
  while (k > 0 && last - k < MAX_FIELD_TOKENS && isListedFieldToken(v, k - 1)) k--;
  if (v.cls[k - 1] === 'qualifier' && v.tokens[k - 1].upper && v.tokens[k - 1].kind === 'word') k--;
  const [opener, body] = [v.tokens[k - 1], v.tokens[k - 2]];
  // (`first deputy minister of culture and tourism of Uzbekistan X`: a minister's title may be in lower case.)
  if ((opener?.lower !== 'of' && opener?.lower !== 'for') || body === undefined || !(body.upper || MINISTERS.has(body.lower)) || body.kind !== 'word') return undefined;
  if (!ROLE_OBJECT_NOUNS.has(body.lower) && !(v.cls[k - 2] === 'title' && MINISTERS.has(body.lower))) return undefined;
  // (Two fields at least, or a minister's one portfolio (`the Minister of energy X`); not `the Minister of state X`.)
  const field = lastWord(v, v.tokens[k]);
  const portfolio = k === last && v.tokens[k].words <= 2 && field !== 'state' && PORTFOLIO_FIELDS.has(field) && MINISTERS.has(body.lower);
  const listed = portfolio || v.tokens.slice(k, last).some((t, n) => t.lower === 'and' || v.cls[k + n] === 'comma');
  return listed && v.cls[k] !== 'comma' && v.tokens[k].lower !== 'and' && listsLowerFields(v, [k, last]) ? k : undefined;
}

const MINISTERS: ReadonlySet<string> = new Set(['minister', 'vice-minister']);

/** Token `k` is a listed field's words, its `and` or its comma. */
function isListedFieldToken(v: LineView, k: number): boolean {
  return v.cls[k] === 'comma' || v.tokens[k].lower === 'and' || isListedFieldWords(v, k);
}

/** Token `k` is lower-case words of a field: no verb (`the Department of energy said X`), no people (`… and teachers X`). */
function isListedFieldWords(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  if (!isLowerWords(t) || v.cls[k] === 'connector' || t.words > 3 || endsInVerb(v, t) || isPeoplesWord(lastWord(v, t))) return false;
  const opening = firstWordOf(v.text, t);
  if (NO_FIELD_OPENERS.has(opening) || FIELD_BREAKS.has(opening) || opening.endsWith('ed')) return false;
  // (Nor a time or an adverb before the name: `The Minister of culture and information today X`, `… personally X`.)
  const words = t.kind === 'gap' ? v.text.slice(t.start, t.end).split(' ') : [t.lower];
  return !words.some((w) => FIELD_TIMES.has(w) || (w.length > 5 && w.endsWith('ly')));
}

/** Words that open a clause or a phrase, never a field (`Minister of Industry, and by …`). */
const FIELD_BREAKS: ReadonlySet<string> = new Set(['by', 'with', 'to', 'from', 'at', 'on', 'in', 'as', 'who', 'which', 'that', 'also', 'then', 'later']);
/** Words of time after which a name follows a clause's start, not a field (`… today X`, `… this morning X`). */
const FIELD_TIMES: ReadonlySet<string> = new Set(['today', 'yesterday', 'tomorrow', 'now', 'year', 'month', 'week', 'morning', 'evening', 'afternoon', 'night']);

/** Token `i` is inside listed fields that end at `last` or before an `of` (`… and communal services of Ministry of …`). */
function inListedFields(v: LineView, i: number, last: number): boolean {
  if (!isListedFieldToken(v, i)) return false;
  let end = i;
  while (end < last && end - i < MAX_FIELD_TOKENS && isListedFieldToken(v, end + 1)) end++;
  if (end !== last && v.tokens[end + 1].lower !== 'of') return false;
  // (`vice-minister of labour and social protection of population of the Republic of Kazakhstan X`: the portfolio's people,
  // as the Russian name has them.)
  const peoples = end === i && lowerWordOf(v, v.tokens[i]) === 'population' && v.tokens[i - 1]?.lower === 'of';
  const start = listedFieldsStart(v, peoples ? i - 2 : end);
  return start !== undefined && start <= i;
}

/** Whether token `i`, on the walk back from the office's `last` token, goes on with its complement. */
function isComplementAt(v: LineView, i: number, last: number, viaComma: boolean): boolean {
  const c = v.cls[i];
  // `head of exploration for Central Asia`: a lower-case field after `of`, before the scope a preposition gives.
  if (i < last && isFieldBeforeScope(v, i)) return true;
  if (c === 'comma' && i < last && isListedName(v, i + 1)) return false;
  // (`member of parliament from İzmir X`: the lower-case parliament before the constituency's `from`.)
  if (i < last && !v.tokens[i].upper && isConstituencyFrom(v, i + 1)) return true;
  if (i < last && isCompanyNounBeforeName(v, i)) return true;
  if (i === last - 2 && isBodysHomeFrom(v, i)) return true;
  // (`Chief Imam of the Hazrat Sultan Mosque X`: a form of address opening a body's name after `the`.)
  if (i < last && c === 'honorific' && v.tokens[i].upper && v.tokens[i - 1]?.lower === 'the' && isOrgTitle(v, i + 1)) return true;
  // (`Minister of Health care of the Republic of Kazakhstan X`: a portfolio in mixed case before the state's `of`.)
  if (i < last && v.tokens[i + 1].lower === 'of' && isPortfolioInMixedCase(v, i)) return true;
  if (inListedFields(v, i, last)) return true;
  return isComplement(c) || (c === 'comma' && (listGoesOn(v, i) || closesSetOffPortfolio(v, i))) || inSubsidiarysState(v, i) ||
    (i < last && isItalianBodysLink(v.text, v.tokens, v.cls, i)) || isNumberInBodysName(v, i) || isAgeGroupAt(v, i) || isOfficesSeat(v, i) ||
    inConcurrentAccreditation(v, i) || isAmpersandInName(v, i) || namesHonoreesBody(v, i) || inOrgName(v, i) ||
    isAndOther(v, i) || opensAndOther(v, i) || isPartOfBody(v, i) || isCompassInComplement(v, i) ||
    joinsNameWords(v, i) || isRelationsWith(v, i) || closesLegalForm(v, i, last) || isLetterPrefixed(v.tokens[i]) ||
    isResponsibleFor(v, i) || isFieldOfTitle(v, i) || isTitlesFieldBeforeBody(v, i) || isTermYear(v, i, last) || isYearInName(v, i) ||
    isPortfolioOfTitle(v, i) || isFieldOfPlace(v, i) || isLowerLegalForm(v, i) || isUnitOfPlaceOf(v, i) ||
    isConstituencyFrom(v, i) || isLowerOwnerOfBody(v, i) || inSlashedLegalForm(v, i) || isDashBetweenStates(v, i) ||
    isSituationIn(v, i) || isLowerBodyOfPlace(v, i) || inNamedBodysField(v, i) || isPrepositionInName(v, i) || isRomanceForInName(v, i) || isLowerQualifierOfBody(v, i) ||
    isLatinQualifier(v, i) || isNumberedUnit(v, i) || isSeatNumber(v, i) || isItsBody(v, i) || isStatesEpithet(v, i) ||
    (viaComma && (isCompanysName(v, i, last) || (i < last && isCompanysName(v, i + 1, last)))) ||
    (i < last && (ownsLowerBody(v, i) || isOwnedLowerBody(v, i) || isBodysFieldBeforeOf(v, i) || isOwnedBodysWord(v, i))) || namesPeoplesBody(v, i);
}

/**
 * `representative of the volunteer detachment "LizaAlert" from Kurgan oblast X`: token `i` is a `from` before the place and
 * lower-case unit a body named in lower case, or by its quoted name, comes from.
 */
function isBodysHomeFrom(v: LineView, i: number): boolean {
  if (v.tokens[i].lower !== 'from' || !isLowerUnitAfterPlace(v, i + 2)) return false;
  const body = v.tokens[i - 1];
  const quoted = body !== undefined && CLOSING_DOUBLE_QUOTES.has(body.text) && quotedNameStart(v, i - 1) !== undefined;
  return body !== undefined && (quoted || (isLowerWords(body) && endsInInstitutionNoun(v, body)));
}

/** Token `i` is a lower-case word of the body, maybe quoted, that ends at `end` (`the volunteer search-rescue detachment "LizaAlert"`). */
function isInHomesBody(v: LineView, i: number, end: number): boolean {
  const noun = CLOSING_DOUBLE_QUOTES.has(v.tokens[end].text) ? (quotedNameStart(v, end) ?? 0) - 1 : end;
  if (i > noun || noun - i > MAX_LOWER_OBJECT || !endsInInstitutionNoun(v, v.tokens[noun])) return false;
  for (let k = i; k <= noun; k++) if (!isLowerWords(v.tokens[k]) || v.cls[k] === 'connector') return false;
  return true;
}

/**
 * `of the joint venture Gulf Logistics`, `of the Turkish contractor "Enka Insaat"`: token `i` is a business's lower-case
 * noun of a word or two, after `the` or a state's adjective, before the business's name, maybe quoted.
 */
function isCompanyNounBeforeName(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  // (The cheap tests first: this is asked of every word on a complement's walk.)
  if (!(v.tokens[i - 1]?.lower === 'the' || v.cls[i - 1] === 'country') || !isLowerWords(t) || t.words > 2) return false;
  const named = v.tokens[i + 1].upper || OPENING_DOUBLE_QUOTES.has(v.tokens[i + 1].text);
  // (Not a given name before a surname's lower-case particle: `co-owner of the company Pieter de Vries`.)
  const givenName = v.cls[i + 1] === 'name' && v.cls[i + 2] === 'particle' && !v.tokens[i + 2].upper;
  return named && !givenName && COMPANY_NOUN_SET.has(lastWord(v, t));
}

/** `the Siemens representative office`: token `i` is the lower-case body's noun, maybe after a title's word, after its owner. */
function isOwnedLowerBody(v: LineView, i: number): boolean {
  if (i < 2 || !isLowerBodyNoun(v, i)) return false;
  return ownsLowerBody(v, i - 1) || (isLowerBodysTitleWord(v, i - 1) && ownsLowerBody(v, i - 2));
}

/** Most capitalised words of a body's owner before the body's lower-case name (`the Siemens Energy representative office`). */
const MAX_BODYS_OWNER = 3;

/**
 * `Director of the Siemens Energy representative office in Kazakhstan X`, `the Kazaviaspas aviation rescue service`:
 * capitalised words after `the`, at token `i`, that own a body named in lower case, maybe with a title's word
 * (`representative office`), name the body and go on an office's complement.
 */
function ownsLowerBody(v: LineView, i: number): boolean {
  // (`head of KOICA office X`: an acronym the lexicon knows as a body's is an owner too.)
  const acronym = (k: number) => v.cls[k] === 'caps' || (v.cls[k] === 'org' && v.tokens[k]?.allCaps === true);
  const owner = (k: number) => v.tokens[k]?.upper === true && v.tokens[k].kind === 'word' && (OWNER_CLASSES.has(v.cls[k]) || acronym(k));
  if (!owner(i)) return false;
  let [first, next] = [i, i + 1];
  while (i - first < MAX_BODYS_OWNER && owner(first - 1)) first--;
  // (`the Heads of the UNICEF, WHO and UNFPA offices X`: owners listed by commas and `and`, each an acronym.)
  for (let n = 0; n < MAX_LISTED_OWNERS && acronym(first) && (v.tokens[first - 1]?.lower === 'and' || v.cls[first - 1] === 'comma') && acronym(first - 2); n++) first -= 2;
  while (next - i < MAX_BODYS_OWNER && owner(next)) next++;
  const body = v.tokens[next];
  // (`Head of UNDP office in Kazakhstan X`: an acronym needs no `the`.)
  const opened = v.tokens[first - 1]?.lower === 'the' || (v.tokens[first - 1]?.lower === 'of' && acronym(first));
  return opened && body !== undefined && (isLowerBodysTitleWord(v, next) || isLowerBodyNoun(v, next));
}

/**
 * `chairman of regional chamber of entrepreneurs Atameken X`: token `k` is one capitalised word right after a body of people
 * named in lower case, which is the body's name.
 */
export function namesPeoplesBody(v: LineView, k: number): boolean {
  const [people, of, body] = [v.tokens[k - 1], v.tokens[k - 2], v.tokens[k - 3]];
  return v.tokens[k]?.upper === true && people !== undefined && isLowerWords(people) && BODIES_PEOPLE.has(lastWord(v, people)) && of?.lower === 'of' && body !== undefined && isLowerWords(body) && endsInInstitutionNoun(v, body);
}

/**
 * People whose chambers carry a name of their own after them (`chamber of entrepreneurs Atameken`); unions and councils of
 * other people are followed by full names too often (`council of veterans Juan Carlos Perez`), and `of internal affairs`
 * names no people.
 */
const BODIES_PEOPLE: ReadonlySet<string> = new Set(['entrepreneurs', 'employers']);

/** `head of WHO country office in Kazakhstan X`: token `i` is a lower-case word between an owner and its body's noun. */
function isOwnedBodysWord(v: LineView, i: number): boolean {
  return v.cls[i] !== 'title' && isLowerBodysTitleWord(v, i) && ownsLowerBody(v, i - 1);
}

/** Token `k` is lower-case words ending in an institution's noun (`representative office`). */
function isLowerBodyNoun(v: LineView, k: number): boolean {
  // (`the UNICEF, WHO and UNFPA offices`: or their plural, after owners listed.)
  return isLowerWords(v.tokens[k]) && v.cls[k] !== 'connector' && (endsInInstitutionNoun(v, v.tokens[k]) || (v.cls[k - 2] === 'connector' && namesInstitutions(v, v.tokens[k])));
}

const OWNER_CLASSES: ReadonlySet<TokenClass> = new Set(['name', 'caps', 'stop', 'qualifier']);
/** Most acronyms listed as a body's owners, after the first. */
const MAX_LISTED_OWNERS = 4;

/** `the Siemens representative office`: a lower-case title's word at token `i` right before a body's lower-case noun names the body. */
function isLowerBodysTitleWord(v: LineView, i: number): boolean {
  const [word, noun] = [v.tokens[i], v.tokens[i + 1]];
  return !word.upper && noun !== undefined && isLowerBodyNoun(v, i + 1) && adjacent(v.text, word, noun);
}

/** `Ambassador … to Georgia and, concurrently, to Armenia X`: token `i` is a word or a comma of the `and, concurrently, to`. */
function inConcurrentAccreditation(v: LineView, i: number): boolean {
  // (Asked of every word on a complement's walk: most are none of the pattern's.)
  const word = wordAt(v, i);
  if (word !== 'and' && word !== ',' && word !== 'concurrently') return false;
  for (let start = Math.max(0, i - 3); start <= i; start++) if (CONCURRENT_ACCREDITATION.every((word, n) => wordAt(v, start + n) === word)) return true;
  return false;
}

const CONCURRENT_ACCREDITATION = ['and', ',', 'concurrently', ',', 'to'];

/** Token `k`'s word in lower case, or its mark. */
function wordAt(v: LineView, k: number): string {
  const t = v.tokens[k];
  return t === undefined ? '' : t.kind === 'punct' ? t.text : lowerWordOf(v, t);
}

/** `the United Nations Office at Geneva`: the `at` at token `i` before the city an office of a body sits in. */
function isOfficesSeat(v: LineView, i: number): boolean {
  return v.tokens[i]?.lower === 'at' && v.tokens[i - 1]?.text === 'Office' && v.tokens[i + 1]?.upper === true && v.cls[i + 1] !== 'title';
}

/** Token `i` is a part of a youth team's age group glued together, after or before `team` (`the team U-15`, `the U-17 team`). */
function isAgeGroupAt(v: LineView, i: number): boolean {
  if (lastWord(v, v.tokens[i]) === 'team') return v.tokens[i + 1]?.text === 'U' && isAgeGroupAt(v, i + 1);
  const start = v.tokens[i].text === 'U' ? i : v.tokens[i].text === '-' ? i - 1 : v.tokens[i].kind === 'number' ? i - 2 : -1;
  const [u, dash, age] = [v.tokens[start], v.tokens[start + 1], v.tokens[start + 2]];
  if (u?.text !== 'U' || dash?.text !== '-' || age?.kind !== 'number' || u.end !== dash.start || dash.end !== age.start || age.end - age.start !== 2) return false;
  return lastWord(v, v.tokens[start - 1] ?? u) === 'team' || firstWordOf(v.text, v.tokens[start + 3] ?? u) === 'team';
}

/** `Jean Moulin Lyon 3 University`, `Paris 1 Panthéon-Sorbonne University`: a number at token `i` inside a body's name. */
function isNumberInBodysName(v: LineView, i: number): boolean {
  const [before, number, after] = [v.tokens[i - 1], v.tokens[i], v.tokens[i + 1]];
  return number.kind === 'number' && before?.upper === true && after?.upper === true && v.cls[i + 1] === 'org' && adjacent(v.text, before, number) && adjacent(v.text, number, after);
}

/** The office's first token, from the title word `i` its complement opens at; undefined where the office is not the name's. */
function officeStart(v: LineView, i: number, last: number, end: number, joins: number, viaComma: boolean): number | undefined {
  // `Minister Vassilenko and Ataide Amaral`, `Maj Gen (Rtd) Frank Mugambage and Dr. X`: a name right after the title belongs to someone else.
  const after = (qualifierClose(v, i + 1) ?? i) + 1;
  if (after <= last && v.cls[after] === 'name' && adjacent(v.text, v.tokens[after - 1], v.tokens[after])) return undefined;
  // `Ambassador to Tehran Askhat Orazbay on Saturday, Abbas Araghchi`: across a comma, a full name ends another's title;
  // so does one right before `to` (`an invitation from Minister Bui Thanh Son to Yermek Kosherbayev`).
  // `akims of North Kazakhstan region A B, Kostanay region C D`: nor is a complement that holds a full name and its comma
  // another's.
  const closedByName = viaComma ? holdsFullName(v, i + 1, last) : (v.tokens[last]?.lower === 'to' && holdsFullName(v, last - 2, last)) || holdsListedName(v, i + 1, last);
  if (closedByName) return undefined;
  // (`… – Head of the Administration of the President X`: the offices a dash joins go on before the enclosing title.)
  let first = outerTitle(v, titleStart(v, i, joins), joins);
  if (isHeadingVerb(v, first)) return undefined;
  // `X's successor in charge of energy, Economics Minister Y`: what one is in charge of is no title; the office after its
  // comma is.
  if (v.tokens[first].lower === 'charge' && v.tokens[first - 1]?.lower === 'in') {
    const comma = v.cls.indexOf('comma', first);
    if (comma < 0 || comma >= last) return undefined;
    first = comma + 1;
  }
  // `Welcoming the delegates, Mr Bhardwaj said`: an opening participle's object is no one's office (but the name's it is
  // when a comma sets the name off before the clause's subject: `Welcoming the new Ambassador, X, Akim Y expressed …`).
  if (viaComma && isParticiplesObject(v, first) && !isSetOffBeforeSubject(v, end + 1)) return undefined;
  // `relieved of his post as vice minister of energy, Kassymova A.S. – of her post as …`: nor is a post someone left.
  return viaComma && isLeftPost(v, first) ? undefined : first;
}

/**
 * `A, Ambassador of X, B, Ambassador of Y`: whether the office from `first` before a comma, set after another name, is that
 * name's apposition (B's is the one after B); `A – foreman of the Shirvan power station, B – electrician …`: or an office a dash
 * set after a name.
 */
function isOthersListedOffice(v: LineView, first: number, last: number, end: number): boolean {
  const mark = markAfterName(v, first);
  if (mark !== 'comma') return mark === 'dash';
  // (`Ambassador of Germany A, Ambassador of Chile, Ms. B, …`: not an office of the kind the name before holds, which
  // opens the next item of a list of such offices; but after a style or a rank alone, `Professor A, Rector of …, Dr. B`,
  // the comma opens that name's apposition, unless `the` opens the office: `Ambassador A, the Mayor of Porto, B`.)
  const earlier = listedNamesTitle(v, first);
  if (earlier !== undefined && earlier.word === v.tokens[first].lower) return false;
  // (Nor after a lower-case office, which describes the name before: `Chief Justice A, head of the Judicial Council, Mr. B`;
  // both only before a form of address: `Senator A, Minister of Energy, B, and Minister of Ecology, C` lists offices.)
  const addressed = v.cls[last + 1] === 'comma' && v.cls[last + 2] === 'honorific';
  const styleAlone = earlier !== undefined && earlier.alone && (STYLES.has(earlier.word) || MILITARY_RANKS.has(earlier.word));
  if (earlier !== undefined && addressed && v.tokens[first - 1]?.lower !== 'the' && (styleAlone || !v.tokens[first].upper)) return true;
  return (hasOwnOfficeAfter(v, end + 1) && !followsCommaHeldName(v, first)) || speaksAfter(v, end + 1) || isListedWithState(v, end + 1);
}

const PLACE_AFTER_OFFICE: ReadonlySet<string> = new Set(PLACES_AFTER_OFFICES);

/** Most name words of a business's name after its lower-case noun. */
const MAX_COMPANY_NAME = 3;
/** (`… of the Mongolian daily Önöödör, X`: a newspaper's or a channel's name closes an office as a business's does.) */
const COMPANY_NOUN_SET: ReadonlySet<string> = new Set([...COMPANY_NOUNS, ...MEDIA_NOUNS]);

/**
 * `Senior Vice President of the French company Lumière Gaz, X`: name words at token `i`, after a business's lower-case noun,
 * closing the office before its comma, are the business's name.
 */
function isCompanysName(v: LineView, i: number, last: number): boolean {
  for (let k = i; k <= last; k++) if (v.cls[k] !== 'name') return false;
  let j = i;
  while (v.cls[j - 1] === 'name') j--;
  return last - j < MAX_COMPANY_NAME && namesCompanyBefore(v, j, last + 1);
}

/**
 * A business's lower-case noun right before token `k` (`the French company`), whose name closes an office before the comma
 * at `comma` and a name that another comma sets off (not `the head of the company Anna Berg, Ivan Petrov and …`).
 */
function namesCompanyBefore(v: LineView, k: number, comma: number): boolean {
  const noun = v.tokens[k - 1];
  return noun !== undefined && isLowerWords(noun) && COMPANY_NOUN_SET.has(lastWord(v, noun)) && holdsSetOffName(v, comma);
}

/**
 * A comma at token `k` and a full name of two words or more set off by another comma (`…, Jean-Pierre Moreau, discussed`),
 * where no list of names goes on after it (`…, Aidar Nurlanov, Berik Sadykov and …`, `…, Anna Berg, and Elena Sokolova`;
 * but `…, Javier Morales Ruiz, and Pieter van der Linden, Managing Director of …` lists appositions).
 */
export function holdsSetOffName(v: LineView, k: number): boolean {
  if (v.cls[k] !== 'comma') return false;
  let j = k + 1;
  while (v.cls[j] === 'name' || (v.cls[j] === 'particle' && j > k + 1)) j++;
  if (j - k <= 2 || v.cls[j] !== 'comma' || isNameWord(v, j + 1)) return false;
  return !(LIST_LINKS.has(v.tokens[j + 1]?.lower ?? '') && isNameWord(v, j + 2)) || hasOwnOfficeAfter(v, j + 2);
}

export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
export const ARTICLES: ReadonlySet<string> = new Set(['the', ...INDEFINITE_ARTICLES]);

/** Who one was or is taught as, no post (`a student of …`, `a graduate of Abai Kazakh National Pedagogical University`). */
export const LEARNERS: ReadonlySet<string> = new Set(['graduate', 'graduates', 'student', 'students', 'alumnus', 'alumna']);

/**
 * `Foreman of the converter shop X`, `the veteran of the Great Patriotic War X`: one word of a trade before `of` and its
 * object, which the trade makes an office (a stretch of lower-case words may hold a verb before it: one word only).
 */
export function isTradeOf(v: LineView, i: number, last: number): boolean {
  if (i >= last - 1 || v.tokens[i + 1].lower !== 'of') return false;
  const t = v.tokens[i];
  if (t.words !== 1 || (t.kind !== 'gap' && t.kind !== 'word')) return false;
  const word = lastWord(v, t).toLowerCase();
  return OCCUPATION_SET.has(word) && !LEARNERS.has(word);
}

/**
 * `Chief Executive of Halden & Price X`: an ampersand between two capitalised words of a firm's name; `Regional Director
 * of WHO/Europe, X`, `Member of the Board of Kuehne+Nagel X`: or a slash or a plus glued to both.
 */
function isAmpersandInName(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (v.tokens[i - 1]?.upper !== true || v.tokens[i + 1]?.upper !== true) return false;
  // (Not a slash between two people's names: `co-chairs, Serik Zhumangarin/Daniyar Amangeldiev`.)
  return t.text === '&' || ((t.text === '/' || t.text === '+') && v.tokens[i - 1].end === t.start && t.end === v.tokens[i + 1].start && !(v.cls[i - 1] === 'name' && v.cls[i + 1] === 'name'));
}

/** `… Service for Special Prosecutors X`: a capitalised plural title after `for` (and its qualifiers) says whom a body serves (not `the way for presidents X and Y`). */
function isPortfolioTitle(v: LineView, i: number): boolean {
  return v.tokens[i].upper && isPlural(v.tokens[i].lower) && v.tokens[titleWordsStart(v, i) - 1]?.lower === 'for';
}

/** `the Prosecutor General's Office`: title words whose possessive owns the body's word after it, inside the complement. */
function ownsBody(v: LineView, i: number, last: number): boolean {
  // (`Head of His Highness the Crown Prince's Diwan`: a ruler's style opens the owner, read as a style.)
  const start = titleWordsStart(v, i);
  if (v.tokens[start - 1]?.lower === 'the' && v.cls[start - 2] === 'honorific') return false;
  let j = i;
  while (v.cls[j + 1] === 'title' && adjacent(v.text, v.tokens[j], v.tokens[j + 1])) j++;
  return j + 2 <= last && v.tokens[j + 1].kind === 'possessive' && v.cls[j + 2] === 'org' && v.tokens[j + 2].upper;
}

/**
 * A place of one or two capitalised words, maybe after `the` or in a state's official form (`the Kyrgyz Republic`, `the
 * Oriental Republic of Uruguay`), maybe joined by a lower-case particle (`Dar es Salaam`) or elided one (`Côte d’Ivoire`).
 */
const PLACE_PARTICLES: ReadonlySet<string> = new Set(['es', 'de', 'del', 'da', 'al', 'el']);
const PLACE = String.raw`(?:the[ \u00a0]+(?:(?:\p{Lu}\p{L}*[ \u00a0]+){1,3}of[ \u00a0]+)?)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]+(?:(?:${[...PLACE_PARTICLES].join('|')})[ \u00a0]+|d['’])?\p{Lu}[\p{L}\p{M}'’-]*)?`;
/** The words counting states named together, and their nouns (`several Caribbean states`, `five countries of the region`). */
const STATES_COUNTS = ['several', 'other', 'some', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const STATES_NOUNS = ['states', 'countries', 'nations'];
const STATES_GROUP = String.raw`(?:${STATES_COUNTS.join('|')}|\d+)[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}-]*[ \u00a0]+)?(?:${STATES_NOUNS.join('|')})(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:region|\p{Lu}[\p{L}\p{M}-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}-]*)?))?`;
/**
 * `, residing in Moscow,`, `with residence in Moscow`, `(resident in Moscow)`, `(residence in Moscow)`: where a non-resident
 * ambassador sits, after the office; `, concurrently accredited to Angola and Mozambique,` (or, after a comma, `,
 * concurrently to …,`; `and concurrently to …` goes on the office), `, with concurrent accreditation to Uruguay,`, `, who
 * is also accredited to Kazakhstan,`, `, concurrently accredited to several Caribbean states,`.
 */
const RESIDENCE = new RegExp(
  String.raw`(?:,[ \u00a0]*|[ \u00a0]+\(?)(?:(?:(?:with )?(?:residence|residency|seat) in|residing in|resident in|based in)[ \u00a0]+${PLACE}` +
    String.raw`|(?:concurrently accredited|(?<=,[ \u00a0]*)concurrently|with concurrent accreditation|who is also accredited) (?:to|in)[ \u00a0]+(?:${STATES_GROUP}|${PLACE}(?:(?:,[ \u00a0]*|,?[ \u00a0]+and[ \u00a0]+)${PLACE})*))(?:\),?|,)?$`,
  'u',
);
/** Longest such clause read. */
const MAX_RESIDENCE = 140;
/** Most tokens between the clause's `in` or `to` and its end. */
const MAX_RESIDENCE_TOKENS = 20;

/**
 * `Ambassador of Peru to Kazakhstan, residing in Moscow, Luis Gálvez`, `… to South Africa, concurrently
 * accredited to Angola and Mozambique, X`: the token before a clause of residence or further
 * accreditation that ends at token `i`, so that the office before it is the role; else `i`.
 */
function beforeResidence(v: LineView, i: number): number {
  // The clause's places follow `in` or `to`: a look at a few tokens before the pattern.
  if (i < 2 || !placeClauseBefore(v, i)) return i;
  const to = v.tokens[i].end;
  const from = Math.max(0, to - MAX_RESIDENCE);
  const m = RESIDENCE.exec(v.text.slice(from, to));
  if (!m) return i;
  let k = i;
  while (k >= 0 && v.tokens[k].start >= from + m.index) k--;
  return k;
}

/** Most tokens of a state's name in brackets. */
const MAX_BRACKETED_STATE = 5;

/**
 * `Honorary Consul of Kazakhstan in Tartu (Republic of Estonia), X`: the `(` of a bracket closing at token `i` that holds
 * only the state a city before it is in; the office ends at the city.
 */
function bracketedStateOpen(v: LineView, i: number): number | undefined {
  // (Not a subsidiary's state, part of the body's name: `Director of KPMG (Kazakhstan) X`.)
  if (v.tokens[i]?.text !== ')' || inSubsidiarysState(v, i)) return undefined;
  let k = i - 1;
  while (k > i - 1 - MAX_BRACKETED_STATE && k > 0 && v.cls[k] === 'country') k--;
  if (k === i - 1 || v.tokens[k].text !== '(') return undefined;
  const city = v.tokens[k - 1];
  if (city === undefined || !city.upper || city.kind !== 'word' || v.cls[k - 1] === 'country') return undefined;
  // `the Rais of the Republic of Tatarstan (Russian Federation) X`: or the state of a region the complement names.
  if (v.tokens[k - 2]?.lower !== 'in') return namedRegionStart(v, k - 1) !== undefined ? k : undefined;
  // (Only a post held in a city, an envoy's or one with its complement, not where one met: `the President in Tashkent
  // (Uzbekistan) X`.)
  for (let j = k - 3; j >= 0 && j > k - 3 - MAX_POST_LOOKBACK && v.tokens[j].text !== ','; j--) {
    if (CITY_POSTS.has(v.tokens[j].lower) || v.tokens[j].lower === 'of') return k;
  }
  return undefined;
}

/** Where the capitalised name of a region ending at token `last` opens after an office's `of` (maybe `the`), if it does. */
function namedRegionStart(v: LineView, last: number): number | undefined {
  let k = last;
  while (k > last - MAX_REGION_WORDS && v.tokens[k - 1]?.upper && v.tokens[k - 1].kind === 'word') k--;
  // (`Republic of Tatarstan`: a unit's `of` inside the name.)
  if (v.tokens[k - 1]?.lower === 'of' && v.tokens[k - 2]?.upper && REGION_UNITS.has(v.tokens[k - 2].lower)) k -= 2;
  if (v.tokens[k - 1]?.lower === 'the') k--;
  return v.tokens[k - 1]?.lower === 'of' && v.cls[k - 2] === 'title' ? k : undefined;
}
const MAX_REGION_WORDS = 3;
const REGION_UNITS: ReadonlySet<string> = new Set(['republic', 'region', 'oblast', 'province', 'state']);

/**
 * The title of a post held in the city at token `k`, after `in` (`Consul General of Kazakhstan in Jeddah`), or of an envoy
 * to the state ending there (`Kuwait's Ambassador to Kazakhstan`), if it is one.
 */
function cityPostBefore(v: LineView, k: number): number | undefined {
  if (!v.tokens[k]?.upper || v.tokens[k].kind !== 'word') return undefined;
  const state = v.cls[k] === 'country' ? countryStart(v, k) : k;
  const link = v.tokens[state - 1]?.lower === 'the' ? state - 2 : state - 1;
  if (!(v.tokens[link]?.lower === 'to' && v.cls[k] === 'country') && v.tokens[k - 1]?.lower !== 'in') return undefined;
  for (let j = link - 1; j >= 0 && j > link - 1 - MAX_POST_LOOKBACK && v.cls[j] !== 'comma'; j--) {
    if (CITY_POSTS.has(v.tokens[j].lower) && v.cls[j] === 'title') return j;
  }
  return undefined;
}

/** `the first Minister of Foreign Affairs of independent Kazakhstan`: a state's epithet between `of` and its name. */
export function isStatesEpithet(v: LineView, i: number): boolean {
  return STATE_EPITHETS.has(v.tokens[i].lower) && v.tokens[i - 1]?.lower === 'of' && v.cls[i + 1] === 'country';
}
const STATE_EPITHETS: ReadonlySet<string> = new Set(['independent', 'sovereign', 'modern']);

/** Posts held in a city (`Honorary Consul … in Tartu`, `Ambassador … in Berlin`). */
const CITY_POSTS: ReadonlySet<string> = new Set(['consul', 'consul-general', 'ambassador', 'representative', 'envoy', 'attaché', 'attache']);
const MAX_POST_LOOKBACK = 12;

/** Most tokens of an office in brackets. */
const MAX_BRACKETED_OFFICE = 8;

/**
 * `Deputy Chairman of the Government of Omsk Region (Minister of Economy) X`: the `(` of a bracket closing at token `i`
 * that holds a second office or a body with its complement, with no name in it; the role is the office before the bracket.
 */
function bracketedOfficeOpen(v: LineView, i: number): number | undefined {
  if (v.tokens[i]?.text !== ')') return undefined;
  let k = i - 1;
  while (k > i - 1 - MAX_BRACKETED_OFFICE && k > 0 && v.tokens[k].text !== '(' && v.tokens[k].text !== ')' && v.cls[k] !== 'name') k--;
  // (A gloss with no complement stays in the role: `Commissioner for Human Rights (Ombudsman)`, `(Director General)`.)
  let complemented = false;
  for (let j = k + 2; j < i && !complemented; j++) complemented = v.tokens[j].lower === 'of' || v.tokens[j].lower === 'for';
  // (`… on Media and Communications (Office of the Vice President), X`: or the unit the office is part of; not a gloss of
  // the complement's body: `President of the Riigikogu (Parliament of Estonia) X`.)
  const opensOffice = v.tokens[k]?.text === '(' && (v.cls[k + 1] === 'title' || SERVING_UNITS.has(v.tokens[k + 1].lower)) && v.tokens[k + 1].upper && complemented;
  return opensOffice && k > 0 && v.tokens[k - 1].upper && v.cls[k - 1] !== 'title' ? k : undefined;
}

/** Units of a government an office serves in, which a bracket may name after it. */
const SERVING_UNITS: ReadonlySet<string> = new Set(['office', 'ministry', 'department', 'directorate', 'secretariat', 'bureau']);

/**
 * Words a bracket adds to an office (`(non-resident)`, `Minister of Natural Resources (acting) X`; `(concurrently)` opens
 * an office's clause, see `officeClauseOpen`).
 */
const BRACKETED_QUALIFIERS: ReadonlySet<string> = new Set(['non-resident', 'nonresident', 'acting', 'interim', 'designate']);

/** The `(` of years in brackets closing at token `i` (`(1992-1996)`, `(2019–2023)`, `(2008)`), if there is one. */
function bracketedTermOpen(v: LineView, i: number): number | undefined {
  if (v.tokens[i]?.text !== ')') return undefined;
  let k = i - 1;
  while (k > i - 4 && k > 0 && (YEAR_TOKEN.test(v.tokens[k].text) || DASHES.has(v.tokens[k].text))) k--;
  return k < i - 1 && v.tokens[k].text === '(' && YEAR_TOKEN.test(v.tokens[k + 1].text) ? k : undefined;
}

const YEAR_TOKEN = /^(?:1[89]|20)\d\d$/;

/** A token that is a modern year (`2023`). */
export function isYearToken(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && YEAR_TOKEN.test(t.text);
}

/** One such word in brackets closing at token `i`, or a lower-case title glossing the office (`akim of Pavlodar region (governor) X`). */
function isBracketedQualifier(v: LineView, i: number): boolean {
  if (i < 3 || v.tokens[i].text !== ')' || v.tokens[i - 2].text !== '(') return false;
  const word = v.tokens[i - 1];
  return BRACKETED_QUALIFIERS.has(word.lower) || (v.cls[i - 1] === 'title' && !word.upper);
}

function placeClauseBefore(v: LineView, i: number): boolean {
  for (let k = i - 1; k > 0 && k >= i - MAX_RESIDENCE_TOKENS; k--) {
    const lower = v.tokens[k].lower;
    if (lower === 'in' || lower === 'to') return true;
    // (A state's lower-case word counts as its own: `Côte d’Ivoire`.)
    if (!v.tokens[k].upper && lower !== 'and' && lower !== 'the' && lower !== 'of' && lower !== ')' && v.cls[k] !== 'comma' && v.cls[k] !== 'country' && !PLACE_PARTICLES.has(lower) && !isStatesGroupWords(v, v.tokens[k])) return false;
  }
  return false;
}

/** Token `t` holds only words of a group of states (`several`, `states`, `of the region`). */
function isStatesGroupWords(v: LineView, t: Token): boolean {
  // (The last word first: most stretches hold none of them.)
  if (!STATES_GROUP_WORDS.has(lastWord(v, t))) return false;
  return v.text.slice(t.start, t.end).trim().split(/\s+/).every((w) => STATES_GROUP_WORDS.has(w) || /^\d+$/.test(w));
}

const STATES_GROUP_WORDS: ReadonlySet<string> = new Set([...STATES_COUNTS, ...STATES_NOUNS, 'region', 'of', 'the']);

/** Most words of a name in a list. */
const MAX_LISTED_NAME = 6;

/**
 * `Foreign Ministers of X, Y and Z, Zheenbek Kulubaev, Sirojiddin Muhriddin`: a full name between
 * commas, starting at token `first`, names an earlier person of a list, not a role's complement.
 */
function isListedName(v: LineView, first: number): boolean {
  let names = 0;
  for (let k = first; k < v.tokens.length && k < first + MAX_LISTED_NAME; k++) {
    const c = v.cls[k];
    if (c === 'name' || (c === 'caps' && v.tokens[k].text.length >= 4)) names++;
    else if (c !== 'particle') return names >= 2 && c === 'comma' && v.tokens[k - 1].end === v.tokens[k].start;
    if (k > first && !adjacent(v.text, v.tokens[k - 1], v.tokens[k])) return false;
  }
  return false;
}

/**
 * `the Kambarata-1 Company`, `Kazakh Invest national company`: a numeral glued to a word, or a
 * few lower-case words before a lower-case organisation noun, inside the name the role runs through.
 */
function inOrgName(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  // `Brazil–Central Asia Chamber`: a dash glued between two words joins them as a hyphen does.
  if (t.kind === 'number' || t.text === '-') return i > 0 && v.tokens[i - 1].end === t.start;
  // `Samsung C&T`, `AT&T`, `China Petroleum & Chemical Corporation`: an ampersand between two capitalised words.
  if (t.text === '&') return i > 0 && v.tokens[i - 1].upper && v.tokens[i + 1]?.upper === true;
  if (DASHES.has(t.text)) return i > 0 && v.tokens[i - 1].end === t.start && v.tokens[i + 1]?.start === t.end;
  // `the state-owned copper company Codelco`: lower-case words up to the noun.
  let words = 0;
  let k = i;
  for (; k < v.tokens.length && isLowerModifier(v, k); k++) words += Math.max(1, v.tokens[k].words);
  return k > i && words <= MAX_ROLE_LEAD && v.cls[k] === 'org' && !v.tokens[k].upper;
}

/** `National Leader of the Turkmen people X`: a nation's people closes its object as a capitalised word does. */
function isNationsPeople(v: LineView, last: number): boolean {
  const word = lowerWordOf(v, v.tokens[last]);
  return (word === 'people' || word === 'nation') && v.cls[last - 1] === 'country' && v.tokens[last - 2]?.lower === 'the';
}

/** `Secretary of the municipal Party Committee X`: a lower-case qualifier between `the` and a capitalised body. */
function isLowerQualifierOfBody(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  // (`head of regional Department of Emergency Situations X`: or right after `of`, as machine translation drops the article.)
  return t.kind === 'word' && !t.upper && LOWER_TITLE_QUALIFIERS.has(t.lower) && (v.tokens[i - 1]?.lower === 'the' || v.tokens[i - 1]?.lower === 'of') && v.tokens[i + 1]?.upper === true && v.cls[i + 1] !== 'name';
}

/**
 * `Chargé d’Affaires ad interim of Kazakhstan`, `Senate President pro tempore X`: token `i` is in a Latin qualifier
 * after a title, as `a.i.` is written.
 */
function isLatinQualifier(v: LineView, i: number): boolean {
  return (v.tokens[i - 1]?.lower === 'ad' && AFTER_AD.has(lowerWordOf(v, v.tokens[i]))) || (v.cls[i - 1] === 'title' && latinQualifierLength(v, i) > 0);
}

/** Tokens from `i` that spell `ad interim`, `ad hoc` or `pro tempore` (one stretch of lower-case words, or `ad` and the word after it); else 0. */
export function latinQualifierLength(v: LineView, i: number): number {
  const t = v.tokens[i];
  if (t === undefined || t.upper) return 0;
  if (t.kind === 'gap') return LATIN_QUALIFIERS.has(v.text.slice(t.start, t.end)) ? 1 : 0;
  const next = v.tokens[i + 1];
  return t.lower === 'ad' && next !== undefined && next.words === 1 && AFTER_AD.has(lowerWordOf(v, next)) ? 2 : 0;
}

const LATIN_QUALIFIERS: ReadonlySet<string> = new Set(['ad interim', 'pro tempore']);
/** `Judge ad hoc X`: the words after `ad` in such a qualifier. */
const AFTER_AD: ReadonlySet<string> = new Set(['interim', 'hoc']);

/**
 * `on Violence against Children`, `the Committee against Torture`: `against` between two capitalised words of a
 * complement; `for Control over the Execution of the Budget`: `over` after `Control`, maybe before `the`.
 */
function isPrepositionInName(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (v.tokens[i - 1]?.upper !== true) return false;
  if (t.kind === 'gap') return t.words === 1 && endsInWord(v.text, t.end, 'against') && v.tokens[i + 1]?.upper === true;
  const next = v.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  return t.lower === 'over' && CONTROL_WORDS.has(v.tokens[i - 1].lower) && v.tokens[next]?.upper === true;
}

const CONTROL_WORDS: ReadonlySet<string> = new Set(['control', 'supervision', 'oversight']);

/** `the Fondazione per la Cultura`, `the Instituto para el Desarrollo`: token `i` is a Romance `for` or its article inside a body's name. */
function isRomanceForInName(v: LineView, i: number): boolean {
  const forAt = ROMANCE_FOR.has(v.tokens[i].lower) ? i : ROMANCE_FOR.has(v.tokens[i - 1]?.lower ?? '') ? i - 1 : -1;
  const article = v.tokens[forAt + 1];
  if (forAt < 1 || v.tokens[forAt].upper || !v.tokens[forAt - 1].upper || article === undefined || article.upper || !ROMANCE_ARTICLES.has(article.lower)) return false;
  return v.tokens[forAt + 2]?.upper === true;
}

/** `for` in Italian, French, Spanish and Portuguese, and the articles after it (`per il`, `pour la`, `para los`). */
export const ROMANCE_FOR: ReadonlySet<string> = new Set(['per', 'pour', 'para', 'por']);
export const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(['il', 'lo', 'la', 'le', 'el', 'los', 'las', 'les', 'gli', 'o', 'a', 'os', 'as']);

/** A lower-case word that may describe an organisation's noun (`nuclear power plant`, `state-owned company`). */
export function isLowerModifier(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return !t.upper && (t.kind === 'gap' || (t.kind === 'word' && v.cls[k] === 'other' && t.end - t.start > 2)) && !opensWithPastForm(v.text, t);
}

/** `Satybaldiyeva proposed holding a forum`: a past form opening the words after a name is its verb, no modifier (`state-owned` is one). */
function opensWithPastForm(text: string, t: Token): boolean {
  const word = firstWordOf(text, t);
  return word.endsWith('ed') && !word.includes('-');
}

/** `House of Representatives`, `Chamber of Deputies`, `House of Councillors`: a plural title naming a chamber's members. */
function isChamberMembers(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (!t.lower.endsWith('s') || v.tokens[i - 1]?.lower !== 'of') return false;
  // `chairman of the board of directors`: in lower case, too.
  return t.upper ? v.cls[i - 2] === 'org' && v.tokens[i - 2].upper : i > 1 && BOARDS.has(lastWord(v, v.tokens[i - 2]));
}

export const BOARDS = new Set(['board', 'council']);

/** `the foreign ministers of the member states`: `member` before the plural of a body's members qualifies them, no title. */
function isMemberQualifier(v: LineView, i: number): boolean {
  const next = v.tokens[i + 1];
  return v.tokens[i]?.lower === 'member' && next !== undefined && MEMBER_PLURALS.has(firstWordOf(v.text, next).toLowerCase());
}

const MEMBER_PLURALS = new Set(['states', 'countries', 'nations', 'economies']);

/** `Institute for Strategic Studies under the President`: the title at token `i` names a body's patron, in its name. */
function isPatron(v: LineView, i: number): boolean {
  return v.tokens[i - 1]?.lower === 'the' && v.tokens[i - 2]?.lower === 'under';
}

/**
 * `General Assembly`, `President Hotel`, `General Election Commission`: a title word that starts an organisation's name (not a
 * chamber Pakistan's press writes after its head's title: `Chairman Senate X`).
 */
export function isOrgTitle(v: LineView, i: number): boolean {
  const next = v.tokens[i + 1];
  if ((v.cls[i + 1] === 'org' && adjacent(v.text, v.tokens[i], next) && !isChamberAfterHead(v, i)) || namesHonoreesBody(v, i)) return true;
  if (v.tokens[i].lower !== 'general') return false;
  // `General Election Commission`, `General Civil Aviation Authority`, `General Teaching and Referral Hospital`: a few
  // capitalised common words, maybe joined by `and`, then the organisation's (not `General Alain Berset and Organization …`).
  for (let k = i + 1; k < v.tokens.length && k <= i + MAX_WORDS_AFTER_GENERAL + 1 && adjacent(v.text, v.tokens[k - 1], v.tokens[k]); k++) {
    if (v.cls[k] === 'org') return k > i + 1;
    if (v.tokens[k].lower === 'and' && k > i + 1 && v.tokens[k + 1]?.upper) continue;
    const word = v.tokens[k];
    if (!word.upper || !(v.cls[k] === 'stop' || v.cls[k] === 'qualifier' || (v.cls[k] === 'name' && isCommonEnglishWord(word.lower)))) return false;
  }
  return false;
}

const MAX_WORDS_AFTER_GENERAL = 3;

/** Titles of a chamber's head. */
const CHAMBER_HEADS = new Set(['chairman', 'speaker']);

/** `Chairman Senate X`: a head's title right before a chamber's name, a name after it. */
function isChamberAfterHead(v: LineView, i: number): boolean {
  return CHAMBER_HEADS.has(v.tokens[i].lower) && MEMBER_CHAMBER_SET.has(v.tokens[i + 1].lower) && v.cls[i + 2] === 'name';
}

/** Rulers' titles that open a body named after one (`Sultan Qaboos University`, `King Saud University`), as forms of address do. */
const RULERS_IN_NAMES = new Set(['sultan', 'king', 'queen', 'emir', 'amir', 'prince', 'princess']);
/** Most words between the ruler's title and the body's word (`Khoja Akhmet Yassawi International Kazakh-Turkish University`). */
const MAX_HONOREES_BODY = 6;
/** Epithets written as forms of address that name one person alone (Pakistan's founder). */
const EPITHETS: ReadonlySet<string> = new Set(['quaid-e-azam', 'quaid-i-azam']);
/** Classes of the words there: the honoree's name, then the body's qualifiers and states. */
const HONOREES_BODY_WORDS: ReadonlySet<TokenClass> = new Set(['name', 'particle', 'qualifier', 'country', 'stop']);

/** Token `i` opens a body named after a ruler or another honoree: the title or form of address, name words, then the body's word. */
function namesHonoreesBody(v: LineView, i: number): boolean {
  return honoreesBodyEnd(v, i) >= 0;
}

/** The body's word of such a name opening at token `i`, or -1. */
export function honoreesBodyEnd(v: LineView, i: number): number {
  // (`Quaid-e-Azam University`: an epithet that names its bearer alone.)
  if (EPITHETS.has(v.tokens[i].lower) && v.cls[i + 1] === 'org' && adjacent(v.text, v.tokens[i], v.tokens[i + 1])) return i + 1;
  if (!v.tokens[i].upper || !(RULERS_IN_NAMES.has(v.tokens[i].lower) || v.cls[i] === 'honorific') || v.cls[i + 1] !== 'name') return -1;
  for (let k = i + 2; k <= i + MAX_HONOREES_BODY + 1 && k < v.tokens.length && adjacent(v.text, v.tokens[k - 1], v.tokens[k]); k++) {
    if (v.cls[k] === 'org') return k;
    // (`the King Abdullah II Fund`: a ruler's numeral after his name.)
    if (v.cls[k] === 'numeral' && v.cls[k - 1] === 'name' && REGNAL_NUMERAL.test(v.tokens[k].text)) continue;
    // (`the King Salman Humanitarian Aid and Relief Centre`: `and` between the body's capitalised common words; not `King
    // Abdullah II and Jordan Investment Fund representatives`.)
    if (v.tokens[k].lower === 'and' && k > i + 2 && v.tokens[k + 1]?.upper && (v.cls[k + 1] === 'stop' || v.cls[k + 1] === 'qualifier' || v.cls[k + 1] === 'org')) continue;
    // (`Princess Victoria Visits Swedish Troops`: a title-case headline's verb ends the name.)
    if (!HONOREES_BODY_WORDS.has(v.cls[k]) || !v.tokens[k].upper || (v.titleCase && HEADLINE_VERB_SET.has(v.tokens[k].lower))) return -1;
  }
  return -1;
}

/**
 * `Special Representative of the UN Secretary-General for Central Asia`: a
 * title inside the complement of an earlier one belongs to that one's role.
 * Followed out a few levels at most, so that a line of `Minister of the
 * Minister of the …` costs no deep recursion.
 */
function outerTitle(v: LineView, first: number, joins = 0): number {
  for (let level = 0; level < MAX_NESTING; level++) {
    const outer = enclosingTitle(v, first, joins);
    if (outer === undefined) return first;
    first = outer;
  }
  return first;
}

/** Titles whose complement may open with `to` (`Assistant to the President`, `Chief of Staff to the President`, `Permanent Representative to the UN`, `Nuncio to Kazakhstan`). */
const AIDE_TITLES = new Set(['assistant', 'chief', 'adviser', 'advisor', 'aide', 'counsellor', 'counselor', 'envoy', 'representative', 'secretary', 'attaché', 'attache', 'ambassador', 'delegate', 'consultant',
  // The Marshall Islands' minister who assists the President (`Minister-in-Assistance to the President`).
  'minister-in-assistance',
  // Those accredited to a state (`Apostolic Nuncio to Kazakhstan`, `High Commissioner to India`).
  'ambassador-at-large', 'ambassador-designate', 'nuncio', 'consul', 'consul-general', 'commissioner', 'high-commissioner',
  // `Spokesperson to the President`.
  'spokesperson', 'spokesman', 'spokeswoman']);

/**
 * Capitalised qualifiers from token `first` on (maybe after a capitalised common word: `Strategic Planning`), then `and`: a
 * portfolio before another title (`Foreign Affairs and Climate Envoy`).
 */
function opensPortfolioAnd(v: LineView, first: number): boolean {
  let k = opensPortfolioAfterLink(v, first) ? first + 1 : first;
  while (k - first < MAX_PORTFOLIO_WORDS && v.cls[k] === 'qualifier' && v.tokens[k].upper) k++;
  return k > first && v.tokens[k]?.lower === 'and';
}

/** The start of the title whose complement holds the role starting at `first`, if any. */
function enclosingTitle(v: LineView, first: number, joins: number): number | undefined {
  let k = first - 1;
  const determined = v.tokens[k]?.lower === 'the';
  if (determined) k--;
  // `Head of His Highness the Crown Prince's Diwan`: the ruler's style before the office that owns the body.
  if (determined && RULERS_STYLES.has(v.tokens[k]?.lower ?? '') && POSSESSIVE_PRONOUNS.has(v.tokens[k - 1]?.lower ?? '')) k -= 2;
  // `Assistant to the President`: a title's complement opens with `of` or, for an aide, `to`; a portfolio's with `for`
  // (`Minister of State for Foreign Affairs and Climate Envoy`).
  const portfolio = v.tokens[k]?.lower === 'for' && !determined && opensPortfolioAnd(v, first);
  if (k < 1 || (v.tokens[k].lower !== 'of' && v.tokens[k].lower !== 'to' && !portfolio)) return undefined;
  // (`the greetings of the President and of Prime Minister X`: after `and of`, a second object of what went before.)
  if (v.tokens[k - 1].lower === 'and') return undefined;
  for (let i = k - 1, steps = 0; i >= 0 && steps <= MAX_WALK; i--, steps++) {
    // `the special representative of Chinese President Xi Jinping`: a lower-case description of someone else;
    // but `the press secretary of the President of Uzbekistan X` names the secretary, the office held by one.
    // Only an aide's title takes `to`: not `the rank of Major General to Colonel X`, `greetings from the Emir of Qatar to President X`.
    // (`Chief of the General Staff of the Czech Army`: a title's word in a body's name is the body's.)
    if (v.cls[i] === 'title' && isOrgTitle(v, i) && v.tokens[i].upper && v.tokens[i - 1]?.lower === 'the') continue;
    // (`credentials as Ambassador to Chile to President X`: an aide's complement takes one `to`; a second opens the addressee.)
    if (v.tokens[k].lower === 'to' && v.tokens[i].lower === 'to') return undefined;
    if (v.cls[i] === 'title') return isOrgTitle(v, i) || (!v.tokens[i].upper && !determined) || (v.tokens[k].lower === 'to' && !AIDE_TITLES.has(v.tokens[i].lower)) ? undefined : titleStart(v, i, joins);
    // `the telegram of President Kassym-Jomart Tokayev to President of France`: a name closes the earlier title's
    // phrase, and so does a headline's verb (`Ambassador Presents Credentials to King Philippe`).
    if (!isComplement(v.cls[i]) || isNameWord(v, i) || HEADLINE_VERB_SET.has(v.tokens[i].lower)) return undefined;
  }
  return undefined;
}

/** Tokens `i - 2` to `i` read `at the time`. */
function isAtTheTime(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  return t !== undefined && isLowerWords(t) && t.words === 1 && lastWord(v, t) === 'time' && v.tokens[i - 1]?.lower === 'the' && v.tokens[i - 2]?.lower === 'at';
}

/** A word the name finder reads as part of a name: a name word, or one in capitals long enough to be a surname. */
export function isNameWord(v: LineView, i: number): boolean {
  return v.cls[i] === 'name' || (v.cls[i] === 'caps' && v.tokens[i].text.length >= 4);
}

/**
 * Offices a form of address opens as their own word, not as a style (`the Lord Mayor of Darmstadt`, `Lord Chancellor`;
 * Qatar's `Father Emir`, a former emir's title).
 */
const OFFICES_OPENED_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['lord', new Set(['mayor', 'provost', 'chancellor', 'speaker', 'chamberlain', 'lieutenant', 'chief'])],
  ['father', new Set(['emir', 'amir'])],
]);

export function opensOfficeAsAddress(v: LineView, i: number): boolean {
  // (`his father Emir X` names one's kin: `Father` opens the title only capitalised.)
  if (v.tokens[i].lower === 'father' && !v.tokens[i].upper) return false;
  return OFFICES_OPENED_BY.get(v.tokens[i].lower)?.has(v.tokens[i + 1]?.lower ?? '') === true;
}

/** Titles that `Under` opens (`Under Secretary`, `Under-Secretary-General`). */
const UNDER_TITLES: ReadonlySet<string> = new Set(['secretary', 'secretary-general', 'secretaries']);

/** `Yang di-Pertuan` ending at token `i`, the words of a ruler's style that open his title (`Agong`, `Besar`). */
function isRulersStyleBefore(v: LineView, i: number): boolean {
  return v.tokens[i].lower === 'di-pertuan' && v.tokens[i - 1]?.lower === 'yang' && adjacent(v.text, v.tokens[i - 1], v.tokens[i]);
}

/** `the Friday Prayer Leader of Gorgan`: the day of the prayer a leader leads. */
function isPrayersDay(v: LineView, i: number): boolean {
  return v.tokens[i]?.lower === 'friday' && v.tokens[i + 1]?.lower === 'prayer';
}

/** Where the state's name of several tokens that ends at token `k` opens. */
function countryNameStart(v: LineView, k: number): number {
  while (k > 0 && v.cls[k - 1] === 'country' && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k--;
  return k;
}

/** Token `k` opens an office: no capitalised word before it, nor a complement's `of`, `the` or `to`. */
function opensOffice(v: LineView, k: number): boolean {
  const before = v.tokens[k - 1];
  return before === undefined || !(before.upper || COUNTRY_OF.has(before.lower) || before.lower === 'the' || before.lower === 'to');
}

/**
 * `2nd` of `2nd Vice FM`: a figure's ordinal ending glued to it, right before `Vice` or `Deputy` (not a date's day after its
 * month, a weekday, a day's preposition or another day: `On March 2nd Deputy Prime Minister X`, `On Feb 2nd …`, `On the
 * 21st Deputy Minister X`, `Until 31st …`, `On 22nd and 23rd …`).
 */
function isNumberedDeputy(v: LineView, i: number): boolean {
  const number = v.tokens[i - 1];
  if (number?.kind !== 'number' || !ORDINAL_ENDINGS.has(v.tokens[i].lower) || number.end !== v.tokens[i].start) return false;
  if (!adjacent(v.text, v.tokens[i], v.tokens[i + 1]) || !DEPUTY_WORD_SET.has(v.tokens[i + 1].lower)) return false;
  const before = v.tokens[i - 2]?.lower ?? '';
  const day = before === 'the' ? v.tokens[i - 3]?.lower ?? '' : before;
  // (`On 22nd and 23rd Deputy …`: a day after a listed day.)
  const listed = before === 'and' && ORDINAL_ENDINGS.has(v.tokens[i - 3]?.lower ?? '');
  return !DAY_WORDS_BEFORE.has(day) && !DAY_PREPOSITIONS.has(day) && !listed;
}

/** Prepositions before a day of the month (`On the 21st`, `Until 31st`). */
const DAY_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'since', 'until', 'till']);
/** Months and weekdays, maybe abbreviated, before a day (`March 2nd`, `Feb 2nd`, `Tue 3rd`). */
const DAY_WORDS_BEFORE: ReadonlySet<string> = new Set([...CALENDAR, ...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS.map((w) => w.toLowerCase())]);

const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** The office's first token for the title word at `title`: the walk back over its qualifiers, the body it leads and the offices joined to it. */
function titleStart(v: LineView, title: number, joins = 0, joinedPost = false): number {
  if (isBareRank(v, title)) return officeBeforeRank(v, title, joins) ?? nationalityBefore(v, title) ?? (title > 0 && opensOfficeAsAddress(v, title - 1) ? title - 1 : title);
  const office = officeBeforeMilitaryRank(v, title, joins);
  if (office !== undefined) return office;
  let first = title;
  // (A walk of a bounded length: `leads` and others look over the office so far at each step.)
  for (let i = title - 1; i >= 0 && title - i <= MAX_WALK && !isHeadlinePreposition(v, i); i--) {
    const step = walkStep(v, i, first, title, joins, joinedPost);
    // (A post's owner before a possessive is where the office starts, as it is.)
    if (step.owner) return step.first;
    first = step.first;
    i = step.at;
    if (step.stop) break;
  }
  first = trimmedOfficeStart(v, first, title);
  return rankAfterOffice(v, title, first, joins) ?? first;
}

/**
 * One step of titleStart's walk back, at token `at`: the office's first token so far, the token the walk is at (a step may
 * pass over several), whether the walk stops there, and whether that first token is final (a post's owner).
 */
interface WalkStep {
  first: number;
  at: number;
  stop: boolean;
  owner: boolean;
}

/** Where titleStart's walk is: the line, the token, the office's first token so far, the title word and how it was reached. */
interface Walk {
  v: LineView;
  i: number;
  first: number;
  title: number;
  joins: number;
  joinedPost: boolean;
  /** Token `i` is glued to the next by a space or a possessive the qualifier holds. */
  joined: boolean;
  /** …and it is right before the office so far, which opens with no military rank. */
  adjoining: boolean;
}

const goOn = (first: number, at: number): WalkStep => ({ first, at, stop: false, owner: false });
const stopAt = (first: number, at: number): WalkStep => ({ first, at, stop: true, owner: false });

/** The walk's step at token `i`: each group of cases in turn, the office before it as the last. */
function walkStep(v: LineView, i: number, first: number, title: number, joins: number, joinedPost: boolean): WalkStep {
  const c = v.cls[i];
  // `at the Ittihadiya Palace Uzbek President X`: a state's adjective opens the office; a body's word before it is no part.
  if (c === 'org' && i + 1 === first && v.cls[first] === 'country' && isNationality(v.tokens[first].lower)) return stopAt(first, i);
  // `People's Artist`: a possessive the title's qualifier holds is glued to its word.
  // (`Captain 1st Rank`: so is a naval rank's figure, glued to its ending.)
  const joined = adjacent(v.text, v.tokens[i], v.tokens[i + 1]) || (v.cls[i + 1] === 'qualifier' && v.tokens[i + 1].kind === 'possessive' && v.tokens[i + 1].start === v.tokens[i].end) ||
    (v.cls[i] === 'title' && v.tokens[i].kind === 'number' && v.tokens[i].end === v.tokens[i + 1].start);
  // (Not before a military rank, which no place, business or airline holds: `Chief of the Air Staff Air Chief Marshal X`,
  // `Defence Attaché of India in Kazakhstan Group Captain X`; the office before it is read on, and the rank cut off later.)
  const adjoining = joined && i === first - 1 && !isMilitaryRank(v, first, title);
  // `Lagos State Commissioner`, `São Paulo State Secretary`: the place whose unit qualifies the title.
  const place = adjoining ? (placeOfUnitStart(v, i) ?? closedPlaceStart(v, i, title)) : undefined;
  if (place !== undefined) return stopAt(place, i);
  const airline = adjoining && leads(v, first, title) ? airlineStart(v, i) : undefined;
  if (airline !== undefined) return stopAt(airline, i);
  // (`Under President X`: `Under` opens only an under-secretary's title.)
  if (v.tokens[i].lower === 'under' && !UNDER_TITLES.has(v.tokens[i + 1].lower)) return stopAt(first, i);
  // (`On the eve of the Victory Day deputy akim …`: a holiday's name holds no office.)
  if (c === 'org' && i + 1 === first && v.tokens[i].lower === 'day') return stopAt(first, i);
  const w: Walk = { v, i, first, title, joins, joinedPost, joined, adjoining };
  return titleWordStep(w) ?? bodysNameStep(w) ?? ledBodyStep(w) ?? joinedOfficeStep(w);
}

/** A title's word or prefix joined to the office, and a body's acronym in brackets before it. */
function titleWordStep({ v, i, first, title, joined }: Walk): WalkStep | undefined {
  const c = v.cls[i];
  if ((isTitlePrefix(c) || opensTitle(v, i) || opensOfficeAsAddress(v, i)) && joined) {
    // `Ambassador of Bulgaria Ambassador`: a country after `of` closes an earlier complement, and
    // names an organisation's country when an organisation word goes before (`Bank of Mexico Governor`).
    // Not a nationality (`the visit to Moscow of Brazilian Foreign Minister X`), which closes no complement.
    // (`Banque de France Governor`: or its French `de`; `Head of the EU Delegation to Kazakhstan Ambassador`: or `to`.)
    const link = v.tokens[i - 1]?.lower ?? '';
    // (After a body's word, or a title's before a style: `the letter from the Minister to Japan Foreign Minister X` keeps
    // the state in the addressee's title; and not in a title-case headline: `Kazakh Delegation to China Premier Li Qiang …`.)
    // (Not before a state's own office: `The letter of the Embassy to Kazakhstan Foreign Minister X`.)
    const accredited = link === 'to' && !v.titleCase && ((ACCREDITED_BODIES.has(v.tokens[i - 2]?.lower ?? '') && !STATES_OFFICES.has(v.tokens[title].lower)) || (v.cls[i - 2] === 'title' && STYLES.has(v.tokens[title].lower)));
    // (Not the `of` inside a state's name that opens the title: `Republic of Korea First Vice Foreign Minister X`; but
    // `the Embassy of the Republic of Korea Ambassador X`.)
    const ownOf = v.cls[i - 1] === 'country' && opensOffice(v, countryNameStart(v, i));
    if (c === 'country' && !ownOf && (COUNTRY_OF.has(link) || accredited) && v.tokens[i - 2]?.upper && !isNationality(v.tokens[i].lower)) {
      return stopAt(link !== 'to' && v.cls[i - 2] === 'org' && leads(v, first, title) ? orgNameStart(v, i - 2) : first, i);
    }
    return goOn(i, i);
  }
  if (i + 1 === first && i >= 3 && v.tokens[i].text === ')' && isBracketedAcronym(v, i - 2) && v.tokens[i - 3].upper) {
    // `Ministry of Commerce (MOFCOM) spokesperson`: the body's acronym in brackets, if the body's name goes on before it.
    const at = i - 2;
    // `European Central Bank (ECB) President`: a leader's body whose name ends in an organisation's word, or holds one
    // before its object (`European Bank for Reconstruction and Development (EBRD) Managing Director`).
    const body = v.cls[at - 1] === 'org' && v.tokens[at - 1].upper ? at - 1 : bodysWordBefore(v, at - 1);
    if (body !== undefined && leads(v, at + 3, title)) return stopAt(orgNameStart(v, body, true), at);
    return goOn(at, at);
  }
  return undefined;
}

/** An organisation's capitalised word before its object's capitalised words and links, back from token `k`. */
function bodysWordBefore(v: LineView, k: number): number | undefined {
  for (let j = k; j >= 0 && k - j < MAX_BODYS_OBJECT; j--) {
    const t = v.tokens[j];
    if (v.cls[j] === 'org' && t.upper) return j;
    if (!(t.upper && t.kind === 'word') && !BODYS_OBJECT_LINKS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** Most tokens of a body's object read back (`for Reconstruction and Development`). */
const MAX_BODYS_OBJECT = 6;
const BODYS_OBJECT_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'and', 'on']);

/** Words naming the body, its place or its portfolio, and qualifiers, before the office. */
function bodysNameStep({ v, i, first, title, joined }: Walk): WalkStep | undefined {
  if (joined && isOrgNameBefore(v, i, first)) return goOn(i, i);
  // `the Yang di-Pertuan Agong`: Malaysia's king's title opens with the words of a ruler's style.
  if (joined && i === first - 1 && isRulersStyleBefore(v, i)) return stopAt(i - 1, i);
  // `the Khoja Akhmet Yassawi … University Professor`: a form of address opening the honoree's name a body bears.
  if (joined && i + 1 === first && v.cls[i] === 'honorific' && namesHonoreesBody(v, i)) return goOn(i, i);
  if (joined && i + 1 === first && namesOrgOfCountry(v, i, title)) {
    // `Bank Indonesia Governor`: an organisation's word before the country its name holds (`Freedom Bank Kazakhstan
    // Chairman`: maybe after its own word).
    const named = i > 0 && !v.titleCase && v.tokens[i - 1].upper && (v.cls[i - 1] === 'stop' || v.cls[i - 1] === 'caps') && adjacent(v.text, v.tokens[i - 1], v.tokens[i]) && !isSentenceStart(v, i - 1);
    return goOn(named ? i - 1 : i, i);
  }
  // `U.N. Secretary-General`: an organisation's dotted acronym.
  if (joined && v.tokens[i].kind === 'dotted' && v.tokens[i].upper && v.cls[i] === 'stop') return goOn(i, i);
  if (isLowerQualifier(v, i) || (opensPortfolioAfterLink(v, i) && opensPortfolioAnd(v, i))) return goOn(i, i);
  // `2nd Vice FM X`, `the 1st Deputy Minister`: a deputy's rank written in figures, as `First Vice FM` in words.
  if (i === first - 1 && isNumberedDeputy(v, i)) return stopAt(i - 1, i);
  // `Northern Affairs Minister`, `North Kazakhstan Governor`: a direction opening the portfolio or place.
  if (joined && i === first - 1 && isDirectionOfPortfolio(v, i)) return goOn(i, i);
  // `IT engineer X`, `ESG director X`: a field's acronym right before the title qualifies it.
  if (joined && i === first - 1 && v.tokens[i].allCaps && FIELD_ACRONYM_SET.has(v.tokens[i].lower)) return goOn(i, i);
  return undefined;
}

const FIELD_ACRONYM_SET: ReadonlySet<string> = new Set(FIELD_ACRONYMS);

/** The business, body, unit or place the office leads or speaks for, before its title. */
function ledBodyStep({ v, i, first, title, joined, adjoining }: Walk): WalkStep | undefined {
  // `Al Rashed Power Chief Executive Officer X`, `Kaya Yapı Chairman of the Board X`: a business of two or three words.
  const business = adjoining ? leadersBodyStart(v, i, first, title) : undefined;
  if (business !== undefined) return stopAt(business, i);
  // `Samsung C&T President X`, `Hyundai E&C President X`: letters joined by an ampersand, maybe after their group's name.
  const letters = adjoining && i === first - 1 ? ampersandLettersStart(v, i) : undefined;
  if (letters !== undefined) return stopAt(isCompanyGroup(v, letters - 1) && adjacent(v.text, v.tokens[letters - 1], v.tokens[letters]) ? letters - 1 : letters, i);
  if (adjoining && isLeaderOf(v, i, first, title)) {
    // `World Boxing President`, `West Java Governor`: a common word or a direction may open the body's name.
    // `Saudi Aramco President`: so may a state's name or adjective.
    // `Politecnico di Milano professor`: or a capitalised word and a lower-case particle.
    // `Toyota Tsusho Executive Vice President`: or a group's name that opens its companies'.
    const start = citysHeadStart(v, i, first, title) ?? ((opensLeadersBody(v, i - 1) || isPrayersDay(v, i - 1) || v.cls[i - 1] === 'country' || isCompanyGroup(v, i - 1)) && adjacent(v.text, v.tokens[i - 1], v.tokens[i]) ? i - 1 : particleBodyStart(v, i));
    // `University of Oklahoma President X`: and a body's word and `of` before the place.
    const body = v.tokens[start - 2];
    return stopAt(v.tokens[start - 1]?.lower === 'of' && body?.upper && v.cls[start - 2] === 'org' ? start - 2 : start, i);
  }
  const beside = joined && i === first - 1;
  if (beside && (isSpokesBody(v, i, title) || isTeamsLeader(v, i, title))) {
    // `ministry spokesperson X`, `embassy press secretary X`: the body one speaks for, in lower case, maybe after its
    // state's adjective (`Chinese delegation head X`) and its portfolio (`Egypt's foreign ministry spokesman X`,
    // `Energy ministry spokesperson X`).
    const body = isLowerQualifier(v, i - 1) || (v.cls[i - 1] === 'qualifier' && adjacent(v.text, v.tokens[i - 1], v.tokens[i])) ? i - 1 : i;
    return stopAt(nationalityBefore(v, body) ?? partysNameBefore(v, body) ?? body, i);
  }
  // `the ministry's spokesperson X`: the same body, as an owner.
  if (beside && v.cls[i] === 'possessive' && v.tokens[i - 1]?.end === v.tokens[i].start && isSpokesBody(v, i - 1, title)) return stopAt(nationalityBefore(v, i - 1) ?? i - 1, i);
  // `KOTRA Almaty office director X`, `Halyk Bank board chairman X`: the business and the unit of it one leads.
  if (adjoining && isBusinessUnitBefore(v, i, first, title)) return stopAt(businessNameStart(v, i - 1) ?? i - 1, i);
  if (beside && isEditionBefore(v, i, title)) return stopAt(i - 1, i);
  // (`… for Turkistan region Colonel X`: no place holds a military rank.)
  if (joined && isPlaceOfTitle(v, i) && !(first === title && isMilitaryRank(v, title, title))) return stopAt(placeStart(v, i - 1), i);
  // `regional health department head X`: the unit one heads, in lower case, and what it is for (`the office director
  // X` says no more than `director`).
  if (beside && isUnitsHead(v, i, title) && unitsWordsStart(v, i) < i) return stopAt(unitsWordsStart(v, i), i);
  // `district akim X`: the unit the official heads, its place unnamed.
  if (beside && isLoneUnit(v, i)) return stopAt(i, i);
  // `Member of the Board (Minister) in charge of Trade`: the office whose portfolio `in charge of` gives.
  if (i + 1 === first && isInChargeOf(v, i)) return stopAt(chargedOfficeStart(v, i - 1) ?? first, i);
  return undefined;
}

/** Offices, states and portfolios joined or listed before the title, an owner's possessive, and else the office before. */
function joinedOfficeStep({ v, i, first, title, joins, joinedPost, joined }: Walk): WalkStep {
  const c = v.cls[i];
  // `the Brazilian and Indian sherpas`, `the Kazakh, Uzbek and Kyrgyz foreign ministers`: a plural office of several states.
  if (i + 1 === first && joinsNationalities(v, i, title)) return goOn(i - 1, i - 1);
  // `Committee on Finance and Budget chairman X`: a committee named for the portfolio before its leader's title.
  if (joined && i + 1 === first && isCommitteeOn(v, i)) return stopAt(orgNameStart(v, i - 1), i);
  // `Minister of State Secretary`, `Minister in charge of …` (`the minister in charge of …` too); not `the special
  // representative of Chinese President X`, nor another's seat (`A MLA and deputy First Minister B`).
  if (c === 'connector' && joinsTitlesHere(v, i)) return goOn(first, i);
  if (joins > 0 && HELD_NOW.has(lowerWordOf(v, v.tokens[i])) && (v.tokens[i - 1]?.lower === 'and' || v.cls[i - 1] === 'comma')) return goOn(first, i);
  if (!joinedPost && c === 'connector' && v.tokens[i].lower === 'and' && CITY_POSTS.has(v.tokens[title].lower) && cityPostBefore(v, i - 1) !== undefined) {
    // `Consul General of Kazakhstan in Jeddah and Permanent Representative …`: a post held in a city, joined to the next
    // envoy's post (not `the Ambassador to Germany and State Secretary X`, another person); once, not along a list.
    return stopAt(titleStart(v, cityPostBefore(v, i - 1)!, joins, true), i);
  }
  // `Economy, Trade and Industry Minister`: a comma inside the list of portfolios before a title.
  if (c === 'comma' && i + 1 === first && listsPortfolios(v, i, title)) return goOn(i - 1, i - 1);
  if (c === 'possessive' && ownsPost(v, i)) return { first: ownerOfPostStart(v, i), at: i, stop: true, owner: true };
  if (joined && isOfficePossessive(v, i)) {
    // `the Kazakh Foreign Ministry's spokesperson`, `the Secretary-General's spokesman`: the words naming the office go on,
    // over the organisation's whole name (`The World Bank’s Regional Vice President`).
    const at = v.cls[i - 1] === 'org' ? possessiveOrgStart(v, i - 1) : i - 1;
    return goOn(at, at);
  }
  return stopAt(joinedOfficeStart(v, i, first, title, joins), i);
}

/** The connector at `i` joins two title words of one office (`Minister of State Secretary`, `Minister in charge of`). */
function joinsTitlesHere(v: LineView, i: number): boolean {
  const before = v.cls[i - 1];
  // (Not a body's name after `of the` before the next rank: `Brigadier X of the British Army and Colonel Y`, `Major X of
  // the Army and Commander Y`, `Major X of Uruguay's Army and Commander Y`.)
  if (before === 'qualifier' && isServiceAfterOf(v, i - 1)) return false;
  // (Nor a body's object before the next office: `Secretary-General of the Conference on Disarmament and Director-General …`.)
  if (before === 'qualifier' && v.cls[i + 1] === 'title' && BODYS_OBJECT_LINKS.has(v.tokens[i - 2]?.lower ?? '') && v.cls[i - 3] === 'org' && v.tokens[i - 3].upper) return false;
  return joinsTitleWords(v, i) && (before === 'title' || before === 'qualifier') && (v.tokens[i - 1].upper || isBodysLeaderAnd(v, i) || isLowerTitlesAnd(v, i) || v.tokens[i + 1].lower === 'charge') && !closesHeadOfState(v, i - 1) && !isMonarchBeforeElected(v, i) && !(before === 'qualifier' && opensBodysPost(v, i)) && !closesListedOffice(v, i) && !isSeatAfterName(v, i - 1) && !isBodysFieldAnd(v, i);
}

/** The qualifier at `k` names the service one serves in after `of`: `of the Army`, `of the British Army`, `of Uruguay's Army`. */
function isServiceAfterOf(v: LineView, k: number): boolean {
  if (v.tokens[k - 1]?.lower === 'the') return v.tokens[k - 2]?.lower === 'of';
  if (v.cls[k - 1] === 'country') return v.tokens[k - 2]?.lower === 'the' && v.tokens[k - 3]?.lower === 'of';
  return v.cls[k - 1] === 'possessive' && v.cls[k - 2] === 'country' && v.tokens[k - 3]?.lower === 'of';
}

/** The office's first token from the walk's `first`, without the words before the title at `title` that open no office. */
function trimmedOfficeStart(v: LineView, first: number, title: number): number {
  // A bracketed acronym the walk stepped over, with no body's name before it, is no part of the office.
  if (v.tokens[first].text === '(') first += 3;
  // `for Asian Affairs Ambassador`: `Affairs` belongs to a title only with the qualifier before it (`Foreign Affairs Minister`).
  while (first < title && v.tokens[first].lower === 'affairs') first++;
  // `… for Humanitarian Affairs and Emergency Relief Coordinator`: nor an `and` left opening the office.
  if (first < title && v.tokens[first].lower === 'and') first++;
  // `In Oskemen city general director of … X`: a place's unit whose place the walk left out says where, not whose office,
  // before a title with a complement of its own (`In Taraz city police chief X` is the city's).
  const ownComplement = v.tokens[title + 1]?.lower === 'of';
  if (ownComplement && first < title && ADMIN_UNITS.has(lowerWordOf(v, v.tokens[first])) && v.tokens[first - 1]?.upper && v.tokens[first - 2]?.lower === 'in') first++;
  // (`in the city of Satpayev akim of Ulytau region X`: so is a place named after its unit's `of`.)
  else if (ownComplement && first + 1 === title && v.tokens[first].upper && v.tokens[first - 1]?.lower === 'of' && ADMIN_UNITS.has(lowerWordOf(v, v.tokens[first - 2] ?? v.tokens[first]))) first++;
  // `New EU Special Representative X Begins …`: a headline's `New` says when one took office, not which office.
  // `New Development Bank President X`: unless the word opens the body's name.
  if (first < title && v.tokens[first].text === 'New' && v.cls[first] === 'qualifier' && !v.cls.slice(first + 1, title).includes('org')) first++;
  // `former Medellín mayor X`, `the former Almaty akim X`: the office's status before a place it opens with (not a field
  // closing an opening phrase: `In the field of culture Shymkent akim X`), in capitals too (`Acting Cianjur Regent X`).
  if (first < title && v.tokens[first].upper) while (STATUS_QUALIFIERS.has(v.tokens[first - 1]?.lower ?? '') && (isLowerQualifier(v, first - 1) || v.cls[first - 1] === 'qualifier')) first--;
  // (`Honored coach of the Republic of Kazakhstan X`: machine translation's capitalised honour before a lower-case title.)
  if (!v.tokens[first].upper && v.tokens[first - 1]?.upper && HONOUR_QUALIFIER_SET.has(v.tokens[first - 1].lower)) first--;
  return first;
}

/**
 * Where the office from the title at `title` (so far from `first`) starts when the walk back stops at token `i`: an earlier
 * office joined to it, or the organisation its complement belongs to.
 */
function joinedOfficeStart(v: LineView, i: number, first: number, title: number, joins: number): number {
  if (joins > 0 && joinsTitles(v, i)) {
    // `Chairman of the Cabinet of Ministers – Head of …`: the office before the dash may end in a complement's title.
    const earlier = officeEndingAt(v, i - 1, joins - 1);
    // `Co-chairs of the Council – Chairman of … X and CEO of … Y`: a plural office before a dash introduces the list.
    return earlier !== undefined && !hasPluralTitle(v, earlier, i - 1) ? earlier : first;
  }
  if (joins > 0 && (joinsOfficeByAnd(v, i) || joinsOfficeByComma(v, i))) {
    // `Ambassador of Kazakhstan to Belgium and Head of Mission to the EU`, `Deputy Chairman of the Cabinet of
    // Ministers, Minister of Foreign Affairs of Turkmenistan`: two offices of one person.
    const earlier = officeEndingAt(v, i - 1, joins - 1);
    // `President of Zanzibar and …`: a place closing the earlier complement is no name between the offices.
    const last = closedByPlace(v, i - 1) ? i - 2 : i - 1;
    // (`Wang Yi, Member of … and Minister of …, Russian Foreign Minister X`: not offices a name's apposition holds.)
    const apposed = earlier !== undefined && v.cls[i] === 'comma' && v.cls[earlier - 1] === 'comma' && endsInName(v, earlier - 2);
    // (`the outgoing Chair of the Council and current Chair of the Council X`: one office then and now is two holders'.)
    const twoHolders = earlier !== undefined && NOW_WORDS.has(lowerWordOf(v, v.tokens[i + 1])) && repeatsOffice(v, earlier, i);
    return earlier !== undefined && !twoHolders && !apposed && !hasPluralTitle(v, earlier, i - 1) && !isDetermined(v, earlier, i) && !holdsName(v, earlier, last) && !isSameOfficeOfTwoStates(v, earlier, i, title) ? earlier : first;
  }
  if (joins > 0 && v.tokens[i].text === '/' && i > 0 && isOfficesSlash(v, i)) {
    // `High Representative for Foreign Affairs and Security Policy/Vice-President`: two offices held together.
    const earlier = roleBefore(v, i - 1, joins - 1);
    return earlier && !earlier.viaComma ? earlier.role.first : first;
  }
  // (`the Government of President X`, `the Slovenian Democratic Party of former premier X`: a title right after `of`,
  // maybe after its lower-case qualifier, is no organisation's object.)
  const after = isLowerQualifier(v, i + 1) ? i + 2 : i + 1;
  return v.tokens[i].lower === 'of' && v.cls[after] === 'title' && !hasPluralTitle(v, after, after) ? first : orgOfStart(v, i, first, title) ?? first;
}

/** Whether the possessive at token `i` has a place's unit, a firm, a state or a named body before it, owning the post after it. */
function ownsPost(v: LineView, i: number): boolean {
  const c = v.cls[i - 1];
  return isPlacesUnit(v, i - 1) || isFirmsFieldWord(v, i - 1) || c === 'country' || c === 'name' || c === 'caps' || isCapitalisedStopOwner(v, i - 1);
}

/** Where the owner of the post after the possessive at token `i` starts: a place's unit, a firm, a state or a body. */
function ownerOfPostStart(v: LineView, i: number): number {
  // `Kostanay region’s akim`, `North Kazakhstan region’s akim`: a place's lower-case unit owning the post.
  if (isPlacesUnit(v, i - 1)) return placeStart(v, i - 2);
  // `Halyk Finance’s head of research`: a firm named by a name word and a field's word.
  if (isFirmsFieldWord(v, i - 1)) return ownersNameStart(v, i - 2);
  // `ACWA Power’s Chief Investment Officer`, `Toyota Tsusho’s General Manager`: a company's acronym or group before its word.
  if (v.cls[i - 1] === 'name' && (v.cls[i - 2] === 'caps' || (v.cls[i - 2] === 'org' && v.tokens[i - 2].upper)) && adjacent(v.text, v.tokens[i - 2], v.tokens[i - 1])) return i - 2;
  // `Standard Chartered’s Chief Executive`: a firm's name of capitalised common words.
  if (isCapitalisedStopOwner(v, i - 1) && isCapitalisedStopOwner(v, i - 2) && adjacent(v.text, v.tokens[i - 2], v.tokens[i - 1])) return i - 2;
  // `Alstom Kazakhstan’s managing director`: a company's name before the state it works in.
  // `Enterprise Ireland’s Regional Director`: or an organisation's word before it.
  const company = v.cls[i - 2] === 'name' || (v.cls[i - 2] === 'org' && v.tokens[i - 2]?.upper && !isSentenceStart(v, i - 2));
  if (v.cls[i - 1] === 'country' && company && v.tokens[i - 2].kind === 'word' && adjacent(v.text, v.tokens[i - 2], v.tokens[i - 1])) return i - 2;
  // `La Scala’s superintendent`, `Air Astana’s Chief Commercial Officer`: a capitalised article or qualifier opening the
  // owner's name.
  if ((v.cls[i - 2] === 'particle' || v.cls[i - 2] === 'qualifier') && v.tokens[i - 2].upper && adjacent(v.text, v.tokens[i - 2], v.tokens[i - 1])) return i - 2;
  // `Zhao Leji's deputy`, `Rio Tinto's chief executive`: a name of more words owns the post whole.
  // (`DP World’s Group Chairman`: a common word of a firm's name after its letters, too.)
  if (v.cls[i - 1] === 'name' || isCapitalisedStopOwner(v, i - 1)) return ownersNameStart(v, i - 1);
  // `the Azerbaijani MFA’s spokesperson`: a body's letters after its state's adjective.
  if (v.cls[i - 1] === 'caps' && v.cls[i - 2] === 'country' && isNationality(v.tokens[i - 2].lower) && adjacent(v.text, v.tokens[i - 2], v.tokens[i - 1])) return countryStart(v, i - 2);
  // `Western Australia's Minister for Mines`: a place a direction opens.
  return placeStart(v, countryStart(v, i - 1));
}

/** `Agency for Strategic Planning and Reforms and Head of …`: a capitalised common word opening a portfolio's words after `for` or `of`. */
function opensPortfolioAfterLink(v: LineView, i: number): boolean {
  const link = v.tokens[i - 1]?.lower;
  return v.cls[i] === 'stop' && v.tokens[i].upper && v.cls[i + 1] === 'qualifier' && (link === 'for' || link === 'of') && adjacent(v.text, v.tokens[i], v.tokens[i + 1]);
}

/**
 * `Defence Attaché of India in Kazakhstan Group Captain X`, `Commander of the British Army's Field Army Lieutenant General X`:
 * an office whose complement closes right before a military rank ending at `title` runs on to it (the rank is cut off later).
 */
function officeBeforeMilitaryRank(v: LineView, title: number, joins: number): number | undefined {
  if (!MILITARY_RANKS.has(v.tokens[title].lower)) return undefined;
  let rank = title;
  while (rank > 0 && title - rank < MAX_RANK_RUN && isMilitaryRank(v, rank - 1, title) && adjacent(v.text, v.tokens[rank - 1], v.tokens[rank])) rank--;
  // (A complement closes before the rank, not a title whose own word it is: `Adjutant General of …`, `Secretary General`.)
  // (`… for Turkistan region Colonel X`: or a place's lower-case unit.)
  const unit = v.tokens[rank - 1];
  const placesUnit = unit !== undefined && !unit.upper && ADMIN_UNITS.has(unit.lower) && v.tokens[rank - 2]?.upper === true;
  // (`Head of the Regional Department "Ontustik" Colonel X`: or a quoted name.)
  const quoted = rank > 0 && quotedNameStart(v, rank - 1) !== undefined;
  if (rank === 0 || !(unit.upper || placesUnit || quoted) || v.cls[rank - 1] === 'title' || !adjacent(v.text, v.tokens[rank - 1], v.tokens[rank])) return undefined;
  const office = officeEndingAt(v, rank - 1, joins);
  return office !== undefined && hasComplement(v, office, rank - 1) ? office : undefined;
}

/** Most words of a military rank (`Air Chief Marshal`, `Senior Lieutenant General`). */
const MAX_RANK_RUN = 3;

/** Lower-case words that say when or how one holds an office, not which (`former`, `acting`). */
const STATUS_QUALIFIERS: ReadonlySet<string> = new Set(['former', 'acting', 'outgoing', 'incoming', 'late', 'interim']);

/** Most capitalised words of a listed office before `and`. */
const MAX_LISTED_OFFICE = 5;

/**
 * `the Senate Speaker, the Mazhilis Chairman and Prime Minister X`: the office before the `and` at token `i`, after `the`
 * and a list's comma after another office, is another unnamed person's.
 */
function closesListedOffice(v: LineView, i: number): boolean {
  let j = i - 1;
  while (j > i - 1 - MAX_LISTED_OFFICE && j >= 0 && v.tokens[j].upper && LISTED_OFFICE_CLASSES.has(v.cls[j])) j--;
  return j < i - 1 && v.tokens[j]?.lower === 'the' && v.cls[j - 1] === 'comma' && LISTED_OFFICE_CLASSES.has(v.cls[j - 2]);
}

const LISTED_OFFICE_CLASSES: ReadonlySet<TokenClass> = new Set(['title', 'org', 'qualifier', 'country']);

/**
 * `Gotion's chairman`, `the Kremlin's spokesman`: a capitalised common word inside a sentence owns the title by its possessive;
 * a city's or a nation's name anywhere (`Scotland's First Minister`, `Moscow's Mayor`).
 */
function isCapitalisedStopOwner(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  if (v.cls[k] !== 'stop' || !t.upper || t.kind !== 'word' || t.lower === 'the') return false;
  const lower = t.lower;
  // (`Kazakhstan Appoints Children's Ombudsman X`: no headline's verb.)
  if (v.titleCase && HEADLINE_VERB_SET.has(lower)) return false;
  return !isSentenceStart(v, k) || isCity(lower) || NATIONS.has(lower) || PORTFOLIO_OWNERS.has(lower);
}

const NATIONS: ReadonlySet<string> = new Set(UK_NATIONS);
/** Groups whose possessive names a portfolio (`Children’s Rights Commissioner`, `Women's Affairs Minister`), even opening a sentence. */
const PORTFOLIO_OWNERS: ReadonlySet<string> = new Set(['children', 'women', 'veterans', 'workers', 'consumers']);

/** The `and` or comma at token `i` joins two nationalities before the plural title at `title`. */
function joinsNationalities(v: LineView, i: number, title: number): boolean {
  if ((v.tokens[i].lower !== 'and' && v.cls[i] !== 'comma') || !joinsCountries(v, i)) return false;
  return isNationality(v.tokens[i - 1].lower) && isNationality(v.tokens[i + 1].lower) && hasPluralTitle(v, i + 1, title);
}

/** Token `i` stands between two countries' names (`Brazilian and Indian`). */
function joinsCountries(v: LineView, i: number): boolean {
  return v.cls[i - 1] === 'country' && v.cls[i + 1] === 'country';
}

/** `Deputy Minister of Foreign Affairs of Greece responsible for Economic Diplomacy`: `responsible` between a complement and its portfolio. */
export function isResponsibleFor(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  // (`Minister of State with responsibility for Trade`: both its words.)
  if (t?.lower === 'with' ? isResponsibility(v, i + 1) : t?.kind === 'gap' && isResponsibility(v, i)) return true;
  if (t === undefined || v.tokens[i + 1]?.lower !== 'for' || v.tokens[i - 1]?.upper !== true) return false;
  // (`Minister Responsible for Trade`: capitalised as part of the title.)
  return t.kind === 'gap' ? t.words === 1 && endsInWord(v.text, t.end, 'responsible') : t.lower === 'responsible' && v.cls[i - 1] === 'title';
}

/** Token `k` is the `responsibility` of an office's `with responsibility for`. */
function isResponsibility(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return t?.kind === 'gap' && t.words === 1 && v.tokens[k + 1]?.lower === 'for' && v.tokens[k - 1]?.lower === 'with' && v.tokens[k - 2]?.upper === true &&
    (endsInWord(v.text, t.end, 'responsibility') || endsInWord(v.text, t.end, 'responsibilities'));
}

/** Token `i` is the `in` of `in charge of` after an office's capitalised complement or a bracket closing one. */
function isInChargeOf(v: LineView, i: number): boolean {
  const before = v.tokens[i - 1];
  // (`deputy akim of Mangystau region in charge of …`: after a lower-case unit's word too.)
  return v.tokens[i].lower === 'in' && v.tokens[i + 1]?.lower === 'charge' && before !== undefined && (before.upper || before.text === ')' || v.cls[i - 1] === 'org') && v.cls[i - 1] !== 'title';
}

/** `… for Foreign Affairs and Cabinet Member`: `and` at `i` before a body's word and its member's title opens a further office. */
function opensBodysPost(v: LineView, i: number): boolean {
  return v.tokens[i].lower === 'and' && v.cls[i + 1] === 'org' && v.tokens[i + 1].upper && v.cls[i + 2] === 'title';
}

/** Whether the comma at token `i` parts capitalised portfolios of a list that `and` closes before the title at `title`. */
function listsPortfolios(v: LineView, i: number, title: number): boolean {
  const [before, after] = [v.tokens[i - 1], v.tokens[i + 1]];
  if (v.cls[i - 1] !== 'qualifier' || v.cls[i + 1] !== 'qualifier' || !before.upper || !after.upper || before.end !== v.tokens[i].start) return false;
  for (let k = i + 2; k < title; k++) if (v.tokens[k].lower === 'and') return true;
  return false;
}

/**
 * `Minister of Defense of Kazakhstan Colonel General X`, `Chief of the General Staff of the Turkish
 * Armed Forces General X`: a military rank right after an office's complement goes with that office;
 * where the office starts, if it does. The complement's last word stands right before the rank's
 * words (`first`), or an organisation's name read into them ends right before the rank (`title`).
 */
function rankAfterOffice(v: LineView, title: number, first: number, joins: number): number | undefined {
  if (!MILITARY_RANKS.has(v.tokens[title].lower) || first < 1) return undefined;
  // `Deputy Director General`: a `General` closing a civil title is no rank.
  for (let k = first; k < title; k++) if (v.cls[k] === 'title' && !MILITARY_RANKS.has(v.tokens[k].lower) && !RANK_OPENERS.has(v.tokens[k].lower)) return undefined;
  // `Chief Executive Officer of Gulf Maritime Holding (GMH) Captain X`: or a body's acronym in brackets.
  const bracketed = first >= 3 && isBracketedAcronym(v, first - 3) && v.tokens[first - 4]?.upper === true;
  const closing = bracketed || v.tokens[first - 1].upper ? first - 1 : ['the', 'of'].includes(v.tokens[first - 1].lower) ? title - 1 : -1;
  // `Minister of Internal Affairs Colonel General X`: `Affairs` closes a portfolio, where other qualifiers qualify the rank.
  const qualifiesRank = v.cls[closing] === 'qualifier' && v.tokens[closing].lower !== 'affairs';
  if (closing < 0 || (!bracketed && (v.cls[closing] === 'title' || qualifiesRank || !isCapitalised(v.cls[closing])))) return undefined;
  const office = roleBefore(v, closing, joins);
  return office && !office.viaComma && office.role.first < first ? office.role.first : undefined;
}

/**
 * `Council of Europe Secretary General`, `Organization of Turkic States Secretary General`: where the
 * organisation's name starts whose `of` and capitalised words end at token `i`, right before the title
 * (from `first` to `title`) of one who leads it.
 */
function orgOfStart(v: LineView, i: number, first: number, title: number): number | undefined {
  let of = i;
  while (of > i - MAX_ORG_NAME && v.tokens[of]?.upper && ORG_OBJECT_CLASSES.has(v.cls[of]) && adjacent(v.text, v.tokens[of], v.tokens[of + 1])) of--;
  if (v.tokens[of]?.lower !== 'of' || v.cls[of - 1] !== 'org' || !v.tokens[of - 1].upper || !adjacent(v.text, v.tokens[of], v.tokens[of + 1])) return undefined;
  for (let k = first; k <= title; k++) {
    // `House of Representatives member X`, `University of Tokyo professor X`: a member of a body named with its `of` too.
    const word = v.tokens[k].lower;
    // (A capitalised `Professor` there is a style after an office: `President of the Sendai Institute of Technology Professor X`.)
    if (v.cls[k] !== 'title' || !(LEADER_TITLES.has(word) || ORG_SECRETARIES.has(word) || word === 'member' || isLowerAcademicTitle(v, k))) continue;
    // `Federation of Egyptian Chambers of Commerce President`: the name may hold another `of`.
    const start = orgNameStart(v, of - 1);
    // `Kayseri Chamber of Industry Chairman`: the place whose body it is, as before a leader's title.
    const placed = start > 0 && adjacent(v.text, v.tokens[start - 1], v.tokens[start]) && isLeaderOf(v, start - 1, start, title) ? start - 1 : start;
    return orgOfStart(v, placed - 1, placed, title) ?? placed;
  }
  return undefined;
}

/** Words before the country an organisation is of (`Bank of Mexico`, `Banque de France`). */
const COUNTRY_OF = new Set(['of', 'de', 'du']);

/** Words that may name what an organisation is of (`Europe`, `Turkic States`, `Islamic Cooperation`). */
const ORG_OBJECT_CLASSES: ReadonlySet<TokenClass> = new Set(['stop', 'country', 'caps', 'qualifier', 'org']);

/** The secretaries who head an organisation's staff (`Secretary General`, `Executive Secretary`). */
const ORG_SECRETARIES = new Set(['secretary', 'secretary-general']);

/** The `'s` of a capitalised organisation or title word written onto it (`Ministry's`, `Secretary-General's`). */
function isOfficePossessive(v: LineView, i: number): boolean {
  const owner = v.tokens[i - 1];
  if (v.cls[i] !== 'possessive' || owner === undefined || owner.end !== v.tokens[i].start) return false;
  // `Atyrau region akim's adviser`: a title in lower case owns it too.
  if (!owner.upper) return v.cls[i - 1] === 'title';
  // `the Head of State's Adviser`: a title's complement may own the office too.
  return v.cls[i - 1] === 'org' || v.cls[i - 1] === 'title' || (v.cls[i - 1] === 'qualifier' && v.tokens[i - 2]?.lower === 'of' && v.cls[i - 3] === 'title');
}

/** The slash at token `i` joins two offices: glued to both (`Policy/Vice-President`), or spaced on both sides (`Policy / Vice-President`). */
function isOfficesSlash(v: LineView, i: number): boolean {
  const [before, slash, after] = [v.tokens[i - 1], v.tokens[i], v.tokens[i + 1]];
  if (before.end === slash.start && slash.end === after.start) return true;
  return adjacent(v.text, before, slash) && adjacent(v.text, slash, after) && before.upper && after.upper;
}

/** `Riyadh Air CEO`, `Air Astana CEO`: where an airline's name of `Air` and a capitalised word ending at token `i` starts. */
function airlineStart(v: LineView, i: number): number | undefined {
  const [before, last] = [v.tokens[i - 1], v.tokens[i]];
  if (before === undefined || !before.upper || !last.upper || before.kind !== 'word' || last.kind !== 'word' || !adjacent(v.text, before, last)) return undefined;
  return (before.lower === 'air') !== (last.lower === 'air') ? i - 1 : undefined;
}

/** `of`, `and`, or the `in` of `Minister in charge of …`, between two words of one title. */
function joinsTitleWords(v: LineView, i: number): boolean {
  const word = v.tokens[i].lower;
  // (`Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator`: a portfolio's `for` after a title.)
  // (`Deputy Prime Minister cum Foreign Minister`: `cum` joins two offices as `and` does.)
  // (`Secretary of State for Justice`: or after a title's `of State`, before a portfolio, not a person's title: `the Secretary
  // of State for President X's invitation`.)
  const ofState = () => v.tokens[i - 1]?.lower === 'state' && v.tokens[i - 2]?.lower === 'of' && v.cls[i - 3] === 'title' && !isTitleBeforeName(v, i + 1);
  return word === 'of' || word === 'and' || word === 'cum' || (word === 'in' && v.tokens[i + 1]?.lower === 'charge') || (word === 'for' && (v.cls[i - 1] === 'title' || ofState()));
}

/**
 * Token `k` opens a title (maybe of two words) that a name follows (`President Donald`, `Foreign Minister Murat`), not a
 * portfolio's (`Secretary of State for Justice Shabana Mahmood`).
 */
function isTitleBeforeName(v: LineView, k: number): boolean {
  const last = isTitlePrefix(v.cls[k]) && v.cls[k + 1] === 'title' ? k + 1 : k;
  return v.cls[last] === 'title' && !UNIT_FIELDS.has(v.tokens[last].lower) && (v.cls[last + 1] === 'name' || v.cls[last + 1] === 'honorific');
}

/** `New Zealand’s Minister`: the first word of a country's name of several words ending at token `last`. */
export function countryStart(v: LineView, last: number): number {
  let k = last;
  while (v.cls[k] === 'country' && v.cls[k - 1] === 'country' && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k--;
  return k;
}

/** `Spanish King Felipe VI`: the nationality written right before a rank, not closing a complement (`of Spain King`). */
function nationalityBefore(v: LineView, title: number): number | undefined {
  const k = title - 1;
  // `Qatar's Emir`, `Jordan's King`: a state's possessive.
  if (k > 0 && v.cls[k] === 'possessive' && v.cls[k - 1] === 'country' && v.tokens[k - 1].end === v.tokens[k].start && adjacent(v.text, v.tokens[k], v.tokens[title])) return countryStart(v, k - 1);
  if (k < 0 || v.cls[k] !== 'country' || !adjacent(v.text, v.tokens[k], v.tokens[title])) return undefined;
  // `of Saudi Arabia Prince Faisal`: the last word of a country's name closes an office's complement.
  if (k > 0 && v.cls[k - 1] === 'country' && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) return undefined;
  // (`Ambassador of Oman Sheikh X`: a state's name after a connector is an earlier office's complement; its adjective after
  // a lower-case word's is none, `the visit of Spanish King X`.)
  const adjective = isNationality(v.tokens[k].lower) && v.tokens[k - 2]?.upper === false;
  return k > 0 && v.cls[k - 1] === 'connector' && v.tokens[k - 1].lower !== 'the' && !adjective ? undefined : k;
}

/**
 * `the Custodian of the Two Holy Mosques, King of Saudi Arabia`: an office written across a comma before a
 * rank that has its own complement is the same ruler's; where that office starts, if there is one.
 */
function officeBeforeRank(v: LineView, title: number, joins: number): number | undefined {
  const earlier = joins > 0 && v.tokens[title + 1]?.lower === 'of' && joinsOfficeByComma(v, title - 1) ? officeEndingAt(v, title - 2, joins - 1) : undefined;
  // `President of Germany X, King of Jordan Y`: not an office that the name before the comma holds.
  return earlier !== undefined && !holdsName(v, earlier, title - 2) ? earlier : undefined;
}

/**
 * `Saudi Foreign Minister Prince Faisal`: a rank is a style of its own, so the
 * office before it is no part of it; `Crown Prince` is an office, and is not bare.
 */
function isBareRank(v: LineView, title: number): boolean {
  return isRank(v.tokens[title].lower) && !(title > 0 && RANK_QUALIFIER_SET.has(v.tokens[title - 1].lower));
}

/** A title of rank (`prince`, `emir`), as much a style as a role. */
export function isRank(lowerWord: string): boolean {
  return RANKS.has(lowerWord);
}

/** `Lt. Gen. (R)`, `General (r)`, `Ambassador (ret.)`: where a rank or style ending at token `last` ends before its bracketed retired mark. */
export function beforeRetiredMark(v: LineView, last: number): number {
  const mark = v.tokens[last - 1];
  return v.tokens[last].text === ')' && mark !== undefined && RETIRED.has(mark.lower) && v.tokens[last - 2]?.text === '(' ? last - 3 : last;
}

/** Tokens `first` to `last` are a military rank alone (`General`, `Major General`, `Lt. Gen.`). */
export function isMilitaryRank(v: LineView, first: number, last: number): boolean {
  last = beforeRetiredMark(v, last);
  if (last === first + 3 && isNavalRankAt(v.tokens, first)) return true;
  // (`police major general`: lower-case words before the rank's own title word are a gap's.)
  if (!MILITARY_RANKS.has(v.tokens[last].lower)) return false;
  const word = (k: number) => (k === last ? v.tokens[k].lower : lowerWordOf(v, v.tokens[k]));
  for (let k = first; k < last; k++) if (!MILITARY_RANKS.has(word(k)) && !opensRank(word(k), word(k + 1))) return false;
  return true;
}

/** `Captain 1st Rank`, `Captain 3rd Rank`: a naval rank by its class at token `i` (a captain's figure glued to its ending). */
export function isNavalRankAt(tokens: readonly Token[], i: number): boolean {
  const [captain, figure, ending, rank] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  return captain?.lower === 'captain' && figure?.kind === 'number' && NAVAL_CLASSES.has(figure.text + (ending?.lower ?? '')) && ending.start === figure.end && rank?.lower === 'rank';
}

const NAVAL_CLASSES: ReadonlySet<string> = new Set(['1st', '2nd', '3rd']);

/** Whether `word` opens a rank before `next` (`Field Marshal`, not `Field Army Lieutenant General`). */
function opensRank(word: string, next: string): boolean {
  return RANK_OPENERS.has(word) && (RANK_OPENERS_BEFORE.get(word)?.has(next) ?? true);
}

/** Openers that open a rank only before these words. */
const RANK_OPENERS_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['field', new Set(['marshal'])], ['army', new Set(['general'])], ['group', new Set(['captain'])]]);

/** A rank or a style kept beside an office (`Prince`, `Academician`, `Ambassador`): it gives way to an office written with the name. */
export function isRankOrStyle(lowerWord: string): boolean {
  return RANKS.has(lowerWord) || STYLES.has(lowerWord);
}

function trimEnd(v: LineView, first: number, last: number): number {
  let i = last;
  // `… Logistics Co., Ltd.`: a legal form keeps its full stop.
  if (v.tokens[i].text === '.' && inLegalForm(v, i)) return i;
  if (v.cls[i] === 'possessive' && isStJamess(v, i)) return i;
  // `… Organization (CTBTO)`: an acronym's closing bracket stays, and so does a unit's number (`Ekibastuz GRES-1`), a
  // seat's (`for Tongatapu 4`) and a body's (`City Hospital No. 3`).
  // (`Chargé d’Affaires ad interim X`: the Latin words stay, and so does a numbered convocation: `… of the 12th convocation X`.)
  if (isOrdinalSession(v, i, last) || (v.tokens[i].text === ')' && inSubsidiarysState(v, i))) return i;
  while (i > first && !isCapitalised(v.cls[i]) && qualifierOpen(v, i) === undefined && quotedNameStart(v, i) === undefined && !isBracketedAcronym(v, i - 2) && bracketedNameOpen(v, i) === undefined && !isUnitNumber(v, i) && !isSeatNumber(v, i) && !isEditionYear(v, i) && !isLowerLegalForm(v, i) && numberSignStart(v, i) === undefined && !isLatinQualifier(v, i)) i--;
  return i;
}

/** `Division 205`, `Unit 5512`, `military unit 32363`: a unit's number at token `i` after its noun. */
export function isNumberedUnit(v: LineView, i: number): boolean {
  const [number, unit] = [v.tokens[i], v.tokens[i - 1]];
  if (number?.kind !== 'number' || unit === undefined || !adjacent(v.text, unit, number)) return false;
  return unit.upper ? ROLE_OBJECT_NOUNS.has(unit.lower) : isLowerWords(unit) && endsInInstitutionNoun(v, unit);
}

/** `Chairman of its Foreign Affairs Committee`: `its` (token `i`) between `of` and a capitalised body, as `the` would be. */
function isItsBody(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  return t.kind === 'gap' && t.words === 1 && lastWord(v, t) === 'its' && v.tokens[i - 1]?.lower === 'of' && v.tokens[i + 1]?.upper === true;
}

/** `Representative for Tongatapu 4`, `Member for Kota Bharu 2`: a seat's number at token `i` after the place after `for`. */
function isSeatNumber(v: LineView, i: number): boolean {
  const [number, place] = [v.tokens[i], v.tokens[i - 1]];
  if (number?.kind !== 'number' || number.end - number.start > 2 || place?.kind !== 'word' || !place.upper || !adjacent(v.text, place, number)) return false;
  return v.tokens[i - 2]?.lower === 'for' || (v.tokens[i - 2]?.upper === true && v.tokens[i - 3]?.lower === 'for');
}

/** `GRES-1`: a number at token `i` glued by a hyphen to the capitalised word before it. */
export function isUnitNumber(v: LineView, i: number): boolean {
  const [number, hyphen, word] = [v.tokens[i], v.tokens[i - 1], v.tokens[i - 2]];
  return number.kind === 'number' && hyphen?.text === '-' && word?.upper === true && word.end === hyphen.start && hyphen.end === number.start;
}

/** Most words of a quoted name inside a role. */
const MAX_QUOTED_NAME = 6;

/** `Director of the international company «BMJ»`: where a quoted capitalised name closing at token `i` opens. */
function quotedNameStart(v: LineView, i: number): number | undefined {
  if (!CLOSING_DOUBLE_QUOTES.has(v.tokens[i].text)) return undefined;
  // (`JSC “O‘zbekiston temir yo‘llari”`: lower-case words after a capitalised first one, as Turkic names are written.)
  let lower = false;
  // (Marks glued to a word count for none: `"Sejin Agritech Co., Ltd."`.)
  for (let k = i - 1, marks = 0; k >= 0 && i - k - marks <= MAX_QUOTED_NAME + 1; k--) {
    if (OPENING_DOUBLE_QUOTES.has(v.tokens[k].text)) return k >= i - 1 || (lower && !v.tokens[k + 1].upper) ? undefined : outerQuoteStart(v, k) ?? k;
    if (v.tokens[k].kind === 'punct' && v.tokens[k].start === v.tokens[k - 1]?.end) marks++;
    if (isQuotedNameWord(v, k)) continue;
    if (!isLowerWords(v.tokens[k])) return undefined;
    lower = true;
  }
  return undefined;
}

/** `JSC "NC "KazMunayGas"`, `JSC “National Company “Kazakhstan Temir Zholy”`: the quote, left open, of a name the one quoted at token `k` is nested in. */
function outerQuoteStart(v: LineView, k: number): number | undefined {
  for (let j = k - 1; j >= 0 && k - j <= MAX_QUOTED_NAME + 1; j--) {
    if (OPENING_DOUBLE_QUOTES.has(v.tokens[j].text)) return j < k - 1 && v.tokens[j + 1].start === v.tokens[j].end ? j : undefined;
    if (!isQuotedNameWord(v, j)) return undefined;
  }
  return undefined;
}

/** A capitalised word, or a number glued on by a hyphen (`"Astana EXPO-2017"`), of a quoted name. */
function isQuotedNameWord(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  // (`“Government for Citizens”`: a small word between two capitalised ones; `"SEZ Khorgos – Eastern Gate"`: so is a
  // spaced dash.)
  // (`"Sejin Agritech Co., Ltd."`: a company's abbreviations with their full stops and comma.)
  return t.upper || isGluedAbbreviationMark(v, k) || (k > 0 && v.tokens[k - 1].end === t.start && (t.text === '-' || t.kind === 'number') && v.tokens[k + 1]?.start === t.end) ||
    ((QUOTED_SMALL_WORDS.has(t.lower) || DASHES.has(t.text)) && v.tokens[k - 1]?.upper === true && v.tokens[k + 1]?.upper === true) ||
    isOrdinalsPart(v, k);
}

/** `"China Railway 20th Bureau Group"`: token `k` is a number or the ordinal's ending glued to it. */
function isOrdinalsPart(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  const [number, ending] = t.kind === 'number' ? [t, v.tokens[k + 1]] : [v.tokens[k - 1], t];
  return number?.kind === 'number' && ending !== undefined && number.end === ending.start && ORDINAL_ENDING.test(ending.text);
}
const ORDINAL_ENDING = /^(?:st|nd|rd|th)$/;
const QUOTED_SMALL_WORDS: ReadonlySet<string> = new Set(['for', 'of', 'and', 'the']);

/** Token `k` is a full stop or a comma glued to a capitalised word or to a full stop (`Co., Ltd.`). */
function isGluedAbbreviationMark(v: LineView, k: number): boolean {
  const [t, before] = [v.tokens[k], v.tokens[k - 1]];
  return (t.text === '.' || t.text === ',') && before !== undefined && before.end === t.start && (before.upper || before.text === '.');
}

/** `Chairman of the Board of JSC "NC "KazMunayGas", …`: where a quoted capitalised name opening at token `i` closes (a nested one's quote left open). */
export function quotedNameEnd(v: LineView, i: number): number | undefined {
  if (!OPENING_DOUBLE_QUOTES.has(v.tokens[i].text) || v.tokens[i + 1]?.start !== v.tokens[i].end) return undefined;
  // (A nested name may hold as many words again.)
  for (let k = i + 1, nested = false; k < v.tokens.length && k - i <= (nested ? 2 * MAX_QUOTED_NAME + 3 : MAX_QUOTED_NAME + 2); k++) {
    const t = v.tokens[k];
    if (CLOSING_DOUBLE_QUOTES.has(t.text) && v.tokens[k - 1].end === t.start) return k > i + 1 ? k : undefined;
    if (OPENING_DOUBLE_QUOTES.has(t.text) && !nested && v.tokens[k - 1].upper) nested = true;
    else if (!isQuotedNameWord(v, k)) return undefined;
  }
  return undefined;
}

/** `school-lyceum No. 3`, `School No 12`, `№ 5`: the number closing a numbered body, if one opens at token `i`. */
export function numberSignEnd(v: LineView, i: number): number | undefined {
  const sign = v.tokens[i];
  if (sign === undefined || !NUMBER_SIGNS.has(sign.text)) return undefined;
  const k = v.tokens[i + 1]?.text === '.' && v.tokens[i + 1].start === sign.end ? i + 2 : i + 1;
  return v.tokens[k]?.kind === 'number' ? k : undefined;
}

const NUMBER_SIGNS = new Set(['No', 'NO', 'Nos', '№']);

/** The sign opening a numbered body's number that closes at token `k` (`No` of `school No. 12`), if there is one. */
function numberSignStart(v: LineView, k: number): number | undefined {
  if (v.tokens[k]?.kind !== 'number') return undefined;
  const sign = v.tokens[k - 1]?.text === '.' ? k - 2 : k - 1;
  return sign >= 0 && numberSignEnd(v, sign) === k ? sign : undefined;
}

/**
 * `the Viet Nam – Kazakhstan Friendship Association`, `the Brazil – Central Asia Chamber of Commerce`: a spaced dash
 * between a state and another state or a region inside a body's name.
 */
export function isDashBetweenStates(v: LineView, i: number): boolean {
  const after = v.cls[i + 1];
  return DASHES.has(v.tokens[i].text) && v.cls[i - 1] === 'country' && (after === 'country' || (after === 'stop' && v.tokens[i + 1].upper));
}

/** Lower-case nouns that end an apposition's role as its object (`deputy head of the presidential administration`). */
const ROLE_OBJECT_NOUNS = new Set([
  'ministry', 'administration', 'office', 'government', 'department', 'embassy', 'committee', 'council', 'service', 'agency',
  'parliament', 'secretariat', 'delegation', 'mission', 'commission', 'presidency', 'cabinet', 'chancellery', 'directorate',
  'division', 'unit', 'section', 'sector', 'desk', 'bureau', 'maslikhat', 'akimat', 'khokimiyat', 'hokimiyat', 'apparatus',
  'hospital', 'clinic', 'dispensary', 'polyclinic', 'school', 'academy', 'college', 'centre', 'center', 'mine', 'plant', 'factory', 'smelter', 'farm', 'enterprise', 'venture', 'theatre', 'theater',
  'station', 'substation', 'network', 'university', 'institute', 'museum', 'library', 'airport', 'refinery', 'depot',
  'faction', 'party', 'caucus', 'team', 'branch', 'subsidiary', 'cooperative', 'complex', 'park', 'port', 'laboratory', 'lab', 'utility', 'inspectorate', 'networks', 'customs', 'terminal', 'checkpoint',
  'society', 'association', 'foundation', 'union', 'organization', 'organisation', 'community', 'lyceum', 'gymnasium', 'federation', 'league', 'alliance', 'club',
  // Rescue, police and army units (`head of the Aktobe regional rescue detachment`), and the diplomatic corps (`the dean of
  // the diplomatic corps`).
  'detachment', 'brigade', 'battalion', 'regiment', 'squad', 'garrison', 'corps',
  // A campaign's or volunteers' staff (`chair of the regional volunteer headquarters "Birgemiz"`).
  'headquarters',
  // A diaspora's association (`Chairwoman of the Astrakhan regional Kazakh national-cultural autonomy "Zhuldyz"`); a
  // company's board (`chairman of the management board of KMG`).
  'autonomy', 'board',
  // A public body (`Head of the port authority X`); an inspectorate as machine translation names it (`head of the regional
  // land inspection X`).
  'authority', 'inspection',
  // A deputy's seat (`deputy for single-mandate constituency No. 27`).
  'constituency',
  // A clergyman's church (`rector of the Orthodox parish in Taraz`); a sports club (`commander of the CSKA sports club`).
  'parish', 'church', 'cathedral', 'mosque', 'diocese', 'monastery', 'club',
  // A chamber of commerce or of entrepreneurs (`chairman of the regional chamber of entrepreneurs "Atameken"`).
  'chamber',
  // A medium named after its noun (`editor-in-chief of the newspaper “Egemen Qazaqstan” X`).
  'newspaper', 'magazine', 'portal', 'channel', 'broadcaster',
  // A court (`chairman of the Shymkent city court X`); a police force (`Head of the patrol police X`).
  'court', 'tribunal', 'police',
  // Concert halls, schools of music and a university's faculties (`director of the regional philharmonic X`, `professor of
  // the faculty of Islamic studies X`).
  'philharmonic', 'conservatory', 'conservatoire', 'orchestra', 'ensemble', 'faculty', 'gallery', 'archive', 'circus', 'kindergarten',
]);

/** Most lower-case words in such an object. */
export const MAX_LOWER_OBJECT = 4;

/** Most lower-case tokens of a body's name between `of the` and its place's `of`. */
const MAX_LOWER_BODY = 2;

/**
 * `Acting Minister of Commerce of the interim government of Afghanistan, X`: token `i` is a lower-case word of a body
 * named in lower case, between `of the` and the `of` of its capitalised place.
 */
function isLowerBodyOfPlace(v: LineView, i: number): boolean {
  const lower = (k: number): boolean => v.tokens[k] !== undefined && isLowerWords(v.tokens[k]) && v.cls[k] !== 'connector';
  if (!lower(i)) return false;
  let [first, last] = [i, i];
  while (lower(first - 1)) first--;
  while (lower(last + 1)) last++;
  if (last - first >= MAX_LOWER_BODY || !endsInInstitutionNoun(v, v.tokens[last])) return false;
  return v.tokens[first - 1]?.lower === 'the' && v.tokens[first - 2]?.lower === 'of' && v.tokens[last + 1]?.lower === 'of' && v.tokens[last + 2]?.upper === true;
}

/** Whether the last word of a lower-case token (a gap may hold several) is an institution's noun. */
export function endsInInstitutionNoun(v: LineView, t: Token): boolean {
  // `reserve-museum`: a hyphenated noun is its last part's kind.
  const word = lastWord(v, t).toLowerCase();
  // (`head of customs post "Khorgos"`: a service's post, not the word for an office.)
  return ROLE_OBJECT_NOUNS.has(word.slice(word.lastIndexOf('-') + 1)) || (t.kind === 'gap' && SERVICES_POST.test(v.text.slice(t.start, t.end)));
}

const SERVICES_POST = /^(?:customs|border|police) post$/;

/** The last word of a token is an institution's noun or its plural (`administrations`). */
function namesInstitutions(v: LineView, t: Token): boolean {
  if (endsInInstitutionNoun(v, t)) return true;
  const word = lastWord(v, t).toLowerCase();
  return word.endsWith('s') && ROLE_OBJECT_NOUNS.has(word.slice(word.lastIndexOf('-') + 1, -1));
}

/** The last word of a token (a gap may hold several). */
export function lastWord(v: LineView, t: Token): string {
  return wordEndingAt(v.text, t.start, t.end);
}

/** Token `t`'s word in lower case: a word's, or the one word of a stretch the lexicon does not class (`aimag`, `people`). */
export function lowerWordOf(v: LineView, t: Token): string {
  return t.kind === 'gap' && t.words === 1 ? lastWord(v, t) : t.lower;
}

/** Verbs by which a name after an apposition's closing comma is the clause's speaker (`A, Minister of …, B said`). */
const SPEAKING_VERBS = new Set(['said', 'says', 'noted', 'added', 'stressed', 'stated', 'told', 'explained', 'emphasized', 'emphasised', 'recalled', 'announced']);

/** The name starting at token `start` is followed by a verb of speaking: it says something, and the office before belongs to the name before. */
function speaksAfter(v: LineView, start: number): boolean {
  return speaksAt(v, listedNameEnd(v, start) + 1);
}

/** Token `k` opens with a verb of speaking, one space after the token before (`… the spokesperson said`). */
export function speaksAt(v: LineView, k: number): boolean {
  const verb = v.tokens[k];
  if (verb === undefined || verb.upper || verb.start !== v.tokens[k - 1].end + 1) return false;
  const space = v.text.indexOf(' ', verb.start);
  return SPEAKING_VERBS.has(v.text.slice(verb.start, space < 0 || space > verb.end ? verb.end : space));
}

/** The word of `text` that ends at `end`, not reaching back before `from`. */
export function wordEndingAt(text: string, from: number, end: number): string {
  return text.slice(Math.max(from, text.lastIndexOf(' ', end - 1) + 1), end);
}

export function isLowerWords(t: Token): boolean {
  return !t.upper && (t.kind === 'gap' || t.kind === 'word');
}

/**
 * `Uzbek chief of diplomacy, Abdulaziz Kamilov`, `the head of state Kassym-Jomart Tokayev`, `the
 * head of the department Aigul Bekova`: a lower-case title's complement may end in a lower-case
 * word or two after `of` or `of the`.
 */
function isLowerObject(v: LineView, i: number): boolean {
  if (isChargesField(v, i)) return true;
  const t = v.tokens[i];
  if (t === undefined || !(t.kind === 'gap' || isLowerField(v, i)) || t.words > 2 || endsInVerb(v, t)) return false;
  let k = i - 1;
  // `deputy akim for social issues`: a portfolio after `for`, without an article; `spokesman for economic affairs`:
  // two fields that may qualify titles.
  // `in charge of regional cooperation, X`: two such fields after `of`.
  if (v.tokens[k]?.lower === 'for' || (t.words <= 1 && isLowerField(v, k) && (v.tokens[k - 1]?.lower === 'for' || v.tokens[k - 1]?.lower === 'of'))) return true;
  // `special envoy for Afghan affairs`, `Vice President for CIS countries`: a state's adjective or a group's acronym may
  // qualify the field.
  if (t.words === 1 && ((v.cls[k] === 'country' && isNationality(v.tokens[k].lower)) || v.cls[k] === 'caps') && v.tokens[k - 1]?.lower === 'for') return true;
  // `department of public transport and mobility X`, `deputy khokim for investments and foreign trade X`: two fields
  // joined by `and` after `of` or `for`, the second maybe of two words.
  if (t.words <= 1 && isLowerField(v, k) && v.tokens[k - 1]?.lower === 'and') k--;
  if (v.tokens[k]?.lower === 'and') {
    let [j, words] = [k - 1, 0];
    while (j > 0 && isLowerWords(v.tokens[j]) && v.cls[j] !== 'connector' && (words += Math.max(1, v.tokens[j].words)) <= 2) j--;
    if (j < k - 1 && (v.tokens[j].lower === 'of' || v.tokens[j].lower === 'for')) return true;
  }
  if (isMemberQualifier(v, k)) k--;
  // `chairman of the Mangystau regional court`: a lower-case qualifier between the place and the noun.
  else if (t.words === 1 && isLowerField(v, k) && v.tokens[k - 1]?.upper && v.tokens[k - 2]?.lower === 'the') k--;
  // `Foreign Ministers of the Caspian states`: a capitalised word may qualify the object after `the`, maybe with a count
  // (`Prime Ministers of the five EAEU member states`).
  const counted = isSmallCount(v, k - 1) ? 1 : 0;
  // (`heads of the Swedish and Finnish delegations`: or two joined by `and`.)
  if (v.tokens[k]?.upper && v.tokens[k - 1]?.lower === 'and' && v.tokens[k - 2]?.upper && isCapitalised(v.cls[k - 2]) && v.tokens[k - 3]?.lower === 'the') k -= 2;
  if (v.tokens[k]?.upper && v.tokens[k - 1 - counted]?.lower === 'the' && isCapitalised(v.cls[k])) k -= 1 + counted;
  if (v.tokens[k]?.lower === 'the') k--;
  // `Ambassador to the Gulf states`, `Envoy to the Nordic countries`: an envoy's object after `to`; `Special Representative
  // for the normalization process`: or after `for the`.
  return v.tokens[k]?.lower === 'of' || ((v.tokens[k]?.lower === 'to' || (v.tokens[k]?.lower === 'for' && v.tokens[k + 1]?.lower === 'the')) && isEnvoysTo(v, k));
}

/**
 * Token `i` closes a few lower-case words after `in charge of` (`… in charge of youth and family policy X`), or after `for`
 * when they end in a portfolio's noun (`Deputy Akim of Akmola Region for agro-industrial complex issues X`).
 */
function isChargesField(v: LineView, i: number): boolean {
  let [k, words] = [i, 0];
  while (k > 0 && isLowerWords(v.tokens[k]) && !CHARGE_LINKS.has(v.tokens[k].lower) && (words += Math.max(1, v.tokens[k].words)) <= MAX_CHARGE_FIELD) k--;
  if (k === i) return false;
  // (`deputy akim of region on issues of housing and communal services X`: machine translation's `issues of` before the fields.)
  const issuesOf = v.tokens[k].lower === 'of' && isLinkedPortfolio(v, k - 1);
  if (issuesOf) k -= 2;
  // (`Plenipotentiary Representative of the Cabinet of Ministers on border issues, X`, `Deputy Akim of Almaty Region on
  // social issues, X`: or `on` after an office's `of` object, but not where a verb of informing governs the office, whose
  // `on` names the topic: `briefed the Minister of Foreign Affairs of Italy on regional issues, X expressed …`.)
  // (`Deputy akim of Kyzylorda region on social issues X`: a deputy's object may close with a lower-case unit after its
  // place; not `appealed to the akim of Almaty region on personal matters`, a topic.)
  // (`Deputy akim of the region on housing and communal services X`: or with `the` before the unit.)
  const deputys = DEPUTY_WORD_SET.has(v.tokens[k - 5]?.lower ?? '') && v.tokens[k - 3]?.lower === 'of';
  // (`deputy akim of region on social issues X`: or a bare unit right after the deputy's `of`, as machine translation writes it.)
  const bareUnit = isBareUnitAfterDeputy(v, k - 1);
  const unitAfterThe = (deputys && isUnitAfterThe(v, k - 1)) || bareUnit;
  const object = (isLowerUnitAfterPlace(v, k - 1) && deputys) || unitAfterThe ? k - 2 : k - 1;
  const informed = () => INFORMED_BEFORE.test(v.text.slice(Math.max(0, v.tokens[k].start - INFORMED_READ), v.tokens[k].start));
  // (`… on housing and communal services`: services too, after `on` there; not `thanked … for … services X`.)
  const field = issuesOf ? lowerWordOf(v, v.tokens[k + 1]) : lastWord(v, v.tokens[i]);
  const othersField = NO_FIELD_OPENERS.has(firstWordOf(v.text, v.tokens[k + 1]));
  if (unitAfterThe && v.tokens[k].lower === 'on') return !informed() && (PORTFOLIO_NOUNS.has(field) || field === 'services') && !(bareUnit && othersField);
  // (`deputy on medical work X`, `deputy director on educational work X`: or right after a deputy's title, as a chief
  // physician's or a school head's deputies are styled.)
  // (Not `The Mazhilis deputy on these issues X`, whose issues are others', nor `congratulated his deputy on excellent work`.)
  if (v.tokens[k].lower === 'on' && isDeputysTitleBefore(v, k)) return PORTFOLIO_NOUNS.has(field) && !othersField && !informed();
  // (`chairman of commission on social questions X`, `… of standing commission on questions of social-cultural sphere X`:
  // a commission's field after `on`, the commission in lower case after the office's `of`.)
  if (v.tokens[k].lower === 'on' && isCommissionOfOffice(v, k - 1)) return PORTFOLIO_NOUNS.has(field) && !othersField && !informed();
  // (`Commissioner for human rights X`: an ombudsman's rights, after `for` only.)
  const rights = field === 'rights' && v.tokens[k].lower === 'for';
  if (v.tokens[k].lower === 'for' || (v.tokens[k].lower === 'on' && closesOfObject(v, object) && !informed())) return (PORTFOLIO_NOUNS.has(field) || rights) && v.tokens[object]?.upper === true;
  return v.tokens[k].lower === 'of' && v.tokens[k - 1]?.lower === 'charge' && v.tokens[k - 2]?.lower === 'in';
}
const CHARGE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'on']);

/** Token `k` is a lower-case commission after an office's `of`, maybe with `the` (`of standing commission`). */
function isCommissionOfOffice(v: LineView, k: number): boolean {
  const body = v.tokens[k];
  if (body === undefined || !isLowerWords(body) || body.words > 2 || !COMMITTEES.has(lastWord(v, body))) return false;
  const of = v.tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  return v.tokens[of]?.lower === 'of' && v.cls[of - 1] === 'title';
}

/** Token `k` is a portfolio's noun of one word right after `on` or `for` (`on issues`, `for questions`). */
function isLinkedPortfolio(v: LineView, k: number): boolean {
  const noun = v.tokens[k];
  return noun !== undefined && noun.words === 1 && PORTFOLIO_NOUNS.has(lowerWordOf(v, noun)) && (v.tokens[k - 1]?.lower === 'on' || v.tokens[k - 1]?.lower === 'for');
}

/** Token `k` is a lower-case administrative unit right after a deputy's `of` (`deputy akim of region`). */
function isBareUnitAfterDeputy(v: LineView, k: number): boolean {
  return isLowerUnit(v, k) && v.tokens[k - 1]?.lower === 'of' && DEPUTY_WORD_SET.has(v.tokens[k - 3]?.lower ?? '');
}

/** Words that point to work named elsewhere or judge it (`on these issues`, `on excellent work`): no portfolio opens with them. */
const NO_FIELD_OPENERS: ReadonlySet<string> = new Set([
  'these', 'those', 'this', 'that', 'such', 'the', 'its', 'his', 'her', 'their', 'all', 'other',
  'good', 'excellent', 'poor', 'further', 'successful', 'fruitful', 'great', 'hard', 'productive', 'effective',
]);

/** `deputy`, `deputy director`, `deputy chief physician`: a deputy's lower-case title ends right before token `k`. */
function isDeputysTitleBefore(v: LineView, k: number): boolean {
  let j = k - 1;
  while (j > k - MAX_DEPUTYS_TITLE && v.cls[j] === 'title' && !v.tokens[j].upper && !DEPUTY_WORD_SET.has(v.tokens[j].lower)) j--;
  return DEPUTY_WORD_SET.has(v.tokens[j]?.lower ?? '') && !v.tokens[j].upper;
}

/** Most tokens of a deputy's title with its `deputy`. */
const MAX_DEPUTYS_TITLE = 4;

/** `Kyzylorda region`: token `k` is a lower-case unit right after its place's capitalised name. */
function isLowerUnitAfterPlace(v: LineView, k: number): boolean {
  return isLowerUnit(v, k) && v.tokens[k - 1]?.upper === true;
}

/** Token `k` is one lower-case administrative unit (`region`, `oblast`, `velayat`). */
function isLowerUnit(v: LineView, k: number): boolean {
  const unit = v.tokens[k];
  return unit !== undefined && unit.words === 1 && !unit.upper && ADMIN_UNITS.has(lowerWordOf(v, unit));
}

/** Token `k` closes the capitalised object of an `of` (`of the Kyrgyz Republic`, `of the President`). */
function closesOfObject(v: LineView, k: number): boolean {
  let j = k;
  while (j > k - MAX_OF_OBJECT && v.tokens[j]?.upper && v.tokens[j].kind === 'word') j--;
  if (j < k && v.tokens[j]?.lower === 'the') j--;
  return j < k && v.tokens[j]?.lower === 'of';
}

const MAX_OF_OBJECT = 4;

/** A verb of informing someone before an office, in the same clause (`briefed the …`, `informed the …`). */
const INFORMED_BEFORE = /(?:^|[^\p{L}])(?:briefed|informed|updated|told|consulted|asked|reminded|notified|apprised|questioned)(?: the)? [^,;.]*$/u;
const INFORMED_READ = 120;
/** Nouns that close a portfolio's words (`social issues`, `foreign affairs`). */
const PORTFOLIO_NOUNS: ReadonlySet<string> = new Set(['issues', 'affairs', 'matters', 'questions', 'policy', 'work']);
/** Qualifiers that name people, who close no portfolio (`Minister of Labour and migrant workers X`). */
const PEOPLES_WORDS: ReadonlySet<string> = new Set(['workers', 'migrant', 'refugees', 'woman']);
/** The last word of a ministry's portfolio written in lower case. */
const PORTFOLIO_FIELDS: ReadonlySet<string> = new Set([...TITLE_QUALIFIERS, ...PORTFOLIO_NOUNS].filter((w) => !PEOPLES_WORDS.has(w)));
/** Most words of such a field. */
const MAX_CHARGE_FIELD = 5;

/** Token `i` is one or two lower-case words right after `of` and before `for` or `in` (`of exploration for`). */
function isFieldBeforeScope(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  const scope = v.tokens[i + 1]?.lower;
  return (t.kind === 'gap' || v.cls[i] === 'other') && !t.upper && t.words <= 2 && v.tokens[i - 1]?.lower === 'of' && (scope === 'for' || scope === 'in') && v.tokens[i + 2]?.upper === true;
}

const SMALL_COUNTS: ReadonlySet<string> = new Set(Object.keys(COUNT_WORDS));

/** Token `k` counts a group in a word or in figures (`the five EAEU member states`, `the 27 EU states`). */
function isSmallCount(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return t !== undefined && (t.kind === 'number' || (isLowerWords(t) && SMALL_COUNTS.has(lowerWordOf(v, t))));
}

/** Token `i` is a lower-case word of a field that an `and` before `last` closes (`public` and `transport` of `public transport and mobility`). */
function isFieldBeforeAnd(v: LineView, i: number, last: number): boolean {
  for (let k = i; k < last && k <= i + 2; k++) {
    if (v.tokens[k].lower === 'and') return k > i;
    if (!isLowerWords(v.tokens[k]) || v.cls[k] === 'connector') return false;
  }
  return false;
}

/** `for industry`: a field that may also qualify a title is a lower-case token of its own. */
function isLowerField(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  return t?.kind === 'word' && !t.upper && (v.cls[i] === 'other' || v.cls[i] === 'qualifier');
}

/** Token `i` is a city after `of`, which the name finder reads as a common word. */
function isCityOf(v: LineView, i: number): boolean {
  return v.cls[i] === 'stop' && v.tokens[i - 1]?.lower === 'of' && isCity(v.tokens[i].lower);
}

/**
 * `of the Oman Vision 2040 Implementation Unit`, `the Expo 2017 Legacy Office`: a year between the capitalised words of a
 * name, or closing an event's acronym or `Expo` (`Commissioner of EXPO 2017`).
 */
export function isYearInName(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  const [before, after] = [v.tokens[i - 1], v.tokens[i + 1]];
  if (t.kind !== 'number' || t.end - t.start !== 4 || before?.upper !== true || !adjacent(v.text, before, t)) return false;
  // Not before a name, which the year's acronym may not run into (`Commissioner of EXPO 2017 Serik Baimukhanov`).
  return (after?.upper === true && adjacent(v.text, t, after)) || (isEditionYear(v, i) && v.cls[i + 1] !== 'name');
}

/**
 * `EXPO 2017`, `the Youth Olympic Games Dakar 2026`: a year closing an event's acronym, `Expo`, or a games' noun and maybe
 * its host city, at the end of an office's complement.
 */
function isEditionYear(v: LineView, i: number): boolean {
  const [t, before] = [v.tokens[i], v.tokens[i - 1]];
  if (t.kind !== 'number' || t.end - t.start !== 4 || before === undefined || !before.upper || !adjacent(v.text, before, t)) return false;
  return before.allCaps || before.lower === 'expo' || GAMES_NOUNS.has(before.lower) || (GAMES_NOUNS.has(v.tokens[i - 2]?.lower ?? '') && v.tokens[i - 2].upper);
}

const GAMES_NOUNS: ReadonlySet<string> = new Set(['games', 'olympics', 'olympiad', 'universiade', 'championship', 'championships', 'cup', 'biennale']);

/** `Nordvind Energy A/S`: token `i` is a letter or the slash of a legal form written as two capitals around a slash. */
export function inSlashedLegalForm(v: LineView, i: number): boolean {
  const slash = v.tokens[i].text === '/' ? i : v.tokens[i + 1]?.text === '/' ? i + 1 : v.tokens[i - 1]?.text === '/' ? i - 1 : -1;
  if (slash < 1) return false;
  const [a, mark, b] = [v.tokens[slash - 1], v.tokens[slash], v.tokens[slash + 1]];
  return b !== undefined && a.end === mark.start && mark.end === b.start && isCapitalLetter(a) && isCapitalLetter(b);
}

function isCapitalLetter(t: Token): boolean {
  return t.kind === 'word' && t.end - t.start === 1 && t.upper;
}

/**
 * `the head of the ministry's Main Directorate for Migration Affairs, X`, `Principal Secretary of the state’s Industries
 * Department, X`: a lower-case body or place after `the`, or its possessive, owning the capitalised body of the complement.
 */
function isLowerOwnerOfBody(v: LineView, i: number): boolean {
  const owner = v.cls[i] === 'possessive' ? i - 1 : i;
  const [word, mark] = [v.tokens[owner], v.tokens[owner + 1]];
  return word !== undefined && mark?.kind === 'possessive' && word.kind === 'word' && !word.upper && word.end === mark.start &&
    v.tokens[owner - 1]?.lower === 'the' && v.tokens[owner + 2]?.upper === true && (endsInInstitutionNoun(v, word) || ADMIN_UNITS.has(word.lower) || word.lower === 'state');
}

/** Members of a chamber, elected for a place (`Senator from Samarkand region X`, `Congressman from Texas X`). */
const MEMBER_STYLES = new Set(['senator', 'deputy', 'congressman', 'congresswoman', 'representative', 'mp', 'member', 'lawmaker']);

/** `Senator from Samarkand region X`: `from` between a member's title and the place the member stands for. */
export function isConstituencyFrom(v: LineView, i: number): boolean {
  // (`Mazhilis deputy from the People’s Party of Kazakhstan X`: or the party, after `the`.)
  // (`… from the “Amanat” party faction X`: or its quoted name.)
  let at = v.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  if (v.tokens[at] !== undefined && quotedNameEnd(v, at) !== undefined) at++;
  // (Not when: `Member of the House of Representatives from January 2019 X`.)
  if (v.tokens[i].lower !== 'from' || v.tokens[at]?.upper !== true || CALENDAR.has(v.tokens[at].lower)) return false;
  // `member of the Federation Council from Orenburg Region X`: or after the chamber a member sits in.
  // (`member of parliament from İzmir X`: or after a lower-case chamber a member's title names.)
  // (`Member of the House of Representatives from Ohio X`: or after a chamber named for its members.)
  return (v.cls[i - 1] === 'title' && MEMBER_STYLES.has(v.tokens[i - 1].lower)) || (v.tokens[i - 1]?.upper === true && CHAMBER_WORDS.has(v.tokens[i - 1].lower)) ||
    (i > 0 && (isMembersChamber(v, i - 1) || isChamberMembers(v, i - 1)));
}

/**
 * `member of parliament from İzmir X`, `Members of the Parliament for Konya …`: token `k` is the chamber of a member's title,
 * whose `from` or `for` names the constituency.
 */
export function isMembersChamber(v: LineView, k: number): boolean {
  const of = v.tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  return MEMBER_CHAMBER_SET.has(lowerWordOf(v, v.tokens[k])) && v.tokens[of]?.lower === 'of' && MEMBERS_WORDS.has(v.tokens[of - 1]?.lower ?? '');
}

const MEMBERS_WORDS: ReadonlySet<string> = new Set(['member', 'members']);

/** Chambers whose members are written `Mazhilis deputy`, `Duma deputy` (see MEMBER_CHAMBERS). */
export const MEMBER_CHAMBER_SET: ReadonlySet<string> = new Set(MEMBER_CHAMBERS);
/** Last words of chambers whose members are elected from a place: the members' chambers, and councils and congresses. */
const CHAMBER_WORDS = new Set([...MEMBER_CHAMBERS, 'council', 'congress', 'bundestag']);

/** Most words of a portfolio between a title's `of` and the body's. */
const MAX_TITLE_PORTFOLIO = 3;

/** `the head of international affairs of the state-owned copper company Codelco, X`: a lower-case portfolio between a title's `of` and the body's `of` or `at`. */
function isPortfolioOfTitle(v: LineView, i: number): boolean {
  const inPortfolio = (k: number) => v.tokens[k] !== undefined && isLowerWords(v.tokens[k]) && v.cls[k] !== 'connector' && v.cls[k] !== 'title';
  if (!inPortfolio(i)) return false;
  // `ministers of foreign affairs of the two countries`: the portfolio may be a word and a stretch of words.
  let [first, last] = [i, i];
  while (inPortfolio(first - 1)) first--;
  while (inPortfolio(last + 1)) last++;
  let words = 0;
  for (let k = first; k <= last; k++) words += Math.max(1, v.tokens[k].words);
  if (words > MAX_TITLE_PORTFOLIO || v.tokens[first - 1]?.lower !== 'of' || v.cls[first - 2] !== 'title') return false;
  const link = v.tokens[last + 1]?.lower;
  return link === 'of' || link === 'at';
}

/** Lower-case nouns of a situation an envoy is sent for (`Special Representative for … the crisis in Georgia`). */
const SITUATIONS = new Set(['crisis', 'situation', 'conflict', 'war']);

/** `for the South Caucasus and the crisis in Georgia`, `for the situation in Yemen`: a situation in a place, the envoy's field. */
export function isSituationIn(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  return isLowerWords(t) && t.words === 1 && SITUATIONS.has(lastWord(v, t)) && v.tokens[i - 1]?.lower === 'the' &&
    v.tokens[i + 1]?.lower === 'in' && v.tokens[i + 2]?.upper === true;
}

/** Most capitalised words of a place a portfolio is for (`for South Asia affairs`). */
const MAX_FIELD_PLACE = 3;

/** `the director general for South Asia affairs at the Foreign Ministry, X`: a lower-case field after `for` and a place, before `at` or `of`. */
function isFieldOfPlace(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (!isLowerWords(t) || t.words > 1 || v.cls[i] === 'connector' || !v.tokens[i - 1]?.upper) return false;
  const link = v.tokens[i + 1]?.lower;
  if (link !== 'at' && link !== 'of') return false;
  let k = i - 1;
  while (k > 0 && i - k <= MAX_FIELD_PLACE && v.tokens[k].upper) k--;
  return k < i - 1 && v.tokens[k].lower === 'for';
}

/** `President of the Swiss Confederation for 2027, X`: the year of a yearly office closing its complement. */
export function isTermYear(v: LineView, i: number, last: number): boolean {
  const t = v.tokens[i];
  return i === last && t.kind === 'number' && t.end - t.start === 4 && v.tokens[i - 1]?.lower === 'for';
}

/** Most words of a lower-case portfolio between a title and its country. */
const MAX_FIELD_WORDS = 3;

/**
 * `Counsellor for trade of the Embassy of Türkiye X`: a lower-case field of one word right after a title's `for`, before
 * the `of` of the capitalised body the post is in.
 */
function isTitlesFieldBeforeBody(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (t.words !== 1 || !isLowerWords(t) || v.tokens[i - 1]?.lower !== 'for' || v.cls[i - 2] !== 'title' || v.tokens[i + 1]?.lower !== 'of') return false;
  // (Not a verb's `for`: `thanked the Ambassador for cooperation of the Embassy …`.)
  const verb = v.tokens[i - 3]?.lower === 'the' ? v.tokens[i - 4] : v.tokens[i - 3];
  if (verb !== undefined && !verb.upper && FOR_VERBS.has(lastWord(v, verb))) return false;
  const body = v.tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  return v.tokens[body]?.upper === true && v.cls[body] === 'org' && PORTFOLIO_FIELDS.has(lowerWordOf(v, t));
}

/** Verbs whose object's `for` says what for (`thanked the Ambassador for cooperation`). */
const FOR_VERBS: ReadonlySet<string> = new Set(['thanked', 'thanks', 'thank', 'praised', 'praises', 'commended', 'congratulated', 'awarded', 'rewarded', 'honoured', 'honored', 'criticised', 'criticized', 'blamed']);

/** `Ministers of energy of A, B and C`, `ministers of sport of X and Y`: a lower-case portfolio between a title's `of` and its country's. */
function isFieldOfTitle(v: LineView, i: number): boolean {
  const fields = fieldsBetweenOfs(v, i, (k) => isLowerWords(v.tokens[k]) && v.cls[k] !== 'connector', v.tokens.length);
  if (fields === undefined) return false;
  const [first, last] = fields;
  let words = 0;
  for (let k = first; k <= last; k++) words += Math.max(1, v.tokens[k].words);
  return words <= MAX_FIELD_WORDS && first >= 2 && v.cls[first - 2] === 'title' && v.cls[last + 2] === 'country';
}

/**
 * Token `i` is a stretch of lower-case words opening with a headline's verb in the present, right after a capitalised word
 * (`Governor of Maharashtra inaugurates exhibition`; not `named after`, nor a plural noun: `of the awards committee`).
 */
function opensWithVerb(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (t.kind !== 'gap' || !v.tokens[i - 1]?.upper) return false;
  const word = firstWordOf(v.text, t);
  return word.endsWith('s') && HEADLINE_VERB_SET.has(word);
}

/** `The head of state instructed Akkenzhenov`: a lower-case stretch ending in a past form or a headline verb. */
function endsInVerb(v: LineView, t: Token): boolean {
  const word = lastWord(v, t);
  // (`Members of the committee including Senator X`: nor in what opens a list.)
  // (`the head of the department of trade, met X`: nor an irregular verb in the past after the comma.)
  return word.endsWith('ed') || HEADLINE_VERB_SET.has(word) || word === 'including' || PAST_VERBS.has(firstWordOf(v.text, t));
}

/** Irregular verbs in the past that no apposition opens with (not `held`, `led`, `made`, participles too, nor `last`). */
export const PAST_VERBS: ReadonlySet<string> = new Set(['gave', 'met', 'said', 'told', 'spoke', 'took', 'went', 'came', 'was', 'had', 'saw', 'began', 'became', 'wrote']);

/**
 * `the head of the Central Asia division, Ms. Martina Schmidt`, `Head of the Embassy's trade and economic section X`,
 * `Head of the vice presidents secretariat X`: lower-case words ending in an institution's noun, after `the`
 * and maybe its capitalised name, a possessive or lower-case words joined by `and`.
 */
function endsInInstitution(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (t === undefined || i < 2 || t.words > MAX_LOWER_OBJECT || !isLowerWords(t)) return false;
  // The institution's name opens after `the` or `of` (checked first: a lower-case word after a capitalised one is common).
  let k = i - 1;
  // (`of the “Amanat” party faction`: through a quoted name too.)
  const quote = (t: Token) => OPENING_DOUBLE_QUOTES.has(t.text) || CLOSING_DOUBLE_QUOTES.has(t.text);
  // (`the Asian Development Bank (ADB) office`: and past the owner's acronym in brackets, which counts for no word.)
  const acronymCloses = (k: number) => v.tokens[k].text === ')' && isBracketedAcronym(v, k - 2);
  let bracketed = 0;
  while (k > 0 && i - k - bracketed <= MAX_LOWER_OBJECT + 2 && (v.tokens[k].upper || v.cls[k] === 'possessive' || v.tokens[k].lower === 'and' || isLowerWords(v.tokens[k]) || quote(v.tokens[k]) || acronymCloses(k))) {
    if (v.tokens[k].lower === 'the' || v.tokens[k].lower === 'of') break;
    if (acronymCloses(k)) {
      k -= 2;
      bracketed += 3;
    }
    k--;
  }
  if (v.tokens[k].lower !== 'the' && v.tokens[k].lower !== 'of') return false;
  // (`the regional chamber of entrepreneurs "Atameken"`, `the federation of trade unions "Amanat"`: or an institution of
  // people named in a plural after `of`.)
  // (`the Association of veterans`, `the Union of journalists`: or after a capitalised body of people.)
  if (k === i - 1 && v.tokens[k].lower === 'of' && t.words <= 2 && PEOPLES_PLURAL.test(lastWord(v, t))) return isInstitutionAfterThe(v, i - 2) || endsInInstitution(v, i - 2) || isPeoplesBodyAfterThe(v, i - 2);
  // One lower-case word alone after `the` is a plain object (`the head of the department X`), read as such.
  if (k === i - 1 && t.words === 1) return false;
  return endsInInstitutionNoun(v, t);
}

/** A plural of people (`entrepreneurs`, `trade unions`, `women`, `craftsmen`, `children`). */
const PEOPLES_PLURAL = /(?:s|men|ren)$/;

/** Token `i` is a capitalised body that people join, right after `the` (`the Association`, `the Union`). */
function isPeoplesBodyAfterThe(v: LineView, i: number): boolean {
  return v.tokens[i - 1]?.lower === 'the' && v.tokens[i].upper && v.tokens[i].kind === 'word' && PEOPLES_BODIES.has(v.tokens[i].lower);
}

const PEOPLES_BODIES: ReadonlySet<string> = new Set(['association', 'union', 'federation', 'confederation', 'society', 'league', 'guild', 'chamber', 'council', 'congress', 'assembly']);

/** Token `i` is lower-case words ending in an institution's noun, right after `the` (`the regional chamber`). */
function isInstitutionAfterThe(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  return t !== undefined && v.tokens[i - 1]?.lower === 'the' && t.words <= MAX_LOWER_OBJECT && isLowerWords(t) && endsInInstitutionNoun(v, t);
}

/** `former Minister`, `acting Ambassador`: a lower-case qualifier written right before a title word. */
export function qualifiesNextTitle(v: LineView, i: number): boolean {
  // (`former Lord Chancellor`: a lord's office too.)
  return isLowerQualifier(v, i) && (isTitlePrefix(v.cls[i + 1]) || opensOfficeAsAddress(v, i + 1));
}

/** A lower-case qualifier at token `i`, written right before the next token (`national` of `national security adviser`). */
export function isLowerQualifier(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (t === undefined || t.upper || v.tokens[i + 1] === undefined || !adjacent(v.text, t, v.tokens[i + 1])) return false;
  // (`the draft budget Finance Minister X submitted`: a field's noun qualifies only a title in lower case.)
  if (FIELD_QUALIFIERS.has(lowerWordOf(v, t)) && v.tokens[i + 1].upper) return false;
  // (`They honoured coach X`: an honour's word as the verb, after no article nor preposition.)
  if (HONOUR_QUALIFIER_SET.has(lowerWordOf(v, t)) && !followsArticleOrPreposition(v, i)) return false;
  if (MILITARY_UNIT_SET.has(t.lower)) return !v.tokens[i + 1].upper && UNIT_LEADER_SET.has(v.tokens[i + 1].lower);
  if (t.kind === 'gap' && t.words !== 1) return false;
  const [word, known] = t.kind === 'gap' ? [lastWord(v, t), RUN_QUALIFIERS] : [t.lower, LOWER_TITLE_QUALIFIERS];
  // (`chief state veterinary-sanitary inspector`: two joined by a hyphen.)
  return known.has(word) || (word.includes('-') && word.split('-').every((part) => known.has(part)));
}

const MILITARY_UNIT_SET: ReadonlySet<string> = new Set(MILITARY_UNITS);
const UNIT_LEADER_SET: ReadonlySet<string> = new Set(UNIT_LEADERS);

/** Sports that qualify a post in lower case (`judo coach`, `chess federation president`). */
const SPORT_QUALIFIERS = ['judo', 'football', 'boxing', 'wrestling', 'chess', 'tennis', 'hockey', 'swimming', 'athletics', 'volleyball', 'basketball', 'taekwondo', 'karate',
  'fencing', 'gymnastics', 'biathlon', 'skiing', 'cycling', 'rowing', 'weightlifting'];
const HONOUR_QUALIFIERS = ['honoured', 'honored', 'merited'];
const HONOUR_QUALIFIER_SET: ReadonlySet<string> = new Set(HONOUR_QUALIFIERS);
const ARTICLES_AND_PREPOSITIONS: ReadonlySet<string> = new Set([...ARTICLES, 'by', 'of', 'to', 'with', 'for', 'and', 'as', 'from']);

/** The word before token `i`'s last word is an article or a preposition, or none stands before it. */
function followsArticleOrPreposition(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  const words = t.kind === 'gap' ? v.text.slice(t.start, t.end).split(' ') : [t.lower];
  const before = words.length > 1 ? words[words.length - 2] : v.tokens[i - 1]?.lower;
  return before === undefined || ARTICLES_AND_PREPOSITIONS.has(before);
}

/** Lower-case qualifiers that name a field or a unit (`budget director`, `economy minister`, `attorney general`, `city akim`). */
const FIELD_QUALIFIERS: ReadonlySet<string> = new Set(['budget', 'economy', 'attorney', 'solicitor', 'city', 'risk', 'strategy', 'compliance', 'sustainability', ...SPORT_QUALIFIERS, ...HONOUR_QUALIFIERS]);

/**
 * Qualifiers the tokenizer leaves inside a run of lower-case words, since they more often qualify a
 * common noun there (`the national team`, `a special session`), read as such only next to a title.
 */
// `a board member of …`, `a founding member of …`: a seat on a board, a founder's share of a post; `the Iranian oil minister`:
// a resource's portfolio; `Macron’s diplomatic adviser` (not `the diplomatic corps`).
// `the judo coach X`: a sport's; `the honoured coach of the Republic of Kazakhstan X`: an honour's, in lower case (not
// before a capitalised title: `He honoured General X`).
const RUN_QUALIFIERS = new Set(['national', 'special', 'board', 'founding', 'oil', 'gas', 'petroleum', 'mining', 'water', 'electricity', 'diplomatic', ...SPORT_QUALIFIERS, ...HONOUR_QUALIFIERS]);

/**
 * `Deputy Prime Minister – Minister of Foreign Affairs`, `Minister of National Economy – Deputy Prime
 * Minister`: a spaced dash between two offices joins them into one role.
 */
export function joinsTitles(v: LineView, i: number): boolean {
  if (i + 1 >= v.tokens.length || i < 1 || !isTitlePrefix(v.cls[i + 1])) return false;
  // (`Deputy Prime Minister–Minister of …`: or an en or em dash unspaced between two titles' words.)
  const dash = v.tokens[i];
  const unspaced = (dash.text === '–' || dash.text === '—') && v.tokens[i - 1].end === dash.start && dash.end === v.tokens[i + 1].start && v.cls[i - 1] !== 'name';
  return unspaced || (isSpacedDash(v, i) && v.tokens[i + 1].start > v.tokens[i].end);
}

/** Token `k` is a seat's letters right after a name (`Orla Devlin MLA`). */
function isSeatAfterName(v: LineView, k: number): boolean {
  return k > 0 && isSeatLetters(v.tokens[k]) && v.cls[k - 1] === 'name' && adjacent(v.text, v.tokens[k - 1], v.tokens[k]);
}

/** Characters of a place's dotted letters before a leader's title (`N.S.W.`). */
const MAX_DOTTED_PLACE = 6;

/** Titles of those who lead a company, a body or a place, whose name may be written right before them. */
const LEADER_TITLES = new Set(['ceo', 'co-ceo', 'vice-president', 'vice-chairman', 'vice-chair', 'vice-rector', 'cfo', 'coo', 'cto', 'cm', 'regent', 'besar', 'premier', 'minister-president', 'gov.', 'speaker', 'president', 'president-designate', 'president-elect', 'voivode', 'prefect', 'landeshauptmann', 'chairman', 'chairwoman', 'chairperson', 'chair', 'co-chair', 'co-chairman', 'co-chairwoman', 'co-chairperson', 'director', 'director-general', 'head', 'chief', 'governor', 'vice-governor', 'lieutenant-governor', 'deputy-governor', 'mayor', 'deputy-mayor', 'akim', 'hokim', 'khokim', 'valisi', 'başkanı', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'co-founder', 'rector', 'manager', 'coach']);

/**
 * `Gazprom CEO`, `Astrakhan Governor`, `Wabtec President and CEO`, `Kerala Health Minister`: one capitalised word the
 * name finder does not know, right before the title of one who leads, names what is led.
 * After a name word it is more likely a surname closing that name.
 */
function isLeaderOf(v: LineView, i: number, first: number, title: number): boolean {
  const t = v.tokens[i];
  if (v.cls[i] === 'stop') return citysHeadStart(v, i, first, title) !== undefined;
  // `Oklahoma Secretary of Commerce`, `Queensland Minister for Trade`: a title with its portfolio is a place's too.
  // Not after `in` or `at`, where the word is where something happened (`in Jeddah Minister of Foreign Affairs X`).
  // `Kerala Health Minister`: or one with its portfolio's qualifier before it.
  // (Not a rank's own word: `… and Jute Major General X` has no place's general.)
  const portfolio = (v.tokens[title + 1]?.lower === 'of' || v.tokens[title + 1]?.lower === 'for' || (first < title && v.cls[first] === 'qualifier' && v.tokens[first].upper && !isMilitaryRank(v, first, title))) && !followsPlacePreposition(v, i);
  // (`B.C. Premier`, `N.Y. Gov.`: or a place's dotted letters.)
  const word = t.kind === 'word' || (t.kind === 'dotted' && t.lower.length <= MAX_DOTTED_PLACE);
  // (`Harvard professor`: or a lower-case academic title, a member's of the body the word names.)
  if (v.cls[i] !== 'name' || !word || t.text.length < 2 || !(leads(v, i + 1, title) || portfolio || isLowerAcademicTitle(v, title))) return false;
  if (i === 0) return true;
  // `Hyundai E&C President`: a word glued to what precedes it ends a longer name.
  const before = v.tokens[i - 1];
  return before.end < t.start && !(isNameWord(v, i - 1) || v.cls[i - 1] === 'honorific' || v.cls[i - 1] === 'title');
}

/**
 * `Politecnico di Milano`: where a body's name opens that ends at token `i` after a body's word and a lower-case particle
 * (not a person's, `Juan de Castro`); else `i`.
 */
function particleBodyStart(v: LineView, i: number): number {
  const particle = v.tokens[i - 1];
  const opening = v.tokens[i - 2];
  const joined = opening !== undefined && opening.upper && v.cls[i - 2] === 'org' && adjacent(v.text, opening, particle) && adjacent(v.text, particle, v.tokens[i]);
  return joined && v.cls[i - 1] === 'particle' && !particle.upper ? i - 2 : i;
}

/** Titles of those who lead a business (a president may be a state's, whose name goes before: `Ivan Petrov President Anna Berg`). */
const BUSINESS_LEADERS = new Set(['ceo', 'co-ceo', 'founder', 'co-founder', 'chairman', 'chairwoman', 'chairperson', 'director', 'director-general', 'manager', 'chief']);

function leadsBusiness(v: LineView, first: number, title: number): boolean {
  for (let k = first; k <= title; k++) if (BUSINESS_LEADERS.has(v.tokens[k].lower)) return true;
  return false;
}

/** A capitalised word that may stand in a business's name: not a headline's verb (`Tokayev Meets Chevron CEO X`). */
function isLeadersBodyWord(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return t.upper && LEADERS_BODY_CLASSES.has(v.cls[k]) && !HEADLINE_VERB_SET.has(t.lower) && !isHeadlinePreposition(v, k);
}

/** `Tokayev Meets With Siemens Energy Board Member X`: a title-case headline's capitalised preposition, no body's word. */
function isHeadlinePreposition(v: LineView, k: number): boolean {
  return v.titleCase && HEADLINE_PREPOSITIONS.has(v.tokens[k].lower);
}

// (Not `In` of `Minister In Charge Of Trade`.)
const HEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'for', 'from', 'by', 'at', 'on', 'into', 'over', 'after', 'before']);

/** `The Head of State and President of Montenegro X`: `Head of State` (or `of Government`) ending at token `k` is an office of its own, another's. */
function closesHeadOfState(v: LineView, k: number): boolean {
  return (v.tokens[k].lower === 'state' || v.tokens[k].lower === 'government') && v.tokens[k - 1]?.lower === 'of' && v.tokens[k - 2]?.lower === 'head';
}

/** Monarchs' titles, and the elected heads' offices none of them holds. */
const MONARCHS: ReadonlySet<string> = new Set(['king', 'queen', 'amir', 'emir', 'emperor', 'empress']);
const ELECTED_HEADS: ReadonlySet<string> = new Set(['president', 'prime']);

/** Royal titles, whose holders news names by one given name (`The Princess of Wales, Catherine,`). */
const ROYALS: ReadonlySet<string> = new Set([...MONARCHS, 'prince', 'princess', 'sultan', 'duke', 'duchess']);

/** The role holds a royal title (`the King of Spain`, `Her Majesty the Queen`). */
export function isRoyalRole(v: LineView, role: RoleSpan): boolean {
  for (let k = role.first; k <= role.last; k++) if (v.cls[k] === 'title' && ROYALS.has(v.tokens[k].lower)) return true;
  return false;
}

/** `His Highness the Amir and President X`, `the King and Prime Minister X`: the monarch before the `and` at token `i` is another. */
function isMonarchBeforeElected(v: LineView, i: number): boolean {
  return MONARCHS.has(v.tokens[i - 1].lower) && ELECTED_HEADS.has(v.tokens[i + 1]?.lower ?? '');
}

/**
 * `Orient Motors founder and CEO X`: `and` after a lower-case leader's title that a capitalised name goes before (not `the
 * minister and President X`), or after `the` and before another leader's, or after a founder's.
 */
function isBodysLeaderAnd(v: LineView, i: number): boolean {
  const title = v.tokens[i - 1];
  if (v.tokens[i].lower !== 'and') return false;
  // `co-founder and Chief Technology Officer of …`: a founder leads what the next office names.
  if (FOUNDER_TITLES.has(title.lower)) return true;
  if (!LEADER_TITLES.has(title.lower)) return false;
  // `the chairman and CEO of Citigroup X`: or two leaders' titles after `the`.
  return (v.tokens[i - 2]?.upper === true && adjacent(v.text, v.tokens[i - 2], title)) || (v.tokens[i - 2]?.lower === 'the' && LEADER_TITLES.has(v.tokens[i + 1]?.lower ?? '') && isOnePersonsAnd(v, i));
}

const FOUNDER_TITLES = new Set(['founder', 'co-founder', 'cofounder']);

/**
 * `its artistic director and chief conductor X`: `and` at token `i` between two posts in lower case, one person's (not a
 * plural's list, nor two sides after `between`).
 */
function isLowerTitlesAnd(v: LineView, i: number): boolean {
  const [before, after] = [v.tokens[i - 1], v.tokens[i + 1]];
  if (before.upper || after === undefined || after.upper || v.cls[i - 1] !== 'title' || v.cls[i + 1] !== 'title') return false;
  // (An `of` between them is no `and`: `A and head of representative office of … X`.)
  return !hasPluralTitle(v, i - 1, i - 1) && !isRankOrStyle(after.lower) && (v.tokens[i].lower !== 'and' || isOnePersonsAnd(v, i));
}

/**
 * The `and` at token `i` between two lower-case posts joins one person's, not two sides (`between the governor and mayor
 * X`), a post and its deputy (`the governor and deputy governor X`), nor a further `and` of the same posts (one join
 * only).
 */
function isOnePersonsAnd(v: LineView, i: number): boolean {
  if (DEPUTY_WORD_SET.has(v.tokens[i + 1].lower)) return false;
  // Back to the first post's `the` (`Prime Minister Li and the chairman and CEO X` is fine).
  for (let k = i - 2; k >= i - 4 && k >= 0; k--) {
    const word = v.tokens[k].lower;
    if (word === 'the') return v.tokens[k - 1]?.lower !== 'between' && v.tokens[k - 1]?.lower !== 'both';
    if (word === 'and' || word === 'between' || word === 'both') return false;
  }
  return true;
}

/** Most words of a body's name of no organisation's word before its leader's title. */
const MAX_LEADERS_BODY = 3;
/** Classes of the words of such a name. */
const LEADERS_BODY_CLASSES: ReadonlySet<TokenClass> = new Set(['name', 'stop', 'caps', 'org', 'particle']);

/**
 * `Al Rashed Power Chief Executive Officer X`, `Orient Motors founder and CEO X`, `Kaya Yapı Chairman of the Board X`: two or
 * three capitalised words right before the title of one who leads a business (from `first` to `title`), itself before a
 * name, name what is led. Where those words start, if they do.
 */
function leadersBodyStart(v: LineView, last: number, first: number, title: number): number | undefined {
  return leadsBusiness(v, first, title) ? businessNameStart(v, last) : undefined;
}

/** Where the two or three capitalised words of a business's name ending at token `last` start, if they do. */
function businessNameStart(v: LineView, last: number): number | undefined {
  // (`Toyota Motor Corp. Chairman X`: an abbreviated legal form's full stop.)
  if (v.tokens[last].text === '.' && last > 0 && v.tokens[last - 1].end === v.tokens[last].start && ABBREVIATED_LEGAL_FORMS.has(v.tokens[last - 1].lower)) last--;
  let k = last;
  // `Black & Veatch CEO X`: a spaced ampersand joins partners' names (and lengthens the name by two tokens).
  // `Kazakhstan Temir Zholy JSC Chairman X`, `Azerbaijan Railways CJSC Chairman X`: a legal form closing the name makes it
  // a firm's, one word longer, that may hold a state's name and a title's qualifier.
  const legal = isLegalFormWord(v.tokens[last].lower);
  let [floor, amp] = [last - MAX_LEADERS_BODY - (legal ? 1 : 0), false];
  const joined = (j: number) => j === last || adjacent(v.text, v.tokens[j], v.tokens[j + 1]) || v.tokens[j].text === '&' || v.tokens[j + 1].text === '&';
  for (; k > floor && k >= 0 && joined(k); k--) {
    if (v.tokens[k].text === '&' && !amp && k < last && v.tokens[k - 1]?.upper) [floor, amp] = [floor - 2, true];
    else if (!isLeadersBodyWord(v, k) && !(legal && (v.cls[k] === 'country' || v.cls[k] === 'qualifier') && v.tokens[k].upper)) break;
  }
  let start = k + 1;
  // `The Kaya Yapı …`, `On Monday …`: a common word opening the sentence is none of the name (`Tau-Ken Altyn CEO` is).
  if (v.cls[start] === 'stop' && isSentenceStart(v, start) && isOpeningWord(v.tokens[start].lower)) start++;
  const before = v.tokens[k];
  if (last - start < 1 || (before !== undefined && ((before.upper && !isHeadlinePreposition(v, k)) || v.cls[k] === 'honorific' || v.cls[k] === 'title') && adjacent(v.text, before, v.tokens[k + 1]))) return undefined;
  return start;
}

/** Units of a business that one leads, in lower case between its name and the leader's title. */
const BUSINESS_UNITS = new Set(['office', 'board', 'branch', 'bureau']);

/** Token `i` is such a unit after a capitalised word of the business's name (not one opening the sentence). */
function isBusinessUnitBefore(v: LineView, i: number, first: number, title: number): boolean {
  const t = v.tokens[i];
  if (!isLowerWords(t) || t.words !== 1 || !BUSINESS_UNITS.has(lastWord(v, t)) || i === 0 || !adjacent(v.text, v.tokens[i - 1], t)) return false;
  const owner = v.cls[i - 1];
  // `Kalyon Lojistik board member X`: a board's member too.
  const boardMember = lastWord(v, t) === 'board' && v.tokens[title].lower === 'member';
  // (`the Washington bureau chief X`: a name's word after `the` names a place or a business, no person.)
  const named = owner !== 'name' || v.tokens[i - 2]?.lower === 'the';
  return isLeadersBodyWord(v, i - 1) && named && !(owner === 'stop' && isSentenceStart(v, i - 1)) && (leadsBusiness(v, first, title) || boardMember);
}

/** An article, a preposition, a day's or month's name or a common English word, which may open a sentence before a name. */
function isOpeningWord(lower: string): boolean {
  return lower === 'the' || lower === 'a' || lower === 'an' || OPENING_PREPOSITIONS.has(lower) || CALENDAR.has(lower) || isCommonEnglishWord(lower);
}

/**
 * `Central Bank` of `Central Bank of Nigeria`, `People's Bank` of `People's Bank of China`: the first of the
 * capitalised words naming an organisation up to its word at `org`. `withNames` lets name words stand in it too
 * (`Korea Electric Power Corporation`, where a leader's title after a bracketed acronym vouches for the body).
 */
const COMMITTEES: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'commission']);

/** Token `i` is the `on` after a committee's word (`Committee on Finance and Budget`). */
function isCommitteeOn(v: LineView, i: number): boolean {
  return v.tokens[i].lower === 'on' && v.cls[i - 1] === 'org' && v.tokens[i - 1].upper && COMMITTEES.has(v.tokens[i - 1].lower) && adjacent(v.text, v.tokens[i - 1], v.tokens[i]);
}

function orgNameStart(v: LineView, org: number, withNames = false): number {
  let first = org;
  // (A list of fields counts as one word.)
  let limit = MAX_ORG_NAME;
  for (;;) {
    const before = v.tokens[first - 1];
    if (before?.kind === 'possessive' && adjacent(v.text, before, v.tokens[first]) && v.tokens[first - 2]?.upper && v.tokens[first - 2].end === before.start) {
      first -= 2;
      continue;
    }
    // `the University of Malaya’s Vice-Chancellor`: a body's word and its `of` before the name.
    if (before?.lower === 'of' && first >= 2 && v.cls[first - 2] === 'org' && v.tokens[first - 2].upper && org - first < limit) {
      first -= 2;
      continue;
    }
    // `Japan Oil, Gas and Metals National Corporation`: capitalised fields the name lists.
    const listed = listedFieldStart(v, first);
    if (listed !== undefined && org - first < limit) {
      limit += first - listed;
      first = listed;
      continue;
    }
    if (first === 0 || org - first >= limit || !before.upper || before.lower === 'the' || isHeadlinePreposition(v, first - 1) || !adjacent(v.text, before, v.tokens[first])) return first;
    const c = v.cls[first - 1];
    if (c !== 'qualifier' && c !== 'org' && c !== 'caps' && c !== 'stop' && c !== 'country' && !(withNames && c === 'name')) return first;
    first--;
  }
}

/**
 * Where the capitalised words listed before `and` and the word at `first` start (`Oil, Gas and` before `Metals`;
 * `Cooperation and` before `Coordination`, two common words).
 */
function listedFieldStart(v: LineView, first: number): number | undefined {
  if (v.tokens[first - 1]?.lower !== 'and' || !v.tokens[first - 2]?.upper || v.tokens[first - 2].kind !== 'word') return undefined;
  let k = first - 2;
  while (v.cls[k - 1] === 'comma' && v.tokens[k - 2]?.upper && v.tokens[k - 2].kind === 'word') k -= 2;
  return k < first - 2 || (isCommonWord(v, k) && isCommonWord(v, first)) ? k : undefined;
}

/** Token `k` is classed as a common word or a title's qualifier (`Cooperation`, `Coordination`). */
function isCommonWord(v: LineView, k: number): boolean {
  return v.cls[k] === 'qualifier' || v.cls[k] === 'stop';
}

/**
 * `The World Bank’s`, `the Asian Development Bank’s`: where the name of the organisation whose word at `org` owns an
 * office starts; a common word opening the sentence or a day's name is no part of it (`On Monday Eurasian …`).
 */
function possessiveOrgStart(v: LineView, org: number): number {
  // (`Harbourview Capital’s Managing Partner`: a firm's name may hold a name's words.)
  const start = orgNameStart(v, org, true);
  let first = org;
  for (let k = org - 1; k >= start; k--) {
    const word = v.tokens[k].lower;
    if (v.cls[k] === 'stop' && (CALENDAR.has(word) || (isSentenceStart(v, k) && !ORG_NAME_OPENERS.has(word)))) break;
    first = k;
  }
  return first;
}

/** Marks after which a sentence or a phrase of its own opens. */
const SENTENCE_BREAK = new Set(['.', '!', '?', ':', ';', '–', '—', '-', '"', '“', '«', '(', '[', '•', '°', '/']);

/** The first of the title words written together up to token `k` (`Vice` of `Vice President`). */
function titleWordsStart(v: LineView, k: number): number {
  while (k > 0 && (v.cls[k - 1] === 'title' || v.cls[k - 1] === 'qualifier') && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k--;
  return k;
}

/** Token `k` opens a sentence or a line's phrase, so its capital says nothing of the word. */
export function isSentenceStart(v: LineView, k: number): boolean {
  if (k === 0) return true;
  const prev = v.tokens[k - 1];
  return prev.kind === 'punct' ? SENTENCE_BREAK.has(prev.text) : prev.kind === 'number' && k === 1;
}

/** Prepositions after which a capitalised word is where something happened (`in Jeddah`, `at Akorda`, `near Ren'ai Jiao`). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside']);
/** Those a stretch of lower-case words may end in (connectors such as `in` and `at` are tokens of their own). */
const PLACE_PREPOSITIONS_IN_WORDS = [...PLACE_PREPOSITIONS].filter((word) => !ROLE_CONNECTORS.includes(word));

/** Token `k` follows a place preposition, alone or closing a stretch of lower-case words (`activities near`). */
export function followsPlacePreposition(v: LineView, k: number): boolean {
  const before = v.tokens[k - 1];
  if (before === undefined) return false;
  if (PLACE_PREPOSITIONS.has(before.lower)) return true;
  // Read in place: a slice of every gap before a name would cost more than the rule.
  return before.kind === 'gap' && PLACE_PREPOSITIONS_IN_WORDS.some((word) => endsInWord(v.text, before.end, word));
}

/** The text ending at `end` ends in `word`, a whole word. */
function endsInWord(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  return start >= 0 && text.startsWith(word, start) && (start === 0 || text.charCodeAt(start - 1) === SPACE);
}

const SPACE = 32;

/** Titles of those who head a city or a region. */
const PLACE_LEADERS = new Set(['mayor', 'governor', 'gov.', 'akim', 'hokim', 'khokim', 'valisi', 'prefect', 'prince', 'ruler', 'commissioner', 'premier', 'president']);

/** Token `title` is the title of one who heads a place (`Sindh Chief Minister`, `Punjab CM`; not any minister: `SAMARKAND. Acting Foreign Minister`). */
function isPlaceLeader(v: LineView, title: number): boolean {
  const word = v.tokens[title].lower;
  return PLACE_LEADERS.has(word) || word === 'cm' || (word === 'minister' && v.tokens[title - 1]?.lower === 'chief');
}

let cities: ReadonlySet<string> | undefined;

/** A capital or one of the region's other cities (`turkistan`), which the name finder reads as no name. */
function isCity(lowerWord: string): boolean {
  cities ??= new Set([...capitalCities().map((c) => c.toLowerCase()), ...REGIONAL_CITIES, ...MULTIWORD_PLACES, ...PLACES_AFTER_OFFICES]);
  return cities.has(lowerWord);
}

/**
 * `Moscow Mayor`, `Almaty Akim`, `New York Mayor`, `Abu Dhabi Crown Prince`: where the city of one or two words
 * ending at `i` starts, right before the title (from `first` to `title`) of the one who heads it.
 */
function citysHeadStart(v: LineView, i: number, first: number, title: number): number | undefined {
  if (i + 1 !== first || v.cls[i] !== 'stop' || !isPlaceLeader(v, title)) return undefined;
  const start = cityOfWordsStart(v, i) ?? (isCity(v.tokens[i].lower) ? i : undefined);
  // (`East Nusa Tenggara Governor`: a direction before a place of two words opens it too.)
  return start === undefined ? directedPlaceStart(v, i) : (directedPlaceStart(v, start) ?? start);
}

/** `Western Cape`, `Inner Mongolia`: a capitalised word at `i` after a direction, a region's name before its leader's title. */
function directedPlaceStart(v: LineView, i: number): number | undefined {
  const before = v.tokens[i - 1];
  return before?.upper && v.tokens[i].upper && PLACE_DIRECTION_SET.has(before.lower) && adjacent(v.text, before, v.tokens[i]) ? i - 1 : undefined;
}

/** `New York`, `Dar es Salaam`: where a city of two or three words ending at token `i` starts, if one does. */
function cityOfWordsStart(v: LineView, i: number): number | undefined {
  let [start, name] = [-1, v.tokens[i].lower];
  for (let k = i - 1; k >= 0 && k >= i - 2 && v.cls[k] === 'stop' && adjacent(v.text, v.tokens[k], v.tokens[k + 1]); k--) {
    name = `${v.tokens[k].lower} ${name}`;
    if (isCity(name) && v.tokens[k].upper) start = k;
  }
  return start < 0 ? undefined : start;
}

/** The title from token `first` to `title` names one who leads or speaks for others (`CEO`, `Deputy CEO`, `Director General`, `press secretary`). */
function leads(v: LineView, first: number, title: number): boolean {
  // `Rosatom First Deputy Director General`: a leader's title anywhere in the office.
  for (let k = first; k <= title; k++) if (LEADER_TITLES.has(v.tokens[k].lower)) return true;
  return isPressSecretary(v, title);
}

const SPOKES_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** `ministry spokesperson`, `committee chair`: one lower-case institution's noun at `i` before a title that speaks for it or leads it. */
function isSpokesBody(v: LineView, i: number, title: number): boolean {
  const t = v.tokens[i];
  return isLowerWords(t) && t.words === 1 && (SPOKES_TITLES.has(v.tokens[title].lower) || isPressSecretary(v, title) || isCouncilSecretary(v, t, title) || isDelegationHead(v, t, title) || isChamberSpeaker(v, t, title) || isBodysChair(v, t, title) || isBodysMember(v, t, title)) && endsInInstitutionNoun(v, t);
}

/** A body's units whose head's title may follow them in lower case, and those titles. */
const UNIT_NOUNS: ReadonlySet<string> = new Set(['department', 'office', 'division', 'directorate', 'unit', 'section']);
const UNIT_HEADS: ReadonlySet<string> = new Set(['head', 'chief', 'director']);
/** What a unit is for, or the level it sits at (`health`, `regional`, `district`). */
const UNIT_FIELDS: ReadonlySet<string> = new Set([...TITLE_QUALIFIERS, ...LOWER_QUALIFIERS]);
/** Most words naming a unit before its noun. */
const MAX_UNIT_FIELDS = 3;

/** `department head X`: a unit's noun in lower case at token `i` before its head's title at `title`. */
function isUnitsHead(v: LineView, i: number, title: number): boolean {
  const t = v.tokens[i];
  return isLowerWords(t) && t.words === 1 && !v.tokens[title].upper && UNIT_HEADS.has(v.tokens[title].lower) && UNIT_NOUNS.has(lastWord(v, t));
}

/** `regional health department`: the unit's field and level words before its noun at token `i`. */
function unitsWordsStart(v: LineView, i: number): number {
  let j = i;
  while (i - j < MAX_UNIT_FIELDS && j > 0 && isUnitField(v, j - 1)) j--;
  return j;
}

function isUnitField(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  if (!isLowerWords(t) || t.words !== 1 || !adjacent(v.text, t, v.tokens[k + 1])) return false;
  const word = lastWord(v, t);
  return UNIT_FIELDS.has(word) || ADMIN_UNITS.has(word);
}

/** Who leads a team (`US team captain X`, `national team coach X`). */
const TEAM_LEADERS: ReadonlySet<string> = new Set(['captain', 'coach', 'manager']);

/** `US team captain X`, `the national team coach X`: the team, in lower case, before its leader's title at `title`. */
function isTeamsLeader(v: LineView, i: number, title: number): boolean {
  const t = v.tokens[i];
  return isLowerWords(t) && t.words <= 2 && lastWord(v, t) === 'team' && TEAM_LEADERS.has(v.tokens[title].lower);
}

/** `Kyrgyz parliament Speaker X`: the speaker of a chamber named in lower case. */
function isChamberSpeaker(v: LineView, t: Token, title: number): boolean {
  return v.tokens[title].lower === 'speaker' && CHAMBERS.has(lastWord(v, t));
}

const CHAMBERS = new Set(['parliament', 'senate', 'assembly']);

/** `the Chinese delegation head X`, `mission chief`: the one who leads a delegation or a mission. */
function isDelegationHead(v: LineView, t: Token, title: number): boolean {
  return (v.tokens[title].lower === 'head' || v.tokens[title].lower === 'chief' || v.tokens[title].lower === 'leader') && DELEGATIONS.has(lastWord(v, t));
}

const DELEGATIONS = new Set(['delegation', 'mission']);

/** `the maslikhat secretary`, `the faction secretary`: the secretary of a local council, who heads it, or of a party's body. */
function isCouncilSecretary(v: LineView, t: Token, title: number): boolean {
  return v.tokens[title].lower === 'secretary' && SECRETARIES_BODIES.has(lastWord(v, t));
}

const SECRETARIES_BODIES = new Set(['maslikhat', 'council', 'faction', 'party']);

/** `the committee chair X`, `the party chief X`: the chair or head of a body named in lower case. */
function isBodysChair(v: LineView, t: Token, title: number): boolean {
  return CHAIRS.has(v.tokens[title].lower) && CHAIRED_BODIES.has(lastWord(v, t));
}

const CHAIRS = new Set(['chair', 'chairman', 'chairwoman', 'chairperson', 'chief', 'head', 'leader', 'president']);

/**
 * `Chancellor Friedrich Merz's cabinet member X`, `a board member X`: a member of a body named in lower case; `the maslikhat
 * deputy X`: a deputy of a council or a parliament so named.
 */
function isBodysMember(v: LineView, t: Token, title: number): boolean {
  const word = v.tokens[title].lower;
  return (word === 'member' && MEMBERS_BODIES.has(lastWord(v, t))) || (word === 'deputy' && DEPUTIES_BODIES.has(lastWord(v, t)));
}

const DEPUTIES_BODIES = new Set(['maslikhat', 'council', 'parliament']);

const MEMBERS_BODIES = new Set(['cabinet', 'committee', 'commission', 'council', 'board', 'delegation', 'government', 'parliament']);
const CHAIRED_BODIES = new Set(['committee', 'commission', 'council', 'board', 'party', 'faction', 'caucus', 'federation', 'association', 'union']);

/** `Akorda press secretary`: the secretary who speaks for what is named before. */
function isPressSecretary(v: LineView, title: number): boolean {
  return v.tokens[title].lower === 'secretary' && v.tokens[title - 1]?.lower === 'press';
}

/** `COP29 President`, `G20 Chair`: an acronym glued to its edition's number, right before a leader's title. */
function isEditionBefore(v: LineView, i: number, title: number): boolean {
  const number = v.tokens[i];
  const acronym = v.tokens[i - 1];
  return number.kind === 'number' && acronym !== undefined && acronym.end === number.start && acronym.kind === 'word' &&
    (acronym.spelling.capitals || (acronym.upper && acronym.text.length === 1)) && leads(v, i + 1, title) && adjacent(v.text, number, v.tokens[i + 1]);
}

/** Lower-case administrative units named before an akim's or governor's title. */
export const ADMIN_UNITS = new Set(['city', 'region', 'district', 'oblast', 'province', 'state', 'county', 'velayat', 'viloyat', 'etrap', 'aimag', 'soum', 'governorate', 'prefecture', 'municipality', 'town', 'village', 'aul', 'rayon']);

/** `Shymkent city akim`, `Almaty region governor`: a place and its lower-case unit before a title. */
function isPlaceOfTitle(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  // (`Khovd aimag Governor`: a unit the lexicon does not class is a stretch of one lower-case word.)
  return i > 0 && !t.upper && ADMIN_UNITS.has(lowerWordOf(v, t)) && v.tokens[i - 1].upper && !DETERMINERS.has(v.tokens[i - 1].lower) && adjacent(v.text, v.tokens[i - 1], t);
}

/** Token `k` is a lower-case unit after its place's capitalised name (`Kostanay region`), owning what follows. */
function isPlacesUnit(v: LineView, k: number): boolean {
  const [place, unit] = [v.tokens[k - 1], v.tokens[k]];
  return ADMIN_UNITS.has(unit.lower) && !unit.upper && place !== undefined && place.upper && place.kind === 'word' && v.cls[k - 1] !== 'title' &&
    (v.cls[k - 1] === 'name' || isCity(place.lower) || !isSentenceStart(v, k - 1)) && unit.end === v.tokens[k + 1].start && adjacent(v.text, place, unit);
}

/** Capitalised units that qualify a title after their place's name (`Lagos State Governor`, `Ashanti Regional Minister`). */
const UNIT_QUALIFIERS = new Set(['state', 'regional', 'provincial', 'municipal', 'county', 'district']);

/** `State Governor`, `Regional Minister`: token `k` is a capitalised unit right before a title. */
export function isUnitOfTitle(v: LineView, k: number): boolean {
  const unit = v.tokens[k];
  return unit !== undefined && unit.upper && UNIT_QUALIFIERS.has(unit.lower) && v.cls[k + 1] === 'title' && adjacent(v.text, unit, v.tokens[k + 1]);
}

/** Most words of a place's name before its unit (`Rio Grande do Sul State`). */
const MAX_UNIT_PLACE = 4;
/** Capitalised words that open a sentence or a noun phrase, never a place's name. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'our', 'their']);

/**
 * Where the place's name starts that ends at token `i`, before a unit qualifying the title after it; nothing when
 * the words are no place (`The Regional Minister`) or a titled person's name (`Minister Ivan Petrov State Secretary`).
 */
function placeOfUnitStart(v: LineView, i: number): number | undefined {
  if (!isUnitOfTitle(v, i + 1)) return undefined;
  let k = i;
  // `UNDP Regional Director`: an acronym names an organisation, not a place; `Parliamentary State Secretary`: nor does a qualifier.
  // (`Head of State Receives State Counsellor X`: nor a title-case headline's verb.)
  while (k > i - MAX_UNIT_PLACE && k >= 0 && (v.cls[k] === 'particle' || (v.tokens[k].upper && isCapitalised(v.cls[k]) && v.cls[k] !== 'caps' && v.cls[k] !== 'qualifier')) && !DETERMINERS.has(v.tokens[k].lower) && !(v.titleCase && HEADLINE_VERB_SET.has(v.tokens[k].lower))) {
    if (k < i && !adjacent(v.text, v.tokens[k], v.tokens[k + 1])) break;
    k--;
  }
  const before = v.cls[k];
  if (!(k < i && v.tokens[k + 1].upper && before !== 'title' && before !== 'honorific')) return undefined;
  // `Dar es Salaam Regional Commissioner`: a city whose name holds a lower-case word.
  return k + 1 === i ? (cityOfWordsStart(v, i) ?? i) : k + 1;
}

/** Most words of a place's name before the word of direction closing it (`Rio Grande do Sul`). */
const MAX_CLOSED_PLACE = 3;

/** `Davao del Norte Governor`: where the place's name starts that a word of direction closes at token `i`, before a place's leader. */
function closedPlaceStart(v: LineView, i: number, title: number): number | undefined {
  // (`Kitui South MP X`, `Bristol West MP X`: a constituency an English direction closes, before a member's style.)
  const seat = COMPASS.has(v.tokens[i].lower) && MEMBER_STYLES.has(v.tokens[title].lower);
  if (!v.tokens[i].upper || !(seat || (PLACE_CLOSER_SET.has(v.tokens[i].lower) && PLACE_LEADERS.has(v.tokens[title].lower)))) return undefined;
  let k = i - 1;
  // (A seat's place is of names' words, cities, place openers and compass words: `Leeds North East MP X`, `Mount Elgon
  // North MP X`; not `The North MP X`, `On Tuesday West MP X`.)
  const inPlace = (j: number) => seat ? isSeatsPlaceWord(v, j) : v.cls[j] === 'particle' || (v.tokens[j].upper && isCapitalised(v.cls[j]));
  while (k >= 0 && k >= i - MAX_CLOSED_PLACE && inPlace(k) && adjacent(v.text, v.tokens[k], v.tokens[k + 1])) k--;
  while (seat && k + 1 < i && COMPASS.has(v.tokens[k + 1].lower)) k++;
  return k + 1 < i && v.tokens[k + 1].upper ? k + 1 : undefined;
}

function isSeatsPlaceWord(v: LineView, j: number): boolean {
  const [c, word] = [v.cls[j], v.tokens[j].lower];
  return c === 'name' || (c === 'stop' && v.tokens[j].upper && (isCity(word) || COMPASS.has(word) || SEAT_PLACE_OPENERS.has(word)));
}
const SEAT_PLACE_OPENERS: ReadonlySet<string> = new Set([...PLACE_NAME_OPENERS, 'new', 'port']);

/** Token `k` is one lower-case unit after `the` (`of the prefecture`), or the body a committee or department belongs to (`of the ministry`). */
function isUnitAfterThe(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  if (t.words !== 1 || !isLowerWords(t) || v.tokens[k - 1]?.lower !== 'the') return false;
  const word = lastWord(v, t);
  return ADMIN_UNITS.has(word) || OWNING_BODIES.has(word);
}

/**
 * Bodies that committees and departments belong to, named in lower case after they were named in full (`the Geology
 * Committee of the ministry X`), and bodies whose chair or head is so named (`Deputy Chairman of the committee X`,
 * `Chairman of the jury X`).
 */
const OWNING_BODIES = new Set(['ministry', 'akimat', 'embassy', 'government', 'administration', 'committee', 'board', 'council', 'commission', 'company', 'corporation', 'foundation', 'fund', 'association', 'federation', 'agency', 'chamber', 'university', 'institute', 'jury']);

/** A lower-case unit alone before a lower-case title (`district akim`, `city governor`). */
function isLoneUnit(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  return t.kind === 'word' && !t.upper && ADMIN_UNITS.has(t.lower) && !v.tokens[i + 1].upper && !v.tokens[i - 1]?.upper;
}

export const ADMIN_UNIT_PLURALS: ReadonlySet<string> = new Set(['cities', 'regions', 'districts', 'oblasts', 'provinces', 'counties', 'velayats', 'viloyats', 'etraps', 'aimags', 'governorates', 'prefectures', 'municipalities', 'towns', 'villages']);

/**
 * A capitalised word, maybe after `the`, follows the comma at `i` (`of Kazakhstan, the Kyrgyz Republic and …`); or,
 * after a list's serial comma, `and` and a capitalised common word (`for Economic Growth, Energy, and the
 * Environment`; not `X, President of the European Council, and Ursula von der Leyen`, `X, MNA, and ADB …`).
 */
const SERIAL_LIST_WORD: ReadonlySet<TokenClass> = new Set(['stop', 'org', 'country', 'qualifier']);

function listGoesOn(v: LineView, i: number): boolean {
  let k = i + 1;
  const serial = v.tokens[k]?.lower === 'and';
  if (serial) k++;
  if (v.tokens[k]?.lower === 'the') k++;
  if (v.tokens[k]?.upper !== true) return false;
  return !serial || (v.cls[i - 2] === 'comma' && SERIAL_LIST_WORD.has(v.cls[i - 1]) && SERIAL_LIST_WORD.has(v.cls[k]));
}

/** `Teatro alla Scala`: token `i` is an Italian preposition with its article (`alla`, `sulla`) after a body's capitalised word. */
export function isItalianBodysLink(text: string, tokens: readonly Token[], cls: readonly TokenClass[], i: number): boolean {
  const t = tokens[i];
  return t.kind === 'gap' && t.words === 1 && cls[i - 1] === 'org' && tokens[i - 1].upper && tokens[i + 1]?.upper === true &&
    ITALIAN_ARTICLED_PREPOSITIONS.has(wordEndingAt(text, t.start, t.end));
}

const ITALIAN_ARTICLED_PREPOSITIONS: ReadonlySet<string> = new Set(['alla', 'allo', 'alle', 'agli', 'nella', 'nello', 'nelle', 'negli', 'sulla', 'sullo', 'dalla', 'dallo']);

/**
 * `President of Bank of China (Kazakhstan) X`: token `i` is in a bracket that holds only the state of a body's subsidiary,
 * after the body's name (a body's word, or a state after one and `of`).
 */
export function inSubsidiarysState(v: LineView, i: number): boolean {
  const open = v.tokens[i].text === '(' ? i : v.cls[i] === 'country' ? i - 1 : v.tokens[i].text === ')' ? i - 2 : -1;
  if (open < 3 || v.tokens[open].text !== '(' || v.cls[open + 1] !== 'country' || v.tokens[open + 2]?.text !== ')') return false;
  const named = v.cls[open - 1] === 'country' && v.tokens[open - 2].lower === 'of' ? open - 3 : open - 1;
  // (`Director of KPMG (Kazakhstan) X`: or an acronym right after `of`, `Director of Citibank (Kazakhstan) X`: or one word
  // after a business leader's `of`; not a city's or a region's name: `Mayor of Tbilisi (Georgia) X`.)
  const afterOf = named === open - 1 && v.tokens[open - 2].lower === 'of';
  const ofBusiness = afterOf && (v.cls[open - 1] === 'caps' || BUSINESS_LEADERS.has(v.tokens[open - 3]?.lower ?? ''));
  return (v.cls[named] === 'org' || ofBusiness) && v.tokens[named].upper;
}

/** Most words of a portfolio set off by commas inside an office. */
const MAX_SET_OFF_PORTFOLIO = 4;

/**
 * `the Vice President, Banking, of the EBRD, X`, `the Regional Director, Europe and Central Asia, of …`, `the Head of
 * Division, Trade Policy, of …`: the comma at `i` closes a portfolio set off after a title (or its one-word unit), before
 * its `of`.
 */
function closesSetOffPortfolio(v: LineView, i: number): boolean {
  if (v.tokens[i + 1]?.lower !== 'of') return false;
  let k = i - 1;
  const inPortfolio = (j: number) => (v.tokens[j]?.upper && v.cls[j] !== 'title' && v.cls[j] !== 'comma') || (v.tokens[j]?.lower === 'and' && j < i - 1);
  while (k > i - 1 - MAX_SET_OFF_PORTFOLIO && inPortfolio(k)) k--;
  if (k === i - 1 || v.cls[k] !== 'comma') return false;
  const unitOfTitle = v.tokens[k - 1]?.upper && v.tokens[k - 2]?.lower === 'of' && v.cls[k - 3] === 'title';
  return v.cls[k - 1] === 'title' || unitOfTitle;
}

/** `Akims of Almaty, Karaganda and Pavlodar regions`: the lower-case unit closing a complement's places. */
function isUnitOfPlaces(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (t === undefined || i < 2 || t.words > 1 || !isLowerWords(t) || !v.tokens[i - 1].upper || !adjacent(v.text, v.tokens[i - 1], t)) return false;
  const unit = lastWord(v, t);
  return ADMIN_UNITS.has(unit) || ADMIN_UNIT_PLURALS.has(unit);
}

/** `Governor of Bayan-Ölgii aimag of Mongolia X`: a place's lower-case unit before the `of` of its state. */
function isUnitOfPlaceOf(v: LineView, i: number): boolean {
  return v.tokens[i + 1]?.lower === 'of' && v.cls[i + 2] === 'country' && isUnitOfPlaces(v, i);
}

/** Most words of a party's name before its lower-case noun. */
const MAX_PARTY_NAME = 3;

/** `Nur Otan party chairman`: where the capitalised name of the party whose noun is token `i` starts, if one goes before. */
function partysNameBefore(v: LineView, i: number): number | undefined {
  const body = lastWord(v, v.tokens[i]);
  if (!PARTY_BODIES.has(body) || v.tokens[i].words !== 1) return undefined;
  let k = i;
  while (k > i - MAX_PARTY_NAME && v.tokens[k - 1]?.upper && v.tokens[k - 1].kind === 'word' && isPartyNameClass(v.cls[k - 1]) && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k--;
  // `The Nur Otan party`: a common word opening the sentence is none of the name.
  if (k < i && v.cls[k] === 'stop' && isSentenceStart(v, k)) k++;
  // (`the Amanat faction head X`: a faction's too, after `the`; not `After Easter faction head X`.)
  if (body !== 'party' && v.tokens[k - 1]?.lower !== 'the') return undefined;
  return k < i ? k : undefined;
}

function isPartyNameClass(c: TokenClass): boolean {
  return c === 'name' || c === 'stop' || c === 'caps' || c === 'org';
}

/** Most words of a name that owns a post by its possessive. */
const MAX_OWNER_WORDS = 4;

/**
 * `President of Kazakhstan and President of the Republic of Korea X`: one title said again for another state names two
 * holders, not one person's two offices.
 */
function isSameOfficeOfTwoStates(v: LineView, earlier: number, and: number, title: number): boolean {
  // (An envoy may be accredited to both: `Ambassador to Belgium and Ambassador to Luxembourg X`.)
  if (titleWordsAt(v, earlier) !== titleWordsAt(v, and + 1) || ACCREDITED_TITLES.has(v.tokens[earlier].lower)) return false;
  const state = (from: number, to: number): string | undefined => {
    for (let k = from; k < to; k++) if (v.cls[k] === 'country') return v.tokens[k].lower;
    return undefined;
  };
  let end = title + 1;
  while (end < v.tokens.length && end - title <= MAX_COMPLEMENT_SCAN && v.cls[end] !== 'name') end++;
  const [a, b] = [state(earlier, and), state(and + 1, end)];
  return a !== undefined && b !== undefined && a !== b;
}

const ACCREDITED_TITLES: ReadonlySet<string> = new Set(['ambassador', 'ambassadors', 'envoy', 'representative', 'consul', 'commissioner', 'high']);

/** The title's words from token `k` up to its complement (`deputy prime minister`, `president`). */
function titleWordsAt(v: LineView, k: number): string {
  let words = '';
  for (let j = k; j < v.tokens.length && isTitlePrefix(v.cls[j]) && v.cls[j] !== 'country'; j++) words += ` ${v.tokens[j].lower}`;
  return words;
}

/** Most tokens read after a title for its complement's state. */
const MAX_COMPLEMENT_SCAN = 8;

function isFirmsFieldWord(v: LineView, k: number): boolean {
  return k >= 1 && v.cls[k] === 'qualifier' && v.tokens[k].upper && v.cls[k - 1] === 'name' && adjacent(v.text, v.tokens[k - 1], v.tokens[k]);
}

/**
 * Where the name (its words and initials) ending at token `last` before a possessive starts; a firm's may hold common words
 * and its state's (`Qazaq Wind’s`), not one opening the sentence (`Meanwhile Rio Tinto's`) nor a weekday.
 */
function ownersNameStart(v: LineView, last: number): number {
  let k = last;
  // (`Von der Leyen’s chief spokesperson`, `President von der Leyen's spokesman`, `backed by von der Leyen's spokesman`: name
  // particles inside the owner's name, capitalised, after a title, a name or another particle, or before another; not a
  // verb's `do`: `as do Putin’s spokesman, X`.)
  // (`The Children's Rights Commissioner`: not an article before a group whose possessive names a portfolio; `The Hague's
  // mayor` keeps it.)
  const inName = (j: number) => (v.tokens[j]?.upper && isOwnersWord(v, j) && !(v.tokens[j].lower === 'the' && PORTFOLIO_OWNERS.has(v.tokens[j + 1]?.lower ?? ''))) ||
    (v.cls[j] === 'particle' && (v.tokens[j].upper || PARTICLE_OPENERS.has(v.cls[j - 1]) || v.cls[j + 1] === 'particle'));
  while (k > last - MAX_OWNER_WORDS + 1 && inName(k - 1) && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k--;
  return placeStart(v, k);
}

/** Classes of the token before a lower-case particle that opens or continues a name (`President von der Leyen`). */
const PARTICLE_OPENERS: ReadonlySet<TokenClass | undefined> = new Set(['particle', 'name', 'title', 'honorific']);

function isOwnersWord(v: LineView, k: number): boolean {
  const [t, c] = [v.tokens[k], v.cls[k]];
  if (c === 'name' || t.kind === 'initial') return true;
  if (!isPartyNameClass(c) && c !== 'country') return false;
  return !WEEKDAY_NAMES.has(t.lower) && !(isSentenceStart(v, k) && isCommonEnglishWord(t.lower));
}

/** The first word of the place that ends at token `last`, a direction opening it (`North Kazakhstan region akim`). */
function placeStart(v: LineView, last: number): number {
  const before = v.tokens[last - 1];
  return before?.upper && PLACE_DIRECTION_SET.has(before.lower) && adjacent(v.text, before, v.tokens[last]) ? last - 1 : last;
}

/** Points of the compass, in lower case, as Xinhua places a province (`northwest China's Shaanxi Province`). */
const COMPASS = new Set(['central', 'north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'north-west', 'north-east', 'south-west', 'south-east']);
/** The same points as adjectives, as written after a state's possessive (`Iran's northern Golestan province`). */
const COMPASS_ADJECTIVES = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'northwestern', 'northeastern', 'southwestern', 'southeastern', 'north-western', 'north-eastern', 'south-western', 'south-eastern']);

/** `governor of northwest China's Shaanxi Province`: a lower-case point of the compass (or `central`) after `of`, before a capitalised word. */
export function isCompassInComplement(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (t.kind !== 'gap' || t.words !== 1 || v.tokens[i + 1]?.upper !== true) return false;
  // `governor of Iran's northern Golestan province`: after a state's possessive, as an adjective.
  if (v.cls[i - 1] === 'possessive' && v.cls[i - 2] === 'country') return COMPASS_ADJECTIVES.has(lastWord(v, t));
  return v.tokens[i - 1]?.lower === 'of' && COMPASS.has(lastWord(v, t));
}

/**
 * `to the UN Office and other International Organizations in Geneva`: the lower-case `other` after
 * `and` and before a capitalised word, inside a complement.
 */
export function isAndOther(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (t === undefined || v.tokens[i - 1]?.lower !== 'and' || !v.text.startsWith('other', t.start) || t.words > MAX_OTHER_BODIES) return false;
  if (t.words === 1) return t.end - t.start === 5 && v.tokens[i + 1]?.upper === true;
  // `to the UN Office and other international organizations in Geneva`, `the statutory and other bodies of the CIS`.
  return OTHER_BODIES.test(v.text.slice(t.start, t.end)) && (v.tokens[i + 1]?.upper === true || v.cls[i + 1] === 'connector');
}

/** Most lower-case words of `other` and the bodies it names. */
const MAX_OTHER_BODIES = 4;
const OTHER_BODIES = /^other (?:[a-z-]+ )*(?:organi[sz]ations|bodies|agencies|institutions|structures)$/;

/** `statutory` of `the statutory and other bodies of the CIS`: one lower-case word before `and other …`. */
export function opensAndOther(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  return t.words === 1 && !t.upper && v.cls[i] !== 'connector' && v.tokens[i + 1]?.lower === 'and' && isAndOther(v, i + 2);
}

/** Nouns of what happens or is said, never a part of a body (`the visit of`, `the results of`). */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'visit', 'visits', 'result', 'results', 'outcome', 'outcomes', 'talks', 'meeting', 'invitation', 'request', 'occasion', 'eve', 'sidelines',
  'course', 'proposal', 'instruction', 'instructions', 'decision', 'decree', 'behalf', 'participation', 'presence', 'arrival', 'death',
  'passing', 'memory', 'anniversary', 'birthday', 'election', 'appointment', 'funeral', 'speech', 'message', 'letter', 'greetings',
  'congratulations', 'support', 'assistance', 'initiative',
]);

/**
 * `Director of the center of grain farming named after A.I. Barayev X`: token `i` is the field, ending in `named`, of a
 * lower-case body after its `of`, or the `after` that follows it.
 */
function inNamedBodysField(v: LineView, i: number): boolean {
  const field = v.tokens[i].lower === 'after' ? i - 1 : i;
  const t = v.tokens[field];
  if (t?.kind !== 'gap' || v.tokens[field + 1]?.lower !== 'after' || lastWord(v, t) !== 'named' || v.tokens[field - 1]?.lower !== 'of') return false;
  const body = v.tokens[field - 2];
  return body !== undefined && !body.upper && endsInInstitutionNoun(v, body);
}

const isTheOrOf = (t: Token | undefined): boolean => t?.lower === 'the' || t?.lower === 'of';

/**
 * `Chairman of the Kazakh side of the Council`, `Governor of the state of Mato Grosso`: one lower-case word
 * between `the` (and a capitalised word) and `of` (or an institution's `to`) inside a complement.
 */
function isPartOfBody(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (isUnitOfNamedPlace(v, i)) return true;
  // `heads of the railway administrations of …`: two words when the second names institutions.
  // `the head of the Swiss delegation to PACE`: an institution's noun before `to`, as before `of`.
  const link = v.tokens[i + 1]?.lower;
  // `the government delegations of …`: the lower-case word qualifying the body, read with the body (`the Pavlodar regional
  // chamber of entrepreneurs`: maybe after the place's name).
  // (`the head of Turkestan regional department of agriculture X`: or right after `of`, as machine translation drops the article.)
  const afterThe = v.tokens[i - 1]?.lower === 'the' || (v.tokens[i - 1]?.upper === true && v.tokens[i - 1].kind === 'word' && isTheOrOf(v.tokens[i - 2]));
  if (t.kind === 'word' && !t.upper && v.cls[i] === 'other' && afterThe && v.tokens[i + 1]?.kind === 'gap') return isPartOfBody(v, i + 1);
  if (i < 2 || t.kind !== 'gap' || !(t.words === 1 || (t.words === 2 && namesInstitutions(v, t)))) return false;
  // `briefed the Ambassador on the results of the visit of X`: what happened is no part of a body.
  if (t.words === 1 && EVENT_NOUNS.has(lastWord(v, t))) return false;
  // `the head of the EBRD’s office in Kazakhstan`: or before `in`, where the institution sits.
  if (link !== 'of' && !((link === 'to' || link === 'in') && namesInstitutions(v, t))) return false;
  if (v.tokens[i - 1].lower === 'the') return true;
  // `Directors of employment centres of …`: institutions after `of`, with no article.
  if (v.tokens[i - 1].lower === 'of' && namesInstitutions(v, t)) return true;
  // `the regional branch of …`: a lower-case word of its own may qualify the body after `the`.
  const qualifier = v.tokens[i - 1].kind === 'word' && !v.tokens[i - 1].upper && v.cls[i - 1] !== 'connector';
  // `the Almaty city department of …`: after the place's name, too.
  if (qualifier) return v.tokens[i - 2].lower === 'the' || (v.tokens[i - 2].upper && isTheOrOf(v.tokens[i - 3]));
  // `the Asia and Pacific department of …`: or capitalised words, maybe joined by `and`, or an organisation's possessive (`the EBRD’s office`).
  // (`the Japan International Cooperation Agency (JICA) office in …`: the words before their acronym in brackets.)
  const named = v.tokens[i - 1].text === ')' && isBracketedAcronym(v, i - 3) ? i - 4 : i - 1;
  let k = named;
  while (k > 0 && k > named + 1 - MAX_BODY_QUALIFIERS && ((isCapitalised(v.cls[k]) && v.tokens[k].upper) || (v.tokens[k].lower === 'and' && k < named && v.tokens[k - 1]?.upper) || (k === i - 1 && v.cls[k] === 'possessive'))) k--;
  return k < named && v.tokens[k].lower === 'the' && v.tokens[k + 1].lower !== 'and';
}

const MAX_BODY_QUALIFIERS = 5;

/** Units a place's name follows after `of`, in lower case. */
const NAMED_UNITS = new Set([...ADMIN_UNITS, 'state', 'emirate', 'territory']);

/**
 * `Chief Minister of the Indian state of Kerala X`, `Governor of the state of Utah X`: a lower-case unit after
 * `the`, maybe with its state between (`the US state of`), before `of` and the place's capitalised name.
 */
function isUnitOfNamedPlace(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (t.words > 1 || t.upper || !NAMED_UNITS.has(t.lower) || v.tokens[i + 1]?.lower !== 'of' || v.tokens[i + 2]?.upper !== true) return false;
  const k = v.cls[i - 1] === 'country' ? i - 2 : i - 1;
  return v.tokens[k]?.lower === 'the';
}

/**
 * `Delegation for relations with Central Asia`: the lower-case `relations` (token `i`, or its `with`
 * at `i`) of a capitalised body that is for relations with a capitalised place or people.
 */
export function isRelationsWith(v: LineView, i: number): boolean {
  const k = v.tokens[i].lower === 'with' ? i - 1 : i;
  const t = v.tokens[k];
  // `Special Representative … for Cooperation with the OTS`: a capitalised portfolio with a capitalised body or place.
  // (A body's, a place's or a state's word, no person's: not `… for Cooperation with Nurlan Ospanov`.)
  if (t?.upper && isCommonWord(v, k) && v.tokens[k - 1]?.lower === 'for' && v.tokens[k + 1]?.lower === 'with') {
    const object = v.tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    return v.tokens[object]?.upper === true && v.cls[object] !== 'name';
  }
  // (`Vice-President responsible for relations with …`: or after `responsible for`.)
  return t?.kind === 'gap' && t.words === 1 && v.tokens[k - 1]?.lower === 'for' && v.tokens[k + 1]?.lower === 'with'
    && (v.tokens[k - 2]?.upper === true || isResponsibleFor(v, k - 2)) && v.tokens[k + 2]?.upper === true;
}

/** Titles that are also verbs of leading (`who heads`, `now chairs`). */
const HEADING_VERBS = new Set(['heads', 'chairs', 'co-chairs']);
/** Their bare forms, a plural subject's verbs after a relative pronoun (`the Ministers who co-chair the Commission`) or before an object (`now head of …` is a title). */
const BARE_HEADING_VERBS = new Set(['head', 'chair', 'co-chair']);
const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that']);
const HEADING_SUBJECTS = new Set(['who', 'which', 'that', 'also', 'now', 'currently', 'still']);

/** `who heads Linde’s business`: a plural title after a relative pronoun, an adverb or a name is the verb of leading. */
function isHeadingVerb(v: LineView, first: number): boolean {
  const t = v.tokens[first];
  const bare = BARE_HEADING_VERBS.has(t.lower);
  if (!(bare || HEADING_VERBS.has(t.lower)) || t.upper) return false;
  const before = v.tokens[first - 1];
  if (before === undefined) return false;
  const subject = lastWord(v, before).toLowerCase();
  // (`The two countries now co-chair the Fund`, not `now head of the Department`.)
  const object = v.tokens[first + 1]?.lower !== 'of';
  const subjectBefore = HEADING_SUBJECTS.has(subject) || v.cls[first - 1] === 'name';
  return bare ? RELATIVE_SUBJECTS.has(subject) || (object && subjectBefore) : subjectBefore;
}

/** Legal forms written abbreviated with a full stop. */
export const ABBREVIATED_LEGAL_FORMS: ReadonlySet<string> = new Set(['co', 'ltd', 'inc', 'corp', 'pte', 'pvt', 'bhd', 'sdn', 'tbk', 'zrt', 'nyrt', 'kft']);

/**
 * `… Logistics Ltd. Zhao Meng`, `… Co., Ltd. X`: token `i` belongs to legal forms that close the complement at
 * `last`, right before the name (not `of Samsung Ltd. Later X`, where the full stop ends a sentence).
 */
function closesLegalForm(v: LineView, i: number, last: number): boolean {
  // `Pvt. Ltd.`: a full stop may part two legal forms, as a comma does; `Services, Inc. (ICTSI) X`: the company's acronym
  // may follow in brackets.
  return inLegalForm(v, i) && (i === last || v.tokens[i].text === ',' || isLegalFormAt(v, i + 1) || (v.tokens[i + 1].text === ',' && inLegalForm(v, i + 1)) ||
    (i + 3 === last && isBracketedAcronym(v, i + 1)));
}

/** `Logistics Co., Ltd.`: token `i` is the full stop of a capitalised legal form, or the comma between two such forms. */
function inLegalForm(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  // `of QazTrade JSC. Arman Bekov …`: after a form never abbreviated, the full stop ends a sentence.
  if (t.text === '.') return isLegalFormAt(v, i - 1) && v.tokens[i - 1].end === t.start && ABBREVIATED_LEGAL_FORMS.has(v.tokens[i - 1].lower);
  return t.text === ',' && v.tokens[i - 1]?.text === '.' && isLegalFormAt(v, i - 2) && isLegalFormAt(v, i + 1);
}

/** `Thames Water Engineering plc`: a legal form in lower case right after a company's capitalised name. */
export function isLowerLegalForm(v: LineView, i: number): boolean {
  const [form, before] = [v.tokens[i], v.tokens[i - 1]];
  if (before?.upper !== true || !adjacent(v.text, before, form)) return false;
  // (`… Heavy Industries a.s. X`: a dotted one too.)
  if (form.kind === 'dotted') return !form.upper && LEGAL_FORM_SET.has(form.lower);
  // (`… Rohstoffhandelsgesellschaft mbH X`: one opening in lower case.)
  const lowerOpening = form.kind === 'word' && form.text[0] !== form.text[0].toUpperCase();
  return (isLowerWords(form) || lowerOpening) && form.words === 1 && isLegalFormWord(lowerWordOf(v, form));
}

function isLegalFormAt(v: LineView, k: number): boolean {
  return v.tokens[k]?.upper === true && isLegalFormWord(v.tokens[k].lower);
}

/** Prepositions that may join the words of a body's name (`Persons with Disabilities`, `Germans from Kazakhstan`). */
const NAME_PREPOSITIONS = new Set(['with', 'from']);

/**
 * `Committee on the Rights of Persons with Disabilities`: a preposition at `i` between two capitalised words of a body's name, no
 * person's; `Freedom of Religion or Belief`: `or` after a common word, before one word that closes the complement at a comma.
 */
export function joinsNameWords(v: LineView, i: number): boolean {
  const [before, t, after] = [v.tokens[i - 1], v.tokens[i], v.tokens[i + 1]];
  if (before === undefined || after === undefined || !before.upper || !after.upper) return false;
  if (t.lower === 'or') return v.cls[i - 1] === 'stop' && v.cls[i + 2] === 'comma' && (v.cls[i + 1] === 'name' || v.cls[i + 1] === 'stop');
  if (!NAME_PREPOSITIONS.has(t.lower)) return false;
  return isCapitalised(v.cls[i - 1]) && isCapitalised(v.cls[i + 1]) && v.cls[i + 1] !== 'name' && v.cls[i + 1] !== 'title' && v.cls[i - 1] !== 'title';
}

/**
 * `the Ministry of Foreign Affairs and Colonel X`: the portfolio's words before the `and` at `i` close a body's name after
 * its `of`, and the title after the `and` opens another office (`Foreign Affairs and Trade Minister X` joins portfolios).
 */
function isBodysFieldAnd(v: LineView, i: number): boolean {
  if (v.cls[i + 1] !== 'title') return false;
  let k = i - 1;
  while (k > 0 && v.cls[k] === 'qualifier') k--;
  return k < i - 1 && v.tokens[k].lower === 'of' && v.cls[k - 1] === 'org';
}

/** `… to Belgium and Head of Mission`: `and` between an office's complement and a further title. */
function joinsOfficeByAnd(v: LineView, i: number): boolean {
  // `Ambassador of Kazakhstan to Ethiopia and concurrently Permanent Representative to …`, `former Ambassador … and current
  // Chair of …`.
  const next = i + 1 < v.tokens.length && HELD_NOW.has(lowerWordOf(v, v.tokens[i + 1])) ? i + 2 : i + 1;
  // (`Air Astana's president and chief executive`, `YPF’s chairman and CEO`: a lower-case title right after an owner's
  // possessive, too, before another in lower case or in capitals.)
  const lowerOrLetters = !v.tokens[next]?.upper || (v.cls[next] === 'title' && v.tokens[next].allCaps);
  const owned = v.cls[i - 1] === 'title' && !v.tokens[i - 1].upper && v.cls[i - 2] === 'possessive' && lowerOrLetters;
  // (`Chairman of the Senate and former Minister of Culture X`: a lower-case qualifier may open the second.)
  return i > 0 && v.tokens[i].lower === 'and' && (isTitlePrefix(v.cls[next]) || qualifiesNextTitle(v, next) || opensBodysPost(v, i)) && (v.cls[i - 1] !== 'title' || owned) && adjacent(v.text, v.tokens[next - 1], v.tokens[next]);
}

/** Words saying the office after them is held now, beside another (`and concurrently`, `and current`). */
export const HELD_NOW: ReadonlySet<string> = new Set(['concurrently', 'current', 'currently']);

/** The office from `earlier` to the `and` at token `and`, from its title on, is written again after `and current`. */
function repeatsOffice(v: LineView, earlier: number, and: number): boolean {
  let a = earlier;
  while (a < and && v.cls[a] !== 'title') a++;
  const b = and + 2;
  if (a === and || b + (and - a) > v.tokens.length) return false;
  for (let k = 0; k < and - a; k++) if (lowerWordOf(v, v.tokens[a + k]) !== lowerWordOf(v, v.tokens[b + k])) return false;
  return true;
}
/** Those of them set against a former office (`former Ambassador … and current Chair of …`). */
const NOW_WORDS: ReadonlySet<string> = new Set(['current', 'currently']);

/** `OKADA Masaki`: a word in capitals at token `k`, long enough for a surname, right before a name word (Japanese order). */
export function opensCapsSurname(v: LineView, k: number): boolean {
  const [surname, given] = [v.tokens[k], v.tokens[k + 1]];
  return v.cls[k] === 'caps' && surname.kind === 'word' && surname.text.length >= 3 && v.cls[k + 1] === 'name' && adjacent(v.text, surname, given);
}

/** `OKADA Masaki,`: such a surname before a given name that a comma closes. */
function isCapsSurnameBefore(v: LineView, k: number): boolean {
  return opensCapsSurname(v, k) && v.cls[k + 2] === 'comma' && !isCommonEnglishWord(v.tokens[k + 1].lower);
}

const ROMANCE_OF: ReadonlySet<string> = new Set(['de', 'del', 'do', 'da', 'des', 'du']);

/** How many tokens `2nd class` (`2`, `nd`, `class`) or `first class` take, ending at token `i`; none elsewhere. */
function classOfRankLength(v: LineView, i: number): number {
  const t = v.tokens[i];
  if (t === undefined || t.kind !== 'gap' && t.kind !== 'word') return 0;
  const text = v.text.slice(t.start, t.end);
  if (ORDINAL_CLASS.test(text)) return 1;
  const [suffix, number] = [v.tokens[i - 1], v.tokens[i - 2]];
  return text === 'class' && number?.kind === 'number' && suffix !== undefined && ORDINAL_SUFFIX.test(suffix.text) && number.end === suffix.start ? 3 : 0;
}
const ORDINAL_CLASS = /^(?:first|second|third) class$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

/** The possessive at token `k` closes `St James’s`, the British court's name (`Ambassador to the Court of St James’s, X`). */
function isStJamess(v: LineView, k: number): boolean {
  return v.tokens[k - 1]?.lower === 'james' && (v.tokens[k - 2]?.lower === 'st' || v.tokens[k - 2]?.lower === 'st.');
}

/**
 * Two name words in a row among tokens `first`…`last` that no organisation word follows (`Halyk Bank` is a company's),
 * and that are not the whole object of the complement (`Mayor of Belo Horizonte`, `of the State of Minas Gerais`).
 */
function holdsFullName(v: LineView, first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    // (`Maartje van der Linden`: particles between the two, after no other capitalised word, which would open a place:
    // `San Sebastián de los Reyes`.)
    const next = v.tokens[k - 1]?.upper && v.cls[k - 1] !== 'country' ? k + 1 : afterParticles(v, k + 1);
    if ((v.cls[k] !== 'name' && !isCapsSurnameBefore(v, k)) || v.cls[next] !== 'name' || !adjacent(v.text, v.tokens[next - 1], v.tokens[next])) continue;
    // (`for the Ecological Transition and the Demographic Challenge`: two common words name a portfolio.)
    if (isCommonEnglishWord(v.tokens[k].lower) && isCommonEnglishWord(v.tokens[next].lower)) continue;
    const opening = v.tokens[k - 1]?.lower;
    // `… of Electoral Processes (ONPE), X`: an object after `of` closes the office, maybe with its acronym, and so does
    // where the office sits (`Honorary Consul of Kazakhstan in Porto Alegre, X`).
    const end = isBracketedAcronym(v, next + 1) ? next + 3 : next;
    // (`… of Yacimientos de Litio Bolivianos (YLB), X`: so does a body's name in Spanish, Portuguese or French.)
    const romance = ROMANCE_OF.has(opening ?? '') && v.cls[k - 2] === 'org';
    const closing = end === last || (end + 1 === last && isStJamess(v, last));
    // (`… company Molini Ferranti S.p.A., X`: nor a business's name its legal form closes.)
    const legalForm = end + 1 === last && (isLegalFormWord(v.tokens[last].lower) || LEGAL_FORM_SET.has(v.tokens[last].lower));
    // (`… of the French company Lumière Gaz, X`: and a business's name after its noun.)
    if (legalForm || (closing && (opening === 'of' || opening === 'to' || opening === 'in' || romance || namesCompanyBefore(v, k, last + 1)))) continue;
    if (v.cls[next + 1] !== 'org' && v.cls[next + 1] !== 'name' && !bodyWordAfter(v, next + 1, last)) return true;
  }
  return false;
}

/** Most capitalised words between an honoree's name and the body's word (`L.N. Gumilyov Eurasian National University`). */
const MAX_HONOREES_BODY_WORDS = 3;

/** From token `k`, a few capitalised words up to token `last` end in a body's word: the name before is the body's honoree. */
function bodyWordAfter(v: LineView, k: number, last: number): boolean {
  let j = k;
  while (j <= last && j - k < MAX_HONOREES_BODY_WORDS && v.tokens[j].upper && (v.cls[j] === 'stop' || v.cls[j] === 'qualifier' || v.cls[j] === 'country')) j++;
  return j > k && j <= last && v.cls[j] === 'org';
}

/** The token after the lower-case name particles from token `k` on (`van der`), each right after the one before. */
function afterParticles(v: LineView, k: number): number {
  let j = k;
  while (j - k < MAX_PARTICLES && v.cls[j] === 'particle' && !v.tokens[j].upper && adjacent(v.text, v.tokens[j - 1], v.tokens[j])) j++;
  return j;
}

const MAX_PARTICLES = 3;

/**
 * Two adjacent name words and a comma or `and` among tokens `first`…`last` (`… region Gauez Nurmukhambetov, Kostanay region`,
 * `of State Laura Whitfield and State`).
 */
function holdsListedName(v: LineView, first: number, last: number): boolean {
  for (let k = first; k + 2 <= last; k++) {
    const listed = v.cls[k + 2] === 'comma' || (k + 2 < last && v.tokens[k + 2].lower === 'and');
    if (v.cls[k] === 'name' && v.cls[k + 1] === 'name' && listed && adjacent(v.text, v.tokens[k], v.tokens[k + 1])) return true;
  }
  return false;
}

/** Most words of a name in a list of names with their offices. */
const MAX_LISTED_WORDS = 5;

/** The last token of the name whose words start at token `start`. */
export function listedNameEnd(v: LineView, start: number): number {
  let k = start;
  // `Khaldoon Khalifa Al Mubarak`, `Pieter van der Linden`: particles inside the name, before a name word.
  const inName = (j: number) => isNameWord(v, j) || (v.cls[j] === 'particle' && (isNameWord(v, j + 1) || (v.cls[j + 1] === 'particle' && isNameWord(v, j + 2))));
  while (k + 1 < v.tokens.length && k - start < MAX_LISTED_WORDS && inName(k + 1) && adjacent(v.text, v.tokens[k], v.tokens[k + 1])) k++;
  return k;
}

/** Most lower-case qualifiers read before a listed name's own office. */
const MAX_LISTED_QUALIFIERS = 3;

/**
 * `A, Ambassador of X, B, Ambassador of Y, and C, …`: a name at token `start` that its own office follows
 * after a comma, in a list where each name is followed by its office.
 */
export function hasOwnOfficeAfter(v: LineView, start: number): boolean {
  const k = listedNameEnd(v, start);
  // `A, foreman of …, B – electrician of …`: a spaced dash after a name opens its apposition.
  if (v.tokens[k + 1] !== undefined && DASHES.has(v.tokens[k + 1].text) && v.tokens[k + 1].start > v.tokens[k].end) return true;
  if (v.cls[k + 1] !== 'comma') return false;
  const office = v.tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  // `A, akim of Akmola region, B, the akim of Zhetysu region`: a lower-case title with its complement too, maybe after
  // lower-case qualifiers (`B, managing director of …`), but not a plural one (`the Mayor of Porto, B, representatives
  // of the business community`).
  let title = office;
  while (title < office + MAX_LISTED_QUALIFIERS && isLowerQualifier(v, title)) title++;
  const lowerOffice = v.cls[title] === 'title' && v.tokens[title + 1]?.lower === 'of' && !isPlural(v.tokens[title].lower);
  return (isTitlePrefix(v.cls[office]) || title > office) && (v.tokens[office].upper || lowerOffice) && !titlesNextName(v, title);
}

/**
 * `A, Apostolic Nuncio (Holy See), Sir B KCMG (United Kingdom) and …`: a name at token `start` (after its forms of address)
 * listed with its state in brackets, as the list's items are, not after an office of its own.
 */
function isListedWithState(v: LineView, start: number): boolean {
  let k = start;
  while (v.cls[k] === 'honorific') k++;
  k = listedNameEnd(v, k);
  while (k + 1 < v.tokens.length && isPostNominal(v.tokens[k + 1])) k++;
  return v.tokens[k + 1]?.text === '(' && v.cls[k + 2] === 'country';
}

/** Most words of a title right before the next listed name. */
const MAX_NEXT_TITLE = 4;

/**
 * `…, B, State Counsellor C, and …`, `…, B, Kuwait’s Amir Sheikh C and …`: the title words from token `office` run into the
 * next name (maybe through its forms of address), so they are C's, not B's.
 */
function titlesNextName(v: LineView, office: number): boolean {
  let k = office;
  // (A state's name of several words counts as one: `the Sultanate of Oman’s Ambassador Sheikh C`.)
  for (let words = 0; words < MAX_NEXT_TITLE && (isTitlePrefix(v.cls[k]) || (v.cls[k] === 'possessive' && v.cls[k - 1] === 'country')); k++) {
    if (v.cls[k] !== 'country' || v.cls[k + 1] !== 'country') words++;
  }
  if (k === office) return false;
  // `…, B, Ambassador of Hungary Dr. C, …`: or an office with its complement, which the role read before C opens.
  if (v.cls[k] === 'connector') return officeOpensNextRole(v, k);
  for (const end = k + MAX_NEXT_TITLE; k < end && v.cls[k] === 'honorific' && adjacent(v.text, v.tokens[k - 1], v.tokens[k]); ) k++;
  return v.cls[k] === 'name' && adjacent(v.text, v.tokens[k - 1], v.tokens[k]);
}

/** Most tokens of an office's complement read on to the next listed name. */
const MAX_NEXT_COMPLEMENT = 16;

/**
 * The office whose complement opens at `k` runs into the next name with no comma between (read cheaply, not as that name's
 * role: a list's roles are read from each of its names).
 */
function officeOpensNextRole(v: LineView, k: number): boolean {
  for (const end = k + MAX_NEXT_COMPLEMENT; k < end && k < v.tokens.length && (v.cls[k] !== 'comma' || listsFields(v, k)) && v.cls[k] !== 'name'; k++);
  return v.cls[k] === 'name';
}

/** `Minister of Education, Culture, Sports, Science and Technology`: the comma at token `k` lists a portfolio's fields. */
function listsFields(v: LineView, k: number): boolean {
  const next = v.cls[k + 1] === 'connector' ? k + 2 : k + 1;
  return listGoesOn(v, k) && (v.cls[next] === 'qualifier' || v.cls[next] === 'stop');
}

/**
 * The mark by which the office starting at token `first` follows a name, whose apposition it is:
 * a comma (`A, Ambassador of X, B, …`) or a dash (`A – foreman of …, B`).
 */
function markAfterName(v: LineView, first: number): 'comma' | 'dash' | undefined {
  const at = v.tokens[first - 1]?.lower === 'the' ? first - 1 : first;
  if (at < 2 || !isNameWord(v, at - 2)) return undefined;
  return v.cls[at - 1] === 'comma' ? 'comma' : DASHES.has(v.tokens[at - 1].text) ? 'dash' : undefined;
}

/** Most tokens read back over the office written before a listed name. */
const MAX_LISTED_OFFICE_READ = 12;

/**
 * The title that opens the office written right before the name that a comma closes before the office at `first`, and
 * whether it stands alone there (`Senator A, …`; not `the Oba of Lagos, Oba A`): read back over title words, qualifiers,
 * connectors, states and bodies, not as that name's role, which would read the list's earlier names again.
 */
function listedNamesTitle(v: LineView, first: number): { word: string; alone: boolean } | undefined {
  if (v.cls[first] !== 'title') return undefined;
  let k = listedNameStart(v, first);
  while (k > 0 && v.cls[k - 1] === 'honorific') k--;
  const title = officesTitleBefore(v, k - 1);
  if (title < 0) return undefined;
  // (Alone after a connector between names too: `Minister A and Senator B, …`.)
  const alone = title === k - 1 && (v.cls[title - 1] === 'connector' || !OFFICE_CLASSES.has(v.cls[title - 1])) && v.cls[title - 1] !== 'comma';
  return { word: v.tokens[title].lower, alone };
}

const OFFICE_CLASSES: ReadonlySet<TokenClass> = new Set(['title', 'qualifier', 'connector', 'country', 'org', 'possessive']);

/** Where the name ends that a comma closes before the office at `first` (maybe after `the`), read back to its first word. */
function listedNameStart(v: LineView, first: number): number {
  let k = v.tokens[first - 1]?.lower === 'the' ? first - 3 : first - 2;
  const end = k;
  while (k > 0 && end - k < MAX_LISTED_WORDS && (isNameWord(v, k - 1) || v.cls[k - 1] === 'particle' || v.cls[k] === 'numeral')) k--;
  return k;
}

/**
 * The first title word of the office words ending at token `last`, read back over office classes (and, if `bodyWords`,
 * a body's capitalised common words: `the Supreme People's Court`); -1 if none.
 */
function officesTitleBefore(v: LineView, last: number, bodyWords = false): number {
  const inOffice = (j: number) => OFFICE_CLASSES.has(v.cls[j]) || (bodyWords && v.cls[j] === 'stop' && v.tokens[j].upper);
  let title = -1;
  for (let j = last; j >= 0 && last - j < MAX_LISTED_OFFICE_READ && inOffice(j); j--) if (v.cls[j] === 'title') title = j;
  return title;
}

/**
 * `the Secretary General of …, A, the Registrar General of …, B, the Deputy Chairman of …, C`: the name before the office
 * at `first` has a capitalised office of its own set before it by a comma, so the offices and names pair up in a list.
 */
function followsCommaHeldName(v: LineView, first: number): boolean {
  const k = listedNameStart(v, first);
  if (v.cls[k - 1] !== 'comma' || !v.tokens[first].upper) return false;
  // (`Chairman of the Board of Qazaq Gaz, A, …`: past a body's name words closing the office, not a title's name.)
  let last = k - 2;
  while (last > k - 2 - MAX_BODY_NAME_WORDS && v.cls[last] === 'name') last--;
  if (last < k - 2 && v.cls[last] === 'title') return false;
  const title = officesTitleBefore(v, last, true);
  return title >= 0 && v.tokens[title].upper;
}

/** Most name words of a body closing an office before a listed name's comma. */
const MAX_BODY_NAME_WORDS = 3;

/** The capitalised words after the last comma of a role from `first` to `last`, where the role opens another name's apposition. */
function afterOthersApposition(v: LineView, first: number, last: number): number | undefined {
  if (markAfterName(v, first) !== 'comma') return undefined;
  let comma = last;
  while (comma > first && v.cls[comma] !== 'comma') comma--;
  if (comma === first || comma === last) return undefined;
  for (let k = comma + 1; k <= last; k++) if (!v.tokens[k].upper && v.cls[k] !== 'connector') return undefined;
  // (Not a portfolio listed after the comma: `X, Minister of Culture, Information, Sports and Youth Policy Y`.)
  const opening = v.tokens[comma + 1];
  return opening.upper && (v.cls[comma + 1] === 'title' || MILITARY_RANKS.has(opening.lower)) ? comma + 1 : undefined;
}

/** `President of Zanzibar and Chairman of …`: one name word right after `of` or `to`, at token `last`, is a place closing the complement. */
function closedByPlace(v: LineView, last: number): boolean {
  const before = v.tokens[last - 1]?.lower;
  return isNameWord(v, last) && (before === 'of' || before === 'to');
}

/** `Chairman of the Senate Maulen Ashimbayev and Chairman of the Mazhilis`: a name word among tokens `first`…`last`. */
function holdsName(v: LineView, first: number, last: number): boolean {
  // `OSCE Chairperson-in-Office`: an acronym in capitals before a title is the office's organisation, as is one after `the`
  // or in brackets (`the United Nations Population Fund (UNFPA)`);
  // `of the Ghana Armed Forces`: words an organisation's word closes are its name.
  const acronym = (k: number) => v.cls[k] === 'caps' && (isTitlePrefix(v.cls[k + 1]) || v.tokens[k - 1]?.lower === 'the' || isBracketedAcronym(v, k - 1));
  // (`the United Nations Office at Geneva`: nor is the city an office sits in.)
  for (let k = first; k <= last; k++) if (isNameWord(v, k) && !acronym(k) && !endsInOrgWord(v, k) && !ownsLowerBody(v, k) && !ownsOffice(v, k) && !isOfficesSeat(v, k - 1)) return true;
  return false;
}

/** `Krka’s President of the Management Board and CEO`: a name word of the owner whose possessive opens the office. */
function ownsOffice(v: LineView, k: number): boolean {
  let j = k;
  while (j < k + MAX_OWNER_WORDS && isNameWord(v, j + 1) && adjacent(v.text, v.tokens[j], v.tokens[j + 1])) j++;
  return v.cls[j + 1] === 'possessive' && v.tokens[j + 1].start === v.tokens[j].end && v.cls[j + 2] === 'title';
}

/** Most name words read on for the organisation's word that closes their run. */
const MAX_ORG_RUN = 4;

/** Tokens `first` to `last` hold two adjacent name words, neither a common English word (`Konstantin Kosachev`). */
function holdsPersonsName(v: LineView, first: number, last: number): boolean {
  const uncommon = (i: number) => v.cls[i] === 'name' && !isCommonEnglishWord(v.tokens[i].lower);
  for (let i = first; i < last; i++) if (uncommon(i) && uncommon(i + 1)) return true;
  return false;
}

/**
 * The run of name words from token `k` ends, within a few words, in an organisation's word (`Ghana Armed Forces`,
 * `Mingachevir Thermal Power Plant`): the words are that organisation's name.
 */
export function endsInOrgWord(v: LineView, k: number): boolean {
  let j = k;
  // `the Two Holy Mosques`, `Collective Security Treaty Organization`: capitalised common words and qualifiers may stand in the
  // name too, and a title opening an organisation's name (`… National General Hospital`), and a state's adjective
  // (`Al-Farabi Kazakh National University`).
  const inName = (i: number) => isNameWord(v, i) || ((v.cls[i] === 'stop' || v.cls[i] === 'qualifier') && v.tokens[i].upper) || (v.cls[i] === 'title' && isOrgTitle(v, i)) ||
    (v.cls[i] === 'country' && isNationality(v.tokens[i].lower));
  // (`the Visayas Grain and Logistics Corporation`: `and` may join two of its capitalised words, after none that make a
  // person's full name: not `… Council Konstantin Kosachev and State Duma Chairman`.)
  const joined = (i: number) => v.tokens[i]?.lower === 'and' && i > k && v.tokens[i + 1]?.upper && inName(i + 1) && !holdsPersonsName(v, k, i - 1);
  for (let n = 0; n < MAX_ORG_RUN && (inName(j + 1) || joined(j + 1)) && adjacent(v.text, v.tokens[j], v.tokens[j + 1]); n++) j++;
  const next = v.tokens[j + 1];
  // `of Altai Ridder Polymetal LLP`: a legal form closing the run ends a company's name as well.
  return (next !== undefined && v.cls[j + 1] === 'org' && adjacent(v.text, v.tokens[j], next)) || (j > k && isLegalFormWord(v.tokens[j].lower.replaceAll('.', '')));
}

/**
 * The style at `at`, after the comma at `i`, opens a further office with its complement (`the Rector of KazNU, Academician of …
 * X`, `Chairman of the Committee …, Senator of the Parliament of Kazakhstan X`, `…, Metropolitan of Astana and Kazakhstan
 * Alexander`); an ambassador's only after another accreditation (`Permanent Representative of Kazakhstan to ESCAP,
 * Ambassador to the Kingdom of Thailand X`) or the diplomatic corps' dean (`the Dean of the Diplomatic Corps, Ambassador
 * of Kuwait X`), as in a list of guests another's follows (`the Minister of Culture, Ambassador of France …`).
 */
function isStyledFurtherOffice(v: LineView, i: number, at: number, earlier: number | undefined): boolean {
  const [style, link] = [v.tokens[at].lower, v.tokens[at + 1]?.lower];
  if (!ENVOY_STYLES.has(style)) return link === 'of';
  if (earlier === undefined) return false;
  // (`Permanent Delegate of Kazakhstan to UNESCO, Ambassador of Kazakhstan to France X`: or after `of`, when its own `to`
  // follows and the state sending both is one: not `…, Ambassador of Japan to France Y`.)
  const accredited = link === 'to' || (link === 'of' && isAccreditation(v, at, Math.min(v.tokens.length, at + MAX_ENVOYS_STATE)) && sameSendingState(v, at, earlier));
  return (accredited && isAccreditation(v, earlier, i - 1)) || (link === 'of' && v.tokens[earlier].lower === 'dean');
}

/**
 * The words of the first state an office from `first` names, but the words many states' names share (`kyrgyz` of
 * `Permanent Representative of the Kyrgyz Republic`).
 */
function sendingState(v: LineView, first: number): string[] {
  const words: string[] = [];
  let k = first;
  while (k < first + MAX_ENVOYS_STATE && v.cls[k] !== 'country') k++;
  for (; v.cls[k] === 'country'; k++) if (!STATES_COMMON_WORDS.has(v.tokens[k].lower)) words.push(v.tokens[k].lower);
  return words;
}

/**
 * Whether two offices name one sending state: the same words, or a people's word and its `-stan` (`Kyrgyz Republic`,
 * `Kyrgyzstan`); not `Guinea` and `Equatorial Guinea`, `Niger` and `Nigeria`, `Slovakia` and `Slovenia`.
 */
function sameSendingState(v: LineView, a: number, b: number): boolean {
  const [one, other] = [sendingState(v, a), sendingState(v, b)];
  const same = (x: string, y: string) => x === y || x + STAN === y || y + STAN === x;
  return one.length > 0 && one.length === other.length && one.every((w, i) => same(w, other[i]));
}

const STAN = 'stan';

const STATES_COMMON_WORDS: ReadonlySet<string> = new Set(['republic', 'kingdom', 'state', 'federal', 'federation', 'democratic', 'people’s', "people's", 'islamic', 'of', 'the']);

const ENVOY_STYLES: ReadonlySet<string> = new Set(['ambassador', 'amb.']);
/** Most tokens between an envoy's `of` and the `to` of the state the envoy is accredited to (`of the Republic of Kazakhstan to`). */
const MAX_ENVOYS_STATE = 8;
const COUNCIL_STYLES: ReadonlySet<string> = new Set(['counsellor', 'counselor', 'councillor', 'councilor']);
/** A state's own offices, which an addressee holds rather than an envoy accredited to the state. */
const STATES_OFFICES: ReadonlySet<string> = new Set(['minister', 'president', 'premier', 'chancellor', 'king', 'queen', 'emir', 'amir', 'sultan']);
/** Bodies accredited to a state, whose name `to` and the state close (`the EU Delegation to Kazakhstan Head of Cooperation X`). */
const ACCREDITED_BODIES: ReadonlySet<string> = new Set(['delegation', 'embassy', 'mission', 'representation', 'consulate', 'office']);
/** Academic styles (`Professor`, `Academician`). */
export const ACADEMIC_STYLES: ReadonlySet<string> = new Set(ACADEMIC_STYLE_TITLES);

/** Token `k` is an academic title in lower case (`professor`, `academician`): a member's post more than a style. */
export function isLowerAcademicTitle(v: LineView, k: number): boolean {
  return !v.tokens[k].upper && ACADEMIC_STYLES.has(v.tokens[k].lower);
}

/** Most offices one person's role joins by commas. */
const MAX_COMMA_OFFICES = 3;

/** `Honoured Coach`, `People's Artist`, `Honorary Citizen`: an honour opens at token `k`. */
export function opensHonour(v: LineView, k: number): boolean {
  const word = v.tokens[k]?.lower ?? '';
  // (`Hero of Labour of Kazakhstan`: a hero's title with what it was won for.)
  return HONORARY_OPENERS.has(word) || (word === 'honorary' && v.tokens[k + 1]?.lower === 'citizen') || (HONOURS.has(word) && v.tokens[k + 1]?.lower === 'of');
}

/** A judge's style opens at token `k` before a name (`Justice X`, `Lady Justice X`, `Lord Justice X`). */
function isJudgesStyledName(v: LineView, k: number): boolean {
  const justice = JUDGES_COURTESIES.has(v.tokens[k]?.lower ?? '') ? k + 1 : k;
  return v.tokens[justice]?.text === 'Justice' && v.cls[justice + 1] === 'name';
}

/** Courtesies before a judge's `Justice` (`Lady Justice X`). */
export const JUDGES_COURTESIES: ReadonlySet<string> = new Set(['lady', 'lord']);

/**
 * `… of the Cabinet of Ministers, Minister of Foreign Affairs`: a comma between an office's complement and a
 * further title, the earlier office opening its clause (not `X, Minister of Energy, Minister of Trade Y`).
 */
function joinsOfficeByComma(v: LineView, i: number, depth = 0): boolean {
  // `…, Cabinet Member and Climate Envoy X`: or a body's word before its member's capitalised title (a lower-case
  // `Mazhilis deputy` is a member's style).
  // `People's Writer of Kazakhstan, laureate of the State Prize X`: or a trade with its object.
  // (`Special Envoy of the Prime Minister of Japan, former Prime Minister X`: a further office's lower-case qualifier too.)
  // (`…, concurrently Permanent Representative to …`: maybe said to be held together.)
  const further = isTitlePrefix(v.cls[i + 1]) || (v.tokens[i + 1]?.lower === 'concurrently' && isTitlePrefix(v.cls[i + 2])) || (v.cls[i + 1] === 'org' && v.cls[i + 2] === 'title' && v.tokens[i + 2].upper) || isTradeOf(v, i + 1, v.tokens.length) ||
    (v.tokens[i + 1]?.lower === 'former' && qualifiesNextTitle(v, i + 1));
  if (i < 1 || v.cls[i] !== 'comma' || !further || v.tokens[i - 1].end !== v.tokens[i].start) return false;
  // `Minister of Foreign Affairs, Ambassador X`: a style after the comma is no further office, nor is a member's `Deputy`
  // alone (`President of the Chamber of Representatives …, Deputy X`).
  // (Nor a diplomat's or a council member's style: `the Chargé d’Affaires of Argentina, Counsellor X`, `the Lord Mayor of
  // Manchester, Councillor X`.)
  if ((v.tokens[i + 1].text === 'Deputy' || COUNCIL_STYLES.has(v.tokens[i + 1].lower)) && v.cls[i + 2] === 'name') return false;
  // (Nor a judge's: `Chief Justice of the AIFC Court, Justice X`, `…, Lady Justice X`.)
  if (isJudgesStyledName(v, i + 1)) return false;
  // (Nor a degree: `Academician of …, Doctor of Physical and Mathematical Sciences, Professor X`.)
  if (DEGREES.has(v.tokens[i + 1].lower) && v.tokens[i + 2]?.lower === 'of') return false;
  const earlier = officeEndingAt(v, i - 1, 0);
  // (`Rector of the university, Associate Professor X`: an academic style after its qualifiers too; not `…, Special
  // Ambassador to UNESCO X`, a further office.)
  let style = i + 1;
  while (v.cls[style] === 'qualifier' && v.tokens[style].upper) style++;
  if (style > i + 1 && !ACADEMIC_STYLES.has(v.tokens[style]?.lower ?? '')) style = i + 1;
  if (STYLES.has(v.tokens[style]?.lower ?? '') && !isStyledFurtherOffice(v, i, style, earlier)) return false;
  // `the OSCE Chairman-in-Office, Federal Councillor, Head of …`: a third office, after a comma that joined two.
  // (Not across names: `President of Germany X, King of Jordan Y, Emir of Qatar Z`.)
  // (A few offices at most: each is read again from every comma.)
  if (earlier !== undefined && v.cls[earlier - 1] === 'comma' && depth < MAX_COMMA_OFFICES && !endsInName(v, i - 1) && !endsInName(v, earlier - 2) && joinsOfficeByComma(v, earlier - 1, depth + 1)) return true;
  // `Deputy Prime Minister, Minister of Foreign Affairs X`: a compound title opening its sentence, or
  // the object of a verb or preposition (`met with Deputy Prime Minister, …`), needs no complement.
  // (Not a lower-case description: `The Kazakh representative, Deputy Foreign Minister X`.)
  if (earlier === undefined || !(hasComplement(v, earlier, i - 1) || (i - 1 > earlier && opensClause(v, earlier) && !isLowerWords(v.tokens[i - 1])))) return false;
  // `the hero of the independence movement, General X`, `the Hero of Kazakhstan, General X`: an honour is no office the
  // next title goes on.
  if (isOpeningPhrasesObject(v, earlier) || HONOURS.has(v.tokens[earlier].lower)) return false;
  // `Senior coach of the national team, Honoured Coach of Kazakhstan X`: an honour after an office is no further office (the
  // honour gives way to the office; two honours go on: `People's Writer of Kazakhstan, laureate of …`).
  if (opensHonour(v, i + 1) && !opensHonour(v, earlier)) return false;
  // `Saule Iskakova, a nurse of the Aksu city hospital, Chairman of … X`: an office after `a` describes the name before it.
  if (earlier > 0 && isLowerWords(v.tokens[earlier - 1]) && INDEFINITE_ARTICLES.has(lastWord(v, v.tokens[earlier - 1]))) return false;
  // `appointing X as Akim of the Ulytau region, Press Secretary Y said`: an office after `as` is the name's before it.
  if (v.tokens[earlier - 1]?.lower === 'as' && isNameWord(v, earlier - 2)) return false;
  const before = v.cls[earlier - 1];
  // `X, Minister of Energy, Minister of Trade Y`: after a name and a comma the first office is X's;
  // after an opening phrase (`On December 15, 2025, Deputy Chairman …, Minister …`) it opens the clause.
  if (before === 'comma') return !isNameWord(v, earlier - 2) && v.cls[earlier - 2] !== 'title' && v.cls[earlier - 2] !== 'country';
  return before !== 'name' && before !== 'caps';
}

/** Token `k` is a name's last word or its regnal number. */
function endsInName(v: LineView, k: number): boolean {
  return isNameWord(v, k) || v.cls[k] === 'numeral';
}

/** Honours in lower case, which describe one rather than give an office (`the hero of the independence movement`). */
export const HONOURS: ReadonlySet<string> = new Set(['hero', 'heroine']);

/** Prepositions that open a sentence's opening phrase (`By the Decree of …,`, `In his talks with X, …`). */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'by', 'at', 'in', 'on', 'upon', 'under', 'following', 'after', 'during', 'with', 'according', 'to', 'for', 'from', 'of',
]);
/** Most tokens between such a preposition and the `of` before the office. */
const MAX_PHRASE_HEAD = 6;

/**
 * `By the Decree of the Head of State, Major General X has been appointed`, `Conveying greetings from the Head
 * of State, Ambassador X`: an office after a preposition in the phrase that opens the sentence is someone
 * else's, so the comma after it joins no further title and gives the style after it no office.
 */
export function isOpeningPhrasesObject(v: LineView, first: number): boolean {
  const article = v.tokens[first - 1]?.lower;
  const preposition = article === 'the' || article === 'a' || article === 'an' ? first - 2 : first - 1;
  if (!PHRASE_OBJECT_PREPOSITIONS.has(v.tokens[preposition]?.lower ?? '')) return false;
  for (let k = preposition - 1; k >= 0 && preposition - k <= MAX_PHRASE_HEAD; k--) {
    // `In addition, by Decree of …, Major General X, Commander …`: the phrase may follow an opening adverbial's comma.
    if (v.cls[k] === 'comma' && isOpeningAdverbial(v, k)) return OPENING_PREPOSITIONS.has(v.tokens[k + 1].lower);
    // `In Bridgetown he was received by Minister …, Senator X`: a subject or a verb makes the words a clause.
    if (v.cls[k] === 'comma' || holdsClauseWord(v, v.tokens[k])) return false;
    if (k === 0 || v.tokens[k - 1].text === '.') return isPhraseOpener(v.tokens[k]);
  }
  return false;
}

/** A capitalised preposition or participle that opens a sentence's phrase before its subject (`By`, `Addressing`). */
export function isPhraseOpener(t: Token): boolean {
  return t.upper && (OPENING_PREPOSITIONS.has(t.lower) || isParticiple(t.lower));
}

/** Sentence-opening adverbials before their comma (`In addition,`, `Meanwhile,`, `Also,`). */
const ADVERBIALS = 'In addition|Additionally|Also|Meanwhile|Besides|Moreover|Furthermore|Separately|Earlier|Later|Today|Yesterday';
const ADVERBIAL_AT_START = new RegExp(`^(?:${ADVERBIALS})$`);
const ADVERBIAL_AFTER_STOP = new RegExp(`[.!?]\\s(?:${ADVERBIALS})$`);
/** Characters read back from the comma: the longest adverbial and a stop and a space before it. */
const MAX_ADVERBIAL = 'Additionally'.length + 2;

/** The comma at token `comma` closes an adverbial that opens the line or follows a sentence's stop. */
function isOpeningAdverbial(v: LineView, comma: number): boolean {
  const [lineStart, end] = [v.tokens[0].start, v.tokens[comma].start];
  if (end - lineStart < MAX_ADVERBIAL) return ADVERBIAL_AT_START.test(v.text.slice(lineStart, end));
  return ADVERBIAL_AFTER_STOP.test(v.text.slice(end - MAX_ADVERBIAL, end));
}

const PHRASE_OBJECT_PREPOSITIONS = new Set(['of', 'from', 'with', 'to', 'by', 'after']);

/** The office at `first` is the object of a participle opening the sentence (`Welcoming the delegates,`). */
export function isParticiplesObject(v: LineView, first: number): boolean {
  // (`Welcoming the new Honorary Consul, X expressed …`: maybe after `new`.)
  let k = first - 1;
  if (saysNewlyTaken(v, k)) k--;
  if (v.tokens[k]?.lower === 'the') k--;
  if (isOpeningParticiple(v, k)) return true;
  // (`Handing over the patent to the new Honorary Consul, X noted …`: or the object of its preposition, with no comma before,
  // where the name after the office's comma is the subject; not `Speaking to the Rector of …, Professor X, the Ambassador
  // proposed`, nor a headline's `Meeting with the Minister of …, X`.)
  if (!PHRASE_OBJECT_PREPOSITIONS.has(v.tokens[k]?.lower ?? '') || !isSubjectAfterComma(v, first)) return false;
  // (Not a participle used as a preposition: `According to the head of the group, Professor X`.)
  for (let j = k - 1; j >= 0 && k - j <= MAX_PARTICIPLES_CLAUSE && v.cls[j] !== 'comma'; j--) {
    if (isOpeningParticiple(v, j)) return !PREPOSITIONAL_PARTICIPLES.has(v.tokens[j].lower);
  }
  return false;
}

/** Participles used as prepositions, which open no clause with a subject after it. */
const PREPOSITIONAL_PARTICIPLES: ReadonlySet<string> = new Set(['according', 'following', 'regarding', 'concerning', 'including', 'considering', 'pending', 'notwithstanding']);

/** The name after the comma closing the office that opens at `first` is a clause's subject: a lower-case word follows it. */
function isSubjectAfterComma(v: LineView, first: number): boolean {
  let k = first;
  while (k < v.tokens.length && k - first <= MAX_PARTICIPLES_CLAUSE && v.cls[k] !== 'comma') k++;
  // (`…, Ambassador X wished him success`: maybe after the subject's own title.)
  let names = 0;
  for (k++; k < v.tokens.length && SUBJECTS_NAME_CLASSES.has(v.cls[k]); k++) if (v.cls[k] === 'name') names++;
  const next = v.tokens[k];
  return names > 0 && next !== undefined && (next.kind === 'gap' || (next.kind === 'word' && !next.upper));
}

const SUBJECTS_NAME_CLASSES: ReadonlySet<TokenClass> = new Set(['name', 'honorific', 'title', 'qualifier']);

/** Most tokens from a participle opening the sentence to the preposition whose object is an office. */
const MAX_PARTICIPLES_CLAUSE = 12;

/** Token `k` is a capitalised participle opening the sentence (`Welcoming`). */
function isOpeningParticiple(v: LineView, k: number): boolean {
  const verb = v.tokens[k];
  return verb !== undefined && verb.upper && verb.kind === 'word' && isParticiple(verb.lower) && (k === 0 || v.tokens[k - 1].text === '.');
}

/**
 * The name from token `start` ends at a comma before the clause's subject, a name or a verb coming before any further comma
 * (`…, X, Akim Y expressed`, `…, X, the Ministry said`); not before the name's own office that a comma closes (`…, X, Speaker
 * of the Mazhilis, said`).
 */
function isSetOffBeforeSubject(v: LineView, start: number): boolean {
  const comma = listedNameEnd(v, start) + 1;
  if (v.cls[comma] !== 'comma') return false;
  if (isOwnOfficeBeforeVerb(v, comma + 1)) return false;
  for (let k = comma + 1; k < v.tokens.length && k <= comma + MAX_SUBJECT_READ; k++) {
    const t = v.tokens[k];
    // (`…, X, Chairman of the Board of Kazakhtelecom, said`: not a body's word inside the office's complement.)
    if (isNameWord(v, k)) return !TITLE_LINKS.has(v.tokens[k - 1].lower);
    if (v.cls[k] === 'comma' || t.text === '.' || t.text === ';') return false;
    // (`…, X, deputy head of Baiterek, discussed`: nor the words of a lower-case office.)
    if (isLowerWords(t) && !OFFICE_CLASSES.has(v.cls[k]) && !TITLE_LINKS.has(firstWordOf(v.text, t))) return true;
  }
  return false;
}

/** A title from token `k` (maybe after `the`) to a comma before a lower-case word: the name's own office before the verb. */
function isOwnOfficeBeforeVerb(v: LineView, k: number): boolean {
  const first = v.tokens[k]?.lower === 'the' ? k + 1 : k;
  if (v.cls[first] !== 'title' && v.cls[first] !== 'qualifier') return false;
  let j = first;
  while (j < v.tokens.length && j - first < MAX_SUBJECT_READ && v.cls[j] !== 'comma' && v.tokens[j].text !== '.') {
    // (`…, X, Secretary of State Yerlan Karin, noted`, `…, Minister of Energy ALMASADAM SATKALIYEV,`: a name after the title,
    // not a body's word, is the subject's; not one in a run of capitals after `of`, after a legal form or closed by a body's
    // word: `Chairman of NUR OTAN,`, `… TOO BAITEREK HOLDING,`, `… JSC Samruk-Kazyna,`, `President of Toyota Tsusho Corporation,`.)
    let run = j;
    while (run > first && v.tokens[run].allCaps && v.tokens[run - 1].allCaps) run--;
    const legalForm = v.cls[j - 1] === 'stop' && v.tokens[j - 1].allCaps;
    if (isNameWord(v, j) && !TITLE_LINKS.has(v.tokens[run - 1].lower) && !legalForm && !endsInOrgWord(v, j) && !(v.tokens[j].allCaps && opensCapsBody(v, run))) return false;
    j++;
  }
  const next = v.tokens[j + 1];
  return v.cls[j] === 'comma' && next !== undefined && isLowerWords(next) && !LIST_LINKS.has(firstWordOf(v.text, next));
}

const LIST_LINKS: ReadonlySet<string> = new Set(['and', 'or']);

/** `… of JSC «KAZAKHTELECOM»`, `Head of Kazakh KEGOC`, `… of Kazakhstan's KAZATOMPROM`: a run of capitals opening at `run` after a quote, a state or its possessive is a body's. */
function opensCapsBody(v: LineView, run: number): boolean {
  const before = v.tokens[run - 1];
  return before !== undefined && (OPENING_DOUBLE_QUOTES.has(before.text) || v.cls[run - 1] === 'country' || v.cls[run - 1] === 'possessive');
}

/** Most tokens read after a set-off name for the clause's subject. */
const MAX_SUBJECT_READ = 15;
const TITLE_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'to']);

/** Token `k` is lower-case words saying an office was just taken (`new`, `newly appointed`). */
export function saysNewlyTaken(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return t !== undefined && isLowerWords(t) && NEWLY.test(v.text.slice(t.start, t.end));
}

const NEWLY = /^(?:new|newly appointed|newly elected|incoming)$/;

/** The office from token `first` on follows the words of a post left (`relieved of his post as`, `from her duties as`). */
function isLeftPost(v: LineView, first: number): boolean {
  const start = v.tokens[first].start;
  return POST_HELD_BEFORE.test(v.text.slice(Math.max(0, start - MAX_POST_HELD), start));
}
const POST_HELD_BEFORE = /(?:^|[^\p{L}])(?:of|from) (?:his|her|their) (?:post|posts|position|duties) (?:as|of) $/u;
/** Characters that phrase may take. */
const MAX_POST_HELD = 40;
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'took']);

/**
 * Token `k` stands in a phrase that opens its sentence with a preposition, a participle or `Together with`, no comma, name
 * or clause word between (`After talks with the President …`, `Answering a question from a journalist …`; not `In Riga he
 * met the President …`, `During the visit Tokayev met …`).
 */
export function inSentencesOpeningPhrase(v: LineView, k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= MAX_OPENING_LEAD; j--) {
    const t = v.tokens[j];
    if (j === 0 || v.tokens[j - 1].text === '.') return isPhraseOpener(t) || (t.upper && PHRASE_OPENERS.has(t.lower));
    if (v.cls[j] === 'comma' || v.cls[j] === 'name' || holdsClauseWord(v, t) || (t.kind === 'gap' && holdsVerbOfMeeting(v, t))) return false;
  }
  return false;
}

/** Most tokens read back from an office to its sentence's opening word. */
const MAX_OPENING_LEAD = 8;
/** Words opening a phrase before `with` (`Together with`, `Along with`). */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set(['together', 'along']);
const VERBS_OF_MEETING: ReadonlySet<string> = new Set(['met', 'received', 'held', 'visited', 'welcomed', 'hosted', 'signed', 'discussed', 'said', 'noted']);

function holdsVerbOfMeeting(v: LineView, t: Token): boolean {
  return v.text.slice(t.start, t.end).split(' ').some((w) => VERBS_OF_MEETING.has(w));
}

/** Token `t` is, or is a stretch of lower-case words holding, a subject's pronoun or an auxiliary (`In Dhaka she held talks with`). */
function holdsClauseWord(v: LineView, t: Token): boolean {
  return t.kind === 'gap' ? v.text.slice(t.start, t.end).split(' ').some((w) => CLAUSE_WORDS.has(w)) : CLAUSE_WORDS.has(t.lower);
}

/** A participle that may open a sentence's phrase (`Addressing`, `Conveying`). */
export function isParticiple(word: string): boolean {
  return word.length > 5 && word.endsWith('ing');
}

/**
 * Token `k` starts its line, follows a sentence's full stop, or follows lower-case words other than `and`,
 * maybe with a comma between (`met with`, `by the`, `within the accession process,`).
 */
function opensClause(v: LineView, k: number): boolean {
  if (k === 0 || (v.tokens[k - 1].text === '.' && v.tokens[k - 1].end < v.tokens[k].start)) return true;
  // `…; Cambodia's Deputy Prime Minister, Minister …`: after a semicolon that closes a list's item.
  if (v.tokens[k - 1].text === ';') return true;
  // `ASTANA. KAZINFORM – Deputy Prime Minister, …`: after a dateline's dash.
  if (DASHES.has(v.tokens[k - 1].text) && v.cls[k - 2] === 'stop' && v.tokens[k - 2].allCaps) return true;
  // `The OSCE Chairperson-in-Office, Minister …`: after the sentence's opening article.
  if (v.tokens[k - 1].lower === 'the' && opensClause(v, k - 1)) return true;
  // `His Royal Highness Crown Prince, Prime Minister X`: after a form of address, the titles are one person's.
  if (v.cls[k - 1] === 'honorific') return true;
  const b = v.cls[k - 1] === 'comma' && k > 1 ? k - 2 : k - 1;
  const before = v.tokens[b];
  // `Separately, Deputy Prime Minister, Minister …`: after the sentence's opening adverb and its comma.
  if (b < k - 1 && v.cls[b] === 'stop' && isSentenceStart(v, b)) return true;
  // `… co-chaired by A and Deputy Prime Minister, Minister …`: after a full name `and` opens the next person's offices.
  // (`…, Prak Vannarith, and Vietnam’s Deputy Prime Minister, …`: or after its comma.)
  const named = isFullNameBefore(v, b) || (v.cls[b - 1] === 'comma' && isFullNameBefore(v, b - 1));
  return isLowerWords(before) && (!/^(?:and|or)$/.test(lastWord(v, before)) || (before.lower === 'and' && named));
}

export function hasComplement(v: LineView, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (v.cls[k] === 'connector') return true;
  return false;
}

/**
 * `the President of Kazakhstan and Prime Minister of Japan X`, `between …`: an office written as one of
 * two people's; not `received by the Minister of State, Minister of Foreign Affairs … X`, two capitalised
 * offices joined by a comma, nor `the High Representative for Foreign Affairs and Security Policy and
 * Vice-President of the European Commission X` or `the Secretary-General of the Muslim World League and
 * Chairman of …, X`, whose first office names no state (but for `the Head of State`).
 */
function isDetermined(v: LineView, first: number, joiner: number): boolean {
  const before = v.tokens[first - 1]?.lower;
  // (Across a comma one side's offices go on, unless the first names a state, another side's: `between Deputy Prime
  // Minister, Minister of Foreign Affairs of Kazakhstan X and …`, `between Kazakhstan’s Minister of …, Major General of …
  // X, and …`; not `between President of Kazakhstan, President of Uzbekistan X and …`.)
  if (before === 'between') return v.cls[joiner] !== 'comma' || (!ranksAfter(v, joiner + 1) && namesState(v, first, joiner));
  if (before !== 'the' || (v.cls[joiner] === 'comma' && (v.tokens[first].upper || ranksAfter(v, joiner + 1)))) return false;
  // `the Nigerian Ambassador to Ethiopia and Permanent Representative to the African Union, X`: an envoy's posts held together.
  // (`the Special Representative … for Afghanistan and Head of UNAMA, X`: so are an envoy's for a state and the head of a
  // mission; not `the UN Special Representative for Iraq and Prime Minister of Iraq X`, two people.)
  if (v.cls[joiner] !== 'comma' && (isAccreditation(v, first, joiner) || (isAccreditation(v, first, joiner, true) && headsMissionAfter(v, joiner)))) return false;
  // (`the First Secretary of the Communist Party of Cuba and President of the Republic, X`: nor is an office of the same
  // state, named again or as `the Republic`.)
  if (v.cls[joiner] !== 'comma' && ofSameState(v, first, joiner)) return false;
  // (`the former Speaker of the Grand National Assembly of Türkiye and founding Secretary General of the Parliamentary
  // Assembly of Turkic States`, `the President of the Swiss Confederation and head of the Federal Department of …`: nor
  // is a post in a body no state names, after a former state's office or as a lower-case post; not `the Minister of
  // Foreign Affairs of Kazakhstan and Chairman of the Board of the Eurasian Development Bank X`, two people.)
  const formerOrLower = v.tokens[first].lower === 'former' || !v.tokens[joiner + 1]?.upper;
  if (v.cls[joiner] !== 'comma' && formerOrLower && isBodysPostAfter(v, joiner)) return false;
  // (Nor a post in a body no state holds, named with its state, before an office that names no state:
  // `the President of the National Olympic Committee of the Republic of Kazakhstan and Vice President of the Olympic Council
  // of Asia X`; but `… of the Business Council of Kazakhstan and Minister of Foreign Affairs of Hungary X`, two people.)
  if (v.cls[joiner] !== 'comma' && namesStatelessBodysState(v, first, joiner) && !namesStateAfter(v, joiner)) return false;
  return v.cls[joiner] === 'comma' || namesState(v, first, joiner) || isHeadOfState(v, first, joiner);
}

/** Most capitalised words of a body's name read after such a post's `of`. */
const MAX_POST_BODY_WORDS = 6;

/** The office after the `and` at token `joiner` is a post in a body whose name holds no state's word. */
function isBodysPostAfter(v: LineView, joiner: number): boolean {
  let k = joiner + 1;
  while (v.cls[k] === 'title' || v.cls[k] === 'qualifier' || isLowerQualifier(v, k)) k++;
  if (k === joiner + 1 || v.tokens[k]?.lower !== 'of') return false;
  let body = false;
  for (let j = v.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1, n = 0; j < v.tokens.length && n < MAX_POST_BODY_WORDS && (v.tokens[j].upper || v.cls[j] === 'connector'); j++, n++) {
    if (v.cls[j] === 'country' || STATE_BODY_WORDS.has(v.tokens[j].text)) return false;
    if (v.cls[j] === 'org') body = true;
  }
  return body;
}

/** Words of a state's own bodies (`the State Council`, `President of the Republic`, `the Government`). */
const STATE_BODY_WORDS: ReadonlySet<string> = new Set(['State', 'Republic', 'Government', 'Kingdom', 'Federation', 'Cabinet', 'Parliament', 'Senate']);

/** The office after the `and` at token `joiner` is of the state the one from `first` is of, or of `the Republic`. */
function ofSameState(v: LineView, first: number, joiner: number): boolean {
  let k = joiner + 1;
  while (v.cls[k] === 'title' || v.cls[k] === 'qualifier') k++;
  if (k === joiner + 1 || v.tokens[k]?.lower !== 'of') return false;
  const state = v.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  // Only a body's office: `the President of Kazakhstan and Prime Minister of Kazakhstan X`, `the UN Special Representative
  // for Iraq and Prime Minister of Iraq X` are two people.
  const own = lastStateBetween(v, first, joiner);
  const of = own === undefined ? -1 : countryStart(v, own) - 1;
  if (own === undefined || v.tokens[of]?.lower !== 'of' || v.cls[of - 1] !== 'org') return false;
  // (`of the Republic,` refers back, before the name's comma; `of the Republic of Cuba` names the state; `of the State
  // Council` is a body's.)
  if (STATE_WORDS.has(v.tokens[state]?.lower ?? '') && v.cls[state] !== 'country') return v.cls[state + 1] === 'comma';
  const other = lastStateBetween(v, state, state + MAX_STATE_TOKENS);
  return other !== undefined && v.tokens[own].lower === v.tokens[other].lower;
}

/** Most tokens of a state's name written after `of` (`Republic of Cuba`). */
const MAX_STATE_TOKENS = 3;

/** The last state's token among tokens `from` to `to` (excluded). */
function lastStateBetween(v: LineView, from: number, to: number): number | undefined {
  for (let k = Math.min(to, v.tokens.length) - 1; k >= from; k--) if (v.cls[k] === 'country') return k;
  return undefined;
}

const STATE_WORDS: ReadonlySet<string> = new Set(['state', 'republic', 'country']);

/**
 * The office from token `first` to `last` is an envoy's accredited somewhere (`Ambassador of Kazakhstan to Belgium`) or,
 * with `sentFor`, sent for a state (`the Special Representative of the Secretary-General for Afghanistan`).
 */
function isAccreditation(v: LineView, first: number, last: number, sentFor = false): boolean {
  let envoy = false;
  for (let k = first; k < last; k++) {
    envoy ||= v.cls[k] === 'title' && ENVOY_TITLES.has(v.tokens[k].lower);
    if (envoy && (v.tokens[k].lower === 'to' || (sentFor && v.tokens[k].lower === 'for' && v.cls[k + 1] === 'country'))) return true;
  }
  return false;
}

/** Most tokens of the office after a joining `and` read for a state. */
const MAX_JOINED_OFFICE = 12;

/**
 * The office after the `and` at token `joiner` heads a mission and names no state (`… and Head of UNAMA, X`; not `… and
 * Prime Minister of Iraq X` nor `… and Acting Foreign Minister X`, another person's).
 */
function headsMissionAfter(v: LineView, joiner: number): boolean {
  const head = v.tokens[joiner + 1]?.lower;
  if ((head !== 'head' && head !== 'chief') || v.tokens[joiner + 2]?.lower !== 'of') return false;
  for (let k = joiner + 3; k < v.tokens.length && k <= joiner + MAX_JOINED_OFFICE && v.cls[k] !== 'name' && v.cls[k] !== 'comma'; k++) {
    if (v.cls[k] === 'country') return false;
  }
  return true;
}

/**
 * Most words between a title and a word of its complement read back to it (`Ambassador of the Republic of North
 * Macedonia to`, `Coordinators for the Central Asian states:`).
 */
const MAX_COMPLEMENT_BACK = 8;

/** The word of the nearest title before token `k` in its phrase (no punctuation between), if any. */
function titleWordBefore(v: LineView, k: number): string | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 1 - MAX_COMPLEMENT_BACK && v.tokens[j].kind !== 'punct'; j--) {
    if (v.cls[j] === 'title') return v.tokens[j].lower;
  }
  return undefined;
}

/** Token `k` is the `to` of an envoy's accreditation (`Ambassador to`, `Ambassador of North Macedonia to`). */
function isEnvoysTo(v: LineView, k: number): boolean {
  const title = titleWordBefore(v, k);
  return title !== undefined && ENVOY_TITLES.has(title);
}

const ENVOY_TITLES: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'representative', 'delegate', 'commissioner', 'high-commissioner', 'nuncio']);

/** A military rank is among the capitalised words from token `k` on: after an office and its comma, the same officer's (`the head of the police department, Police Major General X`). */
function ranksAfter(v: LineView, k: number): boolean {
  for (; k < v.tokens.length && v.tokens[k].upper && v.cls[k] !== 'name'; k++) if (MILITARY_RANKS.has(v.tokens[k].lower)) return true;
  return false;
}

/** `the Head of State and President of Montenegro X`: the bulletin's own head of state is someone else. */
function isHeadOfState(v: LineView, first: number, last: number): boolean {
  return last === first + 3 && v.tokens[first].lower === 'head' && v.tokens[first + 1].lower === 'of' && v.tokens[first + 2].lower === 'state';
}

function namesState(v: LineView, first: number, last: number): boolean {
  // (Not a state's word inside a body no state's own: `the Chairman of the Kazakh-Turkish Business Council and President of
  // …`, `the Kazakh National Olympic Committee`; a state's parliament is its own: `the Speaker of the Kazakh Mazhilis and …`.)
  for (let k = first; k < last; k++) if (v.cls[k] === 'country' && !namesStatelessBody(v, k)) return true;
  return false;
}

/** Most capitalised words of a body's name read before the `of` of its state. */
const MAX_BODY_BEFORE_STATE = 5;

/**
 * `the President of the National Olympic Committee of the Republic of Kazakhstan and …`: the states among tokens `first`
 * to `last` are all named after `of` by bodies no state holds.
 */
function namesStatelessBodysState(v: LineView, first: number, last: number): boolean {
  let named = false;
  for (let k = first; k < last; k++) {
    if (v.cls[k] !== 'country' || namesStatelessBody(v, k)) continue;
    if (!isStatelessBodysState(v, k)) return false;
    named = true;
  }
  return named;
}

/** The state's word at token `k` follows `of` after a body no state holds (`National Olympic Committee of Kazakhstan`). */
function isStatelessBodysState(v: LineView, k: number): boolean {
  let j = countryStart(v, k) - 1;
  if (v.tokens[j]?.lower === 'the') j--;
  if (v.tokens[j]?.lower !== 'of') return false;
  for (let n = 0, i = j - 1; n < MAX_BODY_BEFORE_STATE && i >= 0 && v.tokens[i].upper; n++, i--) if (BODIES_OF_STATES.has(v.tokens[i].lower)) return true;
  return false;
}

/** Words of bodies no state holds, named with the state they are of (`Business Council of Kazakhstan`, `Football Federation of …`). */
const BODIES_OF_STATES: ReadonlySet<string> = new Set(['business', 'olympic', 'paralympic', 'football']);

/** A state's word after the `and` at token `joiner`, in the office that runs on to the next name. */
function namesStateAfter(v: LineView, joiner: number): boolean {
  for (let k = joiner + 1; k < v.tokens.length && k - joiner <= MAX_COMPLEMENT_SCAN && v.cls[k] !== 'name'; k++) if (v.cls[k] === 'country') return true;
  return false;
}

/** The state's word at token `k` joins two states (`Kazakh-Turkish`) or opens a business's or a sport's body's name. */
function namesStatelessBody(v: LineView, k: number): boolean {
  const next = v.tokens[k + 1];
  if (next === undefined || !next.upper) return false;
  return (v.tokens[k].kind === 'word' && HYPHEN_JOINED.test(v.tokens[k].text)) || STATELESS_BODY_WORDS.has(next.lower) || (next.lower === 'national' && STATELESS_BODY_WORDS.has(v.tokens[k + 2]?.lower ?? ''));
}

const HYPHEN_JOINED = /\p{L}-\p{L}/u;
/** Words opening bodies no state holds (`Kazakh Business Council`, `Kazakh Invest`, `National Olympic Committee`). */
const STATELESS_BODY_WORDS: ReadonlySet<string> = new Set(['business', 'invest', 'olympic', 'paralympic', 'chamber', 'football', 'sports']);

/**
 * A plural title word among tokens `first`…`last` (`Presidents`, `Co-chairs`), before the complement:
 * `Chairman of the Cabinet of Ministers` names one person.
 */
export function hasPluralTitle(v: LineView, first: number, last: number): boolean {
  for (let k = first; k <= last && (v.cls[k] !== 'connector' || joinsCountries(v, k)); k++) if (v.cls[k] === 'title' && isPlural(v.tokens[k].lower)) return true;
  return false;
}

/** The office closed at token `i` (a colon) is plural: its last title before `i` is. */
function hasPluralTitleBefore(v: LineView, i: number): boolean {
  const title = titleWordBefore(v, i);
  return title !== undefined && isPlural(title);
}

const ELIDED_ARTICLE = /^[dl]['’]/;

/** `Presidents`, `Congressmen`, `Chairmen`, `spokespeople`, `Ambassadors-designate`, `Sens.`; not `Baroness`, `Princess`, `d’Affaires`. */
function isPlural(word: string): boolean {
  // A French elided article's word (`d’Affaires`) is no English plural.
  if (ELIDED_ARTICLE.test(word)) return false;
  // (An abbreviation's full stop goes: `Sens.`, `Reps.`.)
  const head = word.includes('-') ? word.slice(0, word.indexOf('-')) : word.endsWith('.') ? word.slice(0, -1) : word;
  // (Nor a Latin `-us`, `Professor Emeritus`, or `Locum Tenens`.)
  return (head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('us') && head !== 'tenens') || head.endsWith('men') || head.endsWith('people') || (head !== word && isPlural(word.slice(head.length + 1)));
}

/** How many `in charge of` offices the walk is reading inside one another. */
let chargeDepth = 0;
/** Most such offices read inside one another: a line of `… region in charge of` repeated would recurse without end. */
const MAX_CHARGE_DEPTH = 4;

/** Where the office whose `in charge of` follows token `last` starts, within a bounded depth of such offices. */
function chargedOfficeStart(v: LineView, last: number): number | undefined {
  if (chargeDepth >= MAX_CHARGE_DEPTH) return undefined;
  chargeDepth++;
  try {
    return officeEndingAt(v, last, 0);
  } finally {
    chargeDepth--;
  }
}

/** Where an office ends at token `last` with its complement (`Minister of National Economy`) starts, if one does. */
function officeEndingAt(v: LineView, last: number, joins: number): number | undefined {
  const earlier = roleBefore(v, last, joins);
  if (!earlier || earlier.viaComma) return undefined;
  // (`… to Belgium and Luxembourg (concurrently), Head of …`: maybe before the brackets the role leaves out.)
  const bracketed = v.tokens[last].text === ')' && v.tokens[earlier.role.last + 1]?.text === '(';
  return earlier.role.last === last || bracketed ? earlier.role.first : undefined;
}

/** `… Security Policy/Vice-President of …`: a slash glued between a role and a further title, which it joins. */
export function slashJoinsTitle(v: LineView, i: number): boolean {
  const slash = v.tokens[i];
  const next = v.tokens[i + 1];
  return slash.text === '/' && next !== undefined && v.tokens[i - 1].end === slash.start && slash.end === next.start && isTitlePrefix(v.cls[i + 1]);
}

/** A dash at token `i` with a space before it (`Ivan Petrov — Minister`), not a hyphen inside a word. */
export function isSpacedDash(v: LineView, i: number): boolean {
  const dash = v.tokens[i];
  return i > 0 && dash !== undefined && DASHES.has(dash.text) && dash.start > v.tokens[i - 1].end;
}

/** `Communist Party of China (CPC) Central Committee`: an acronym in brackets, opening at token `open`, inside a role. */
export function isBracketedAcronym(v: LineView, open: number): boolean {
  return bracketsOneToken(v, open) && (v.cls[open + 1] === 'caps' || ((v.tokens[open + 1].allCaps || isMixedAcronym(v.tokens[open + 1])) && isCapitalised(v.cls[open + 1])));
}

/** `KazATO`, `MinEnergo`: a word of a capital, small letters and at least two capitals more, as acronyms mixed with words are. */
function isMixedAcronym(t: Token): boolean {
  return t.kind === 'word' && t.upper && MIXED_ACRONYM.test(t.text);
}
const MIXED_ACRONYM = /^\p{Lu}\p{Ll}+\p{Lu}{2,}/u;

/** Each item the commas and `and` part between brackets `open` and `close` is name words alone (`(Tokayev, Mirziyoyev and Japarov)`). */
function listsOnlyNames(v: LineView, open: number, close: number): boolean {
  let words = 0;
  for (let k = open + 1; k <= close; k++) {
    if (k === close || v.cls[k] === 'comma' || v.tokens[k].lower === 'and') {
      if (words === 0) return false;
      words = 0;
    } else if (v.cls[k] === 'name') words++;
    else return false;
  }
  return true;
}

/** Tokens `first`…`last` are all of class `c` (all name a state, all names' words). */
function allOfClass(v: LineView, first: number, last: number, c: TokenClass): boolean {
  for (let k = first; k <= last; k++) if (v.cls[k] !== c) return false;
  return true;
}

/** Most tokens of a bracketed clause after an office. */
const MAX_OFFICE_CLAUSE = 16;
/** What such a clause opens with: where else an envoy serves or resides, or what the office is in charge of. */
const OFFICE_CLAUSE = /^[ \u00a0]*(?:and,?[ \u00a0]+)?(?:concurrently|(?:also )?accredited|in charge of|responsible for|with residence in)(?![\p{L}])/u;

/** `(agro-industrial complex)`, `(social issues)`: two to four lower-case words glossing what an office is in charge of. */
const PORTFOLIO_GLOSS = /^[ \u00a0]*\p{Ll}[\p{Ll}'’-]*(?:,?[ \u00a0]+\p{Ll}[\p{Ll}'’-]*){1,3}[ \u00a0]*$/u;

/**
 * `… of the Omsk Region (agro-industrial complex) X`: lower-case words in the brackets opening at token `open`, after a
 * place's unit, say what the office is in charge of, and after a lower-case body what it is (after a capitalised body
 * they gloss its name and stay in the office: `the Mazhilis (lower house)`).
 */
function isPortfolioGloss(v: LineView, open: number, inside: string): boolean {
  const before = v.tokens[open - 1];
  // (`the regional maslikhat (representative assembly)`: or after a lower-case body, whose name they gloss.)
  // (`deputy akim of Kyzylorda region (for social issues)`: a unit in lower case too.)
  const glossed = before.upper ? ADMIN_UNITS.has(before.lower) : isLowerWords(before) && (endsInInstitutionNoun(v, before) || ADMIN_UNITS.has(lastWord(v, before)));
  return glossed && PORTFOLIO_GLOSS.test(inside) && !inside.split(/[ \u00a0,]+/).some((w) => CAPTION_WORDS.has(w));
}

/**
 * `Ambassador of Kazakhstan to Jordan (concurrently to the Republic of Iraq), X`, `… to Cuba (and, concurrently, to the
 * Dominican Republic) X`, `Deputy Akim of Shymkent (in charge of investment) X`, `Ambassador of Mongolia (with residence in
 * Astana and concurrent accreditation to …) X`, `First Deputy Chairman of the Government of the Omsk Region (agro-industrial
 * complex) X`: where the brackets closing at token `close` open. The office ends before
 * them, as before a residence written without brackets (see `beforeResidence`).
 */
function officeClauseOpen(v: LineView, close: number): number | undefined {
  if (v.tokens[close]?.text !== ')') return undefined;
  for (let open = close - 2; open > 0 && open >= close - MAX_OFFICE_CLAUSE; open--) {
    if (v.tokens[open].text === ')') return undefined;
    if (v.tokens[open].text !== '(') continue;
    const inside = v.text.slice(v.tokens[open].end, v.tokens[close].start);
    return OFFICE_CLAUSE.test(inside) || isPortfolioGloss(v, open, inside) ? open : undefined;
  }
  return undefined;
}

/** Most words in a body's bracketed short, native or full name (`(Junta de Andalucía)`, `(Kazakhstan Electricity Grid Operating Company)`). */
const MAX_BRACKETED_NAME = 5;

/**
 * `China Petroleum & Chemical Corporation (Sinopec)`, `the Regional Government of Andalusia (Junta de Andalucía)`: an
 * organisation's short or native name in brackets after its word, closing at token `close`; its opening bracket.
 */
function bracketedNameOpen(v: LineView, close: number): number | undefined {
  if (v.tokens[close]?.text !== ')') return undefined;
  let open = close - 1;
  // (Not a state, which says whose the person is: `… Chamber of Commerce (Italian Republic)`; but a body's name may hold
  // one: `Keidanren (Japan Business Federation)`.)
  const body = v.cls[close - 1] === 'org';
  while (open > close - 1 - MAX_BRACKETED_NAME && open > 0 && v.tokens[open].kind === 'word' && (v.tokens[open].upper || v.cls[open] === 'particle') && (v.cls[open] !== 'country' || body)) open--;
  if (open === close - 1 || v.tokens[open].text !== '(' || !v.tokens[open + 1].upper) return undefined;
  // `… for Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor)`: or after a capitalised common word closing the body's name.
  // (`… of Andalusia (Junta de Andalucía)`: or after a place, where the brackets hold a body's own name.)
  // (`… for Fisheries (Rosrybolovstvo)`: or its field.)
  // (`… of the Republic of Kazakhstan (Anti-Corruption Service)`: or after a state, where they end in a body's word.)
  // (`… Permanent Representative to the OIC (Jeddah)`: or after a body's acronym, where they say its seat.)
  const closer = v.cls[open - 1] === 'org' || v.cls[open - 1] === 'caps' || (v.tokens[open - 1]?.upper === true && (v.cls[open - 1] === 'stop' || v.cls[open - 1] === 'qualifier' || v.cls[open + 1] === 'org')) ||
    (v.cls[open - 1] === 'country' && v.cls[close - 1] === 'org');
  return closer ? open : undefined;
}

/** Most words in a title's bracketed qualifier. */
const MAX_QUALIFIER_WORDS = 3;
/** Most commas in a qualifier's list of words. */
const MAX_QUALIFIER_COMMAS = 2;

/**
 * `Secretary (East)`, `Joint Secretary (Counter Terrorism)`, `Minister of State for Foreign Affairs (Regional
 * Cooperation)`, `Principal Secretary (Non-Resident Keralite Affairs)`: where brackets opening at token `open`, right
 * after a title word or a complement's last word and around one to three capitalised words (or a title word: `akim
 * (governor)`), close.
 */
export function qualifierClose(v: LineView, open: number): number | undefined {
  // `… Petroleum Company Limited (NNPC Ltd)`: a company's short name after its legal form, too.
  // (`… for Investment Operations (Region 1)`: or a complement's capitalised common word; `… in the Republic of Kazakhstan
  // (Ombudsman)`: or any capitalised word before an office's one word.)
  const loneTitle = v.cls[open + 1] === 'title' && v.tokens[open + 1]?.upper === true && v.tokens[open + 2]?.text === ')';
  // (`Head of Division 205 (Central Asia)`: or a unit's number.)
  const qualified = QUALIFIED_CLASSES.has(v.cls[open - 1]) || isNumberedUnit(v, open - 1) || (v.tokens[open - 1]?.upper === true && (loneTitle || (v.cls[open - 1] === 'stop' && !isSentenceStart(v, open - 1))));
  if (open < 1 || v.tokens[open]?.text !== '(') return undefined;
  // `Member of the Mazhilis of the Parliament of the Republic of Kazakhstan (AMANAT faction)`: a member's party after any
  // complement, its state too.
  if (v.cls[open - 1] === 'country' || qualified) {
    const party = partyBracketClose(v, open);
    if (party !== undefined) return party;
  }
  if (!(qualified || isLegalFormAt(v, open - 1))) return undefined;
  // After a complement's word the brackets hold no person's name (`the Minister of Energy (Almasadam Satkaliyev)`),
  // but may hold a body's (`… for Democracy through Law (Venice Commission)`).
  const afterTitle = v.cls[open - 1] === 'title';
  let named = false;
  // `Deputy Secretary-General (Political and Security)`, `Additional Secretary (Afghanistan and West Asia)`: words joined by `and`.
  let joined = 0;
  // `the Halk Maslahaty (People's Council) of Turkmenistan`: a possessive glued to a word.
  let possessives = 0;
  // (`Deputy Director (Central Asia Desk)`: a unit's word after them.)
  const unit = afterTitle && v.cls[open + MAX_QUALIFIER_WORDS + 1] === 'org' ? 1 : 0;
  // `Joint Secretary (Consular, Passport and Visa)`: after a title, a list of words whose commas go before an `and` (not of
  // names: `The Presidents (Tokayev, Mirziyoyev and Japarov)`).
  let commas = 0;
  for (let k = open + 1; k <= open + MAX_QUALIFIER_WORDS + 1 + joined + possessives + unit + 2 * commas && k < v.tokens.length; k++) {
    // (After a complement's word, nor a state alone, which says whose the person is: `… Chamber of Commerce (Italian Republic)`.)
    if (v.tokens[k].text === ')') {
      // (Nor three names or more after a title: `The Ambassador (Jean Paul Dupont) said`.)
      const manyNames = k - open - 1 > 2 && allOfClass(v, open + 1, k - 1, 'name');
      return k > open + 1 && !(named && v.cls[k - 1] !== 'org') && (afterTitle || !allOfClass(v, open + 1, k - 1, 'country')) && !manyNames && (commas === 0 || (joined > 0 && !listsOnlyNames(v, open, k))) ? k : undefined;
    }
    if (afterTitle && joined === 0 && commas < MAX_QUALIFIER_COMMAS && v.cls[k] === 'comma' && k > open + 1 && v.tokens[k - 1].upper && v.tokens[k + 1]?.upper) {
      commas++;
      continue;
    }
    if (possessives === 0 && v.cls[k] === 'possessive' && k > open + 1 && v.tokens[k - 1].end === v.tokens[k].start && v.tokens[k + 1]?.upper) {
      possessives = 1;
      continue;
    }
    // (`Director General (East Asia and Central Asia)`, `Secretary (Bilateral & Consular)`, `… in the President’s Office
    // (Planning and Investment)`: up to two words after it, or `&`.)
    if (joined === 0 && (v.tokens[k].lower === 'and' || v.tokens[k].text === '&') && k > open + 1 && v.tokens[k - 1].upper && v.tokens[k + 1]?.upper) {
      joined = 3;
      continue;
    }
    // (`the Riigikogu (Parliament of Estonia)`: a body's gloss with its state after `of`.)
    if (joined === 0 && !afterTitle && v.tokens[k].lower === 'of' && k === open + 2 && v.cls[k - 1] === 'org' && v.tokens[k - 1].upper && v.cls[k + 1] === 'country') {
      joined = 2;
      continue;
    }
    // A lower-case gloss is another title (`akim (governor) of …`), or alone the office's native word (`Vice-Governor
    // (fukuchiji)`) or, after a body's name, another body's noun (`the Mejlis (parliament) of Turkmenistan`, `the Mazhilis
    // (lower house)`); `Colonel (ret.)` says the rank is a former one.
    const gloss = afterTitle ? v.cls[k] === 'title' || RETIRED.has(v.tokens[k].lower) || isLoneLowerGloss(v, open, k) || isRankLevel(v, k) : loneTitle || (v.cls[open - 1] === 'org' && isBodyGloss(v, v.tokens[k]));
    // (`Vice President for Investment Operations (Region 1)`: a number after a capitalised word.)
    const numbered = v.tokens[k].kind === 'number' && k > open + 1 && v.tokens[k - 1].upper;
    if (!gloss && !numbered && (!v.tokens[k].upper || !isCapitalised(v.cls[k]))) return undefined;
    named ||= !afterTitle && v.cls[k] === 'name';
  }
  return undefined;
}

const RETIRED = new Set(RETIRED_MARKS.flatMap((w) => [w, `${w}.`]));

/** `Trade Representative (minister level)`, `Special Envoy (deputy minister rank)`: a title's word then `level` or `rank`. */
function isRankLevel(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return v.cls[k - 1] === 'title' && t.kind === 'gap' && t.words === 1 && RANK_LEVELS.has(lastWord(v, t)) && v.tokens[k + 1]?.text === ')';
}

const RANK_LEVELS: ReadonlySet<string> = new Set(['level', 'rank']);

/** A photo's place or a candidacy in brackets after a title (`Minister (photo)`, `Ambassador (nominee)`), no office's word. */
const CAPTION_WORDS: ReadonlySet<string> = new Set(['photo', 'photos', 'video', 'file', 'archive', 'left', 'right', 'centre', 'center', 'middle', 'foreground', 'background', 'nominee', 'designate', 'elect']);

/** Endings of English participles and adverbs, which no office's native word in brackets has. */
const ENGLISH_ENDING = /(?:ed|ing|ly)$/;

/** Token `k` is one lower-case word alone in the brackets opening at `open`, and no English one (`Minister (pictured)`, `akim (he)`). */
function isLoneLowerGloss(v: LineView, open: number, k: number): boolean {
  const t = v.tokens[k];
  if (k !== open + 1 || v.tokens[k + 1]?.text !== ')' || t.kind !== 'gap' || t.words !== 1) return false;
  const word = lastWord(v, t);
  return !isCommonEnglishWord(word) && !ENGLISH_ENDING.test(word) && !CAPTION_WORDS.has(word);
}

/** The `)` of brackets opening at token `open` around a party's capitalised name and its body's noun (`(AMANAT faction)`). */
function partyBracketClose(v: LineView, open: number): number | undefined {
  let k = open + 1;
  while (k <= open + MAX_PARTY_WORDS && k < v.tokens.length && isPartyWord(v, k)) k++;
  const body = v.tokens[k];
  if (k === open + 1 || body === undefined || body.upper || body.words !== 1 || !PARTY_BODIES.has(body.kind === 'gap' ? lastWord(v, body) : body.lower)) return undefined;
  return v.tokens[k + 1]?.text === ')' ? k + 1 : undefined;
}

/** What a bracketed qualifier follows: a title, or a complement's last word (`… for Foreign Affairs (Regional Cooperation)`). */
const QUALIFIED_CLASSES: ReadonlySet<TokenClass> = new Set(['title', 'qualifier', 'org']);

/** Where the brackets of a title's qualifier that close at token `close` open. */
function qualifierOpen(v: LineView, close: number): number | undefined {
  if (v.tokens[close]?.text !== ')') return undefined;
  // The widest brackets hold the words, an `and` and two more words (see `qualifierClose`).
  for (let open = close - 2; open >= close - MAX_QUALIFIER_WORDS - 5 && open >= 1; open--) {
    if (v.tokens[open].text === '(') return qualifierClose(v, open) === close ? open : undefined;
  }
  return undefined;
}

/** Most words of a body's gloss in brackets (`lower house`). */
const MAX_GLOSS_WORDS = 2;

function isBodyGloss(v: LineView, t: Token): boolean {
  if (!isLowerWords(t) || t.words > MAX_GLOSS_WORDS) return false;
  const word = lastWord(v, t);
  return endsInInstitutionNoun(v, t) || word === 'house' || word === 'chamber';
}

/** Whether token `open` opens brackets around one token. */
function bracketsOneToken(v: LineView, open: number): boolean {
  return v.tokens[open]?.text === '(' && v.tokens[open + 2]?.text === ')';
}

/** A word a title's complement runs through (`of the Republic of Kazakhstan`). */
function isComplement(c: TokenClass): boolean {
  return c === 'connector' || c === 'possessive' || (isWordClass(c) && c !== 'title' && c !== 'honorific');
}

export function isCapitalised(c: TokenClass): boolean {
  return isWordClass(c) && c !== 'honorific';
}

/** A word that may open a role, before its title (`Kazakh Foreign Minister`, `EU High Representative`). */
function isDirectionOfPortfolio(v: LineView, i: number): boolean {
  return v.tokens[i].upper && PLACE_DIRECTION_SET.has(v.tokens[i].lower) && (v.cls[i + 1] === 'qualifier' || v.cls[i + 1] === 'country');
}

export function isTitlePrefix(c: TokenClass): boolean {
  return c === 'title' || c === 'qualifier' || c === 'country' || c === 'caps';
}

/** Longest organisation name read before the organisation word that opens a title. */
const MAX_ORG_NAME = 4;

/**
 * `Korea Trade-Investment Promotion Agency President`: the capitalised words
 * before an organisation word that opens a title (`first`) name the organisation.
 */
function isOrgNameBefore(v: LineView, i: number, first: number): boolean {
  // `Speaker X Meets Turkish Parliament Speaker Y`: a headline's verb ends the organisation's name.
  if (!v.tokens[i].upper || HEADLINE_VERB_SET.has(v.tokens[i].lower)) return false;
  // `African Union Commission Chairperson`: the organisation word that opens the title may follow others.
  let org = first;
  while (org - i <= MAX_ORG_NAME && !opensTitle(v, org)) org++;
  if (org - i > MAX_ORG_NAME) return false;
  const c = v.cls[i];
  // `Earlier Agency President …`, `Nairobi – The Cabinet Secretary`: a common word opening the sentence is no part of the name, unless names open
  // with it (`United Nations Secretary-General`, `East Kazakhstan Region Akim`).
  // `Abu Dhabi Ports CEO` opens with a place's word, no common word.
  const word = v.tokens[i].lower;
  if (c === 'stop' && isSentenceStart(v, i) && isOpeningWord(word) && !ORG_NAME_OPENERS.has(word) && !isCity(word) && !PLACE_DIRECTION_SET.has(word)) return false;
  // `Al Nakheel Renewables Chief Executive Officer`: a capitalised particle opening the name.
  return c === 'name' || c === 'stop' || c === 'caps' || c === 'country' || c === 'org' || (c === 'particle' && v.cls[i + 1] === 'name');
}

/** Token `i` is an organisation's word before a country's name that opens the title of one who leads it (`Bank Indonesia Governor`). */
function namesOrgOfCountry(v: LineView, i: number, title: number): boolean {
  return v.cls[i] === 'org' && v.tokens[i].upper && v.cls[i + 1] === 'country' && i + 2 <= title && leads(v, i + 2, title);
}

/** Common words that open organisations' names. */
const ORG_NAME_OPENERS = new Set(['united', 'international', 'european', 'world', 'global', 'eurasian', 'asian', 'african', 'islamic', 'arab', 'national']);

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** `China Railway 20th Bureau Group`, `the 120th Guards Brigade`: an ordinal at token `i`, glued to its suffix, between two capitalised words of a name or after `the`. */
export function isOrdinalInName(v: LineView, i: number): boolean {
  const [number, suffix, next] = [v.tokens[i], v.tokens[i + 1], v.tokens[i + 2]];
  return number.kind === 'number' && suffix !== undefined && ORDINAL_SUFFIXES.has(suffix.text) && number.end === suffix.start
    && i > 0 && (v.tokens[i - 1].upper || v.tokens[i - 1].lower === 'the') && next?.upper === true && adjacent(v.text, suffix, next);
}

/**
 * `President of the 80th session of the UN General Assembly`: one lower-case
 * word after an ordinal (token `i`, after `80` and `th`) inside a complement,
 * or closing it at its `last` token (`Deputy of the Supreme Council of the 12th convocation X`).
 */
export function isOrdinalSession(v: LineView, i: number, last = -1): boolean {
  const [gap, suffix, number] = [v.tokens[i], v.tokens[i - 1], v.tokens[i - 2]];
  return gap?.kind === 'gap' && gap.words === 1 && (v.tokens[i + 1]?.lower === 'of' || i === last) && suffix !== undefined && number?.kind === 'number'
    && ORDINAL_SUFFIXES.has(suffix.text) && number.end === suffix.start && v.tokens[i - 3]?.lower === 'the';
}

/** Token `k` is an `and` between two capitalised qualifiers. */
function joinsQualifiers(v: LineView, k: number): boolean {
  return v.tokens[k]?.lower === 'and' && v.cls[k - 1] === 'qualifier' && v.cls[k + 1] === 'qualifier' && v.tokens[k + 1].upper;
}

/** `Cabinet Secretary`, `Union Minister`: a capitalised organisation word written right before a title word qualifies it. */
export function opensTitle(v: LineView, i: number): boolean {
  if (v.cls[i] !== 'org' || !v.tokens[i].upper) return false;
  // `United Nations Resident Coordinator`, `European Union Special Representative`: qualifiers may stand between.
  let k = i + 1;
  // `Kremlin press secretary`: lower-case ones too.
  // `Union Trade and Industry Minister`: a list of portfolios too.
  while ((v.cls[k] === 'qualifier' || (v.cls[k] !== 'title' && isLowerQualifier(v, k)) || joinsQualifiers(v, k)) && k - i <= MAX_ORG_QUALIFIERS && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k++;
  return v.cls[k] === 'title' && adjacent(v.text, v.tokens[k - 1], v.tokens[k]);
}

/** Most qualifiers between an organisation's name and the title it opens. */
const MAX_ORG_QUALIFIERS = 3;

/** The `’s` of `Australia’s Foreign Minister`, written onto the country, or of `the UN's Resident Coordinator`. */
export function isCountryPossessive(v: LineView, i: number): boolean {
  return v.cls[i] === 'possessive' && (v.cls[i - 1] === 'country' || ownsTitle(v, i - 1)) && v.tokens[i - 1].end === v.tokens[i].start;
}

/** `the UN's Resident Coordinator`, `the EBRD's Managing Director`: an organisation's word, its `’s`, then a title. */
export function ownsTitle(v: LineView, i: number): boolean {
  const c = v.cls[i];
  // `the EU's special envoy`: a lower-case qualifier may stand before the title.
  return (c === 'caps' || c === 'org') && v.tokens[i].upper && v.cls[i + 1] === 'possessive' && v.tokens[i].end === v.tokens[i + 1].start &&
    (isTitlePrefix(v.cls[i + 2]) || qualifiesNextTitle(v, i + 2));
}
