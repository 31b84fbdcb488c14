/**
 * Finds the role written after a name: an apposition (`Kaja Kallas, the EU High Representative for
 * ...`, `Ivan Petrov — Minister of Economy`), an office in brackets (`Askar Umarov (Minister of
 * Culture and Information)`), or the office one was appointed to (`was appointed Minister of …`).
 * The role conventions are role-phrase's.
 */
import { adjacent, firstWordOf, isSuspendingHyphen, type Token } from './name-tokens';
import { closesWithGivenAndSurname, opensFirmsName, opensWithSlavicSurname } from './name-segments';
import { DEGREES, HEAD_BEFORE_NAME_SET, HONORARY_OPENERS, HEADLINE_VERB_SET, LINEAGE_LINKS, isCommonEnglishWord, isDottedNonInitials, isLegalFormWord, isNationality, isPostNominal, isPluralHeadlineVerb, OCCUPATION_SET, opensWithPluralVerb, type TokenClass } from './name-lexicon';
import { COMPANY_NOUNS, MEDIA_NOUNS, OCCUPATION_WORDS } from '../data/name-stopwords';
import { APPOINTING_ACTS, TITLE_WORDS } from '../data/titles';
import { countryCodes } from '../data/countries';
import { COUNT_WORDS, DAY_ORDINAL_WORDS } from '../data/date-words';
import {
  ACADEMIC_STYLES, ADMIN_UNITS, CALENDAR, countryStart, endsInInstitutionNoun, pluralOwnsOrg, endsInOrgWord, hasPluralTitle, isAndOther, honoreesBodyEnd, INDEFINITE_ARTICLES, isTradeOf, LEARNERS, opensAndOther, isBracketedAcronym, isCapitalised, isChiefPost, isCountryPossessive, opensOfficeAsAddress, isLowerWords, isMilitaryRank, isOrdinalInName, isOrdinalSession, isOrgTitle, isUnitNumber, isYearInName, isRankOrStyle, isSpacedDash, joinsNameWords, ownsTitle,
  ABBREVIATED_LEGAL_FORMS, BOARDS, inSubsidiarysState, isItalianBodysLink, opensWithLate, DASHES, hasOwnOfficeAfter, HONOURS, opensCapsSurname, isConstituencyFrom, POSSESSIVE_PRONOUNS, RULERS_STYLES, inSlashedLegalForm, isBirthplace, isNameWord, isCompassInComplement, isDashBetweenStates, isYearToken, isNumberedUnit, numberSignEnd, quotedNameEnd, isLowerQualifier, isResponsibleFor, isTitlePrefix, joinsTitles, MAX_LOWER_OBJECT, MAX_ROLE_LEAD, opensTitle, lastWord, lowerWordOf, wordEndingAt, qualifierClose, qualifiesNextTitle, slashJoinsTitle, speaksAt, PHRASE_END_MARKS, isLowerLegalForm, isRulersPossessive, isRelationsWith, isSituationIn, isStatesEpithet, roleBefore, closesPhrase, MANDATE_HOLDERS, mandateAfter, latinQualifierLength,
  PAST_VERBS, type LineView, type RoleSpan,
} from './role-phrase';

/**
 * The role in an apposition after a name that ends before token `next` (and `closesList`, if it is a list's last);
 * else the office the name is appointed to after an apposition that gives none (`X, 44, has been appointed …`).
 */
export function roleAfter(v: LineView, next: number, beforeSubject = false, closesList = false, untitled?: () => boolean): RoleSpan | undefined {
  // `X, a prominent entrepreneur and founder of …, was appointed Honorary Consul …`, `X, founder of …, was appointed …`: the
  // appointment names the office over what a description or an apposition says one is.
  const appointed = appointedPastApposition(v, next);
  const described = appointed !== undefined && (afterDescriptionAnd(v, next + 1) > next + 1 || namesNewOffice(v, next, appointed));
  return withoutBirthplace(v, (described ? appointed : undefined) ?? appositionRole(v, next, beforeSubject, closesList, untitled) ?? appointed);
}

/**
 * The office `appointed` after the apposition opening past the comma at `next` is one's new office, over the apposition's:
 * the verb after the apposition's closing comma appoints one to it (not `served as`, `was previously`, `left the post of`);
 * not over an office the apposition dates (`X, currently Senior Minister of State, will be appointed …`, `X, previously
 * Director of …, has been appointed Ambassador`, `X, former …`: *decision*, as in brackets); not one shared with other
 * names (`A, former …, and B, former …, were appointed deputies …`); nor an honour (`is appointed an Honorary Officer of
 * the Order of Australia`, `Officer of the Legion of Honour`, `Honorary Citizen of Almaty`).
 */
function namesNewOffice(v: LineView, next: number, appointed: RoleSpan): boolean {
  let comma = appointed.first - 1;
  while (comma > next && v.cls[comma] !== 'comma') comma--;
  if (comma === next) return false;
  const verb = v.text.slice(v.tokens[comma].end, v.tokens[appointed.first].start);
  return NEW_OFFICE_WORD.test(verb) && !NOT_NEW_OFFICE.test(verb) && !datesItsPost(v, next + 1) && !isHonour(v, appointed);
}

/**
 * Words of the wording (which the appointment pattern matched) that give one a new office: appointed, elected, confirmed,
 * approved, sworn in, taking office, an election or an appointment, credentials presented.
 */
const NEW_OFFICE_WORD = /\b(?:(?:re-?)?appointed|named|nominated|(?:re-?)?elected|confirmed|approved|sworn in|took office|takes office|assumed office|assumes office|take office|assume office|(?:re-?)?election|(?:re-?)?appointment|inauguration|assumption|assuming|credentials|letters of credence)\b/i;
/** …and those that say it was earlier (`was previously appointed`) or is shared by several names (`were appointed`). */
const NOT_NEW_OFFICE = /\b(?:previously|earlier|formerly|were|are|have been)\b/i;

/** The apposition from token `k` opens with a word dating its post, maybe after `the` (a token of its own). */
function datesItsPost(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined) return false;
  const word = firstWordOf(v.text, t);
  return POST_DATING_WORDS.has(word === 'the' && v.tokens[k + 1] !== undefined ? firstWordOf(v.text, v.tokens[k + 1]) : word);
}

const HONOUR_WORDS: ReadonlySet<string> = new Set(['honour', 'honor']);

/** Honorary ranks and memberships that are honours, not offices (an honorary consul's office is one). */
const HONORARY_RANKS: ReadonlySet<string> = new Set(['member', 'citizen', 'fellow', 'doctor', 'professor', 'officer', 'academician']);
function isHonour(v: LineView, office: RoleSpan): boolean {
  // An order's rank, or the Legion of Honour's (not the French Foreign Legion's).
  for (let k = office.first; k <= office.last; k++) {
    const word = v.tokens[k].text;
    if (word === 'Order' || (word === 'Legion' && v.tokens[k + 1]?.lower === 'of' && HONOUR_WORDS.has(v.tokens[k + 2]?.lower ?? ''))) return true;
  }
  if (v.tokens[office.first].lower === 'honorary') return HONORARY_RANKS.has(v.tokens[office.first + 1]?.lower ?? '');
  // `was elected a (corresponding) member of the National Academy of Sciences`: a learned society's membership (not a seat
  // on a body inside it: `a member of the Board of Directors of the Academy`).
  let k = MEMBERSHIP_QUALIFIERS.has(v.tokens[office.first].lower) ? office.first + 1 : office.first;
  if (!LEARNED_RANKS.has(lowerWordOf(v, v.tokens[k]))) return false;
  for (k++; k <= office.last; k++) {
    if (LEARNED_BODIES.has(v.tokens[k].text)) return true;
    if (v.cls[k] === 'org' || v.cls[k] === 'title') return false;
  }
  return false;
}

const MEMBERSHIP_QUALIFIERS: ReadonlySet<string> = new Set(['corresponding', 'full', 'foreign', 'active']);
const LEARNED_RANKS: ReadonlySet<string> = new Set(['member', 'fellow', 'academician']);
const LEARNED_BODIES: ReadonlySet<string> = new Set(['Academy', 'Society']);

/** `the airline’s British-born chief executive`: where one was born is no part of the office. */
function withoutBirthplace(v: LineView, role: RoleSpan | undefined): RoleSpan | undefined {
  return role && role.first < role.last && isBirthplace(v.tokens[role.first]) ? { first: role.first + 1, last: role.last } : role;
}

/** Token `i` opens where an envoy resides (`with residence in Moscow`). */
function isResidenceAt(v: LineView, i: number): boolean {
  const noun = v.tokens[i + 1];
  return v.tokens[i].lower === 'with' && noun !== undefined && RESIDENCE_NOUNS.has(lowerWordOf(v, noun)) && v.tokens[i + 2]?.lower === 'in';
}

const RESIDENCE_NOUNS: ReadonlySet<string> = new Set(['residence', 'residency', 'seat']);

/** The title words from token `k` run into a name (`Senator Ali Bektayev`). */
function titlesName(v: LineView, k: number): boolean {
  while (k < v.tokens.length && (v.cls[k] === 'title' || v.cls[k] === 'qualifier' || v.cls[k] === 'honorific')) k++;
  return v.cls[k] === 'name';
}

/** Most tokens of an apposition between a name and its verb of appointment. */
const MAX_APPOSITION_TOKENS = 30;

/** `Aidar Ryskulov, 44, has been appointed Chairman …`, `X, a well-known entrepreneur, was appointed …`: the office after the apposition's closing comma. */
function appointedPastApposition(v: LineView, next: number): RoleSpan | undefined {
  // `Ivan Petrov, Anna Berg, who was appointed …`: a capitalised word after the comma may open another name.
  const opening = v.tokens[next + 1];
  if (v.cls[next] !== 'comma' || opening === undefined || opening.upper) return undefined;
  // `His predecessor, Serik Omarov, has been appointed director of …`: the comma closes what the name stood in.
  const direct = afterAppointment(v, next + 1);
  if (direct !== undefined) return phraseFrom(v, direct);
  for (let k = next + 1; k < v.tokens.length && k <= next + MAX_APPOSITION_TOKENS; k++) {
    const text = v.tokens[k].text;
    if (text === '.' || text === ';' || text === ':' || text === '(') return undefined;
    if (v.cls[k] !== 'comma') continue;
    const office = afterAppointment(v, k + 1);
    return office === undefined ? undefined : phraseFrom(v, office);
  }
  return undefined;
}

/** The name ending before token `next` opens its line, maybe after forms of address and a list's number. */
function opensLine(v: LineView, next: number): boolean {
  let k = next - 1;
  while (k >= 0 && LINE_ITEM_CLASSES.has(v.cls[k])) k--;
  return k < 0 || (k === 0 && v.tokens[0].kind === 'number') || (k === 1 && v.tokens[0].kind === 'number' && v.tokens[1].text === '.');
}

const LINE_ITEM_CLASSES: ReadonlySet<TokenClass> = new Set(['name', 'honorific', 'particle', 'caps']);

/**
 * `Askar Umarov (Minister of Culture and Information)`: the role fills the brackets opening at token `open`; the state
 * one sits for may close them after a comma (`Ms X (Substitute Member, Spain)`), no part of the office.
 */
function bracketedRole(v: LineView, open: number): RoleSpan | undefined {
  const dated = isDatedPostAt(v, open + 1);
  const phrase = phraseFrom(v, dated ? open + 2 : open + 1);
  if (!phrase) return officeAfterEmployer(v, open);
  // `BUDRYS Kęstutis (LT)`: a state's two-letter code is no rank's abbreviation (but `(FM)`, `(PS)` stay offices).
  if (!phrase || (phrase.first === phrase.last && STATE_CODES.has(v.tokens[phrase.first].text) && isMilitaryRank(v, phrase.first, phrase.first))) return undefined;
  if (v.tokens[phrase.last + 1]?.text === ')') {
    // (The phrase may have read the state as a place after the office.)
    const state = stateClosing(v, phrase.last);
    return state !== undefined && state - 2 >= phrase.first ? { first: phrase.first, last: state - 2 } : phrase;
  }
  // (`X (Judge of the Constitutional Court, 2023-2025)`: or before the years of a term.)
  if (v.cls[phrase.last + 1] === 'comma' && closesWithTerm(v, phrase.last + 2)) return phrase;
  // (Or stopped before it.)
  let close = phrase.last + 2;
  while (close - phrase.last <= MAX_STATE_TOKENS && v.cls[close] === 'country') close++;
  return v.cls[phrase.last + 1] === 'comma' && close > phrase.last + 2 && v.tokens[close]?.text === ')' && stateClosing(v, close - 1) !== undefined ? phrase : undefined;
}

const STATE_CODES: ReadonlySet<string> = new Set(countryCodes());

/** A year, or two joined by a dash, from token `k` closes the brackets (`2023-2025)`, `2019)`). */
function closesWithTerm(v: LineView, k: number): boolean {
  if (!isYearToken(v.tokens[k])) return false;
  const last = DASHES.has(v.tokens[k + 1]?.text ?? '') && isYearToken(v.tokens[k + 2]) ? k + 2 : k;
  return v.tokens[last + 1]?.text === ')';
}

/** `X (Halyk Bank, Chairperson of the Board)`: the office after the employer's name and a comma, closing the bracket. */
function officeAfterEmployer(v: LineView, open: number): RoleSpan | undefined {
  let k = open + 1;
  while (k - open <= MAX_EMPLOYER_WORDS && v.tokens[k]?.upper && v.tokens[k].kind === 'word' && v.cls[k] !== 'title') k++;
  if (k === open + 1 || v.cls[k] !== 'comma') return undefined;
  const office = phraseFrom(v, k + 1);
  return office && v.tokens[office.last + 1]?.text === ')' ? office : undefined;
}
/** Most words of an employer's name in such a bracket. */
const MAX_EMPLOYER_WORDS = 4;

/**
 * Words that date an office in brackets or after an age (`X (previously Director of …)`: *decision*, a past office is
 * still its role).
 */
const DATED_POST_WORDS: ReadonlySet<string> = new Set(['previously', 'formerly', 'currently', 'now']);

/** Words that date the post an apposition gives (`previously`, `the then`, `former`). */
const POST_DATING_WORDS: ReadonlySet<string> = new Set([...DATED_POST_WORDS, 'then', 'current', 'until', 'former', 'outgoing', 'still', 'once']);

function isDatedPostAt(v: LineView, k: number): boolean {
  return v.tokens[k] !== undefined && DATED_POST_WORDS.has(firstWordOf(v.text, v.tokens[k]));
}

/** Most tokens of a state's name in brackets. */
const MAX_STATE_TOKENS = 8;

/**
 * Where the state closing a bracket at token `last` opens after a comma: the one a participant comes from (`(Member,
 * Czech Republic)`); not one more state an envoy serves, after another (`(Ambassador to Belgium, Luxembourg)`).
 */
function stateClosing(v: LineView, last: number): number | undefined {
  if (v.cls[last] !== 'country' || v.tokens[last + 1]?.text !== ')') return undefined;
  const state = countryStart(v, last);
  return v.cls[state - 1] === 'comma' && v.cls[state - 2] !== 'country' ? state : undefined;
}

function appositionRole(v: LineView, next: number, beforeSubject: boolean, closesList: boolean, untitled?: () => boolean): RoleSpan | undefined {
  const bracketed = v.tokens[next]?.text === '(' ? bracketedRole(v, next) : undefined;
  if (bracketed) return bracketed;
  const appointed = afterAppointment(v, next);
  if (appointed !== undefined) return withoutSharedHonour(v, phraseFrom(v, appointed));
  // `Ms X as High Commissioner to the Republic of Kenya;`: a list of appointees, one a line, each with the office after `as`.
  if (v.tokens[next]?.lower === 'as' && isTitlePrefix(v.cls[next + 1]) && opensLine(v, next)) return phraseFrom(v, next + 1);
  let i = skipAge(v, skipOrigin(v, skipParenthesis(v, next)));
  // `Ivan Petrov — Minister of Economy`: a spaced dash opens an apposition as a comma does, and so does a colon in a list
  // of appointments (`Mr. X: Ambassador of Rwanda to …`), though not in a title-case headline, where the words after it are
  // the speaker's (`Ruslan Zheldibay: President to Pay State Visits …`).
  if (v.cls[i] !== 'comma' && !isSpacedDash(v, i) && !(v.tokens[i]?.text === ':' && !v.titleCase)) return undefined;
  i++;
  // `Aidar Ryskulov, who has been appointed Chairman of …`: the office of a relative clause's appointment.
  const who = i < v.tokens.length && v.text.startsWith('who ', v.tokens[i].start);
  const relative = who ? afterAppointment(v, i) : undefined;
  if (relative !== undefined) return phraseFrom(v, relative);
  // `Bayat, who met Saudi Ambassador X`: any other relative clause is no apposition, but `who is` says what a comma
  // does (`X, who is also Deputy Minister of Energy`).
  if (who && v.tokens[i + 1]?.lower !== 'is') return undefined;
  if (who) i += 2;
  return describedRole(v, i, beforeSubject, closesList, untitled);
}

/**
 * The office an apposition opening at token `i` gives, past its article, an owner, an age, a description and lead words;
 * or the occupation it names.
 */
function describedRole(v: LineView, i: number, beforeSubject: boolean, closesList: boolean, untitled?: () => boolean): RoleSpan | undefined {
  // `H.E. Mr. Daulet Serikbayev, the newly appointed Ambassador …`: an article before the lead words.
  // `X, the kingdom's deputy minister for …`, `X, the Chinese government's special representative`: a common noun's
  // possessive owns the title, and the role is the title, as in `the plant's director X` before a name.
  const determined = v.tokens[i]?.lower === 'the';
  // `General X, the hero of the Hungarian Revolution`: an honour in lower case after `the` describes the name; no office (but
  // a state's honorary title is one, however written: `the hero of the Soviet Union`).
  if (determined && HONOURS.has(v.tokens[i + 1]?.text ?? '') && !namesStateAfterOf(v, i + 2)) return undefined;
  const the = i;
  const owner = determined ? commonOwnerEnd(v, i + 1) : -1;
  if (owner >= 0) i = owner + 1;
  else if (v.tokens[i]?.lower === 'the' && v.cls[i + 1] === 'other') i++;
  // `X, the 61-year-old leader of …`: an age before the office says nothing of it.
  if (v.tokens[i]?.kind === 'number' && v.tokens[i + 1]?.text === '-' && v.tokens[i + 2]?.lower === 'year-old') i += 3;
  // `X, a well-known entrepreneur and CEO of …`: what one is, then `and` and one's office.
  i = afterDescriptionAnd(v, i);
  const occupation = occupationAt(v, i);
  const leadStart = i;
  for (let lead = 0; v.cls[i] === 'other' && v.tokens[i].words > 0 && lead + v.tokens[i].words <= MAX_ROLE_LEAD; i++) {
    if (afterLowerQualifiers(v, i) > i) break;
    lead += v.tokens[i].words;
  }
  // `X, thanked the Head of State`: the article may be a token of its own after the lead words.
  const article = v.tokens[i]?.lower === 'the' ? ' the' : '';
  if (i > leadStart && isVerbBeforeArticle(v.text.slice(v.tokens[leadStart].start, v.tokens[i - 1].end) + article)) return occupation;
  // `X, will chair the jury`: a modal opens the sentence's verb, whose object is no office.
  if (i > leadStart && MODAL_LEAD.test(v.text.slice(v.tokens[leadStart].start, v.tokens[i - 1].end))) return undefined;
  // `A, B and C, together with Minister of Finance D, attended`: a preposition's object is another person, and so is a
  // meeting verb's (`Archbishop X, received Kazakhstan’s Permanent Representative, Ambassador Y`).
  if (i > leadStart && (PREPOSITION_LEADS.has(lastWord(v, v.tokens[i - 1])) || MEETING_VERBS.has(lastWord(v, v.tokens[i - 1])))) return undefined;
  // `X CMG, lately His Majesty’s Ambassador to Brazil`: the office after the style that owns it, as after an appointment.
  if (isRulersPossessive(v, i)) i += v.cls[i + 3] === 'org' && v.cls[i + 4] === 'possessive' ? 5 : 3;
  const read = phraseFrom(v, i, beforeSubject, untitled) ?? (determined ? titleClosingApposition(v, the) : undefined);
  const phrase = read && opensWithLate(v, read) ? { first: read.first + 1, last: read.last } : read;
  // `Cyril Ramaphosa, Chinese FM discuss BRICS`: before a plural verb the phrase is a second subject, not an apposition.
  if (phrase && opensWithPluralVerb(v.text, v.tokens[phrase.last + 1])) return undefined;
  // `received by King Letsie III, the spokesperson said`: the phrase is the subject of the verb after it.
  if (phrase && determined && speaksAt(v, phrase.last + 1)) return undefined;
  // `X, met the foreign ministers of …`: a plural title after one name is what the sentence goes on to, not X's office;
  // right after the last name of a list it is the list's (`A and B, Ministers of State`).
  const plural = phrase && hasPluralTitle(v, phrase.first, phrase.last) && !(closesList && i === leadStart);
  // An office that the next person's name closes is that person's, however much of it an occupation reads.
  const titled = phrase !== undefined && (endsInTitledName(v, phrase) || isNextNamesOffice(v, phrase));
  const role = phrase && !plural && !titled ? phrase : undefined;
  return occupation && !titled && (role === undefined || occupation.last > role.last) && !isNextNamesOffice(v, occupation) ? occupation : role;
}

/**
 * `A, head of the Kazakhstan-Hungary friendship group B C and …`: whether the office the next full name reads back to, past
 * a few lower-case words of its body after the phrase, opens where the phrase does.
 */
function isNextNamesOffice(v: LineView, phrase: RoleSpan): boolean {
  let k = phrase.last + 1;
  while (k <= phrase.last + MAX_LOWER_OBJECT && v.tokens[k] !== undefined && isLowerWords(v.tokens[k]) && v.cls[k] !== 'connector' && v.cls[k] !== 'comma') k++;
  if (k === phrase.last + 1 || v.cls[k] !== 'name' || v.cls[k + 1] !== 'name' || !adjacent(v.text, v.tokens[k], v.tokens[k + 1])) return false;
  const office = roleBefore(v, k - 1);
  return office !== undefined && !office.viaComma && office.role.first === phrase.first;
}

const APPOINTING_ACT_SET: ReadonlySet<string> = new Set(APPOINTING_ACTS);

/** Most tokens between an apposition's `the` and the title closing it. */
const MAX_CLOSING_TITLE = 6;

/**
 * `X, the Conservative leader, asked`, `X, the EU’s foreign policy chief, said`: an apposition after `the` that a title
 * closes before its comma, read as the same office before a name would be.
 */
function titleClosingApposition(v: LineView, the: number): RoleSpan | undefined {
  let k = the + 1;
  while (k < v.tokens.length && k <= the + MAX_CLOSING_TITLE && v.cls[k] !== 'comma' && v.tokens[k].kind !== 'punct') k++;
  if (v.cls[k] !== 'comma' || v.cls[k - 1] !== 'title') return undefined;
  const office = roleBefore(v, k - 1);
  if (!office || office.viaComma || office.role.last !== k - 1) return undefined;
  // (`the former Conservative leader`: a lower-case qualifier before a capitalised word the office opens with.)
  const first = office.role.first === the + 2 && isLowerQualifier(v, the + 1) ? the + 1 : office.role.first;
  return first === the + 1 ? { first, last: office.role.last } : undefined;
}

/** `A, B and C were named Honoured Workers of Kazakhstan`: an honour conferred on a list is no one's office. */
function withoutSharedHonour(v: LineView, phrase: RoleSpan | undefined): RoleSpan | undefined {
  return phrase && HONORARY_OPENERS.has(v.tokens[phrase.first].lower) && hasPluralTitle(v, phrase.first, phrase.last) ? undefined : phrase;
}

/** Most lower-case words describing someone between `a` and `and` before an office. */
const MAX_DESCRIPTION = 3;

/** What a feat makes one (`Olympic champion`, `Nobel laureate`). */
export const FEATS: ReadonlySet<string> = new Set(['champion', 'champions', 'medallist', 'medalist', 'laureate', 'winner']);

/** The words before `and` ending at token `k` describe someone: after an article, or ending in a feat or (`Greek diplomat and …`) an occupation. */
function isDescribed(v: LineView, article: boolean, k: number): boolean {
  const word = lastWord(v, v.tokens[k]);
  return article || FEATS.has(word) || OCCUPATION_SET.has(word);
}

/** After `a well-known entrepreneur and` (token `i` the article) right before a title: where the title starts; else `i`. */
function afterDescriptionAnd(v: LineView, i: number): number {
  // `two-time Olympic champion and vice-president of …`: a feat's description needs no article.
  const article = v.tokens[i]?.lower === 'a' || v.tokens[i]?.lower === 'an';
  let words = 0;
  for (let k = article ? i + 1 : i; k < v.tokens.length && words <= MAX_DESCRIPTION; k++) {
    const t = v.tokens[k];
    // (`… and former chairperson of …`: past the title's lower-case qualifiers; `… and the founder of …`: past `the`.)
    if (t.lower === 'and') {
      const office = v.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      // (Not `… and the President of Finland's guest`: a title that owns the lower-case noun after it.)
      if (office > k + 1 && ownsLowerNounBeforeComma(v, office)) return i;
      return k > i + 1 && isDescribed(v, article, k - 1) && isTitlePrefix(v.cls[afterLowerQualifiers(v, office)]) ? office : i;
    }
    // `a businessman with over 20 years of experience in agribusiness and …`: one's experience adds to the description.
    const experienced = t.lower === 'with' && k > i ? experienceEnd(v, k) : undefined;
    if (experienced !== undefined) {
      k = experienced - 1;
      continue;
    }
    // (`a veteran of the wool trade and …`: a lower-case field after `of`, maybe after `the`.)
    const field = article && t.lower === 'of' ? describedFieldEnd(v, v.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1) : -1;
    if (field > 0 && v.tokens[field + 1]?.lower === 'and') {
      k = field;
      continue;
    }
    // `a renowned Bharatanatyam dancer and …`: a capitalised word may name the art.
    if (!(isLowerWords(t) || (t.kind === 'word' && t.upper)) || v.cls[k] === 'connector' || v.cls[k] === 'title') return i;
    const served = article ? servedAfterDescription(v, t, k + 1) : undefined;
    if (served !== undefined) return served;
    words += Math.max(1, t.words);
  }
  return i;
}

/** A possessive before a lower-case word comes from token `k` before the next comma or the line's end. */
function ownsLowerNounBeforeComma(v: LineView, k: number): boolean {
  for (; k < v.tokens.length && v.cls[k] !== 'comma'; k++) if (v.cls[k] === 'possessive' && v.tokens[k + 1] !== undefined && isLowerWords(v.tokens[k + 1])) return true;
  return false;
}

/** The last of up to `MAX_DESCRIBED_FIELD` lower-case tokens from token `first` (none `and`), or -1. */
function describedFieldEnd(v: LineView, first: number): number {
  let k = first;
  while (k < first + MAX_DESCRIBED_FIELD && v.tokens[k] !== undefined && v.tokens[k].lower !== 'and' && isLowerWords(v.tokens[k])) k++;
  return k > first ? k - 1 : -1;
}
/** Most lower-case tokens of a description's field after `of` (`the wool trade`). */
const MAX_DESCRIBED_FIELD = 3;

/** `with over 20 years of experience in the agro-industry` before ` and`. */
const EXPERIENCE = /^with (?:over |more than |nearly |almost |some |about )?\d+ years(?: of (?:professional )?experience)?(?: in (?:the )?[a-z-]+(?: [a-z-]+)?)?(?= and )/;
/** Longest such phrase read. */
const MAX_EXPERIENCE = 100;

/** The `and` token after the experience told from token `k` (`with`), if it is told there. */
function experienceEnd(v: LineView, k: number): number | undefined {
  const start = v.tokens[k].start;
  const told = EXPERIENCE.exec(v.text.slice(start, start + MAX_EXPERIENCE));
  if (told === null) return undefined;
  let j = k;
  while (j < v.tokens.length && v.tokens[j].start < start + told[0].length) j++;
  return v.tokens[j]?.lower === 'and' ? j : undefined;
}

/**
 * `a Fijian economist who served as Governor of …`: the stretch `t` closes a description with a relative clause's
 * appointment; the token opening the office after it (from `next`).
 */
function servedAfterDescription(v: LineView, t: Token, next: number): number | undefined {
  if (t.kind !== 'gap') return undefined;
  // (`as`, `was` are tokens of their own.)
  let office = next;
  while (office < next + 2 && v.tokens[office]?.kind === 'word' && !v.tokens[office].upper) office++;
  // (Looked for inside the stretch only: a search on to the line's end would read a long line again for each name.)
  const who = v.text.slice(t.start, t.end).indexOf(' who ');
  return isTitlePrefix(v.cls[office]) && who >= 0 && APPOINTMENT.test(v.text.slice(t.start + who + 1, v.tokens[office].start)) ? office : undefined;
}

/**
 * Words ending lead words before someone else's title (`together with`, `accompanied by`), and conjunctions and relative
 * pronouns that open a clause of its own (`… the writer X, while Master of Sports Y received …`, `King X, after whom the
 * King X Bridge is named`).
 */
const PREPOSITION_LEADS = new Set(['with', 'by', 'and', 'to', 'from', 'for', 'while', 'whereas', 'but', 'when', 'where', 'whom', 'which', 'whose']);

/** Verbs of meeting someone, whose object after a name's comma is another person (not `invited`: `X, invited Professor of …`). */
const MEETING_VERBS: ReadonlySet<string> = new Set(['received', 'met', 'welcomed', 'thanked', 'congratulated', 'visited', 'greeted', 'hosted', 'briefed', 'urged', 'praised', 'accompanied']);

/** `A, B and C, addressed a deputy inquiry`: a verb and an article are the sentence going on, not lead words (`also a member`). */
function isVerbBeforeArticle(lead: string): boolean {
  // (`X, thanking the Head of State`: a present participle's too, but not a copula's: `X, being the Chairman of …`.)
  return /(?:^|\s)(?:[a-z]+(?:ed|s)|(?!(?:being|becoming|remaining|acting)\s)[a-z]+ing)\s+(?:a|an|the)$/.test(lead);
}

/**
 * Verbs whose object an office follows (`appointed X as akim of …`, `appoints X Minister of Energy`, `a decree appointing X as …`),
 * whose object leaves one (`relieved X of his post as …`), or that approve another's choice (`confirmed X as …`), ending a
 * stretch of words.
 */
const ACTIVE_APPOINTMENT = /(?<![A-Za-z])(?:(?:re-?)?appoint(?:ed|s|ing)|accredit(?:ed|s|ing)|nam(?:e[ds]|ing)|nominat(?:e[ds]|ing)|(?:re-?)?elect(?:ed|s|ing)|(?<leaving>reliev(?:e[ds]|ing)|dismiss(?:e[ds]|ing)|recall(?:ed|s|ing))|(?<approving>confirm(?:ed|s|ing)|approv(?:e[ds]|ing)|endors(?:e[ds]|ing)|designat(?:e[ds]|ing)|install(?:ed|s|ing)))$/;
/** A swearing in's verb before its `in`. */
const SWORE_IN = /(?<![A-Za-z])sw(?:ore|ears|earing|orn) $/;
/** Token `j` is the `in` of a swearing in (`swore in`, `sworn in`). */
function isSwornIn(v: LineView, j: number): boolean {
  const t = v.tokens[j];
  return t?.lower === 'in' && SWORE_IN.test(v.text.slice(v.tokens[j - 1]?.start ?? 0, t.start));
}
/** Longest such verb. */
const MAX_APPOINTING = 're-appointing'.length;
/** What a relieved or recalled official leaves, before the office (`of his post as`, `from the post of`). */
const LEFT_POST = /^(?:of|from) (?:his|her|their|the) (?:(?:previous|current|former|present) )?(?:post|posts|position|duties)(?: (?:as|of))? $/;
/** Most tokens of such a phrase. */
const MAX_LEFT_POST = 5;

/**
 * `The President appointed Marat Karabayev as akim of Kostanay region`: the office after the object of
 * an active appointment, whose name runs from token `first` (after the verb and any form of address)
 * and ends before token `next`.
 */
export function roleAfterAppointing(v: LineView, first: number, next: number): RoleSpan | undefined {
  // (`appointed Dame X DBE as …`: letters after the name go before its `as`.)
  while (v.tokens[next] !== undefined && isPostNominal(v.tokens[next])) next++;
  next = afterStateOfOrigin(v, afterDescription(v, next));
  let k = first - 1;
  // `appointed Prince Sultan bin Khalid as Ambassador …`: a rank or a style, like a form of address, goes with the name.
  while (k > 0 && (v.cls[k] === 'honorific' || (v.cls[k] === 'title' && isRankOrStyle(v.tokens[k].lower)))) k--;
  const addressed = k;
  // `appointed Moroccan tactician X as head coach`: an occupation of one word and a nationality describe the person.
  // (`swore in engineer X as Minister of …`: or a title in lower case.)
  if (k > 0 && ((v.tokens[k].kind === 'gap' && v.tokens[k].words === 1 && OCCUPATION_SET.has(lastWord(v, v.tokens[k]))) || (v.cls[k] === 'title' && !v.tokens[k].upper))) k--;
  if (k > 0 && v.cls[k] === 'country' && isNationality(v.tokens[k].lower)) k--;
  // (`appointed renowned Uzbek specialist X as …`: after a description, one word of it may close the verb's stretch.)
  const described = k < addressed;
  const verb = v.tokens[k];
  // `appointed A as Minister of Finance and B as Minister of Energy`, `appointed 12 ambassadors, including A as …`: a further object of the verb.
  if (verb?.lower === 'and' || isIncluding(v, verb)) return followsAppointingVerb(v, k) ? officeAt(v, v.tokens[next]?.lower === 'as' ? next + 1 : next) : undefined;
  // `the appointment of A as Ambassador to Austria, B as Ambassador to Qatar`: a further object after a comma, with its `as`.
  if (verb?.text === ',' && v.tokens[next]?.lower === 'as') return followsAppointingVerb(v, k) ? officeAt(v, next + 1) : undefined;
  // `On the Appointment of Ye. Kenzhebekov as Akim of …`: the noun of an appointment, its office after `as`.
  // (`the nomination of X to be Ambassador …`: or after `to be`.)
  if (verb?.lower === 'of') return isAppointmentNoun(v, k - 1) ? officeAfterAs(v, next) : undefined;
  // `swore in engineer X as Minister of …`: the verb's particle before the name.
  // (`Among those sworn in were X as …`: or its participle and `were`.)
  if (verb?.lower === 'in' || ((verb?.lower === 'were' || verb?.lower === 'are') && k > 0)) {
    return v.tokens[next]?.lower === 'as' && isSwornIn(v, verb.lower === 'in' ? k : k - 1) ? officeAt(v, next + 1) : undefined;
  }
  // `founded in 1946 with Kanysh Satbayev as its first president`: the office one took on at what is told.
  if (verb?.lower === 'with') return v.tokens[next]?.lower === 'as' ? officeAt(v, next + 1) : undefined;
  // The verb ends a stretch of lower-case words (a gap token) or is one hyphenated word (`re-elected`): its last letter rules most out at once.
  // `Putin Appoints X Ambassador to UAE`: a title-case headline capitalises its verb.
  // `appointed economist X as …`: an occupation between the verb and the name describes the person.
  // (`named veteran diplomat X as …`: maybe after one word describing it.)
  let verbEnd = verb?.kind === 'gap' && verb.words > 1 && OCCUPATION_SET.has(lastWord(v, verb)) ? v.text.lastIndexOf(' ', verb.end - 1) : verb?.end ?? 0;
  if (verbEnd < verb?.end && verb.words > 2 && v.text.charCodeAt(verbEnd - 1) !== LETTER_D && v.text.charCodeAt(verbEnd - 1) !== LETTER_S) verbEnd = v.text.lastIndexOf(' ', verbEnd - 1);
  const lastLetter = verb?.kind === 'gap' || (verb?.kind === 'word' && (!verb.upper || v.titleCase)) ? v.text.charCodeAt(verbEnd - 1) : 0;
  if (lastLetter !== LETTER_D && lastLetter !== LETTER_S && lastLetter !== LETTER_G) return undefined;
  const appointing = appointingBefore(v, verb, verbEnd) ?? (described && verb.words > 1 ? appointingBefore(v, verb, v.text.lastIndexOf(' ', verbEnd - 1)) : null);
  if (appointing === null) return undefined;
  if (appointing.groups?.leaving !== undefined) return leftOffice(v, next);
  const as = v.tokens[next]?.lower === 'as';
  // `the Senate confirmed X as Ambassador …`: a verb that approves another's choice names the office only after `as`.
  if (appointing.groups?.approving !== undefined && !as) return undefined;
  return officeAt(v, as ? next + 1 : next);
}

/** The active appointment whose verb ends at `end` inside the stretch `verb`, if one does. */
function appointingBefore(v: LineView, verb: Token, end: number): RegExpExecArray | null {
  return end <= verb.start ? null : ACTIVE_APPOINTMENT.exec(v.text.slice(Math.max(verb.start, end - MAX_APPOINTING - 1), end).toLowerCase());
}

/** The office after `as` or `to be` at token `next`, if one follows. */
function officeAfterAs(v: LineView, next: number): RoleSpan | undefined {
  if (v.tokens[next]?.lower === 'as') return officeAt(v, next + 1);
  // (`be`, of two letters, is always a token of its own.)
  return v.tokens[next]?.lower === 'to' && v.tokens[next + 1]?.lower === 'be' ? officeAt(v, next + 2) : undefined;
}

/** Most tokens of a description set off by commas after an appointed name. */
const MAX_SET_OFF_DESCRIPTION = 5;

/**
 * `the appointment of X, a Kazakh diplomat, as …`, `named X, 39, as …`: the token after a description with `a`, or an age,
 * between commas before `as`, else `next`.
 */
function afterDescription(v: LineView, next: number): number {
  if (v.cls[next] !== 'comma') return next;
  const age = v.tokens[next + 1];
  if (age?.kind === 'number' && age.text.length <= 2 && v.cls[next + 2] === 'comma' && v.tokens[next + 3]?.lower === 'as') return next + 3;
  if (!INDEFINITE_ARTICLES.has(v.tokens[next + 1]?.lower ?? '')) return next;
  for (let k = next + 2; k < v.tokens.length && k <= next + MAX_SET_OFF_DESCRIPTION; k++) {
    if (v.cls[k] === 'comma') return v.tokens[k + 1]?.lower === 'as' ? k + 1 : next;
    if (v.tokens[k].kind === 'punct') return next;
  }
  return next;
}

/** `the appointment of X of South Africa as …`: the `as` after the state one comes from at token `next`, else `next`. */
function afterStateOfOrigin(v: LineView, next: number): number {
  if (v.tokens[next]?.lower !== 'of') return next;
  const state = v.tokens[next + 1]?.lower === 'the' ? next + 2 : next + 1;
  if (v.cls[state] !== 'country') return next;
  const as = countryEnd(v, state) + 1;
  return v.tokens[as]?.lower === 'as' ? as : next;
}

/** The name whose words start at token `first` is followed by `as` and an office (`B as Ambassador to Qatar`). */
export function isAppointedAs(v: LineView, first: number): boolean {
  let k = first;
  while (v.cls[k] === 'name' || v.cls[k] === 'particle' || v.tokens[k]?.kind === 'initial') k++;
  return k > first && v.tokens[k]?.lower === 'as' && isTitlePrefix(v.cls[k + 1]);
}

/** Most tokens back from a second object's `and` to the appointing verb. */
const MAX_FIRST_OBJECT = 24;

/** `including` ending the stretch of words at token `t`. */
function isIncluding(v: LineView, t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'gap' && v.text.startsWith('including', t.end - 'including'.length);
}

/**
 * `appointed A as Minister of Finance and`, `appointed 12 ambassadors, including`, `the appointment of A as …,`: the
 * token `k` follows an earlier object of an active appointment, or of an appointment's noun, in the same sentence.
 */
function followsAppointingVerb(v: LineView, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MAX_FIRST_OBJECT; j--) {
    const t = v.tokens[j];
    if (t.text === '.' || t.text === ';' || t.text === ':') return false;
    if (t.lower === 'of' && isAppointmentNoun(v, j - 1)) return v.tokens[j + 1].upper;
    if (isSwornIn(v, j)) return true;
    if (t.kind !== 'gap' || isIncluding(v, t)) continue;
    const appointing = ACTIVE_APPOINTMENT.exec(v.text.slice(Math.max(t.start, t.end - MAX_APPOINTING - 1), t.end));
    const object = v.tokens[j + 1];
    return appointing !== null && appointing.groups?.leaving === undefined && (object.upper || object.kind === 'number');
  }
  return false;
}

/**
 * `relieved X of his post as …`, `recalling X from the post of …`, `dismissing X as …`: the office left, after the phrase
 * opening at token `next`.
 */
function leftOffice(v: LineView, next: number): RoleSpan | undefined {
  const opening = v.tokens[next];
  if (opening?.lower === 'as') return officeAt(v, next + 1);
  if (opening?.lower !== 'of' && opening?.lower !== 'from') return undefined;
  for (let k = next + 1; k < v.tokens.length && k <= next + MAX_LEFT_POST; k++) {
    if (isTitlePrefix(v.cls[k])) return LEFT_POST.test(v.text.slice(opening.start, v.tokens[k].start)) ? officeAt(v, k) : undefined;
  }
  return undefined;
}

/** The role phrase opening at token `i` with a title word or `the`. */
function officeAt(v: LineView, i: number): RoleSpan | undefined {
  // `re-elected X as its President`, `the appointment of X as its new Country Manager`: the body's possessive pronoun
  // (and `new`) is no part of the office.
  const owner = v.tokens[i];
  if (owner !== undefined && owner.words <= 2 && OWNER_LEAD.test(v.text.slice(owner.start, owner.end)) && opensOffice(v, i + 1)) i++;
  // `elected X as the new President of …`: so is `new` after `the`.
  else if (owner?.lower === 'the' && v.tokens[i + 1]?.kind === 'gap' && NEW_IN_OFFICE.test(v.text.slice(v.tokens[i + 1].start, v.tokens[i + 1].end)) && isTitlePrefix(v.cls[i + 2])) i += 2;
  return i < v.tokens.length && (opensOffice(v, i) || v.tokens[i].lower === 'the') ? phraseFrom(v, i) : undefined;
}

/** Token `i` opens an office: a title's word, or lower-case qualifiers before one (`as its first president`). */
function opensOffice(v: LineView, i: number): boolean {
  return isTitlePrefix(v.cls[i]) || (afterLowerQualifiers(v, i) > i && isTitlePrefix(v.cls[afterLowerQualifiers(v, i)]));
}

const OWNER_LEAD = /^(?:its|their|his|her)(?: (?:new|acting|interim))?$/;
const NEW_IN_OFFICE = /^(?:new|acting|interim)$/;

// `the credentials of X as Ambassador of …`, `letters of credence of X as …`: the papers of an ambassador's appointment too.
// (`the inauguration of X as President`, `the accession of X as Ruler of Dubai`: and one's taking the office.)
const APPOINTMENT_NOUNS = new Set([
  'appointment', 'reappointment', 're-appointment', 'nomination', 'election', 're-election', 'credentials', 'credence',
  'inauguration', 'accession', 'confirmation', 'installation', 'enthronement', 'investiture', 'designation', 'swearing-in',
]);

/** Token `k` is or ends in the noun of an appointment (`the Appointment`, `approved the appointment`). */
function isAppointmentNoun(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || (t.kind !== 'word' && t.kind !== 'gap')) return false;
  // Each such noun ends in `t`, `n`, `s` or `e`: most words are ruled out without a copy.
  const last = v.text.charCodeAt(t.end - 1);
  return (last === LETTER_T || last === LETTER_N || last === LETTER_S || last === LETTER_E) && APPOINTMENT_NOUNS.has(lastWord(v, t).toLowerCase());
}

const LETTER_D = 100;
const LETTER_S = 115;
const LETTER_T = 116;
const LETTER_N = 110;
const LETTER_G = 103;
const LETTER_E = 101;

const BUSINESS_NOUNS: ReadonlySet<string> = new Set(COMPANY_NOUNS);
/** A business's or a medium's noun before its name (`the Israeli daily Haaretz`). */
const NAMED_OWNER_NOUNS: ReadonlySet<string> = new Set([...COMPANY_NOUNS, ...MEDIA_NOUNS]);

/** Most lower-case words in an occupation before its place (`senior research fellow`). */
const MAX_OCCUPATION_WORDS = 3;
const NOW_WORDS = new Set(['now', 'currently', 'current']);
const COPULAS = new Set(['is', 'was']);
/** Nouns that close a lower-case occupation or post written in apposition. */
const ROLE_NOUNS = new Set([
  ...OCCUPATION_WORDS.filter((w) => !LEARNERS.has(w)), ...TITLE_WORDS, 'researcher', 'fellow', 'lecturer', 'executive', 'specialist', 'consultant', 'editor',
  'correspondent', 'columnist', 'economist', 'analyst', 'expert', 'doctor', 'physician', 'pediatrician', 'paediatrician', 'engineer', 'worker', 'employee',
  // `a machine operator of the … cooperative`: a worker's post, though firms are operators too.
  'operator',
  // `X, owner of the Saryarka Agro company`: who owns a business runs it.
  'owner', 'co-owner',
]);
const PLACE_CONNECTORS = new Set(['at', 'of', 'with']);
/** Words inside an institution's name (`Institute of Literature and Art`, `Teatro alla Scala`); `in Almaty` after it is a place. */
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'alla', 'della', 'di', 'del', 'de', 'des', 'du', 'la']);

/** Lower-case words that rank an occupation written after them (`senior economist`, `chief engineer`). */
const OCCUPATION_RANKS = new Set(['senior', 'chief', 'principal', 'leading', 'lead', 'junior', 'head']);

/** The lower-case words opening at token `i` open with such a rank. */
function opensWithRankQualifier(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (t === undefined) return false;
  return OCCUPATION_RANKS.has(t.kind === 'gap' ? v.text.slice(t.start, t.end).trimStart().split(' ', 1)[0] : t.lower);
}

/** `school No. 45 of Ust-Kamenogorsk,`: the place a numbered institution is in, after `of` and before the phrase's end. */
function placeOfNumberedEnd(v: LineView, numbered: number): number {
  const place = v.tokens[numbered + 2];
  if (v.tokens[numbered + 1]?.lower !== 'of' || place === undefined || !place.upper || v.cls[numbered + 2] === 'title') return numbered;
  return closesPhrase(v.tokens[numbered + 3]) ? numbered + 2 : numbered;
}

/** A connector inside an institution's name, in English or a Romance language (`Teatro alla Scala`, a one-word gap). */
function isNameConnector(v: LineView, t: Token): boolean {
  return NAME_CONNECTORS.has(lowerWordOf(v, t));
}

/**
 * Token `i` is `of`, then a lower-case subject, then `at`: one word, or an adjective before it (`of higher mathematics`);
 * not how long or how well (`a partner of many years at …`, `of long standing`, `of repute`).
 */
function isSubjectBeforeAt(v: LineView, i: number): boolean {
  const subject = v.tokens[i + 1];
  if (v.tokens[i]?.lower !== 'of' || subject === undefined || !isLowerWords(subject) || v.cls[i + 1] === 'connector' || v.tokens[i + 2]?.lower !== 'at') return false;
  const subjectWord = lastWord(v, subject);
  return SUBJECTS.has(subjectWord) && (subject.words === 1 || (subject.words === 2 && SUBJECT_ADJECTIVE.test(firstWordOf(v.text, subject))));
}

/** Subjects taught or studied (not a quality: `a lawyer of repute at …`, `of experience`, `a veteran of war at …`). */
const SUBJECTS: ReadonlySet<string> = new Set([
  'mathematics', 'physics', 'chemistry', 'biology', 'history', 'geography', 'literature', 'economics', 'law', 'medicine', 'music',
  'informatics', 'philosophy', 'sciences', 'science', 'languages', 'language', 'english', 'art', 'arts', 'engineering', 'education',
  'surgery', 'pediatrics', 'paediatrics', 'cardiology', 'oncology', 'agronomy', 'ecology', 'journalism', 'philology', 'psychology',
]);
/** Adjectives that qualify a subject (`higher`, `applied`, `economic`, `political`). */
const SUBJECT_ADJECTIVE = /^(?:\p{Ll}+(?:al|ic|er|ed|ian))$/u;

/** Pronouns that stress who an apposition describes (`X, himself a laureate of …`). */
const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(['himself', 'herself']);

/**
 * `Aigerim Bolatova, a senior researcher at the Institute of Literature and Art`, `X, chief economist
 * at Halyk Finance`: a few lower-case words ending in an occupation or a post, then `at`, `of` or
 * `with` and a capitalised name, from token `i` (after the comma and an article).
 */
function occupationAt(v: LineView, i: number): RoleSpan | undefined {
  // `X, now a research scientist at …`: what one is now; `X, himself a laureate of …`: what one is too.
  const t = v.tokens[i];
  const lead = t !== undefined && t.kind === 'gap' && t.words === 1 ? lastWord(v, t) : '';
  if ((NOW_WORDS.has(lead) || REFLEXIVE_PRONOUNS.has(lead)) && INDEFINITE_ARTICLES.has(v.tokens[i + 1]?.lower ?? '')) i++;
  if (INDEFINITE_ARTICLES.has(v.tokens[i]?.lower ?? '')) i++;
  const first = i;
  // `a Senegalese economist at …`: a nationality may open the words.
  if (v.cls[i] === 'country' && isNationality(v.tokens[i].lower) && v.tokens[i + 1] !== undefined && isLowerWords(v.tokens[i + 1])) i++;
  let words = 0;
  let noun = '';
  // `a Dubai-based analyst`: where one is based may stand among the words.
  for (; i < v.tokens.length && (isLowerWords(v.tokens[i]) || isBasedIn(v.tokens[i])) && v.cls[i] !== 'connector'; i++) {
    words += Math.max(1, v.tokens[i].words);
    noun = lastWord(v, v.tokens[i]);
  }
  // `a researcher with the Chinese Academy …`: `with` is no connector of its own, so it closes the lower-case words;
  // so does `from` before an institution (`a hydrologist from the Stockholm International Water Institute`).
  const fromLink = noun === 'from' && words > 1;
  const withLink = (noun === 'with' || fromLink) && words > 1;
  if (withLink) noun = wordEndingAt(v.text, v.tokens[first].start, v.tokens[i - 1].end - noun.length - 1);
  const longest = MAX_OCCUPATION_WORDS + (withLink ? 1 : 0);
  if (words === 0 || !ROLE_NOUNS.has(noun)) return undefined;
  // `a senior water resources specialist at …`: a rank's qualifier opens one more word.
  if (words > longest && !(words === longest + 1 && opensWithRankQualifier(v, first))) return undefined;
  // `a teacher of mathematics at School-Lyceum No. 17`: the subject taught may stand between the occupation and its place.
  if (!withLink && isSubjectBeforeAt(v, i)) i += 2;
  if (!withLink && !PLACE_CONNECTORS.has(v.tokens[i]?.lower ?? '')) return undefined;
  let k = withLink ? i : i + 1;
  if (v.tokens[k]?.lower === 'the') k++;
  // `analyst at shipping consultancy Drewry`: a business's noun before its name, maybe after its state's adjective
  // (`with the Afghan contractor Hamid Construction Co.`).
  // (`correspondent of the Israeli daily Haaretz`: or a medium's noun.)
  if (v.cls[k] === 'country' && isNationality(v.tokens[k].lower) && isBusinessNounBefore(v, k + 1, NAMED_OWNER_NOUNS)) k++;
  // (Not `the weekly Friday supplement`: a weekday after `daily` or `weekly` names none.)
  if (isBusinessNounBefore(v, k, NAMED_OWNER_NOUNS) && !CALENDAR.has(v.tokens[k + 1].lower)) k++;
  // `a mathematics teacher at school-lyceum No. 38`: a numbered institution in lower case.
  // (`secondary school No. 45`: the institution's noun may stand apart from the words before it.)
  const apart = v.tokens[k + 1] !== undefined && isLowerWords(v.tokens[k]) && isLowerWords(v.tokens[k + 1]) && v.cls[k + 1] !== 'connector';
  const institution = apart ? k + 1 : k;
  const numbered = v.tokens[institution] !== undefined && isLowerWords(v.tokens[institution]) && endsInInstitutionNoun(v, v.tokens[institution]) ? numberSignEnd(v, institution + 1) : undefined;
  if (numbered !== undefined) return { first, last: placeOfNumberedEnd(v, numbered) };
  if (!v.tokens[k]?.upper || !isCapitalised(v.cls[k])) return undefined;
  // `a nurse of the Aksu city hospital`: lower-case words closing the institution's name.
  const end = nameEnd(v, k);
  // (`a businessman from Almaty`: where one comes from is no post.)
  if (fromLink && v.cls[end] !== 'org') return undefined;
  // `X, chief physician of the Regional Hospital of Shymkent Y and …`: the post is the next person's.
  if (nextNameStarts(v, end + 1)) return undefined;
  return { first, last: lowerObjectAfter(v, end) ?? end };
}

/** Most lower-case words naming a business by what it is (`furniture manufacturer`). */
const MAX_BUSINESS_WORDS = 3;

/**
 * `founder of a Kayseri-based furniture manufacturer,`, `chairman of a Lagos logistics group;`, `chairman of a Dubai-based
 * charitable foundation,`: a business or an institution named by what it is after a title's `of a` (maybe after its
 * place's word), closed by punctuation.
 */
function indefiniteBusinessEnd(v: LineView, last: number): number | undefined {
  // (`chief executive of a London-based mining company`: or a chief's post.)
  if ((v.cls[last] !== 'title' && !isChiefPost(v, last)) || v.tokens[last + 1]?.lower !== 'of' || !INDEFINITE_ARTICLES.has(v.tokens[last + 2]?.lower ?? '')) return undefined;
  let k = isPlaceWord(v, last + 3) ? last + 4 : last + 3;
  // (The words may be tokens apart: an organisation's noun is one of its own.)
  for (let words = 0; k < v.tokens.length && isLowerWords(v.tokens[k]) && v.cls[k] !== 'connector'; k++) {
    const t = v.tokens[k];
    words += t.words;
    if (words > MAX_BUSINESS_WORDS) return undefined;
    if (closesPhrase(v.tokens[k + 1])) return BUSINESS_NOUNS.has(lastWord(v, t)) || endsInInstitutionNoun(v, t) ? k : undefined;
  }
  return undefined;
}

function isBasedIn(t: Token): boolean {
  return t.upper && t.kind === 'word' && t.text.endsWith('-based');
}

/** Token `k` is one capitalised word saying where a business is (`Kayseri-based`, `Lagos`, `Kazakh`), no title's. */
function isPlaceWord(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return t !== undefined && t.upper && t.kind === 'word' && v.cls[k] !== 'title' && v.cls[k] !== 'qualifier';
}

/** Token `k` is a few lower-case words ending in a business's noun, right before a capitalised name. */
export function isBusinessNounBefore(v: LineView, k: number, nouns = BUSINESS_NOUNS): boolean {
  const t = v.tokens[k];
  return t !== undefined && isLowerWords(t) && t.words <= 2 && v.cls[k] !== 'connector' && nouns.has(lastWord(v, t)) && v.tokens[k + 1]?.upper === true;
}

/** A capitalised body's name opens at token `k` and holds an organisation's word (`Chinese Academy of Social Sciences`). */
function underBody(v: LineView, k: number): boolean {
  return v.tokens[k]?.upper === true && bodyNameEnd(v, v.cls[k] === 'country' ? k + 1 : k) !== undefined;
}

/** The last token of the capitalised name opening at `k`, through inner `of`, `and`, `for` and `the`, and a number after `No.`. */
function nameEnd(v: LineView, k: number): number {
  let last = k;
  for (let j = k + 1; j < v.tokens.length; j++) {
    // `chief physician of the Regional Hospital of Shymkent Gulnar Abenova`: the name of the next person ends it.
    if (nextNameStarts(v, j)) break;
    if (numberSignEnd(v, j) !== undefined) last = j = numberSignEnd(v, j)!;
    else if (isNumberedUnit(v, j)) last = j;
    else if (v.tokens[j].upper && isCapitalised(v.cls[j]) && v.cls[j] !== 'title') last = j;
    // `Institute for Strategic Studies under the President of …`: the body's patron belongs to its name.
    // (`… Studies under the Chinese Academy of Social Sciences`: or the body it belongs to.)
    else if (v.tokens[j].lower === 'under' && v.tokens[j + 1]?.lower === 'the' && (v.cls[j + 2] === 'title' || underBody(v, j + 2))) last = j += 2;
    // `Institute of Philosophy, Political Science and Religious Studies`: a list of fields inside the name.
    else if (v.tokens[j].text === ',' && closesFieldList(v, j)) continue;
    // `Moody's Analytics`: a possessive inside the name; `Ferrante Rossi & Associati`: an ampersand.
    else if (((v.cls[j] === 'possessive' && v.tokens[j].start === v.tokens[j - 1].end) || v.tokens[j].text === '&') && v.tokens[j + 1]?.upper) continue;
    // `China Railway 20th Bureau Group`: an ordinal inside the name.
    else if (isOrdinalInName(v, j)) j++;
    // `Madrid-based consultancy Energia Global`: a business's noun after where it is based, before its name.
    else if (v.tokens[j].words === 1 && isBusinessNounBefore(v, j) && isBasedIn(v.tokens[j - 1])) continue;
    // `School-Lyceum No. 38 named after Mukhtar Auezov`: the honoree the body is named after.
    else if (lowerWordOf(v, v.tokens[j]) === 'named' && v.tokens[j + 1]?.lower === 'after' && v.tokens[j + 2]?.upper && isCapitalised(v.cls[j + 2])) j++;
    else if (!(isNameConnector(v, v.tokens[j]) && v.tokens[j + 1] !== undefined && (v.tokens[j + 1].upper || v.tokens[j + 1].lower === 'the'))) break;
  }
  return last;
}

/** Most capitalised words between a name's inner comma and the `and` closing its list. */
const MAX_FIELD_WORDS = 4;

/** The comma at token `j` is followed by capitalised words, then `and` and a capitalised word. */
function closesFieldList(v: LineView, j: number): boolean {
  for (let k = j + 1; k <= j + MAX_FIELD_WORDS + 1 && k < v.tokens.length; k++) {
    if (v.tokens[k].lower === 'and') return k > j + 1 && v.tokens[k + 1]?.upper === true;
    // `of Philosophy, Anna Berg and Ivan Petrov`: a full name is a list of people, not of fields.
    if (!v.tokens[k].upper || !isCapitalised(v.cls[k]) || (v.cls[k] === 'name' && v.cls[k + 1] === 'name')) return false;
  }
  return false;
}

/** The role ends in a dotted legal form and a name after it (`B.V. Maarten van den Berg`). */
function closesFirmBeforeName(v: LineView, role: RoleSpan): boolean {
  let k = role.last;
  while (k > role.first && (v.cls[k - 1] === 'name' || v.cls[k - 1] === 'particle') && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k--;
  return k < role.last && v.cls[k] === 'name' && isDottedNonInitials(v.tokens[k - 1]) && !isPostNominal(v.tokens[k - 1]);
}

/**
 * `X, as the Ambassador of Kazakhstan to Spain Danat Mussayev said`: a full name closing the phrase
 * right after a country or a title word is the holder of that title, not part of X's role.
 */
function endsInTitledName(v: LineView, role: RoleSpan): boolean {
  let k = role.last;
  while (k > role.first && v.cls[k] === 'name' && v.cls[k - 1] === 'name' && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k--;
  const before = v.cls[k - 1];
  // (`…, CEO of Berg Logistics B.V. Maarten van den Berg,`: a dotted legal form closes a firm's name before a full name, which
  // may hold particles.)
  if (closesFirmBeforeName(v, role)) return true;
  if (k === role.last || !adjacent(v.text, v.tokens[k - 1], v.tokens[k])) return false;
  // `A, director of the Otrar Sazy orchestra B C and …`: a full name (two words at least, as `k` is before the last) right
  // after a lower-case object is the next person's.
  // (`X, Deputy Minister for Public Diplomacy B C will come`: or after a portfolio's capitalised word; not after a legal form
  // written before a firm's name: `X, Director of PT Nusantara Energi,`.)
  // (`…, head of the friendship group Serik Abdrakhmanov-Orda and …`: after a business's noun too, when the surname's ending
  // says it is a person's.)
  const business = isBusinessNounBefore(v, k - 1) && !opensWithSlavicSurname(v.tokens[role.last].lower);
  return before === 'country' || before === 'title' || (isLowerWords(v.tokens[k - 1]) && before !== 'connector' && !business) ||
    (before === 'stop' && v.tokens[k - 1].upper && (v.cls[k - 2] === 'qualifier' || v.cls[k - 2] === 'connector') && !(role.last - k < 2 && opensFirmsName(v, k - 1)));
}

/** Most lower-case tokens between a name and the office it was appointed to. */
const MAX_APPOINTMENT_WORDS = 9;

const APPOINTMENT = /^(?:(?:(?:who\s+)?(?:was|is|has been|had been|will be|have been|were)\s+(?:(?:also|earlier|previously|recently)\s+)?)?(?:(?:recalled|released|dismissed|relieved of (?:his|her|the) (?:(?:previous|current|former|present) )?(?:post|duties|position))\s+and\s+)?(?:appointed|named|elected|re-?elected|re-?appointed|nominated|confirmed|approved|relieved of (?:his|her|the) (?:(?:previous|current|former|present) )?(?:post|duties|position)|(?:dismissed|recalled) from (?:(?:his|her|the) )?(?:post|position))(?:\s+(?:as|of|to the post of|to the position of))?|on (?:the occasion of )?(?:the \w+ anniversary of )?(?:(?:his|her) )?(?:official )?(?:re-?election|election|re-?appointment|appointment|inauguration|assumption of office|assuming office|taking office) as|on (?:(?:his|her) )?(?:assumption|assuming) of the (?:office|post|duties) of|(?:(?:who|has|had|is|was|were|previously|formerly|earlier|also|currently|later|subsequently|while|when)\s+)*(?:served|serves|(?:will\s+)?serve|serving|worked|works|took office|assumed office|(?:was|were|is|will be)\s+sworn in|(?:will\s+)?(?:take|takes|assume|assumes) office) as|(?:who\s+)?(?:(?:was|is)(?:\s+(?:earlier|previously|formerly|currently|now))?|became|becomes|remains|remained)|(?:(?:who|also|currently)\s+)*(?:holds|held|hold|left|leaves|vacated|retained|retains|kept|keeps)\s+the\s+(?:posts?|positions?|office|portfolio)\s+of|(?:who\s+)?(?:(?:is|will)\s+)?(?:to\s+)?take\s+up\s+(?:the|his|her)\s+(?:post|position|duties)\s+(?:of|as)|(?:who\s+)?(?:presented|presents|will present)\s+(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:his|her|their)\s+(?:credentials|letters of credence)\s+as|(?:who\s+)?(?:(?:is|was)\s+)?(?:completing|completed|completes|concluding|concluded|ending|ended)\s+(?:his|her|their)\s+(?:term|tenure|mission)\s+as)(?:\s+(?:the|a|an|its|his|her|their))?(?:\s+country['’]s)?(?:\s+(?:new|acting|interim))?\s+$/i;

/** A copula alone before an office (`X is the …`, `X became …`). */
const BARE_COPULA = /^(?:who\s+)?(?:was|is|became|becomes|remains|remained)\s+(?:(?:the|a|an)\s+)?$/i;

const APPOINTMENT_START = /(?:who|was|is|earlier|later|subsequently|to|has|had|have|were|will|holds|held|completing|completed|completes|concluding|concluded|ending|ended|left|leaves|vacated|retained|retains|kept|keeps|appointed|named|elected|re-?elected|re-?appointed|nominated|confirmed|approved|relieved|dismissed|recalled|on|previously|formerly|became|becomes|remains|remained|while|when|served|serves|serving|worked|works|took|assumed|take|takes|assume|assumes|sworn|presented|presents)(?![A-Za-z])/iy;

/** A title-case headline's verbs of appointment (`X Appointed Deputy Head of …`). */
const TITLE_CASE_APPOINTED = new Set(['appointed', 'named', 'elected', 're-elected', 'relieved']);
/** Capitalised words that may stand between a name and its office (a headline's, or `presented her Letters of Credence as`). */
const TITLE_CASE_LEAD = new Set(['his', 'her', 'of', 'post', 'election', 're-election', 'reelection', 'appointment', 'inauguration', 'assuming', 'taking', 'office', 'as', 'letters', 'credence', ...TITLE_CASE_APPOINTED]);

/** Token `k` is a title-case headline's verb of appointment, which goes on the capitalised run of the name before it. */
export function isHeadlineAppointment(v: LineView, k: number): boolean {
  return v.titleCase && TITLE_CASE_APPOINTED.has(v.tokens[k]?.lower ?? '');
}

/** `Ruslan Zhaksylykov was appointed Minister of Defense`: the token that opens the office, after the verb. */
function afterAppointment(v: LineView, next: number): number | undefined {
  const opening = v.tokens[next];
  // `X Appointed Deputy Head of …`: a title-case headline capitalises the verb too.
  if (opening === undefined || (opening.upper && !(v.titleCase && TITLE_CASE_LEAD.has(opening.lower))) || opening.kind === 'punct') return undefined;
  // Most names are followed by some other verb: one sticky test rules them out.
  APPOINTMENT_START.lastIndex = opening.start;
  if (!APPOINTMENT_START.test(v.text)) return undefined;
  let k = next;
  // `on His Election as President of …`: a title-case headline capitalises the words before the office;
  // a lower-case title opens one (`was relieved of his post as khokim of …`).
  while (k < v.tokens.length && k - next < MAX_APPOINTMENT_WORDS && isAppointmentLead(v, k) && !isRulersPossessive(v, k)) k++;
  // `has been appointed His Majesty’s Ambassador to …`: the office after the style that owns it.
  const lead = k;
  if (isRulersPossessive(v, k)) k += 3;
  if (k >= v.tokens.length || !isTitlePrefix(v.cls[k])) return undefined;
  // `was appointed acting Governor of …`, `served as first vice foreign minister`: the qualifiers are part of the office.
  let office = k;
  while (office - 1 > next && isLowerQualifier(v, office - 1)) office--;
  // `X is the first Vietnamese head of state to visit …`: after a bare copula, a lower-case qualifier describes the person.
  if (office < k && BARE_COPULA.test(v.text.slice(opening.start, v.tokens[office].start))) return undefined;
  return APPOINTMENT.test(v.text.slice(opening.start, v.tokens[Math.min(office, lead)].start)) ? office : undefined;
}

/** Token `k` is a word of the phrase between a name and its office (`was appointed`, `on His Election as`). */
function isAppointmentLead(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return t.kind !== 'punct' && (t.upper ? TITLE_CASE_LEAD.has(t.lower) : v.cls[k] !== 'title');
}

/** A capitalised name word at `i` with its possessive glued on, right before a capitalised title (`Eni's Chief …`) or a lower-case one. */
function isNamesPossessiveTitle(v: LineView, i: number): boolean {
  if (v.cls[i] !== 'name' || !v.tokens[i].upper || v.cls[i + 1] !== 'possessive' || v.tokens[i].end !== v.tokens[i + 1].start) return false;
  // `Lee's national security adviser`: a title in lower case, after its lower-case qualifiers or alone.
  const title = afterLowerQualifiers(v, i + 2);
  return isTitlePrefix(v.cls[title]) && v.cls[title] !== 'country' && (v.tokens[title].upper || v.cls[title] === 'title');
}

/** Most lower-case qualifiers read before an apposition's title. */
const MAX_LOWER_QUALIFIERS = 3;

/** The token after the lower-case qualifiers opening at token `i` right before a title word, or `i`. */
function afterLowerQualifiers(v: LineView, i: number): number {
  for (let k = i; k < i + MAX_LOWER_QUALIFIERS; k++) {
    if (qualifiesNextTitle(v, k)) return k + 1;
    if (!isLowerQualifier(v, k)) break;
  }
  return i;
}

/** `the UN Resident and Humanitarian Coordinator`: `and` at token `i` between two capitalised qualifiers of one title. */
function joinsQualifiers(v: LineView, i: number): boolean {
  return v.tokens[i].lower === 'and' && v.cls[i - 1] === 'qualifier' && v.cls[i + 1] === 'qualifier' && v.tokens[i - 1].upper && v.tokens[i + 1].upper;
}

/** Nouns of the halls and palaces where officials are sworn in or received, never a body one holds office in. */
const VENUES: ReadonlySet<string> = new Set(['palace', 'hall', 'square', 'stadium', 'arena', 'hotel']);
/** Most capitalised words of a venue's name. */
const MAX_VENUE_WORDS = 3;

/** Token `i` is `at` before a venue's capitalised name (`at Government Palace`, `at the Grand Kremlin Palace`). */
function isVenueAfterAt(v: LineView, i: number): boolean {
  if (v.tokens[i].lower !== 'at') return false;
  const first = v.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  for (let k = first; k < first + MAX_VENUE_WORDS && v.tokens[k]?.upper === true; k++) if (VENUES.has(v.tokens[k].lower)) return true;
  return false;
}

/** Words opening a span of time (`from January 2017`). */
const SPAN_OPENERS: ReadonlySet<string> = new Set(['from', 'since', 'until', 'between']);

/** Most tokens an apposition's office runs to, far above any office written out in full. */
const MAX_PHRASE_TOKENS = 80;

/**
 * The role phrase opening at token `i` (after a leading `the`), if a title word is in it.
 * `beforeSubject`: the name it follows is in an opening phrase, so a name after the phrase's comma
 * is the clause's subject, not the phrase's owner (`In talks with X, Minister of …, Y discussed`).
 */
function phraseFrom(v: LineView, i: number, beforeSubject = false, untitled?: () => boolean): RoleSpan | undefined {
  if (v.tokens[i]?.lower === 'the') i++;
  const first = i;
  const titleEnd = titleWordsEnd(v, first);
  if (titleEnd < 0) return undefined;
  const w: PhraseWalk = { i: titleEnd, last: titleEnd - 1, slashes: 1, beforeFurther: -1 };
  // (Bounded: a long list of offices and names would be read again from each name.)
  for (const limit = Math.min(v.tokens.length, first + MAX_PHRASE_TOKENS); w.i < limit; w.i++) {
    const at = w.i;
    // `X, the Ambassador of Y, Ivan Petrov` or `X, met Police Chief Ivan Petrov`: the role belongs to the next name,
    // or, past a further office, that office does (`X, Minister of Energy, Minister of Trade Anna Berg`).
    if (nextNameStarts(v, at)) {
      if (isNextItemsComma(v, at, beforeSubject)) break;
      return officeBeforeNextName(v, first, w, untitled);
    }
    const stops = phraseStopsAt(v, at);
    if (stops === NO_PHRASE) return undefined;
    if (stops === STOPS) break;
    if (takesNameWords(v, w)) continue;
    if (v.cls[at] === 'comma' && opensFurtherOffice(v, at)) {
      const further = furtherOfficeAt(v, first, w, beforeSubject, untitled);
      if (further !== undefined) return further;
      continue;
    }
    if (!takesJoiningWords(v, w) && !goesOnOverBody(v, first, w)) break;
  }
  return closedPhrase(v, first, w.last, w.beforeFurther);
}

/** Where phraseFrom's walk over the office after a title's words is. */
interface PhraseWalk {
  /** The token the walk is at; a step may pass over several. */
  i: number;
  /** The office's last token so far. */
  last: number;
  /** Slashes that may still join two titles. */
  slashes: number;
  /** Where the role ended at a comma that a further office followed (`…, Minister of Foreign Affairs`), if one did. */
  beforeFurther: number;
}

/**
 * Where the title's words of a phrase opening at `first` end (its owner, qualifiers and title words), or -1 when no title
 * word is among them.
 */
function titleWordsEnd(v: LineView, first: number): number {
  // `Kamikawa Yoko, former Minister for Foreign Affairs`, `national security adviser`: the qualifiers belong to the role,
  // as before a name.
  let i = afterLowerQualifiers(v, first);
  let sawTitle = false;
  // `Oman's non-resident Ambassador`, `US special envoy`: a lower-case qualifier after the country or its possessive, too.
  // `first vice foreign minister`: and between title words.
  // `Namibia's first female head of state`: or two of them.
  const qualifiedHere = (k: number): boolean => k > first &&
    (v.cls[k - 1] === 'possessive' || v.cls[k - 1] === 'country' || v.cls[k - 1] === 'title' || (isLowerQualifier(v, k - 1) && qualifiedHere(k - 1))) &&
    (qualifiesNextTitle(v, k) || (isLowerQualifier(v, k) && qualifiesNextTitle(v, k + 1)));
  // `X, Eni's Chief Operating Officer`: a company's name opening the apposition owns the title.
  const byCompany = i === first && isNamesPossessiveTitle(v, i);
  // The owner, its possessive and the lower-case qualifiers before the title.
  // `X, World Bank Regional Director for Central Asia`: so does an organisation's name right before the title.
  const ownedLast = byCompany ? afterLowerQualifiers(v, first + 2) - 1 : i === first ? Math.max(orgNameBeforeTitle(v, i), bodyWordBeforeTitle(v, i), regionsAdjectiveBeforeTitle(v, i), numberedBodyBeforeTitle(v, i)) : -1;
  const owned = (k: number) => k <= ownedLast;
  // `X, chief executive of …`: a post's noun after `chief` is part of the title.
  for (; i < v.tokens.length && (isTitlePrefix(v.cls[i]) || joinsQualifiers(v, i) || opensOfficeAsAddress(v, i) || isCountryPossessive(v, i) || opensTitle(v, i) || ownsTitle(v, i) || qualifiedHere(i) || owned(i) || (i > first && isChiefPost(v, i))); i++) {
    // `People’s Artist of Kazakhstan`: a possessive glued to the qualifier that holds it.
    const glued = v.tokens[i].kind === 'possessive' && v.tokens[i].start === v.tokens[i - 1]?.end;
    if (i > first && !adjacent(v.text, v.tokens[i - 1], v.tokens[i]) && !isCountryPossessive(v, i) && !owned(i) && !glued) break;
    if (v.cls[i] === 'title') sawTitle = true;
  }
  // `Speaker pro tempore of the Senate`, `Minister ad interim of …`: a Latin qualifier after the title words is theirs.
  return sawTitle ? i + latinQualifierLength(v, i) : -1;
}

/**
 * The comma at `i`, before the next name, closes the phrase: a further appointment's, with its own office (`as Ambassador
 * to Austria, B as Ambassador to Qatar`), a clause's subject after an opening phrase, or a list's next name with its own
 * office after it (`A, Ambassador of X, B, Ambassador of Y`).
 */
function isNextItemsComma(v: LineView, i: number, beforeSubject: boolean): boolean {
  return v.cls[i] === 'comma' && (beforeSubject || isAppointedAs(v, i + 1) || hasOwnOfficeAfter(v, i + 1));
}

/** The office the walk read up to the next name at `w.i`, if it is the phrase's owner's. */
function officeBeforeNextName(v: LineView, first: number, w: PhraseWalk, untitled?: () => boolean): RoleSpan | undefined {
  const i = w.i;
  // `special envoy of Ethiopian Prime Minister Abiy Ahmed`: an office held for the next person runs to that one's title.
  if (v.cls[i - 1] === 'title' && servedOfficeStart(v, first, i - 1) !== undefined) return { first, last: i - 1 };
  // `Ms. A B, Senior Fellow of the Institute, Mr C D`: after a full name with no title, the office is that name's
  // (with `the` it opens the next item of a list: `X, the Ambassador of Sweden, Ivan Petrov`).
  if (v.cls[i] === 'comma' && v.tokens[first - 1]?.lower !== 'the' && untitled?.()) return { first, last: w.last };
  return w.beforeFurther < 0 ? undefined : { first, last: w.beforeFurther };
}

/** phraseStopsAt's answers: the phrase goes on, it stops before the token, or there is no phrase. */
const GOES_ON = 0;
const STOPS = 1;
const NO_PHRASE = 2;

/** Whether the phrase's office ends before token `i`, whatever the office read so far. */
function phraseStopsAt(v: LineView, i: number): number {
  // `head of the Tokhtarov peasant farm in the village of Kabanbai`: a lower-case body ends before its unit's place.
  // `as Minister of Energy and Mines at Government Palace`: so does an office before where it was given.
  // (`Ambassador of X to Kazakhstan with residence in Moscow`: so does where an envoy resides, as before a name.)
  if (isUnitOfPlaceAfterBody(v, i) || isVenueAfterAt(v, i) || isResidenceAt(v, i)) return STOPS;
  // `a former vice-president under Mohammad Khatami`: whom one served under is another person (not a body named after
  // one: `the Research Centre under Nazarbayev University`).
  if (v.tokens[i].lower === 'under' && namesPersonAt(v, i + 1)) return STOPS;
  // `appointed Honorary Consul by order of the Minister …`: the act that appointed one is no part of the office.
  if (v.tokens[i].lower === 'by' && APPOINTING_ACT_SET.has(lowerWordOf(v, v.tokens[v.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1] ?? v.tokens[i]))) return STOPS;
  // `X, Deputy Prime Minister and Askar Umarov`: a full name after `and` is the next person, after the role.
  // (`… Department for Non-Proliferation and Arms Control`: common English words there are the body's.)
  // (`… of the Uranium and Radioactive Waste Division`: nor words a body's word closes.)
  if (v.tokens[i].lower === 'and' && v.cls[i + 1] === 'name' && v.cls[i + 2] === 'name' && !bothCommonWords(v, i + 1) && !closedByBodysWord(v, i + 1)) return STOPS;
  // `was elected President of Chile on Sunday`, `… in March`: a date after the office ends it, as a headline's verb does.
  // (`… State Centre for Support of National Cinema`: not a capitalised word after `for` or `of`.)
  // (`Vice President of the Shanghai Stock Exchange`: a body's word, after a capitalised one outside a headline.)
  const verb = HEADLINE_VERB_SET.has(v.tokens[i].lower) && !COMPLEMENT_OPENERS.has(v.tokens[i - 1].lower) && (v.titleCase || !v.tokens[i - 1].upper || !v.tokens[i].upper);
  // (`Resident Commissioner in Washington from January 2017`: so does a span's opening word, and `period`: `Chairman of
  // the Conference for the period January–June 2026`.)
  const span = (v.cls[i] === 'connector' || SPAN_OPENERS.has(lowerWordOf(v, v.tokens[i])) || lowerWordOf(v, v.tokens[i]) === 'period') && CALENDAR.has(v.tokens[i + 1]?.lower ?? '');
  if (!span && !verb) return GOES_ON;
  // `Lavrov, Kazakh Ambassador Discuss …`: before a plural verb the phrase is a second subject, not an apposition.
  return isPluralHeadlineVerb(v.tokens[i]) ? NO_PHRASE : STOPS;
}

/** Words of a name the office runs through at `w.i` (a number, a ruler's style, an honoree's or a capitalised word); moves the walk. */
function takesNameWords(v: LineView, w: PhraseWalk): boolean {
  const i = w.i;
  const c = v.cls[i];
  // `the director of the school-lyceum No. 3`: a numbered body's number.
  const numbered = numberSignEnd(v, i);
  if (numbered !== undefined) w.last = w.i = numbered;
  // `founder and chief executive of …`: a post's noun after a further office's `chief`.
  // `rector of Khoja Akhmet Yassawi … University`: a form of address opening the honoree's name a body bears.
  // `Secretary of State of His Holiness`, `Director of the Office of His Majesty`: a ruler's style after `of`.
  else if (v.tokens[i - 1].lower === 'of' && POSSESSIVE_PRONOUNS.has(v.tokens[i].lower) && v.tokens[i].upper && RULERS_STYLES.has(v.tokens[i + 1]?.lower ?? '')) w.last = w.i = i + 1;
  // (`professor of the Khoja Akhmet Yassawi University`: after `of the` too.)
  else if (c === 'honorific' && (v.tokens[i - 1].lower === 'of' || (v.tokens[i - 1].lower === 'the' && v.tokens[i - 2]?.lower === 'of')) && honoreesBodyEnd(v, i) >= 0) w.last = w.i = honoreesBodyEnd(v, i);
  else if (isCapitalised(c) || isOwnedNoun(v, i) || isLegalFormStop(v, i) || isLowerLegalForm(v, i) || isUnitNumber(v, i) || isYearInName(v, i) || isStatesEpithet(v, i) || (i === w.last + 1 && (isChiefPost(v, i) || isGluedNumber(v, i)))) w.last = i;
  // `Group Co., Ltd.`: a comma between two legal forms.
  else return c === 'comma' && isLegalFormStop(v, i - 1) && isLegalFormWord(v.tokens[i + 1]?.lower ?? '');
  return true;
}

/**
 * At a comma before a further office: the office after it where a degree, an academic style or a hero's title gives way to
 * it; else the walk goes on past the comma, minding where the office before it ended.
 */
function furtherOfficeAt(v: LineView, first: number, w: PhraseWalk, beforeSubject: boolean, untitled?: () => boolean): RoleSpan | undefined {
  const i = w.i;
  // `X – Candidate of Biological Sciences, head of laboratory at …`: a degree gives way to the office after it.
  // (Not the next list item's title: `Aidos Bekov, Doctor of Economics, Professor Nurlan Abenov, and …`.)
  // (`X, Professor, head of …`: so does an academic style alone.)
  // (`X, Hero of the Russian Federation, Commander of …`: and so does a hero's title, to an office and no further honour
  // or description: `Hero of the Soviet Union, Honoured Pilot-Cosmonaut of the USSR` is kept whole.)
  const heroYields = opensWithHerosTitle(v, first) && v.cls[i + 1] === 'title' && !HONORARY_OPENERS.has(v.tokens[i + 1].lower);
  const yields = opensWithDegree(v, first) || (i === first + 1 && ACADEMIC_STYLES.has(v.tokens[first].lower)) || heroYields;
  const further = w.beforeFurther < 0 && yields && !holdsNamePair(v, i + 1, phraseEnd(v, i + 1)) ? appositionRole(v, i, beforeSubject, false, untitled) : undefined;
  if (further !== undefined) return further;
  w.beforeFurther = w.last;
  w.i = afterLowerQualifiers(v, i + 1) - 1;
  // (A trade's word, no title, is the further office's first word.)
  if (isTradeOfBody(v, w.i + 1)) w.last = ++w.i;
  return undefined;
}

/** Words joining the office's parts at `w.i` (commas, `and`, slashes, possessives, brackets); moves the walk. */
function takesJoiningWords(v: LineView, w: PhraseWalk): boolean {
  const i = w.i;
  const c = v.cls[i];
  // (`Jutland Wind Partners A/S`: the slash of a Nordic legal form.)
  // (`a deputy from the People’s Party of Kazakhstan`: a member's party or seat after `from`.)
  // (`…, responsible for Francophonie and …`: a portfolio set off by a comma, past its `responsible`.)
  if (c === 'comma' && opensResponsibility(v, i)) w.i++;
  // `Chairman of Bayerische Rohstoff- und Energiewerke AG`: a compound's hyphen and its `and`.
  else if (isSuspendingHyphen(v.text, v.tokens, i)) w.i++;
  else if ((c === 'comma' && (innerComma(v, i) || opensConcurrentPost(v, i))) || joinsTitles(v, i) || isResponsibleFor(v, i) || isConstituencyFrom(v, i) || gluedDash(v, i) || isDashBetweenStates(v, i) || joinsLowerTitles(v, i) || (v.tokens[i].text === '/' && inSlashedLegalForm(v, i))) return true;
  // `chairman of the National People's Congress Standing Committee`: a possessive inside a name the role runs through,
  // and an ampersand between two of its capitalised words (`managing partner of Plasser & Theurer`).
  else if ((c === 'possessive' || v.tokens[i].text === '&') && i === w.last + 1 && isCapitalised(v.cls[i + 1])) return true;
  // `chairman of the parliament’s National Security Committee`: a lower-case body owning the capitalised one.
  else if (lowerOwnerEnd(v, i) >= 0) w.i = lowerOwnerEnd(v, i);
  // `secretary of the CPV Central Committee and head of its Commission for External Relations`.
  else if (v.tokens[i].words === 1 && lastWord(v, v.tokens[i]) === 'its' && v.tokens[i - 1].lower === 'of' && v.tokens[i + 1]?.upper) return true;
  else if (w.slashes > 0 && slashJoinsTitle(v, i)) w.slashes--;
  // `former Minister of Foreign Affairs and now Adviser to the President`, `… and current Chairperson of the EAC`: a
  // further office dated now (not another's title and name: `X, former Secretary of State and now Senator Y`).
  else if (v.tokens[i - 1].lower === 'and' && v.tokens[i].words === 1 && NOW_WORDS.has(lowerWordOf(v, v.tokens[i])) && v.cls[i + 1] === 'title' && !titlesName(v, i + 1)) return true;
  // `Ambassador to the United States and non-resident Ambassador to Saint Lucia`: a further office's lower-case qualifiers.
  // `… and Chinese foreign minister`: after the further office's state too.
  else if ((v.tokens[i - 1].lower === 'and' || (v.cls[i - 1] === 'country' && v.tokens[i - 2]?.lower === 'and')) && afterLowerQualifiers(v, i) > i) w.i = afterLowerQualifiers(v, i) - 1;
  // `deputy chairwoman and chief financial officer`: a qualifier between two title words.
  else if (v.cls[i - 1] === 'title' && !v.tokens[i].upper && qualifiesNextTitle(v, i)) return true;
  else if (isBracketedAcronym(v, i)) w.i += 2;
  // `X, President of Bank of China (Kazakhstan), …`: the state of a body's subsidiary in brackets.
  else if (v.tokens[i].text === '(' && inSubsidiarysState(v, i)) w.last = w.i = i + 2;
  else return false;
  return true;
}

/**
 * The body's words the office goes on over at `w.i` (quoted names, ordinals, bracketed qualifiers, a nation's noun,
 * lower-case words inside a complement); moves the walk. False where the office ends.
 */
function goesOnOverBody(v: LineView, first: number, w: PhraseWalk): boolean {
  const i = w.i;
  const c = v.cls[i];
  // (`director of the "Nur" company`: after `of the` too.)
  const quoted = i === w.last + 1 || v.tokens[i - 1].lower === 'of' || (v.tokens[i - 1].lower === 'the' && v.tokens[i - 2]?.lower === 'of') ? quotedNameEnd(v, i) : undefined;
  if (quoted !== undefined) w.last = w.i = quoted;
  // (`commander of the 120th Guards Brigade`: or after `the`.)
  else if ((i === w.last + 1 || v.tokens[i - 1].lower === 'the') && isOrdinalInName(v, i)) w.i++;
  // (`President of the 80th session of the UN General Assembly`: or a lower-case word after it, before `of`.)
  else if (v.tokens[i - 1].lower === 'the' && isOrdinalSession(v, i + 2)) w.i += 2;
  // `Shri K.D. Dewal, Joint Secretary (Counter Terrorism), Ministry of …`: the title's qualifier in brackets.
  else if (v.tokens[i].text === '(' && i === w.last + 1 && qualifierClose(v, i) !== undefined) {
    w.last = w.i = qualifierClose(v, i)!;
    // (Through a comma only to the body the post is in: `…, Ministry of External Affairs`; not to the next name.)
    return !(v.cls[w.i + 1] === 'comma' && v.cls[w.i + 2] !== 'org');
  }
  // `National Leader of the Turkmen people and Chairman of …`: a nation's noun after its adjective, the phrase going on.
  else if (i === w.last + 1 && v.cls[w.last] === 'country' && isNationality(v.tokens[w.last].lower) && v.tokens[i].words === 1 && NATION_NOUNS.has(lowerWordOf(v, v.tokens[i]))) w.last = i;
  else if (c !== 'connector' && lowerInComplementEnd(v, i) >= 0) w.i = lowerInComplementEnd(v, i);
  else if (i === w.last + 1 && lowerFieldEnd(v, first, i) >= 0) w.last = w.i = lowerFieldEnd(v, first, i);
  else return c === 'connector' || isAndOther(v, i) || opensAndOther(v, i) || isCompassInComplement(v, i) || joinsNameWords(v, i) || isRelationsWith(v, i) || isSituationIn(v, i) ||
    isItalianBodysLink(v.text, v.tokens, v.cls, i);
  return true;
}

/** The phrase's office `first`…`last` as closed: an object running on after it, and no further office holding a name. */
function closedPhrase(v: LineView, first: number, last: number, beforeFurther: number): RoleSpan | undefined {
  const lower = lowerObjectAfter(v, last);
  // (`coordinator of the volunteer team "Sarbaz"`: a lower-case body's quoted name after it.)
  last = lower === undefined ? last : (lower + 1 < v.tokens.length ? quotedNameEnd(v, lower + 1) : undefined) ?? lower;
  // `A, head of the region’s tourism department B`: an object going on after its possessive into a name is B's office.
  if (ownedOnIntoName(v, last)) return undefined;
  // `A, the head of department of emergency situations of the region B reported`: and so is an unread object after `of`
  // that runs into a full name before its verb.
  if (lower === undefined && v.tokens[last + 1]?.lower === 'of' && runsIntoSubject(v, last + 2)) return undefined;
  // `X, Ambassador of Mali, Ambassador NGUYEN Thi Thu Ha of Viet Nam`: a further office that holds a full name is the
  // next person's, who follows in the list.
  if (beforeFurther >= 0 && holdsNamePair(v, beforeFurther + 1, last)) return { first, last: beforeFurther };
  // `appointed chef de mission last week`: a lower-case particle left closing the role opened a word it could not take.
  while (last > first && v.cls[last] === 'particle' && !v.tokens[last].upper) last--;
  return { first, last };
}

/** From token `k`, lower-case words up to two adjacent name words followed by a lower-case word, with no punctuation between. */
function runsIntoSubject(v: LineView, k: number): boolean {
  for (let n = 0; n < MAX_FURTHER_LOOK && k + 2 < v.tokens.length && v.tokens[k].kind !== 'punct'; n++, k++) {
    // (Not past a verb whose object the name is: `…, the head of department of culture of Almaty region met X and …`.)
    if (isLowerWords(v.tokens[k]) && (PAST_VERBS.has(firstWordOf(v.text, v.tokens[k])) || lastWord(v, v.tokens[k]).endsWith('ed'))) return false;
    if (v.cls[k] !== 'name' || v.cls[k + 1] !== 'name' || !adjacent(v.text, v.tokens[k], v.tokens[k + 1])) continue;
    const end = nameRunEnd(v, k + 1, v.tokens.length, (j) => v.cls[j] === 'name');
    return v.tokens[end + 1] !== undefined && isLowerWords(v.tokens[end + 1]) && v.tokens[end + 1].kind !== 'punct';
  }
  return false;
}

/** What a nation's adjective names as a people (`the Turkmen people`). */
const NATION_NOUNS: ReadonlySet<string> = new Set(['people', 'nation']);

/** A possessive glued to token `last`, then lower-case words and a name word. */
function ownedOnIntoName(v: LineView, last: number): boolean {
  const mark = v.tokens[last + 1];
  if (mark?.kind !== 'possessive' || mark.start !== v.tokens[last].end) return false;
  const k = afterOwnedWords(v, last);
  return k > last + 2 && v.cls[k] === 'name';
}

/** The token after the lower-case words that follow the possessive glued to token `last`. */
function afterOwnedWords(v: LineView, last: number): number {
  let k = last + 2;
  while (k < v.tokens.length && k - last <= MAX_OWNED_WORDS && isLowerWords(v.tokens[k])) k++;
  return k;
}

/** Most tokens of such lower-case words. */
const MAX_OWNED_WORDS = 4;

/** A modal verb opening the words after a name's comma. */
const MODAL_LEAD = /^(?:will|would|shall|should|can|could|must|may|might)(?![a-z])/;

/** Most tokens read after a degree's comma for a name that would make the further office the next person's. */
const MAX_FURTHER_LOOK = 16;

/** The last token before the punctuation that ends the phrase opening at token `k`, within a bounded look. */
function phraseEnd(v: LineView, k: number): number {
  let end = k;
  while (end + 1 < v.tokens.length && end - k < MAX_FURTHER_LOOK && v.tokens[end + 1].kind !== 'punct') end++;
  return end;
}

/** A run of name words from token `k` that no capitalised word of a body goes on after: a person, not `Nazarbayev University`. */
function namesPersonAt(v: LineView, k: number): boolean {
  return v.cls[k] === 'name' && !v.tokens[nameRunEnd(v, k, v.tokens.length, (j) => v.cls[j] === 'name') + 1]?.upper;
}

/** The last of the adjacent tokens from `k` on (to `to` at most) that `named` accepts. */
function nameRunEnd(v: LineView, k: number, to: number, named: (j: number) => boolean): number {
  let end = k;
  while (end < to && named(end + 1) && adjacent(v.text, v.tokens[end], v.tokens[end + 1])) end++;
  return end;
}

/** `Doctor of Chemical Sciences`: a degree and its `of` open the phrase at token `first`. */

function opensWithDegree(v: LineView, first: number): boolean {
  return DEGREES.has(v.tokens[first].lower) && v.tokens[first + 1]?.lower === 'of';
}

const HEROES: ReadonlySet<string> = new Set(['hero', 'heroine']);

function opensWithHerosTitle(v: LineView, first: number): boolean {
  return HEROES.has(v.tokens[first].lower) && v.tokens[first + 1]?.lower === 'of';
}

/**
 * Two adjacent name words (or a surname in capitals and a name word) among tokens `from`…`to`, that no capitalised word
 * of a body goes on after (not `director of Zhalagash Kurish LLP`).
 */
export function holdsNamePair(v: LineView, from: number, to: number): boolean {
  const named = (k: number) => v.cls[k] === 'name' || v.cls[k] === 'caps';
  for (let k = from; k < to; k++) {
    if (!named(k) || !named(k + 1) || !adjacent(v.text, v.tokens[k], v.tokens[k + 1])) continue;
    // (Not two acronyms, `the OSCE ODIHR`, nor whom an office serves after its `to` or `for`: `adviser to Olzhas Bektenov`.)
    if ((v.cls[k] === 'caps' && v.cls[k + 1] === 'caps') || v.cls[k - 1] === 'connector') continue;
    const end = nameRunEnd(v, k + 1, to, named);
    if (!v.tokens[end + 1]?.upper) return true;
    k = end;
  }
  return false;
}

/** `COP28`, `Africa50`: a number glued to the capitalised word before it, one name with it. */
function isGluedNumber(v: LineView, i: number): boolean {
  const [t, before] = [v.tokens[i], v.tokens[i - 1]];
  return t.kind === 'number' && before !== undefined && before.upper && before.kind === 'word' && before.end === t.start;
}

/** The capitalised words from token `k` on are closed by an organisation's word, glued to them. */
function closedByBodysWord(v: LineView, k: number): boolean {
  let j = k;
  while (v.cls[j] === 'name' && v.tokens[j + 1] !== undefined && adjacent(v.text, v.tokens[j], v.tokens[j + 1])) j++;
  return j > k && v.cls[j] === 'org' && v.tokens[j].upper;
}

function bothCommonWords(v: LineView, k: number): boolean {
  return isCommonEnglishWord(v.tokens[k].lower) && isCommonEnglishWord(v.tokens[k + 1].lower);
}

/** `of the Soviet Union`, `of Kazakhstan`: `of`, maybe `the`, then a state's name (a former one too), from token `k`. */
function namesStateAfterOf(v: LineView, k: number): boolean {
  if (v.tokens[k]?.lower !== 'of') return false;
  const state = v.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  if (v.tokens[state]?.text === 'USSR' || (v.tokens[state]?.text === 'Soviet' && v.tokens[state + 1]?.text === 'Union')) return true;
  // (A state's whole name closing the phrase, not its adjective or possessive before another word: `of the Hungarian
  // Revolution`, `of Kazakhstan's win`, `of the Kazakhstan team`.)
  let end = state;
  while (v.cls[end] === 'country') end++;
  const after = v.tokens[end];
  return end > state && (after === undefined || v.cls[end] === 'comma' || after.kind === 'punct');
}

/** The possessive's token of a lower-case noun's possessive at token `k`, maybe after a nationality (`Chinese government's`); else -1. */
function commonOwnerEnd(v: LineView, k: number): number {
  if (v.cls[k] === 'country' && isNationality(v.tokens[k].lower)) k++;
  const t = v.tokens[k];
  return t?.kind === 'word' && !t.upper && v.tokens[k + 1]?.kind === 'possessive' && v.tokens[k + 1].start === t.end ? k + 1 : -1;
}

/** Most words of an organisation's name before a title in an apposition. */
const MAX_OWNER_WORDS = 4;

/** `World Bank` before `Regional Director`: the last word of an organisation's capitalised name opening at `i` right before a title, or -1. */
function orgNameBeforeTitle(v: LineView, i: number): number {
  // `the Ministry of Ecology’s chief negotiator`: a body's name with its complement, through its possessive.
  const body = v.cls[i] === 'org' && v.tokens[i + 1]?.lower === 'of' ? bodyNameEnd(v, i) : undefined;
  if (body !== undefined && body > i + 1) return ownerPossessiveBeforeTitle(v, body);
  for (let k = i; k < i + MAX_OWNER_WORDS && v.tokens[k]?.upper && (k === i || adjacent(v.text, v.tokens[k - 1], v.tokens[k])); k++) {
    // `the World Bank's regional director`, `ACWA Power's country director`: or through the organisation's possessive.
    if ((v.cls[k] === 'org' || k > i) && v.cls[k + 1] === 'possessive' && v.tokens[k].end === v.tokens[k + 1].start) return ownerPossessiveBeforeTitle(v, k);
    if (v.cls[k] === 'org') return isTitlePrefix(v.cls[k + 1]) && adjacent(v.text, v.tokens[k], v.tokens[k + 1]) ? k : -1;
    // `CPC Hunan Provincial Committee secretary`: an acronym, a place's adjective or a qualifier may stand inside the name.
    if (v.cls[k] === 'title') return -1;
  }
  return -1;
}

/** The owner's possessive glued to token `k`, right before a title or its qualifier: the possessive's index, or -1. */
function ownerPossessiveBeforeTitle(v: LineView, k: number): number {
  const mark = v.tokens[k + 1];
  if (v.cls[k + 1] !== 'possessive' || v.tokens[k].end !== mark.start) return -1;
  return isTitlePrefix(v.cls[k + 2]) || qualifiesNextTitle(v, k + 2) ? k + 1 : -1;
}

/**
 * `X, Roscosmos executive director, told …`: one capitalised word naming the body before its lower-case title; the
 * last token before the title (the word or its qualifiers), or -1.
 */
function bodyWordBeforeTitle(v: LineView, i: number): number {
  const t = v.tokens[i];
  if (t?.kind !== 'word' || !t.upper || (v.cls[i] !== 'name' && v.cls[i] !== 'caps') || v.tokens[i + 1] === undefined || !adjacent(v.text, t, v.tokens[i + 1])) return -1;
  const title = afterLowerQualifiers(v, i + 1);
  if (v.cls[title] !== 'title' || v.tokens[title].upper) return -1;
  // `Wang Yi, Kallas co-chair China-EU Dialogue`: a verb with its object, not an office, when no mark or connector follows.
  const after = v.tokens[title + 1];
  return after === undefined || after.kind === 'punct' || v.cls[title + 1] === 'connector' ? title - 1 : -1;
}

/** `X, COP28 President, …`, `X, G20 Sherpa`: a numbered gathering's letters right before a capitalised title; their number's index, or -1. */
function numberedBodyBeforeTitle(v: LineView, i: number): number {
  if (v.tokens[i]?.kind !== 'word' || v.tokens[i + 1] === undefined || !isGluedNumber(v, i + 1)) return -1;
  const title = v.tokens[i + 2];
  return v.cls[i + 2] === 'title' && title.upper && adjacent(v.text, v.tokens[i + 1], title) ? i + 1 : -1;
}

/** A region's adjective (`Bavarian`, `Texan`, `Punjabi`, `Catalan`). */
const REGIONS_ADJECTIVE = /(?:an|ese|ish|i)$/;

/** `Hubert Aiwanger, Bavarian State Minister for …`: a region's adjective right before a capitalised office. */
function regionsAdjectiveBeforeTitle(v: LineView, i: number): number {
  const [t, next] = [v.tokens[i], v.tokens[i + 1]];
  if (t?.kind !== 'word' || !t.upper || v.cls[i] !== 'name' || !REGIONS_ADJECTIVE.test(t.lower) || next === undefined || !next.upper) return -1;
  return (v.cls[i + 1] === 'qualifier' || v.cls[i + 1] === 'title') && adjacent(v.text, t, next) ? i : -1;
}

/** `Co.`, `Ltd.`: the full stop of an abbreviated legal form, glued to it, where no sentence starts after it. */
function isLegalFormStop(v: LineView, i: number): boolean {
  const [mark, form, next] = [v.tokens[i], v.tokens[i - 1], v.tokens[i + 1]];
  if (mark.text !== '.' || form === undefined || form.end !== mark.start || !form.upper || !ABBREVIATED_LEGAL_FORMS.has(form.lower)) return false;
  // `RTS Operations Pte. Ltd.`: a second legal form after the first.
  return !next?.upper || (ABBREVIATED_LEGAL_FORMS.has(next.lower) && v.tokens[i + 2]?.text === '.');
}

/**
 * `of the parliament’s National …`, `of the foreign ministry's Asian …`: one or two lower-case words after `the`, a
 * possessive glued on, before a capitalised word; the possessive's index, or -1.
 */
function lowerOwnerEnd(v: LineView, i: number): number {
  if (v.tokens[i - 1]?.lower !== 'the') return -1;
  // `the foreign ministry's Asian and Oceanian Affairs Bureau`: a noun of two words.
  const j = isLowerOwnerWord(v, i + 1) ? i + 1 : i;
  const [word, mark] = [v.tokens[j], v.tokens[j + 1]];
  return isLowerOwnerWord(v, i) && mark?.kind === 'possessive' && mark.start === word.end && isCapitalised(v.cls[j + 2]) ? j + 1 : -1;
}

/** Token `i` is one lower-case word of a noun (not `of`, `and`). */
function isLowerOwnerWord(v: LineView, i: number): boolean {
  const word = v.tokens[i];
  return word?.kind === 'word' && !word.upper && v.cls[i] !== 'connector';
}

/** Most words before the title word of a further office (`Deputy Prime Minister`). */
const MAX_OFFICE_PREFIX = 3;

/** `Rashid Meredov, Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs`: an office after the comma at `i`. */
function opensFurtherOffice(v: LineView, i: number): boolean {
  // `…, former Prime Minister of Türkiye`: lower-case qualifiers first.
  const start = afterLowerQualifiers(v, i + 1);
  // `academician of …, Doctor of Chemical Sciences, Professor`: a degree after the office is no further office.
  if (DEGREES.has(v.tokens[start]?.lower ?? '') && v.tokens[start + 1]?.lower === 'of') return false;
  // `People’s Artist of Kazakhstan, soloist of the Abai … Theatre`: a trade with its body.
  if (isTradeOfBody(v, start)) return true;
  // (`…, Eni’s Chief Operating Officer B`: maybe after a body's possessive; a state's goes on as before.)
  const owned = v.tokens[start]?.upper && v.cls[start] !== 'country' && v.cls[start + 1] === 'possessive' && v.tokens[start + 1].start === v.tokens[start].end ? start + 2 : start;
  for (let k = owned; k < v.tokens.length && k - owned < MAX_OFFICE_PREFIX + 1 && isTitlePrefix(v.cls[k]); k++) {
    if (k > owned && !adjacent(v.text, v.tokens[k - 1], v.tokens[k])) return false;
    // `X, Minister of Culture, heads of diplomatic missions and guests`: lower-case plural titles list other guests.
    if (v.cls[k] === 'title') return v.tokens[k].upper || !hasPluralTitle(v, k, k);
  }
  return false;
}

/** Token `k` is a trade's word before `of` and a capitalised body (`soloist of the Abai … Theatre`, not `singer of the year`). */
function isTradeOfBody(v: LineView, k: number): boolean {
  const body = v.tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  return isTradeOf(v, k, v.tokens.length) && v.tokens[body]?.upper === true;
}

/** Connectors that open a title's complement (`in the capital Astana` is a place). */
const COMPLEMENT_OPENERS = new Set(['of', 'for']);

/**
 * `of the Chinese government on Eurasian affairs`: a lower-case institution or `affairs` written right
 * after the capitalised word that owns it, inside a complement.
 */
function isOwnedNoun(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (!isLowerWords(t) || t.words > 2 || !v.tokens[i - 1]?.upper || !adjacent(v.text, v.tokens[i - 1], t)) return false;
  // `the Central Asia working group of …`: or a word qualifying a lower-case body's word right after it.
  const qualifiesBody = v.cls[i + 1] === 'org' && !v.tokens[i + 1].upper && adjacent(v.text, t, v.tokens[i + 1]);
  return endsInInstitutionNoun(v, t) || lastWord(v, t).toLowerCase() === 'affairs' || qualifiesBody;
}

/**
 * `founder of the start-up GreenHydro`, `Minister-President of the federal state of Bavaria`: a lower-case
 * word or two after `of the`, before the capitalised name (or the `of` before it) they describe; or a body of
 * up to three words (`director of the renewable energy department of the Kazakh Ministry of Energy`). The
 * last token of those words, or -1.
 */
function lowerInComplementEnd(v: LineView, i: number): number {
  const t = v.tokens[i];
  // `CEO of the Italian energy group Adriatica Energia`, `CEO of German industrial group Rheinwerk AG`: maybe after a nationality.
  // `managing director of Duisburg-based forwarder …`: so may a place's `-based`.
  const national = v.cls[i - 1] === 'country' && isNationalities(v.tokens[i - 1].lower);
  const described = national || (i > 0 && isBasedIn(v.tokens[i - 1]));
  let open = described ? i - 2 : i - 1;
  // `the Kuala Lumpur-based start-up`: the place may have more words.
  if (i > 0 && isBasedIn(v.tokens[i - 1])) while (open > 0 && v.tokens[open].upper && v.tokens[open].kind === 'word') open--;
  const opened = v.tokens[open]?.lower === 'the' ? COMPLEMENT_OPENERS.has(v.tokens[open - 1]?.lower) : open < i - 1 && COMPLEMENT_OPENERS.has(v.tokens[open]?.lower);
  // `executive officer of trading house Sojitz Corporation`: a business's noun needs no article.
  const bare = !opened && COMPLEMENT_OPENERS.has(v.tokens[i - 1]?.lower);
  if (!isLowerWords(t) || !(opened || bare)) return -1;
  let end = i;
  let words = t.words;
  // `head of the information and culture department of …`: an `and` between two of its words.
  const joinsWords = (k: number) => v.tokens[k].lower === 'and' && v.tokens[k + 1] !== undefined && isLowerWords(v.tokens[k + 1]) && v.cls[k + 1] !== 'connector';
  for (let n = v.tokens[end + 1]; n !== undefined && isLowerWords(n) && (v.cls[end + 1] !== 'connector' || joinsWords(end + 1)) && words + n.words <= MAX_LOWER_OBJECT; n = v.tokens[end + 1]) {
    end++;
    words += Math.max(1, n.words);
  }
  const institution = endsInInstitutionNoun(v, v.tokens[end]);
  // `president of Japanese medical equipment maker Kiyose Medical`: or a business's noun.
  const business = BUSINESS_NOUNS.has(lastWord(v, v.tokens[end]));
  if ((words > MAX_ROLE_LEAD && !institution && !business) || (bare && !business)) return -1;
  // `head of the intensive care unit at the Regional … Hospital`: a unit sits at the institution after `at`.
  let link = v.tokens[end + 1]?.lower;
  // `head of the laboratory of hydrology at the Institute …`: the unit's field after `of`, before the body it belongs to.
  const field = institution && link === 'of' ? unitFieldEnd(v, end + 2) : undefined;
  if (field !== undefined) [end, link] = [field, v.tokens[field + 1].lower];
  // `head of the Kazakh-French archaeological expedition at Turkistan`: a nation's body sits where it works, too.
  let k = link === 'of' || ((institution || national) && link === 'at') ? end + 2 : end + 1;
  // `… department of the Kazakh Ministry`, `chairman of the board of the Kazakh national company KTZ Express`, `commander
  // of the Polish contingent of the UN …`: `of the` before the body it belongs to.
  if ((institution || national || BOARDS.has(lastWord(v, v.tokens[end]))) && k === end + 2 && v.tokens[k]?.lower === 'the') k++;
  // `chairman of the government of south China's Guangxi …`: a point of the compass before the place.
  if (k < v.tokens.length && isCompassInComplement(v, k)) k++;
  // `chairman of the board of "Kazakh Invest"`: or a quoted name.
  return k < v.tokens.length && ((isCapitalised(v.cls[k]) && v.cls[k] !== 'title') || quotedNameEnd(v, k) !== undefined) ? end : -1;
}

/** A nationality, or two joined by a hyphen (`Kazakh-French`). */
function isNationalities(lower: string): boolean {
  const dash = lower.indexOf('-');
  return dash < 0 ? isNationality(lower) : isNationality(lower.slice(0, dash)) && isNationality(lower.slice(dash + 1));
}

/**
 * `hydrology` in `laboratory of hydrology at the Institute`: a unit's field of a few words (`department of pediatric
 * cardiovascular surgery of …`), before `at` or `of`, or before the full name of the person holding the office (`X, head
 * of the department of trade Yerlan Kassym`); its token.
 */
function unitFieldEnd(v: LineView, i: number): number | undefined {
  const t = v.tokens[i];
  if (t === undefined || !isLowerWords(t) || v.cls[i] === 'connector' || t.words > MAX_UNIT_FIELD) return undefined;
  const link = v.tokens[i + 1]?.lower;
  const holder = v.cls[i + 1] === 'name' && v.cls[i + 2] === 'name' && adjacent(v.text, v.tokens[i + 1], v.tokens[i + 2]);
  return link === 'at' || link === 'of' || holder ? i : undefined;
}

/**
 * `director general for FTA negotiations at …`, `special representative for Korean Peninsula peace and security
 * affairs,`, `professor of Central Asian studies at …`: lower-case words of a portfolio after its capitalised words, in a
 * role after `for` or `of`; the last token's index, or -1.
 */
function lowerFieldEnd(v: LineView, first: number, i: number): number {
  if (!isLowerWords(v.tokens[i]) || !v.tokens[i - 1].upper) return -1;
  let k = i - 1;
  while (k > first && v.tokens[k].upper) k--;
  const link = v.tokens[k].lower;
  if (link !== 'for' && link !== 'of') return -1;
  let [j, words] = [i, 0];
  while (j < v.tokens.length && isLowerWords(v.tokens[j]) && (v.cls[j] !== 'connector' || v.tokens[j].lower === 'and') && (words += Math.max(1, v.tokens[j].words)) <= MAX_LOWER_OBJECT) j++;
  const next = v.tokens[j];
  const closed = closesPhrase(next) || OWNER_LINKS.has(next.lower);
  // After `of` only a field's noun (`professor of Central Asian studies at …`): a verb may follow an office there.
  const field = link === 'for' || FIELD_NOUNS.has(lastWord(v, v.tokens[j - 1]));
  return j > i && closed && field && isPortfolio(v.text.slice(v.tokens[i].start, v.tokens[j - 1].end)) ? j - 1 : -1;
}

/** Most words of a unit's field. */
const MAX_UNIT_FIELD = 3;

/** Nouns that close a field of study or of work after its capitalised words. */
const FIELD_NOUNS = new Set(['studies', 'affairs', 'issues', 'relations', 'sciences', 'history', 'literature', 'law', 'economics', 'languages', 'philology']);

/**
 * `spokeswoman for the Polish foreign ministry,`, `deputy head of the presidential administration.`:
 * after the role's last capitalised word and any connectors, a few lower-case words ending in an
 * institution's noun and then the phrase's end are the role's object. Returns the last token's index.
 */
function lowerObjectAfter(v: LineView, last: number): number | undefined {
  // (`of Kazakh language and literature`: a language's adjective, which names no country there.)
  if ((v.cls[last] === 'country' || v.cls[last] === 'name') && isNationality(v.tokens[last].lower)) return nounAfterNationality(v, last);
  // `deputy chairman of the Cabinet of Ministers in charge of the oil and gas industry`: the portfolio of a charge.
  if (v.tokens[last].lower === 'charge' && v.tokens[last - 1]?.lower === 'in' && v.tokens[last + 1]?.text === 'of') {
    return portfolioAfter(v, v.tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2);
  }
  // `deputy akim of Karaganda region for industry and infrastructure`: a lower-case unit's portfolio after `for`.
  if (!v.tokens[last].upper && v.tokens[last + 1]?.lower === 'for' && ADMIN_UNITS.has(lastWord(v, v.tokens[last]))) return portfolioAfter(v, last + 2);
  return namedObjectEnd(v, last) ?? bodysTopicEnd(v, last) ?? lowerBodyEnd(v, last) ?? ownedUnitEnd(v, last);
}

/**
 * `head of the Kazakh working group on inter-parliamentary relations,`: what the lower-case body the office ran to works on,
 * after `on` or `for`, in a few lower-case words to the phrase's end.
 */
function bodysTopicEnd(v: LineView, last: number): number | undefined {
  const body = v.tokens[last];
  if (body.upper || !isBodyNoun(v, body) || !OBJECT_TAIL_OPENING.test(`${v.tokens[last + 1]?.lower} `)) return undefined;
  let [k, words] = [last + 2, 0];
  for (; k < v.tokens.length && isLowerWords(v.tokens[k]) && !endsObject(v, k) && (words += v.tokens[k].words) <= MAX_OBJECT_TAIL; k++);
  return k > last + 2 && closesPhrase(v.tokens[k]) && !saysHowLong(v, last + 1, k - 1) ? k - 1 : undefined;
}

/**
 * `head of the company for less than a year`, `for decades`, `for another term`: a `for`, words that measure and a time's
 * unit say how long the office was held, no topic of the body (`for the culture days`, `for working time` are topics).
 */
function saysHowLong(v: LineView, from: number, to: number): boolean {
  const span = DURATION.exec(v.text.slice(v.tokens[from].start, v.tokens[to].end));
  return span !== null && (span[1] ?? '').split(/[ -]/).every((w) => w === '' || MEASURE_WORDS.has(w) || /^\d+$/.test(w));
}
const DURATION = /^for (?:(.*) )?(?:years?|decades?|months?|weeks?|days?|century|centuries|terms?|time|while)$/;
/** Words that say how much of a time (`for over twenty years`, `for the whole year`, `for all these years`). */
const MEASURE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(COUNT_WORDS), ...DAY_ORDINAL_WORDS, 'a', 'an', 'the', 'one', 'another', 'many', 'several', 'few', 'some', 'most', 'all', 'these',
  'those', 'this', 'that', 'its', 'his', 'her', 'their', 'of', 'over', 'more', 'less', 'than', 'nearly', 'almost', 'about', 'around', 'past',
  'last', 'next', 'whole', 'entire', 'full', 'remaining', 'current', 'previous', 'following', 'coming', 'consecutive', 'long', 'short',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'half', 'roughly', 'approximately', 'up', 'to', 'just', 'only', 'well', 'under',
]);

/**
 * `Director of the Jordan River Foundation's international programmes,`, `General Director of Vietnam Airlines'
 * international division,`: a capitalised body's possessive and lower-case words closing the phrase name the unit the
 * office is of. Returns the last word's index (the possessive's, where a firm's name ends with it).
 */
function ownedUnitEnd(v: LineView, last: number): number | undefined {
  const [owner, mark] = [v.tokens[last], v.tokens[last + 1]];
  // (A plural's possessive is a bare apostrophe: `Airlines'`.)
  const possessive = mark?.kind === 'possessive' || ((mark?.text === "'" || mark?.text === '’') && owner.text.endsWith('s'));
  if (!owner.upper || !possessive || mark.start !== owner.end) return undefined;
  let k = afterOwnedWords(v, last);
  // (`Head of Business Sweden’s office in Almaty,`: the unit's city after `in` too.)
  if (k - 1 > last + 2 && v.tokens[k - 1].lower === 'in' && v.tokens[k]?.upper && v.tokens[k].kind === 'word' && PHRASE_END_MARKS.has(v.tokens[k + 1]?.text ?? '')) k++;
  // (`Senior Credit Officer at Moody's,`: a firm named with its founder's possessive, with no unit after it.)
  // (A title's word only without `the`: `at King's`, not `adviser to the President's,`.)
  const owned = FIRMS_OWNER_CLASSES.has(v.cls[last]) || (v.cls[last] === 'title' && v.tokens[last - 1]?.lower !== 'the');
  const firms = k === last + 2 && mark.kind === 'possessive' && owned;
  return (k > last + 2 || firms) && (k === v.tokens.length || PHRASE_END_MARKS.has(v.tokens[k].text)) ? k - 1 : undefined;
}

/** Classes of a firm's name before its possessive (not a title's or a state's: `adviser to the President's,`). */
const FIRMS_OWNER_CLASSES: ReadonlySet<TokenClass> = new Set(['name', 'org', 'caps']);

/**
 * The object an office's last word itself may call for: a noun after a continent's adjective, a portfolio, a UN mandate or
 * an envoy's topic after `on`, a business described after `a`.
 */
function namedObjectEnd(v: LineView, last: number): number | undefined {
  // (`dean of the African diplomatic corps in Astana,`; or the phrase's object goes on: `Director for Nordic and Baltic
  // cooperation in the ministry`.)
  const continental = isContinentsAdjective(v, last) ? nounAfterNationality(v, last) : undefined;
  if (continental !== undefined) return continental;
  // (`the Hungarian minister responsible for energy`: or after `responsible for`.)
  const responsible = lowerWordOf(v, v.tokens[last + 1] ?? v.tokens[last]) === 'responsible' && v.tokens[last + 2]?.lower === 'for';
  const portfolio = PORTFOLIO_HOLDERS.has(v.tokens[last].lower) && (PORTFOLIO_LINKS.has(v.tokens[last + 1]?.text) || responsible) ? portfolioAfter(v, responsible ? last + 3 : last + 2) : undefined;
  if (portfolio !== undefined) return portfolio;
  // `Special Rapporteur on the situation of human rights in Belarus,`: a UN mandate, in lower case to the phrase's end.
  if (MANDATE_HOLDERS.has(v.tokens[last].lower) && v.tokens[last + 1]?.text === 'on') {
    const mandate = mandateAfter(v, last + 2);
    if (mandate !== undefined) return mandate;
  }
  // `chief negotiator on climate issues`: what an envoy works on, after `on`, ending in a field's noun.
  const topic = ON_HOLDERS.has(v.tokens[last].lower) && v.tokens[last + 1]?.text === 'on' ? portfolioAfter(v, last + 2) : undefined;
  if (topic !== undefined && FIELD_NOUNS.has(lastWord(v, v.tokens[topic]))) return topic;
  return indefiniteBusinessEnd(v, last);
}

/** A few lower-case words ending in a body's noun (maybe its quoted name, number or owner), then the phrase's end. */
function lowerBodyEnd(v: LineView, last: number): number | undefined {
  let i = last + 1;
  // `director of the GAC's statistics and analysis department`: a capitalised body's possessive owns the object.
  if (v.tokens[i]?.kind === 'possessive' && v.tokens[i].start === v.tokens[last].end && v.tokens[last].upper && v.cls[last] !== 'country') i++;
  while (v.cls[i] === 'connector' && v.tokens[i].kind === 'word') i++;
  let words = 0;
  // `head of the Kazakh working group on inter-parliamentary relations`: the noun, then what the body works on.
  let noun = -1;
  for (; i < v.tokens.length && words + v.tokens[i].words <= MAX_LOWER_OBJECT + MAX_OBJECT_TAIL; i++) {
    // `head of the institute's glaciology laboratory`: a lower-case body's possessive inside the object.
    if (!isLowerWords(v.tokens[i]) && !(i > 0 && isLowerPossessive(v, i))) break;
    if (endsObject(v, i)) break;
    words += v.tokens[i].words;
    if (words <= MAX_APPOSITION_OBJECT && (isBodyNoun(v, v.tokens[i]) || isSiteAfterName(v, last, i))) noun = i;
  }
  // `chairman of the public association "Zheltoksan Akikaty",`: the body's quoted name after its noun.
  const quoted = noun >= 0 && noun === i - 1 && i < v.tokens.length ? quotedNameEnd(v, i) : undefined;
  if (quoted !== undefined && closesPhrase(v.tokens[quoted + 1])) return quoted;
  // `a nurse of the Pavlodar city hospital No. 1,`: or its number.
  const numbered = noun >= 0 && noun === i - 1 ? numberSignEnd(v, i) : undefined;
  if (numbered !== undefined && closesPhrase(v.tokens[numbered + 1])) return numbered;
  // `commander of military unit 32363,`: or a bare number.
  if (noun >= 0 && noun === i - 1 && isNumberedUnit(v, i) && closesPhrase(v.tokens[i + 1])) return i;
  const next = v.tokens[i];
  // `head of the Duma's international affairs committee and leader of …`: the object ends before a further office, and
  // before where the body stands (`a nurse of the Aksu city hospital in Pavlodar region,`).
  // (`… mission bureau and a former KARI engineer`: or before a further description.)
  const closed = closesPhrase(next) || endsObject(v, i);
  // `a miner of the Kostenko mine of Qarmet JSC,`: the body's owner after `of`, capitalised, closing the phrase.
  // (`… parliamentary friendship group of the Mazhilis,`: after `of the` too; `the committee on energy of the Sejm,`: and
  // after what the body works on.)
  const owner = v.tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  const worksOn = (): boolean => noun < owner - 1 && OBJECT_TAIL_OPENING.test(v.text.slice(v.tokens[noun + 1].start, v.tokens[owner - 1].end));
  // (Not into the next person's name: `head of the working group of the Government Ilya Prokopenko`.)
  const ownerEnd = !closed && noun >= 0 && (noun === owner - 1 || worksOn()) && v.tokens[owner].lower === 'of' && next?.upper ? ownerNameEnd(v, i) : undefined;
  if (ownerEnd !== undefined) return holdsNamePair(v, i, ownerEnd) ? undefined : ownerEnd;
  // `head of the delegation to PACE,`: where a delegation or mission is sent, after `to`.
  // (Not where a titled person follows: `head of the delegation to Almaty Akim X`.)
  const to = v.tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  const sentTo = !closed && noun >= 0 && noun === to - 1 && v.tokens[to].lower === 'to' && next?.upper && SENT_BODIES.has(lastWord(v, v.tokens[noun])) ? ownerNameEnd(v, i) : undefined;
  if (sentTo !== undefined && !holdsTitledName(v, i, sentTo + 1)) return sentTo;
  // `chairman of the board of the state copper company Codelco,`: a business's name after its noun.
  // (`Chief Executive Officer of the port operator Noordzee Terminals,`: a trade's noun after the body's lower-case word
  // the walk took in, where no person's name follows.)
  const business = !closed && i > last + 1 && next?.upper && BUSINESS_NOUNS.has(lastWord(v, v.tokens[i - 1]));
  if (business && noun >= 0) return ownerNameEnd(v, i);
  if (business && i === last + 2 && v.cls[last] === 'org' && !v.tokens[last].upper) {
    const end = ownerNameEnd(v, i);
    return end === undefined || holdsNamePair(v, i, end) ? undefined : end;
  }
  if (words === 0 || noun < 0 || !closed) return undefined;
  if (noun === i - 1) return noun;
  // `… department of the regional administration`: a body's own body after `of`; `… department of hydrological
  // forecasting`: or its field.
  const tail = v.text.slice(v.tokens[noun + 1].start, v.tokens[i - 1].end);
  const ofTail = tail.startsWith('of ') && (isBodyNoun(v, v.tokens[i - 1]) || isPortfolio(tail.slice(3)));
  return OBJECT_TAIL_OPENING.test(tail) || ofTail ? i - 1 : undefined;
}

/** A title right before a name between tokens `from` and `to` (`Almaty Akim Yerbolat Dossayev`; not `the UN General Assembly`). */
function holdsTitledName(v: LineView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.cls[k] === 'title' && v.cls[k + 1] === 'name') return true;
  return false;
}

/** Bodies sent to another (`the delegation to PACE`, `the mission to the OSCE`). */
const SENT_BODIES: ReadonlySet<string> = new Set(['delegation', 'mission']);

/** Token `i` is `and` before `a` or `an`. */
function opensFurtherDescription(v: LineView, i: number): boolean {
  const article = v.tokens[i + 1];
  return v.tokens[i]?.lower === 'and' && article !== undefined && INDEFINITE_ARTICLES.has(firstWordOf(v.text, article));
}

/** Most capitalised words of a body's owner in `ownerNameEnd`. */
const MAX_OWNER_NAME = 4;

/** The last token of a capitalised name opening at `k` that closes the phrase, or undefined. */
function ownerNameEnd(v: LineView, k: number): number | undefined {
  let end = k;
  while (end + 1 < v.tokens.length && end - k < MAX_OWNER_NAME && v.tokens[end + 1].upper && adjacent(v.text, v.tokens[end], v.tokens[end + 1])) end++;
  return closesPhrase(v.tokens[end + 1]) ? end : undefined;
}

/** Most capitalised words of the place in `isPlaceClosing`. */
const MAX_PLACE_WORDS = 3;

/** Token `i` is `in` before a capitalised place, maybe with its unit, closing the phrase (`in Pavlodar region,`, `in Shymkent.`). */
function isPlaceClosing(v: LineView, i: number): boolean {
  if (v.tokens[i].lower !== 'in') return false;
  let k = i + 1;
  while (k < v.tokens.length && k - i <= MAX_PLACE_WORDS && v.tokens[k].upper && v.tokens[k].kind === 'word') k++;
  if (k === i + 1) return false;
  if (v.tokens[k] !== undefined && ADMIN_UNITS.has(v.tokens[k].lower)) k++;
  // (`head of mission in London since 2022`: or a span of time.)
  return closesPhrase(v.tokens[k]) || SPAN_OPENERS.has(lowerWordOf(v, v.tokens[k]));
}

/** Token `i` is `in the <unit> of` before a capitalised place, after a lower-case word (`farm in the village of Kabanbai`). */
function isUnitOfPlaceAfterBody(v: LineView, i: number): boolean {
  const t = (k: number): string => v.tokens[i + k]?.lower ?? '';
  return t(0) === 'in' && t(1) === 'the' && ADMIN_UNITS.has(t(2)) && t(3) === 'of' && v.tokens[i + 4]?.upper === true && isLowerWords(v.tokens[i - 1]);
}

/** Token `i` is a possessive glued to a lower-case word, before another (`the institute's glaciology …`). */
function isLowerPossessive(v: LineView, i: number): boolean {
  const [mark, word, next] = [v.tokens[i], v.tokens[i - 1], v.tokens[i + 1]];
  return mark.kind === 'possessive' && !word.upper && word.end === mark.start && next !== undefined && isLowerWords(next);
}

/** Token `i` is an `and` before a further office's title or its country's possessive (`… committee and leader of …`, `… and Russia's former …`). */
function opensFurtherTitle(v: LineView, i: number): boolean {
  return v.tokens[i].lower === 'and' && (v.cls[i + 1] === 'title' || isCountryPossessive(v, i + 2));
}

/** Titles whose `of` or `for` names a portfolio when no article follows (`minister of agriculture`, `deputy minister for multilateral affairs`). */
const PORTFOLIO_HOLDERS = new Set([
  'minister', 'ministers', 'vice-minister', 'commissioner', 'secretary', 'director', 'under-secretary-general', 'co-chair',
  'rector', 'vice-rector', 'pro-rector', 'vice-president', 'president', 'vice-chancellor', 'adviser', 'advisor', 'envoy', 'representative', 'coordinator', 'head', 'chief',
  // A hospital's deputies (`deputy chief physician for medical work`); an embassy's or consulate's (`counsellor for economic
  // and commercial affairs at the Consulate General …`).
  'physician', 'doctor', 'counsellor', 'counselor', 'attaché', 'attache',
]);
const PORTFOLIO_LINKS: ReadonlySet<string | undefined> = new Set(['of', 'for']);
/** Titles whose `on` names what the holder works on (`special envoy on climate issues`). */
const ON_HOLDERS = new Set(['negotiator', 'envoy', 'representative', 'rapporteur', 'adviser', 'advisor', 'coordinator', 'ambassador']);
/** What links a portfolio to the state or body that owns it. */
const OWNER_LINKS: ReadonlySet<string | undefined> = new Set(['of', 'at']);
/** A portfolio in lower case: a few words, maybe joined by `and`, none of them a function word or a verb. */
const PORTFOLIO = /^[a-z]+(?:-[a-z]+)?(?:,? (?:and )?[A-Za-z][a-z]*(?:-[a-z]+)?){0,4}$/;
const NOT_PORTFOLIO = /(?:^| )(?:the|a|an|that|who|which|said|says|has|have|had|is|was|will|also|of|in|at|on|to|with)(?: |$)/;

function isPortfolio(words: string): boolean {
  // `for economic issues and, from 2021 …`: a portfolio does not end in its conjunction, nor (`akim of the region for three
  // years`) in a length of time.
  return PORTFOLIO.test(words) && !NOT_PORTFOLIO.test(words) && !PORTFOLIO_CUT.test(words);
}

const PORTFOLIO_CUT = / (?:and|or)$|(?:^| )(?:years?|months?|weeks?|days?|decades?)$/;

/**
 * `the minister of agriculture,`, `the vice minister of water resources and irrigation,`: the
 * portfolio opening at token `i` and closed by punctuation, as its last token.
 */
function portfolioAfter(v: LineView, i: number): number | undefined {
  let k = i;
  let comma = -1;
  for (; k < v.tokens.length; k++) {
    const t = v.tokens[k];
    // `minister of economy, trade and industry`: a comma inside a list of portfolios that `and` closes.
    // (`for foreign and European affairs`: a continent's or a state's adjective inside the list of fields.)
    const adjective = k > i && (isContinentsAdjective(v, k) || (v.cls[k] === 'country' && isNationality(t.lower))) && isLowerWords(v.tokens[k + 1] ?? t);
    const listed = k > i && t.text === ',' && closesWithAnd(v, k + 1);
    if (listed && comma < 0) comma = k;
    if (!(isLowerWords(t) && !OWNER_LINKS.has(t.lower)) && !listed && !adjective) break;
    if (k > i && isTimeAfter(v, k)) break;
  }
  if (k === i) return undefined;
  // (`deputy minister of trade, praised the initiative and said …`: the comma closed the portfolio when what follows is none.)
  if (comma > 0 && !isPortfolio(v.text.slice(v.tokens[i].start, v.tokens[k - 1].end))) k = comma;
  if (!isPortfolio(v.text.slice(v.tokens[i].start, v.tokens[k - 1].end))) return undefined;
  // `the first deputy minister of tourism of Uzbekistan`, `vice-rector for science of Satbayev University`, `head of
  // paediatrics at Chris Hani Baragwanath Academic Hospital`: the state or the body whose portfolio it is.
  const owner = OWNER_LINKS.has(v.tokens[k]?.lower) ? (v.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1) : -1;
  // After `at` any capitalised name is where the post is held (`head of research at Halyk Finance`).
  // `deputy head of mission at the Turkish Embassy in Tbilisi`: a state's adjective may open the body's name.
  const state = owner >= 0 && v.cls[owner] === 'country' ? countryEnd(v, owner) : undefined;
  const body = owner < 0 ? undefined : state !== undefined ? (v.tokens[state + 1]?.upper ? bodyNameEnd(v, state + 1) : undefined) :
    (bodyNameEnd(v, owner) ?? (v.tokens[k].lower === 'at' ? capitalisedRunEnd(v, owner) : namedLowerBodyEnd(v, owner)));
  const last = owner < 0 ? k - 1 : (body ?? (state !== undefined ? possessedBodyEnd(v, state) : k - 1));
  const next = v.tokens[last + 1];
  // `… Academic Hospital in Soweto,`: where a body stands is no part of the office; `… University and, from 2019, as …`:
  // nor is a clause `and` opens in lower case.
  const closed = closesPhrase(next) || isTimeAfter(v, last + 1) || (body !== undefined && (next.lower === 'in' || (next.lower === 'and' && !v.tokens[last + 2]?.upper)));
  return closed ? last : undefined;
}

/** Token `k` opens when an office was held (`in January`, `since 2017`), which ends it: `head of state in January`. */
function isTimeAfter(v: LineView, k: number): boolean {
  const [opener, next] = [v.tokens[k], v.tokens[k + 1]];
  if (opener === undefined || next === undefined) return false;
  if (opener.lower === 'for') return isTermFor(v, k);
  if (!TIME_OPENERS.has(lowerWordOf(v, opener))) return false;
  return CALENDAR.has(next.lower) || (next.kind === 'number' && YEAR.test(next.text));
}

/**
 * `head coach of the national team for the 2027-2030 cycle`, `… for the new season`, `… for a term of four years`: how long
 * a post is held, after `for` and an article, maybe years, a count or `next`, then a term's noun (not what a body is for:
 * `the commission for the flood period`, `… for the new academic year`, `… for the year of working professions`).
 */
function isTermFor(v: LineView, k: number): boolean {
  const after = v.tokens[k + 2];
  if (!TERM_ARTICLES.has(v.tokens[k + 1].lower) || after === undefined) return false;
  return TERM_AFTER.test(v.text.slice(after.start, after.start + MAX_TERM_READ));
}

const TERM_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'next', 'another']);
const TERM_COUNTS = [...Object.keys(COUNT_WORDS), 'next', 'new', 'coming', 'current', 'following', 'remaining', 'whole'].join('|');
/**
 * Years, a count or `next`, then a term's noun, which no lower-case noun follows (`for the new year celebrations` names what
 * a body is for) but maybe years or `of` and a count (`for a period of three years`, `for a new term of office`).
 */
const TERM_AFTER = new RegExp(`^(?:(?:\\d+|${TERM_COUNTS}|\\p{L}+-year|\\p{L}+(?:-\\p{L}+)*-long)(?!\\p{L})[ \u00a0]*[-\u2013\u2014]?[ \u00a0]*)*(?:cycle|seasons?|period|years?|months|tenure|mandate|term)(?![\\p{L}'’-])(?![ \u00a0]+(?!(?:of[ \u00a0]+(?:\\d|office|(?:${TERM_COUNTS})(?!\\p{L}))|until|till|and|to)(?!\\p{L}))\\p{Ll})`, 'u');
const MAX_TERM_READ = 40;
/**
 * Token `i` ends a lower-case object before what it runs into: a further office or description, where the body stands, when
 * the office was held, a relative clause or another clause.
 */
function endsObject(v: LineView, i: number): boolean {
  return opensFurtherTitle(v, i) || isPlaceClosing(v, i) || opensFurtherDescription(v, i) || isTimeAfter(v, i) || opensRelativeClause(v, i) || opensFurtherClause(v, i);
}

/** `… district state administration and, since last autumn, as head of …`: `and` before a comma or `as` opens another clause. */
function opensFurtherClause(v: LineView, i: number): boolean {
  const next = v.tokens[i + 1];
  return v.tokens[i]?.lower === 'and' && next !== undefined && (next.text === ',' || firstWordOf(v.text, next) === 'as');
}

/** `a former defence minister who took office in October`: a relative clause is no part of the office's object. */
function opensRelativeClause(v: LineView, i: number): boolean {
  const t = v.tokens[i];
  if (t === undefined) return false;
  const word = firstWordOf(v.text, t);
  // (`that` only before a verb, `the working group that drafted …`: as often a demonstrative, `director of that institute`.)
  return RELATIVE_PRONOUNS.has(word) || (word === 'that' && t.kind === 'gap' && THAT_CLAUSE.test(v.text.slice(t.start, t.end)));
}
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
const THAT_CLAUSE = /^that (?:\p{Ll}+ed|is|was|are|were|has|have|had|will|would|can|could)(?: |$)/u;
const TIME_OPENERS: ReadonlySet<string> = new Set(['in', 'on', ...SPAN_OPENERS]);
const YEAR = /^(?:1[89]|20)\d\d$/;

/** `the Aksu-Zhabagly reserve`: a capitalised name and the lower-case body's noun after it, from token `k`; its last token. */
function namedLowerBodyEnd(v: LineView, k: number): number | undefined {
  const run = capitalisedRunEnd(v, k);
  if (run === undefined) return undefined;
  const end = run + 1;
  return v.cls[end] === 'org' && !v.tokens[end].upper && v.tokens[end].words === 1 && adjacent(v.text, v.tokens[end - 1], v.tokens[end]) ? end : undefined;
}

/**
 * `minister of public works of Afghanistan's interim government,`: the last token of a lower-case body the
 * state ending at token `k` owns, closed by punctuation; else `k`.
 */
function possessedBodyEnd(v: LineView, k: number): number {
  if (v.tokens[k + 1]?.kind !== 'possessive' || v.tokens[k + 1].start !== v.tokens[k].end) return k;
  let [j, words] = [k + 2, 0];
  while (j < v.tokens.length && isLowerWords(v.tokens[j]) && v.cls[j] !== 'connector' && (words += Math.max(1, v.tokens[j].words)) <= MAX_NATIONALITY_NOUN) j++;
  const next = v.tokens[j];
  const closed = closesPhrase(next);
  return j > k + 2 && closed && isBodyNoun(v, v.tokens[j - 1]) ? j - 1 : k;
}

/** The lower-case words from token `k` on hold an inner `and` before the next punctuation (`trade and industry`). */
function closesWithAnd(v: LineView, k: number): boolean {
  for (let j = k + 1; j + 1 < v.tokens.length && isLowerWords(v.tokens[j]); j++) if (v.tokens[j].lower === 'and' && isLowerWords(v.tokens[j + 1])) return isLowerWords(v.tokens[k]) && v.tokens[k].lower !== 'and';
  return false;
}

/** `Satbayev University`, `University of Debrecen`: the last token of a body's capitalised name starting at token `k` and holding an organisation's word. */
function bodyNameEnd(v: LineView, k: number): number | undefined {
  let end: number | undefined;
  for (let j = k; j < v.tokens.length && v.tokens[j].upper && v.tokens[j].kind === 'word'; j++) {
    if (v.cls[j] === 'org' || end !== undefined) end = j;
    // (`the Embassy of the PRC`: maybe with `the`.)
    const the = v.tokens[j + 2]?.lower === 'the' ? 1 : 0;
    if (v.tokens[j + 1]?.lower === 'of' && v.tokens[j + 2 + the]?.upper) j += 1 + the;
  }
  return end;
}

/** The last token of the run of capitalised words starting at token `k`, if one starts there. */
function capitalisedRunEnd(v: LineView, k: number): number | undefined {
  let j = k;
  while (j < v.tokens.length && v.tokens[j].upper && v.tokens[j].kind === 'word' && (j === k || adjacent(v.text, v.tokens[j - 1], v.tokens[j]))) j++;
  return j > k ? j - 1 : undefined;
}

/** The last token of the country's name that starts at token `k` (`Kyrgyz Republic`, `Republic of Kazakhstan`). */
function countryEnd(v: LineView, k: number): number {
  for (;;) {
    if (v.cls[k + 1] === 'country' && adjacent(v.text, v.tokens[k], v.tokens[k + 1])) k++;
    else if (v.tokens[k + 1]?.lower === 'of' && v.cls[k + 2] === 'country') k += 2;
    else return k;
  }
}

/** `head of the department of Kazakh culture,`: the noun after a nationality, closing the phrase. */
function nounAfterNationality(v: LineView, last: number): number | undefined {
  // `vice president of the Chinese state-owned firm,`: lower-case words describing the noun may go before it.
  // `a teacher of Kazakh language and literature from …`: two subjects joined by `and`, before where one teaches.
  let k = last + 1;
  let words = 0;
  // (Not `and a` opening a further office: `captain of the Georgian national team and a UEFA Youth Ambassador`.)
  const further = (j: number) => v.tokens[j]?.lower === 'and' && INDEFINITE_ARTICLES.has(v.tokens[j + 1]?.lower ?? '');
  const joined = (j: number) => v.tokens[j].lower === 'and' && !further(j) && j > last + 1 && v.tokens[j + 1] !== undefined && isNationalityNounWord(v, j + 1);
  // `captain of the Georgian women's national team,`: a lower-case owner's possessive between two of them.
  const owns = (j: number) => v.cls[j] === 'possessive' && j > last + 1 && !v.tokens[j - 1].upper && v.tokens[j + 1] !== undefined && isNationalityNounWord(v, j + 1);
  // (The owner and its possessive, glued to it, count as no word of the noun.)
  const counted = (j: number) => (owns(j) ? -v.tokens[j - 1].words : v.tokens[j].words);
  const goesOn = (j: number) => owns(j) || ((isNationalityNounWord(v, j) || joined(j)) && adjacent(v.text, v.tokens[j - 1], v.tokens[j]));
  for (; k < v.tokens.length && goesOn(k) && words + counted(k) <= MAX_NATIONALITY_NOUN; k++) words += counted(k);
  const next = v.tokens[k];
  if (words === 0 || v.tokens[k - 1].lower === 'and') return undefined;
  const subjects = SUBJECT_NOUNS.has(lastWord(v, v.tokens[last + 1])) && PLACE_AFTER_SUBJECT.has(next?.lower ?? '');
  // (`dean of the African diplomatic corps in Astana,`: or before where the body sits.)
  return closesPhrase(next) || further(k) || subjects || (next !== undefined && isPlaceClosing(v, k)) ? k - 1 : undefined;
}

/** Continents' and regions' adjectives, capitalised (`the African diplomatic corps`). */
const CONTINENTS_ADJECTIVES: ReadonlySet<string> = new Set(['african', 'european', 'asian', 'arab', 'latin', 'caribbean', 'nordic', 'baltic', 'eurasian']);

function isContinentsAdjective(v: LineView, k: number): boolean {
  return v.tokens[k].upper && CONTINENTS_ADJECTIVES.has(v.tokens[k].lower);
}

/** A school subject named by its language (`Kazakh language`, `Russian literature`). */
const SUBJECT_NOUNS = new Set(['language', 'literature', 'history']);
/** Words after a teacher's subject that say where one teaches. */
const PLACE_AFTER_SUBJECT = new Set(['from', 'at', 'in']);

/** Most words after a nationality closing an office's object (`state-owned firm`). */
const MAX_NATIONALITY_NOUN = 3;

function isNationalityNounWord(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return !t.upper && t.words > 0 && (v.cls[k] === 'other' || v.cls[k] === 'org');
}

function isBodyNoun(v: LineView, t: Token): boolean {
  return endsInInstitutionNoun(v, t) || BODY_NOUNS.has(lastWord(v, t));
}

/**
 * Nouns of bodies that close an apposition's lower-case object (`head of the Kazakh working group,`), though not an
 * object read back from a name: there `the Saudi company X` names the company.
 */
const BODY_NOUNS = new Set([
  'group', 'team', 'board', 'chamber', 'association', 'foundation', 'fund', 'company', 'corporation', 'bank', 'party', 'branch', 'majority', 'faction', 'caucus',
  'authority',
  // `a senior member of the ruling family`, `co-founder of the … law firm`.
  'family', 'dynasty', 'firm',
  // A medium after its name (`editor-in-chief of the Egemen Qazaqstan newspaper`, `presenter of the Khabar TV channel`).
  'newspaper', 'channel', 'magazine', 'portal', 'station',
  // A plural title's bodies (`A and B, heads of the two railway companies`).
  'groups', 'teams', 'associations', 'foundations', 'funds', 'companies', 'corporations', 'banks', 'parties', 'firms',
]);

/**
 * Sites one works at, and contests one wins, named before them (`a process operator at the Kashagan field`, `a laureate of
 * the Kurmangazy competition`; not `working in the field`).
 */
const NAMED_SITES: ReadonlySet<string> = new Set(['field', 'deposit', 'competition', 'contest', 'prize', 'award', 'olympiad', 'tournament', 'championship']);

function isSiteAfterName(v: LineView, last: number, i: number): boolean {
  return i === last + 1 && v.tokens[last].upper && v.tokens[i].words === 1 && NAMED_SITES.has(lastWord(v, v.tokens[i]));
}

/** Most lower-case words of an apposition's object up to its noun: one more than before a name (`the regional water resources department`). */
const MAX_APPOSITION_OBJECT = MAX_LOWER_OBJECT + 1;

/** Most lower-case words after a body's noun that say what it works on. */
const MAX_OBJECT_TAIL = 4;
const OBJECT_TAIL_OPENING = /^(?:on|for) /;

function nextNameStarts(v: LineView, i: number): boolean {
  const c = v.cls[i];
  // (`…, KAWASAKI Akira, Executive Vice President …`: a surname in capitals opens it too.)
  // (Not a body named after a person, which an organisation's word closes before a mark: `…, Chairperson, V.O.
  // Chidambaranar Port Authority,`; but `…, Petra Svoboda Institute director Karel Dvorak` names the next person.)
  // (`…, Jan-Willem van der Berg, Director of …`: or a surname's lower-case particles after the given name.)
  if (c === 'comma') return isNameWord(v, i + 1) && (v.cls[i + 2] === 'name' || (particlesBeforeName(v, i + 2) && !v.tokens[i + 2].upper)) && !(endsInOrgWord(v, i + 1) && ownerNameEnd(v, i + 1) !== undefined);
  // `…, President of the United Arab Emirates Sheikh Mohamed bin Zayed`: a form of address opens the next person's name.
  // (`…, Turkish professor Dr. X`: after a lower-case title too; `…, Ambassador of Cambodia H.E. Mr. X`: maybe two.)
  if (c === 'honorific' && v.tokens[i].upper && i > 0 && (v.tokens[i - 1].upper || v.cls[i - 1] === 'title') && adjacent(v.text, v.tokens[i - 1], v.tokens[i])) {
    return v.cls[v.cls[i + 1] === 'honorific' ? i + 2 : i + 1] === 'name';
  }
  // (`…, former Prime Minister ISHIBA Shigeru and …`: a surname in capitals after a title, before the given name.)
  if (v.cls[i - 1] === 'title' && opensCapsSurname(v, i) && adjacent(v.text, v.tokens[i - 1], v.tokens[i])) return true;
  // (`…, President Director of PT Nusantara Energi,`: not a firm's name after its legal form.)
  if (c !== 'name' || !adjacent(v.text, v.tokens[i - 1], v.tokens[i]) || opensFirmsName(v, i - 1)) return false;
  // `X, Minister of Trade Anna Berg`: after a complement's one-word object, two name words are a person, as the name finder
  // reads them, unless an organisation's word closes their run (`Governor of the Magyar Nemzeti Bank`, `Director of the
  // Mingachevir Thermal Power Plant`).
  // `…, Ambassador of the Hellenic Republic Nikolaos Papadakis`: so do two after a state's name, a portfolio's word
  // or an organisation's (`X, Minister for Europe and Foreign Affairs Jean-Noel Barrot and …`, `…, Executive Director of
  // the CICA Secretariat Kairat Sarybay`).
  // `Rector of Universitas Gadjah Mada`: not after a head written before the name it bears.
  // (`…, Consul General of Spain in Porto Ana María Salomón`: or after where the office sits.)
  // (`Director of the Geneva Branch of …`: `the` is no object.)
  // (`…, deputy akim of the city Aliya Kemelbekova, head of …`: or after a lower-case unit after `of the`.)
  const afterUnit = v.cls[i - 1] === 'org' && !v.tokens[i - 1].upper && v.tokens[i - 2]?.lower === 'the' && v.tokens[i - 3]?.lower === 'of';
  const afterObject = (((v.tokens[i - 2]?.lower === 'of' || v.tokens[i - 2]?.lower === 'in') && v.tokens[i - 1].lower !== 'the') || v.cls[i - 1] === 'country' || v.cls[i - 1] === 'qualifier' || (v.cls[i - 1] === 'org' && v.tokens[i - 1].upper) || afterUnit || closesCommonWordsObject(v, i - 1)) &&
    !HEAD_BEFORE_NAME_SET.has(v.tokens[i - 1].lower);
  // `the founder of the IT company Qazcode Dana Amanzholova`: a given name and a Slavic or Turkic surname after a business's
  // one-word name, as the name finder splits them.
  if (v.cls[i - 1] === 'name' && isBusinessNounBefore(v, i - 2) && closesWithGivenAndSurname(v, i - 1, i + 1)) return true;
  // `of the General Civil Aviation Authority`: not after a title that opens an organisation's name.
  return (v.cls[i - 1] === 'title' && !isOrgTitle(v, i - 1)) ||
    (afterObject && (v.cls[i + 1] === 'name' || isLineageBeforeName(v, i + 1) || particlesBeforeName(v, i + 1)) && adjacent(v.text, v.tokens[i], v.tokens[i + 1]) && !endsInOrgWord(v, i + 1) && !pluralOwnsOrg(v, i + 2));
}

/** Most capitalised common words of an object read back in `closesCommonWordsObject`. */
const MAX_COMMON_OBJECT = 3;

/** Token `k`, a capitalised common word, closes an object of such words and qualifiers after `of` (`of Nuclear Physics`). */
function closesCommonWordsObject(v: LineView, k: number): boolean {
  let j = k;
  const common = (i: number) => v.tokens[i]?.upper && ((v.cls[i] === 'stop' && isCommonEnglishWord(v.tokens[i].lower)) || v.cls[i] === 'qualifier');
  while (j > k - MAX_COMMON_OBJECT && common(j)) j--;
  return j < k && v.cls[k] === 'stop' && v.tokens[j]?.lower === 'of';
}

/** `Pieter van den Berg`, `Lorenzo Di Marco`: particles from token `k` on (a capitalised one only first), then a name word. */
function particlesBeforeName(v: LineView, k: number): boolean {
  let j = k;
  while (j < k + MAX_PARTICLES && v.cls[j] === 'particle' && (j === k || !v.tokens[j].upper)) j++;
  return j > k && v.cls[j] === 'name';
}
const MAX_PARTICLES = 3;

/** `bin` of `Mohamed bin Zayed`: a lineage particle at token `k` before a name word. */
function isLineageBeforeName(v: LineView, k: number): boolean {
  return v.cls[k] === 'particle' && LINEAGE_LINKS.has(v.tokens[k].lower) && v.cls[k + 1] === 'name';
}

/** Titles of those who serve another person (`envoy of the President`, `adviser to the Prime Minister`). */
const SERVING_TITLES = new Set(['envoy', 'representative', 'adviser', 'advisor', 'aide', 'assistant', 'spokesperson', 'spokesman', 'spokeswoman']);

/**
 * The role from `first` to `last` is a serving title, `of` or `to`, and only another office (`special envoy of Ethiopian
 * Prime Minister`): where that office starts, if so.
 */
export function servedOfficeStart(v: LineView, first: number, last: number): number | undefined {
  let link = first;
  while (link < last && v.tokens[link].lower !== 'of' && v.tokens[link].lower !== 'to') link++;
  if (link >= last || !SERVING_TITLES.has(v.tokens[link - 1].lower)) return undefined;
  const start = v.tokens[link + 1].lower === 'the' ? link + 2 : link + 1;
  for (let k = start; k <= last; k++) if (!isTitlePrefix(v.cls[k])) return undefined;
  // `Permanent Representative of Kazakhstan`: a state is served, not an office.
  return v.cls[last] === 'title' ? start : undefined;
}

/** `the chief cabinet secretary`: one lower-case word between two lower-case title words is the title's own. */
function joinsLowerTitles(v: LineView, i: number): boolean {
  const [before, word, after] = [v.tokens[i - 1], v.tokens[i], v.tokens[i + 1]];
  // `chief executive officer`: a post's noun after `chief` too.
  return (word.kind === 'gap' || isChiefPost(v, i)) && word.words === 1 && v.cls[i - 1] === 'title' && v.cls[i + 1] === 'title' && !before.upper && !after.upper
    && adjacent(v.text, before, word) && adjacent(v.text, word, after);
}

/** `Kazakhstan–Türkiye Business Council`: a dash glued between two capitalised words, as a hyphen. */
function gluedDash(v: LineView, i: number): boolean {
  const [before, dash, after] = [v.tokens[i - 1], v.tokens[i], v.tokens[i + 1]];
  // `the Ekibastuz GRES-2 power plant`: or a unit's number after a capitalised word.
  return DASHES.has(dash.text) && before?.end === dash.start && after?.start === dash.end && (after.upper || (after.kind === 'number' && before.upper));
}

/**
 * `Ambassador … to the Arab Republic of Egypt, and concurrently to the Republic of Sudan`: a comma before a further
 * accreditation, or one closing its `concurrently` (`… to the Republic of Kazakhstan and, concurrently, to …`).
 */
function opensConcurrentPost(v: LineView, i: number): boolean {
  const k = v.tokens[i + 1]?.lower === 'and' ? i + 2 : i + 1;
  return v.tokens[k]?.lower === 'concurrently' || (v.tokens[i - 1]?.lower === 'concurrently' && v.tokens[i + 1]?.lower === 'to');
}

/** `Secretary of State to the Minister …, responsible for Francophonie and …`: the comma at token `i` before a portfolio's `responsible for`. */
function opensResponsibility(v: LineView, i: number): boolean {
  const t = v.tokens[i + 1];
  if (t === undefined || t.kind !== 'gap' || t.words !== 1 || firstWordOf(v.text, t) !== 'responsible' || v.tokens[i + 2]?.lower !== 'for') return false;
  // (A portfolio's capitalised words, not a state's or a person's: `…, responsible for Russia's war`, `for President X's agenda`.)
  let k = i + 3;
  while (v.tokens[k]?.upper && PORTFOLIO_CLASSES.has(v.cls[k])) k++;
  return k > i + 3 && v.cls[k] !== 'possessive';
}

const PORTFOLIO_CLASSES: ReadonlySet<TokenClass> = new Set(['qualifier', 'stop', 'org', 'caps']);

/** `Minister of Ecology, Geology and Natural Resources`: a comma inside a list of portfolios, not one closing the role. */
function innerComma(v: LineView, i: number): boolean {
  // `Minister of Foreign Affairs, the National Community Abroad and African Affairs`: a portfolio named with its article,
  // when `and` and the list's last capitalised portfolio follow it.
  const article = v.tokens[i + 1]?.lower === 'the' ? 1 : 0;
  const next = v.cls[i + 1 + article];
  if (next === undefined || next === 'title' || !isCapitalised(next) || namesSource(v, i + 1)) return false;
  // `…, Secretary of State, November 13, 2026`: a date after a byline's office.
  if (CALENDAR.has(v.tokens[i + 1].lower) && v.tokens[i + 2]?.kind === 'number') return false;
  // `a spokesman for the Grain Union of Kazakhstan, Afghan and Iranian traders increased …`: a demonym alone opens the
  // next clause (not one opening a body's name: `…, German Institute for International and Security Affairs`).
  if (next === 'country' && isNationality(v.tokens[i + 1 + article].lower) && !v.tokens[i + 2 + article]?.upper) return false;
  // `… to the Federal Republic of Germany, Akorda reports`: a capitalised word and then a verb is the next clause.
  let k = i + 1 + article;
  while (k + 1 < v.tokens.length && isCapitalised(v.cls[k + 1]) && adjacent(v.text, v.tokens[k], v.tokens[k + 1])) k++;
  const after = v.tokens[k + 1];
  // `…, Akorda's press secretary X said`: an owner's possessive opens another's post, and so does a state's (`X, Vice
  // Minister of Foreign Affairs of China, Kyrgyzstan’s Ambassador to Beijing, Y`; not one inside the state's name:
  // `…, People’s Republic of China`).
  if (after?.kind === 'possessive' && after.start === v.tokens[k].end && (!v.tokens[k + 2]?.upper || (v.cls[k] === 'country' && v.cls[k + 2] !== 'country'))) return false;
  if (article === 1) return after?.lower === 'and' && v.tokens[k + 2]?.upper === true && isCapitalised(v.cls[k + 2]);
  return after === undefined || !isLowerWords(after) || v.cls[k + 1] === 'connector';
}

/**
 * A source's verb closing a sentence after its name (`…, Ministry of Foreign Affairs of the Republic of Kazakhstan
 * reports`), maybe after the name's possessive and its press service (`…, Akorda's press service reports`).
 */
const SOURCE_VERB = /(?:['’]s)?(?:\s+(?:official\s+)?(?:press\s+(?:service|office|centre|center)|website))?\s+(?:reports|reported|informs|informed|writes|wrote)(?![A-Za-z])/y;
/** Most tokens of a source's name. */
const MAX_SOURCE_TOKENS = 12;

/** The tokens from `first` on are a source's name, capitalised words and connectors, then its verb. */
function namesSource(v: LineView, first: number): boolean {
  let k = first;
  while (k < v.tokens.length && k - first < MAX_SOURCE_TOKENS && (isCapitalised(v.cls[k]) || v.cls[k] === 'connector')) k++;
  if (k === first || k === v.tokens.length) return false;
  SOURCE_VERB.lastIndex = v.tokens[k - 1].end;
  return SOURCE_VERB.test(v.text);
}

/** Most capitalised words of the place one comes from. */
const MAX_ORIGIN_WORDS = 3;

/** `X from Kurchum district, head of …`: past where one comes from, to the comma before the apposition; else `i`. */
function skipOrigin(v: LineView, i: number): number {
  if (v.tokens[i]?.lower !== 'from') return i;
  let j = i + 1;
  while (j < i + 1 + MAX_ORIGIN_WORDS && v.tokens[j]?.upper && v.tokens[j].kind === 'word') j++;
  if (j === i + 1) return i;
  // `from Kurchum district`: maybe with its unit.
  if (ADMIN_UNITS.has(v.tokens[j]?.lower ?? '')) j++;
  return v.cls[j] === 'comma' ? j : i;
}

/**
 * `Korošec, 51, a former mayor of Maribor`: an age between commas before an apposition that opens with `a` or an office
 * (not a verb: `Welder X, 24, told the President`); the second comma, else `i`.
 */
function skipAge(v: LineView, i: number): number {
  if (!isAgeBetweenCommas(v, i)) return i;
  const opening = i + 3;
  // (`Verhoeven, 54, is managing director of …`: or a copula.)
  const word = v.tokens[opening]?.lower ?? '';
  // (`Duncan Smith, 71, the former Conservative leader`: or the apposition's article; `X, 44, previously deputy akim of …`:
  // or a past post's word.)
  return INDEFINITE_ARTICLES.has(word) || COPULAS.has(word) || word === 'the' || isDatedPostAt(v, opening) || isTitlePrefix(v.cls[opening]) || afterLowerQualifiers(v, opening) > opening ? i + 2 : i;
}

/** `, 51,`: a person's age set off by commas, the first at token `i`. */
export function isAgeBetweenCommas(v: LineView, i: number): boolean {
  const age = v.tokens[i + 1];
  return v.cls[i] === 'comma' && age?.kind === 'number' && age.text.length <= MAX_AGE_DIGITS && v.cls[i + 2] === 'comma';
}

/** Most digits of an age. */
const MAX_AGE_DIGITS = 3;

/** `Angelos Syrigos (Greece), OSCE PA Special Representative`: the role follows the bracket; past it from token `i`, else `i`. */
function skipParenthesis(v: LineView, i: number): number {
  if (v.tokens[i]?.text !== '(') return i;
  for (let j = i + 1; j < v.tokens.length && j < i + 8; j++) if (v.tokens[j].text === ')') return j + 1;
  return i;
}
