/**
 * Cuts a line into runs of capitalised words (one space apart) and the runs
 * into segments that may be a person's name: the words left when titles,
 * countries, organisation heads and common words are taken out.
 */
import { adjacent, firstWordOf, isSuspendingHyphen, numeralAndStop, Token, tokenizeLine } from './name-tokens';
import { CLOSING_DOUBLE_QUOTES } from './name-chars';
import { BODIES_NAMED_AFTER_OF, CUE_BRACKET, CUE_RARE, RARE_CUE_WORDS, DOUBLE_SURNAME, ELIDED_SURNAME, isCommonEnglishWord, isPostNominal, CUE_AFTER, CUE_BODY_OF, CUE_HYPHEN, CUE_PLUS, STOP_GIVEN_NAMES, STOP_SURNAMES, TITLED_SURNAMES, BARE_TITLES, CUE_LEGAL_INITIALS, isDottedNonInitials, LEGAL_FORM_SET, CUE_STOP_SURNAME, CUE_ANCHOR, CUE_BARE_TITLE, SURNAME_HEADS, CUE_DIRECTION, CUE_HONORARY, DEGREES, HONORARY_OPENERS, CUE_KOREAN_SURNAME, CUE_MONTH, CUE_NAME_TITLE, CUE_PHRASE, CUE_PLACE, CUE_QUOTE, CHAIN_HONORIFIC_SET, GIVEN_NAME_RANKS, HEADLINE_VERB_SET, isLegalFormWord, HONORIFIC_PHRASE_STARTS, LINEAGE_LINKS, isWordClass, MONTH_GIVEN_NAMES, MONTH_WORDS, NAME_TITLES, OCCUPATION_SET, PLACE_CLOSER_SET, SHORT_CAPS_SURNAMES, SURNAME_DIRECTIONS, WORDS_ALSO_KOREAN_SURNAMES, WORDS_ALSO_VIETNAMESE_SURNAMES, type NameLexicon, type TokenClass } from './name-lexicon';
import { ADMIN_UNIT_PLURALS, ADMIN_UNITS, DEPUTY_WORD_SET, isNavalRankAt, namesPeoplesBody, isItalianBodysLink, isLowerModifier, isLowerWords, isOrgTitle, isPostNoun, lowerWordOf, pluralOwnsOrg, wordEndingAt, type LineView } from './role-phrase';
import { WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../data/date-words';
import { ADJECTIVE_SURNAMES, TRADE_SURNAMES, BEN_PLACE_WORDS, FIRM_WORDS_ALSO_SURNAMES_AFTER_PARTICLES, AGENCIES_ALSO_GIVEN_NAMES, AGENCY_WORDS, BALINESE_BIRTH_NAMES, BODY_WORDS_ALSO_GIVEN_NAMES, FESTIVAL_WORDS_ALSO_GIVEN_NAMES, HOLIDAYS_ALSO_GIVEN_NAMES, PLACE_WORDS_ALSO_GIVEN_NAMES, BALINESE_NAME_PREFIXES, CALENDAR_WORDS, COMPANY_WORDS, HEADLINE_SMALL_WORDS, HEADLINE_VERBS, LOWER_ORG_HEADS, MEDIA_NOUNS, MEDIA_PLURALS, PLACE_WORDS, REGIONAL_CITIES } from '../data/name-stopwords';
import { ADDRESSED_AUDIENCES, BODIES_AFTER_DG, HONORIFIC_PHRASES, HONORIFICS_IN_NAMES, POST_NAME_ADDRESSES, RANK_TITLES } from '../data/titles';
import { ARABIC_ARTICLES, ARABIC_GIVEN_NAMES, FIRMS_AND_PLACES_PARTICLES, NAME_SUFFIXES, REGNAL_NUMERAL, TURKISH_GIVEN_NAMES } from '../data/name-particles';
import { isPatronymic, isPinyinGivenName, PATRONYMIC, PATRONYMIC_PARTICLE_SET, TURKIC_PATRONYMIC } from './name-match';

/** Token indexes into a line, `first..last` inclusive. */
export interface Segment {
  first: number;
  last: number;
  /** The run of capitalised words the segment lies in. */
  runFirst: number;
  runLast: number;
  /** The first title or organisation word after the segment in its run is an organisation's (`Astana Hub`). */
  orgAfter: boolean;
}

const HONORIFIC_PHRASE_SET = new Set(HONORIFIC_PHRASES);
/** What an honorary title's noun may be: an occupation (a common word), an unknown word or a title (`Coach`). */
const HONOURED_NOUN_CLASSES = new Set<TokenClass>(['stop', 'name', 'title']);
const ROLE_WORDS = new Set<TokenClass>(['title', 'qualifier', 'country', 'caps', 'possessive']);
/** `Foreign Minister Thursday said`, `President Xinhua`: these stay what they are after a title. */
// (`Meets U.S. Chargé d'Affaires Ahead of His Departure`: a headline's capitalised `Ahead` too.)
const NEVER_SURNAMES = new Set([...CALENDAR_WORDS, ...AGENCY_WORDS, ...PLACE_WORDS, ...HEADLINE_VERBS, 'ahead', 'responsible']);
const TITLED_SURNAME_AFTER = new Set<TokenClass>(['title', 'honorific', 'country']);
const TITLED_BY = new Set<TokenClass>(['title', 'honorific']);
/** Title words that open organisations' names (`General Assembly`, `General Staff`, `Premier League`). */
const ORG_OPENING_TITLES = new Set(['general', 'premier']);
/** Words of events and awards named after a title (`King Cup`, `President's Prize`). */
const EVENT_HEADS = new Set(['cup', 'trophy', 'prize', 'award', 'games', 'open', 'medal']);
/** Capitalised particles that close Vietnamese (`Ngo Le Van`), Chinese (`Wang Bin`), Korean (`Denis Ten`) and Indian (`Gourangalal Das`) names. */
const ASIAN_PARTICLE_NAMES = new Set(['van', 'le', 'bin', 'das', 'ten', 'du']);
/** Indonesian degrees written before a name, after which `H.` and `Hj.` stand for `Haji` and `Hajjah` (`Drs. H. Joko Wibisono`). */
const INDONESIAN_DEGREES: ReadonlySet<string> = new Set(['drs.', 'dra.', 'ir.']);
const HAJI_INITIALS: ReadonlySet<string> = new Set(['H.', 'Hj.']);

function markHajiInitials(tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (HAJI_INITIALS.has(tokens[i].text) && INDONESIAN_DEGREES.has(tokens[i - 1].lower) && cls[i + 1] === 'name') cls[i] = 'honorific';
  }
}

/**
 * `Pak D.Zh.`, `Pak E.Sh.`: Indonesia's form of address that is also a Korean surname, before initials alone (the Russian
 * order, as Kazakhstan's Koreans are written), is the surname; `Pak Joko` stays a form of address.
 */
function markInitialledSurnamesLikeAddress(tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (cls[i] !== 'honorific' || tokens[i].text !== 'Pak') continue;
    // (Two initials, as the Russian order writes a given name and a patronymic, maybe in one token: `Pak V.N.`; not `Pak
    // A.,` nor `Pak R. van Dijk`.)
    let k = i + 1;
    while (tokens[k]?.kind === 'initial') k++;
    let initials = k - i - 1;
    if (initials === 0 && TWO_INITIALS.test(tokens[k]?.text ?? '')) [initials, k] = [2, k + 1];
    if (initials >= 2 && cls[k] !== 'name' && cls[k] !== 'caps' && cls[k] !== 'particle') {
      cls[i] = 'name';
      if (tokens[i + 1].kind === 'dotted') cls[i + 1] = 'name';
    }
  }
}

const INNER_HONORIFICS = new Set(HONORIFICS_IN_NAMES);
const POST_NAME_ADDRESS_SET: ReadonlySet<string> = new Set(POST_NAME_ADDRESSES);
const NAME_SUFFIX_SET = new Set(NAME_SUFFIXES);
/** A Korean given name: two syllables joined by a hyphen, the second in lower case (`Joon-young`). */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}+[-‑‐]\p{Ll}+$/u;
const DATELINE_END = new Set(['–', '—', '-', '.', ',', '(', ':']);
const HYPHENATED = /\p{L}[-‑‐]\p{L}/u;

/** Tokens and classes of `text.slice(from, to)`; `countryMask[i]` marks country characters. */
export function viewLine(text: string, from: number, to: number, lexicon: NameLexicon, countryMask: Uint8Array): LineView {
  const tokens = tokenizeLine(text, from, to, lexicon.keepLower);
  const cls = new Array<TokenClass>(tokens.length);
  let cues = lexicon.classifyLine(tokens, countryMask, cls);
  splitClosingNumerals(text, tokens, cls);
  markSenors(text, tokens, cls);
  if (cues & (CUE_QUOTE | CUE_BRACKET)) foldNicknames(text, tokens, cls);
  if (cues & CUE_BRACKET) markBracketedWeekdays(tokens, cls);
  if (cues & CUE_PLACE) markMultiwordPlaces(text, tokens, cls, lexicon);
  if (cues & CUE_MONTH) markMonthNames(text, tokens, cls);
  if (cues & CUE_DIRECTION) markDirectionSurnames(text, tokens, cls);
  if (cues & CUE_KOREAN_SURNAME) markSurnamesAlsoWords(text, tokens, cls);
  // An honour's title first, so that an honoree described by one (`named after People's Writer of Kazakhstan X`) is whole.
  if (cues & CUE_HONORARY && markHonoraryTitles(tokens, cls)) cues |= CUE_ANCHOR;
  if (cues & CUE_AFTER) markHonorees(text, tokens, cls);
  if (cues & CUE_BODY_OF) markNamesOfBodies(text, tokens, cls);
  if (cues & CUE_PLUS) markPlusNames(tokens, cls);
  if (cues & CUE_HYPHEN) markCountedNouns(tokens, cls);
  if (cues & CUE_HYPHEN) markSuspendedCompounds(text, tokens, cls);
  if (cues & CUE_STOP_SURNAME) markStopWordSurnames(text, tokens, cls);
  if (cues & CUE_LEGAL_INITIALS) markInitialsLikeLegalForms(text, tokens, cls);
  if (cues & CUE_BARE_TITLE) markBareHonorifics(text, tokens, cls);
  if (cues & CUE_NAME_TITLE && markNameTitles(text, tokens, cls)) cues |= CUE_ANCHOR;
  if (cues & CUE_PHRASE) markHonorificPhrases(text, tokens, cls);
  // Only where a `chief` or a plenipotentiary stands (its cue), not on every line with a title.
  if (cues & CUE_BARE_TITLE) markChiefPosts(text, tokens, cls);
  // A title, an honorific or a country word (or an honorific phrase marked just now) goes before a titled surname.
  if (cues & (CUE_ANCHOR | CUE_PHRASE)) markTitledSurnames(text, tokens, cls);
  if (cues & CUE_ANCHOR) markGluedHonorifics(tokens, cls);
  if (cues & CUE_ANCHOR) markChineseSurnameHe(text, tokens, cls);
  if (cues & CUE_ANCHOR) markCourtChamberlains(text, tokens, cls);
  if (cues & CUE_ANCHOR) markHonorificsInPatronyms(text, tokens, cls);
  if (cues & CUE_ANCHOR) markGivenNamesAfterAddress(text, tokens, cls);
  if (cues & CUE_ANCHOR) markAddressedAudiences(tokens, cls);
  if (cues & CUE_ANCHOR) markHajiInitials(tokens, cls);
  if (cues & CUE_ANCHOR) markInitialledSurnamesLikeAddress(tokens, cls);
  if (cues & CUE_ANCHOR) markPortfolioGivenNames(text, tokens, cls);
  if (cues & CUE_ANCHOR) markTitlesArticles(text, tokens, cls);
  if (cues & CUE_ANCHOR) markWeekdayGivenNames(text, tokens, cls);
  if (cues & CUE_ANCHOR) markPlacesAfterLocalTitles(text, tokens, cls);
  if (cues & CUE_ANCHOR) markItalianBodiesPlaces(text, tokens, cls);
  if (cues & CUE_ANCHOR) markGivenNameDon(text, tokens, cls);
  if (cues & CUE_ANCHOR) markAbbreviatedDon(text, tokens, cls);
  if (cues & CUE_ANCHOR) markHonorificPlaces(text, tokens, cls);
  if (cues & CUE_ANCHOR) markTitlesAsSurnames(text, tokens, cls);
  if (cues & CUE_ANCHOR) markRanksInsideNames(text, tokens, cls);
  if (cues & CUE_ANCHOR) markNavalRanks(text, tokens, cls);
  if (cues & CUE_ANCHOR) markWordsAfterLineage(text, tokens, cls);
  if (cues & CUE_ANCHOR) markSurnamesBeforeApposition(text, tokens, cls);
  if (cues & CUE_ANCHOR) markAcronymsAfterTitles(text, tokens, cls);
  if (cues & CUE_ANCHOR) markAgenciesBeforeTitles(text, tokens, cls);
  if (cues & CUE_ANCHOR) markSoftwareEditors(text, tokens, cls);
  if (cues & CUE_RARE) markByRareWords(text, tokens, cls);
  if (cues & CUE_ANCHOR) markClosingHonorificSurnames(text, tokens, cls);
  if (cues & CUE_ANCHOR) markPlacesBesidePatronymics(text, tokens, cls);
  markDateline(tokens, cls);
  return { text, tokens, cls, quoted: (cues & CUE_QUOTE) !== 0, titleCase: false };
}

/**
 * `Préfet du Rhône Fabienne Buccio`, `Gobernador de Mendoza Alfredo Cornejo`: a Romance `de`, `du`, `des` or `di` (maybe with
 * `la`) right after a local title in its own language, before one capitalised word and a full name, joins the title to
 * its place, or a chief executive's to the company (not `Ambassador de Souza`, a surname's particle).
 */
function markPlacesAfterLocalTitles(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (cls[i] !== 'particle' || !PLACE_OF_PARTICLES.has(tokens[i].lower) || cls[i - 1] !== 'title' || !ROMANCE_LOCAL_TITLES.has(tokens[i - 1].lower)) continue;
    const place = tokens[i + 1].lower === 'la' && cls[i + 1] === 'particle' ? i + 2 : i + 1;
    const fullName = cls[place + 1] === 'name' && cls[place + 2] === 'name';
    if (!(tokens[place]?.upper && cls[place] === 'name' && fullName && adjacent(text, tokens[place], tokens[place + 1]) && adjacent(text, tokens[place + 1], tokens[place + 2]))) continue;
    for (let k = i; k < place; k++) cls[k] = 'connector';
    cls[place] = 'stop';
  }
}

const PLACE_OF_PARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'des', 'del', 'di']);

/**
 * Capitalised titles of a place's governor or mayor in French, Spanish, Italian and Portuguese, and of a Spanish or an
 * Italian company's chief executive (`Consejero Delegado de Repsol X`, `Amministratore Delegato di Eni X`).
 */
const ROMANCE_LOCAL_TITLES: ReadonlySet<string> = new Set(['préfet', 'préfète', 'maire', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'intendente', 'prefeito', 'prefeita', 'governador', 'governadora', 'sindaco', 'delegado', 'delegada', 'delegato', 'delegata']);

/**
 * `Teatro alla Scala Marco Bellandi`: the capitalised word after a body's word and an Italian preposition with its article
 * closes the body's name, and is no name's.
 */
function markItalianBodiesPlaces(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) if (cls[i + 1] === 'name' && isItalianBodysLink(text, tokens, cls, i)) cls[i + 1] = 'stop';
}

/**
 * `Aral Sabyruly Zhumagaliyev`, `Nurzhan Bolatovich Taraz`: a place's word right before a patronymic is the given name, and
 * one right after a given name and its patronymic the surname.
 */
function markPlacesBesidePatronymics(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (cls[i] !== 'stop' || !tokens[i].upper || tokens[i].kind !== 'word' || !PLACE_NAME_WORDS.has(tokens[i].lower)) continue;
    if (isGivenNameAfterOffice(text, tokens, cls, i)) {
      cls[i] = 'name';
      continue;
    }
    if (!((cls[i + 1] === 'name' && cls[i + 2] === 'name') || (cls[i - 1] === 'name' && cls[i - 2] === 'name'))) continue;
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    // (Not after a preposition of place: `In Almaty Serikovna Bekova spoke`.)
    const given = after !== undefined && cls[i + 1] === 'name' && isPatronymic(after.lower) && cls[i + 2] === 'name' && adjacent(text, tokens[i], after) && !CITY_PREPOSITIONS.has(before?.lower ?? '');
    // (Only closing the name: not `Aidos Serikuly Almaty branch head`.)
    const closing = after === undefined || after.kind === 'punct' || (!after.upper && CLOSING_VERBS.has(after.kind === 'gap' ? firstWordOf(text, after) : after.lower));
    const surname = closing && before !== undefined && cls[i - 1] === 'name' && isPatronymic(before.lower) && cls[i - 2] === 'name' && adjacent(text, before, tokens[i]);
    if (given || surname) cls[i] = 'name';
  }
}

/**
 * `akim of Baizak district Taraz Omirbekov`: right after a title or a unit's noun closing an office, a place's word
 * before a Slavic or Turkic surname is the given name.
 */
function isGivenNameAfterOffice(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  if (before === undefined || after === undefined || cls[i + 1] !== 'name' || !isSlavicSurname(after.lower) || !adjacent(text, tokens[i], after)) return false;
  return (cls[i - 1] === 'title' || (cls[i - 1] === 'org' && !before.upper)) && adjacent(text, before, tokens[i]);
}

/** Places' words that are given names and surnames too (`Aral`, `Taraz`, `Kostanay`). */
const PLACE_NAME_WORDS: ReadonlySet<string> = new Set([...PLACE_WORDS, ...REGIONAL_CITIES]);
/** Verbs after a name that close it (`Nurzhan Bolatovich Taraz was appointed …`). */
const CLOSING_VERBS: ReadonlySet<string> = new Set(['was', 'is', 'has', 'had', 'will', 'said', 'became', 'served', 'met', 'spoke', 'noted', 'took', 'heads', 'headed', 'leads', 'led']);

/** Quotation marks or brackets around a nickname (`James R. “Jim” Whitcomb`, `Nicolaas Peter (Nico) Schermers`). */
const NICKNAME_QUOTES: ReadonlyMap<string, string> = new Map([['“', '”'], ['‘', '’'], ['"', '"'], ['(', ')']]);

/** `on February 12 (Thu.)`: a weekday abbreviated in brackets, not the Vietnamese name word `Thu`. */
function markBracketedWeekdays(tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i - 1].text !== '(' || !WEEKDAY_ABBREVIATION_SET.has(tokens[i].text)) continue;
    const next = tokens[i + 1].text;
    if (next === ')' || (next === '.' && tokens[i + 2]?.text === ')')) cls[i] = 'stop';
  }
}

const WEEKDAY_ABBREVIATION_SET: ReadonlySet<string> = new Set(WEEKDAY_ABBREVIATIONS);

/**
 * `James R. “Jim” Whitcomb`, `Peter J. “P.J.” Haldane`: a quoted capitalised word between two words of a name is one of
 * them; the quotation marks and the word become one token (spelt as the word) spanning all three.
 */
function foldNicknames(text: string, tokens: Token[], cls: TokenClass[]): void {
  // One pass into new arrays: a fold may come at every few tokens of a long line.
  const keptTokens: Token[] = [];
  const keptClasses: TokenClass[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (keptTokens.length > 0 && i + 3 < tokens.length && isNicknameAt(text, tokens, cls, i, keptTokens, keptClasses)) {
      keptTokens.push(new Token(tokens[i + 1].spelling, tokens[i].start, tokens[i + 2].end, 'word', 1));
      keptClasses.push('name');
      i += 2;
    } else {
      keptTokens.push(tokens[i]);
      keptClasses.push(cls[i]);
    }
  }
  if (keptTokens.length === tokens.length) return;
  tokens.length = cls.length = 0;
  for (let k = 0; k < keptTokens.length; k++) {
    tokens.push(keptTokens[k]);
    cls.push(keptClasses[k]);
  }
}

/** Most name words read back for the given name a bracketed nickname shortens. */
const MAX_NAME_WORDS_BEFORE_NICKNAME = 3;

/** Tokens `i`…`i + 2` are a quoted or bracketed nickname between the name words kept so far and the next token. */
function isNicknameAt(text: string, tokens: Token[], cls: TokenClass[], i: number, kept: Token[], keptClasses: TokenClass[]): boolean {
  const [open, word, close, next] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  const before = kept.length - 1;
  if (NICKNAME_QUOTES.get(open.text) !== close.text || word.start !== open.end || close.start !== word.end) return false;
  // (`Rodolfo “Rudy” M. Soliman`: the next may be a middle initial before the surname.)
  // (`Ramon “Bong” dela Cruz`: or a particle before it.)
  const initialled = next.kind === 'initial' && cls[i + 4] === 'name' && tokens[i + 4].kind === 'word';
  // (`Nicolaas (Niek) van den Berg`: maybe two.)
  const surname = cls[i + 3] === 'particle' ? (cls[i + 4] === 'particle' ? i + 5 : i + 4) : i + 3;
  const particle = surname > i + 3 && cls[surname] === 'name';
  if (!word.upper || (word.kind !== 'word' && word.kind !== 'dotted') || keptClasses[before] !== 'name' || (cls[i + 3] !== 'name' && !particle) || (next.kind !== 'word' && !initialled)) return false;
  if (!spacedApart(text, kept[before], open) || !spacedApart(text, close, next)) return false;
  if (open.text !== '(') return true;
  // (In brackets only a name word that shortens the given name, before the surname alone: `Avraham (Avi) Golan`; not a
  // party's, a state's or a legal form: `X (Amanat) Y Z`, `X (Kazakhstan) Y`, `PT Pertamina (Persero) X`.)
  let first = before;
  while (first > 0 && before - first < MAX_NAME_WORDS_BEFORE_NICKNAME && keptClasses[first - 1] === 'name' && adjacent(text, kept[first - 1], kept[first])) first--;
  const given = kept[first].lower;
  return cls[i + 1] === 'name' && word.lower[0] === given[0] && cls[surname + 1] !== 'name';
}

function spacedApart(text: string, a: Token, b: Token): boolean {
  return b.start === a.end + 1 && text.charCodeAt(a.end) === 32;
}

/**
 * `Dr.-Ing.`, `Univ.-Prof.`, `Dipl.-Ing.`, `Dott.ssa`, `Prof.ssa`: pieces glued to a dotted form of address, joined by a
 * hyphen or closing it in lower case, are that form of address too, as is a degree's capitals before another one.
 */
function markGluedHonorifics(tokens: Token[], cls: TokenClass[]): void {
  const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
  for (let k = 1; k < tokens.length; k++) {
    if (cls[k] !== 'honorific' || !tokens[k].text.endsWith('.')) continue;
    const [hyphen, before, word, suffix] = [tokens[k - 1], tokens[k - 2], tokens[k - 3], tokens[k + 1]];
    if (hyphen.text === '-' && glued(hyphen, tokens[k]) && glued(before, hyphen)) {
      if (cls[k - 2] === 'honorific' && before.text.endsWith('.')) cls[k - 1] = 'honorific';
      // (`Univ.-Prof.`: a capitalised abbreviation no list holds, before its full stop.)
      else if (before.text === '.' && word?.upper && word.kind === 'word' && glued(word, before)) cls.fill('honorific', k - 3, k);
    }
    const lowerWord = suffix !== undefined && !suffix.upper && (suffix.kind === 'word' || (suffix.kind === 'gap' && suffix.words === 1));
    if (lowerWord && glued(tokens[k], suffix) && !glued(suffix, tokens[k + 2])) cls[k + 1] = 'honorific';
    // (`Univ.-Prof. DI Dr. X`: a degree's capitals between two forms of address.)
    if (cls[k + 1] === 'caps' && cls[k + 2] === 'honorific' && suffix.text.length <= 3) cls[k + 1] = 'honorific';
  }
}

/** `a 70-member team`, `a 12-member delegation`: a title glued to a number by a hyphen says how many, and names no office. */
function markCountedNouns(tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [number, hyphen, noun] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    if (hyphen.text === '-' && cls[i + 1] === 'title' && number.kind === 'number' && number.end === hyphen.start && hyphen.end === noun.start) cls[i + 1] = 'other';
  }
}

/**
 * `Bayerische Rohstoff- und Energiewerke`, `Skandinaviska Gruv- och Metallaktiebolaget`: a word whose second half a Germanic
 * `and` shares with the next one is part of a compound, as no name is; so are the capitalised words before it.
 */
function markSuspendedCompounds(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!isSuspendingHyphen(text, tokens, i)) continue;
    cls[i + 2] = 'org';
    cls[i - 1] = 'org';
    for (let k = i - 2; k >= 0 && cls[k] === 'name' && tokens[k].kind === 'word' && adjacent(text, tokens[k], tokens[k + 1]); k--) cls[k] = 'org';
  }
}

/**
 * `Minister of Social Affairs Haneen Sayed and …`: a form of address that is also a surname, right after a name word and
 * before no other, closes that name.
 */
function markClosingHonorificSurnames(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (cls[i] !== 'honorific' || !HONORIFICS_ALSO_SURNAMES.has(tokens[i].lower) || cls[i - 1] !== 'name' || tokens[i - 1].kind !== 'word') continue;
    const next = tokens[i + 1];
    if (adjacent(text, tokens[i - 1], tokens[i]) && !(next !== undefined && (cls[i + 1] === 'name' || cls[i + 1] === 'honorific') && adjacent(text, tokens[i], next))) cls[i] = 'name';
  }
}
const HONORIFICS_ALSO_SURNAMES: ReadonlySet<string> = new Set(['sayed', 'syed', 'sayyid', 'seyed', 'sardar', 'mian', 'khoja', 'hajji']);

/**
 * `Chairman NAB Javed Iqbal`, `Governor SBP Jameel Ahmad`: a body's acronym between a capitalised title and a full name, as
 * Pakistani wires write an office without `of`, qualifies the title; not a surname in capitals (`Ambassador NGUYEN Thi Ha`,
 * `Chairman KIM Jong-un`), which are longer or known, nor initials.
 */
function markAcronymsAfterTitles(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    // (`Director General ISPR, Major General X`: after a head's title, an acronym its holder's rank or office follows after a
    // comma is the body's; not `President TOKAYEV, Head of State`.)
    // (`General MUNIR, Chief of …`, `Director-General KIM, …`: a surname in capitals stays one.)
    if (cls[i] === 'caps' && cls[i + 1] === 'comma' && t.text.length > 2 && TITLE_OR_ADDRESS.has(cls[i + 2]) && isBodysAcronym(tokens, i)) cls[i] = 'org';
    if (cls[i] !== 'caps' || cls[i - 1] !== 'title' || !ACRONYM_LEADERS.has(tokens[i - 1].lower) || !tokens[i - 1].upper || t.kind !== 'word' || t.text.length < MIN_TITLED_ACRONYM || t.text.length > MAX_TITLED_ACRONYM || SHORT_CAPS_SURNAMES.has(t.lower) || CAPS_SURNAMES_LIKE_ACRONYMS.has(t.lower)) continue;
    if (!adjacent(text, tokens[i - 1], t) || !adjacent(text, t, tokens[i + 1])) continue;
    if (cls[i + 1] === 'name' && cls[i + 2] === 'name' && !tokens[i + 1].allCaps && adjacent(text, tokens[i + 1], tokens[i + 2])) cls[i] = 'qualifier';
  }
}
/** The rules a few words' neighbours are read by, run only on a line holding one of `RARE_CUE_WORDS`. */
function markByRareWords(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].lower;
    if (!RARE_CUE_WORDS.has(word)) continue;
    if (word === 'provincial' || word === 'municipal') markPlacesBody(text, tokens, cls, i);
    else if (word === 'defender') markPlayersPosition(text, tokens, cls, i);
    else if (word === 'sangha') markSangha(tokens, cls, i);
    else if (word === 'wat' || word === 'gurdwara' || word === 'exercise' || word === 'operation') markTemple(text, tokens, cls, i);
    else if (word === 'ben') markGivenBen(text, tokens, cls, i);
    else if (word === 'ait') markBerberAit(text, tokens, cls, i);
    else if (word === 'women' || word === 'un-habitat' || word === 'un-women') markUnEntity(text, tokens, cls, i);
    else markBodyAfterTitle(text, tokens, cls, i);
  }
}

/** `UN Women Country Representative X`, `UN-Habitat`: the UN's entities, whose words are an organisation's, no name's. */
function markUnEntity(text: string, tokens: Token[], cls: TokenClass[], i: number): void {
  const t = tokens[i];
  if (t.text === 'UN-Habitat' || t.text === 'UN-Women') cls[i] = 'caps';
  else if (t.text === 'Women' && tokens[i - 1]?.text === 'UN' && adjacent(text, tokens[i - 1], t)) cls.fill('org', i - 1, i + 1);
}

/**
 * `Fouad Ait Benhaddou`: a capitalised `Ait` (the Berber `son of`) between two name words is a particle of the name, not
 * the holiday's word (`Kurban Ait`, after no name word).
 */
function markBerberAit(text: string, tokens: Token[], cls: TokenClass[], i: number): void {
  const [before, next] = [tokens[i - 1], tokens[i + 1]];
  if (tokens[i].text !== 'Ait' || before === undefined || next === undefined || cls[i - 1] !== 'name' || cls[i + 1] !== 'name') return;
  if (adjacent(text, before, tokens[i]) && adjacent(text, tokens[i], next)) cls[i] = 'particle';
}

/**
 * `Ben Wallace`, `chaired by Ben Osei-Tutu MP`: a capitalised `Ben` at token `i` opening a name, no name word before it, is
 * the English given name (inside one it is a lineage's particle: `Zine El Abidine Ben Ali`, `Ahmed Ben Ali`).
 */
function markGivenBen(text: string, tokens: Token[], cls: TokenClass[], i: number): void {
  const [before, next] = [cls[i - 1], tokens[i + 1]];
  if (tokens[i].text !== 'Ben' || cls[i] !== 'particle' || next === undefined || cls[i + 1] !== 'name' || !adjacent(text, tokens[i], next)) return;
  if (i > 0 && adjacent(text, tokens[i - 1], tokens[i]) && (before === 'name' || before === 'particle' || tokens[i - 1].kind === 'initial')) return;
  // (Not a place: a Vietnamese wharf's, a Scottish mountain, a Tunisian town: `Ben Thanh Market`, `(Ben Thanh – Suoi Tien)`,
  // `on Ben Nevis`, `to Ben Arous`.)
  const after = tokens[i + 2];
  if (cls[i + 2] === 'org' || BEN_PLACES.has(next.lower) || (after !== undefined && (after.text === '–' || after.text === '—' || after.text === '-'))) return;
  cls[i] = 'name';
}

const BEN_PLACES: ReadonlySet<string> = new Set(BEN_PLACE_WORDS);

/**
 * `DG ECHO`, `ACM ICPC`, `DG Trade`, `DG Khan`: an acronym (or a Commission department's word) right after such an abbreviated
 * title at token `i` names a body, not a person; `DG Khan` is a city, both its words a place's; after a form of address
 * `DG` is initials (`Mr DG Rao`).
 */
function markBodyAfterTitle(text: string, tokens: Token[], cls: TokenClass[], i: number): void {
  const [title, t] = [tokens[i], tokens[i + 1]];
  if (t === undefined || !title.allCaps || !adjacent(text, title, t)) return;
  if (cls[i - 1] === 'honorific') cls[i] = 'name';
  else if (t.lower === 'khan' && title.lower === 'dg') cls.fill('org', i, i + 2);
  else if (cls[i + 1] !== 'qualifier' && ((t.allCaps && t.kind === 'word' && t.text.length > 2) || (title.lower === 'dg' && DG_BODIES.has(t.lower)))) cls[i + 1] = 'org';
}

const DG_BODIES: ReadonlySet<string> = new Set(BODIES_AFTER_DG);

/**
 * `the Vietnam Buddhist Sangha`, `the Maha Sangha`, `the Thai Sangha Supreme Council`: the Buddhist order after its faith, `Maha`
 * or a state's word (`Sangha` is a surname and a given name too: `MP Ramesh Sangha`).
 */
function markSangha(tokens: Token[], cls: TokenClass[], i: number): void {
  if (i > 0 && tokens[i].text === 'Sangha' && (SANGHA_OPENERS.has(tokens[i - 1].text) || cls[i - 1] === 'country')) cls[i] = 'org';
}

const SANGHA_OPENERS: ReadonlySet<string> = new Set(['Buddhist', 'Maha']);

const TITLE_OR_ADDRESS: ReadonlySet<TokenClass> = new Set(['title', 'qualifier', 'honorific']);
const ACRONYM_BODY_HEADS: ReadonlySet<string> = new Set(['dg', 'chairman', 'chairperson', 'ceo', 'md', 'director-general']);
const MAX_BODY_ACRONYM = 5;

/**
 * Token `i`, in capitals after a body's head's title (`Chairman HEC`, `DG ISPR`, `Director General ISPR`), is the body's
 * acronym: short, and no surname in capitals (`General MUNIR`, `Chairman KHAN`; not after `Head`, `Chief` or
 * `Commandant`, which go before capitals surnames as often: `Commandant SMITH, Colonel of …`).
 */
function isBodysAcronym(tokens: Token[], i: number): boolean {
  const [head, t] = [tokens[i - 1].lower, tokens[i]];
  const general = head === 'general' && tokens[i - 2]?.lower === 'director';
  return (ACRONYM_BODY_HEADS.has(head) || general) && t.text.length <= MAX_BODY_ACRONYM && !CAPS_SURNAMES_LIKE_ACRONYMS.has(t.lower);
}

/** Fewest and most letters of such an acronym (two are more often initials: `Prime Minister KP Sharma Oli`). */
const MIN_TITLED_ACRONYM = 3;
const MAX_TITLED_ACRONYM = 4;
/** Leaders of a body an acronym names (not a state's minister or envoy: `Minister SOK Chenda Sophea`, `Ambassador KHAN Ahmad Ali`). */
const ACRONYM_LEADERS: ReadonlySet<string> = new Set(['deputy', 'chairman', 'chairperson', 'chairwoman', 'chair', 'governor', 'director', 'director-general', 'secretary', 'president', 'ceo', 'head', 'chief', 'commissioner', 'dg', 'md', 'ustr']);
/** Short Vietnamese and Korean surnames, written in capitals before the given name (`Minister DAO Ngoc Dung`). */
const CAPS_SURNAMES_LIKE_ACRONYMS: ReadonlySet<string> = new Set([
  'dao', 'do', 'ho', 'vo', 'ngo', 'bui', 'ha', 'to', 'ta', 'lam', 'dinh', 'dang', 'cao', 'chu', 'tran', 'pham', 'phan', 'hua', 'doan', 'luu', 'mai', 'sok', 'khan',
  'pak', 'park', 'choi', 'jung', 'kang', 'yoon', 'jang', 'shin', 'song', 'hong', 'kwon', 'moon', 'yang', 'hyun', 'baek', 'jeon', 'sung', 'kwak', 'gong', 'bang', 'kim', 'lee',
]);

/**
 * `Nicholas Alexander Bridge, the newly appointed British Ambassador`: a body's word that is also a surname, after a given name
 * and before a comma and an apposition that holds a title, closes the person's name.
 */
function markSurnamesBeforeApposition(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (cls[i] !== 'org' || !tokens[i].upper || !SURNAME_HEADS.has(tokens[i].lower)) continue;
    // (`Sir Richard Castle KCMG OBE, former British Ambassador …`: maybe past letters after the name.)
    let comma = i + 1;
    while (comma < tokens.length && comma < i + 1 + MAX_LETTERS_AFTER && isPostNominal(tokens[comma])) comma++;
    if (tokens[comma]?.text !== ',') continue;
    if (cls[i - 1] === 'name' && tokens[i - 1].kind === 'word' && adjacent(text, tokens[i - 1], tokens[i]) && opensTitledApposition(tokens, cls, comma + 1)) cls[i] = 'name';
  }
}

/** Most post-nominal letters read between a surname and its apposition's comma. */
const MAX_LETTERS_AFTER = 3;

/** Most tokens of an apposition before its title (`the newly appointed British`). */
const MAX_BEFORE_APPOSITION_TITLE = 4;

/**
 * The tokens from `k` on are an apposition's: maybe `the`, lower-case words, qualifiers and a nationality, then a title that
 * no verb follows (not `Abai Hall, the Minister said`).
 */
function opensTitledApposition(tokens: Token[], cls: TokenClass[], k: number): boolean {
  for (let j = k; j < tokens.length && j <= k + MAX_BEFORE_APPOSITION_TITLE; j++) {
    if (cls[j] === 'title') return tokens[j + 1]?.kind !== 'gap';
    if (!(cls[j] === 'qualifier' || cls[j] === 'country' || tokens[j].kind === 'gap' || tokens[j].lower === 'the')) return false;
  }
  return false;
}

/** `Arkadag city`, `the city of Arkadag`: an honorific that a place is named after, before its unit or after `city of`. */
function markHonorificPlaces(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let k = 0; k < tokens.length; k++) {
    if (cls[k] !== 'honorific' || !tokens[k].upper) continue;
    const unit = tokens[k + 1];
    const unitAfter = unit !== undefined && !unit.upper && ADMIN_UNITS.has(unit.lower) && adjacent(text, tokens[k], unit);
    // (Not after a capitalised office's word: `Secretary of State of His Holiness`.)
    if (unitAfter || (k > 1 && tokens[k - 1].lower === 'of' && ADMIN_UNITS.has(tokens[k - 2].lower) && cls[k - 2] !== 'qualifier')) cls[k] = 'stop';
  }
}

/**
 * `Wat Phra Kaew`, `Wat Phra That Doi Suthep`, `Gurdwara Bangla Sahib`, `Exercise Balikatan`, `Operation Chivalrous
 * Knight`: the capitalised words after a Thai or Lao temple's `Wat`, a Sikh one's `Gurdwara`, a military exercise's
 * `Exercise` (`the joint exercise Steppe Eagle` too) or an `Operation` at token `k` (and a monk's or a king's `Phra`) are its name, no person's; a title after
 * them opens another (`At Wat Arun Prime Minister X met …`).
 */
function markTemple(text: string, tokens: Token[], cls: TokenClass[], k: number): void {
  // (Not inside a body's name: `the Delhi Sikh Gurdwara Management Committee`, `Wat Pho Thai Massage School`.)
  // (`Sikh Gurdwara Bangla Sahib`: the faith's word goes with the temple.)
  const before = k > 0 && tokens[k - 1].upper && adjacent(text, tokens[k - 1], tokens[k]) ? tokens[k - 1] : undefined;
  // (`the multinational peacekeeping exercise Khaan Quest`, `The exercise Steppe Eagle ended`: an exercise's noun in lower case
  // too, after its lower-case adjective or a sentence's `The`; not after a plain `the`, where a person may follow: `At the
  // end of the exercise Ivan Petrov thanked …`.)
  const previous = tokens[k - 1];
  const lowerExercise = tokens[k].text === 'exercise' && previous !== undefined && (previous.text === 'The' || (!previous.upper && previous.lower !== 'the' && (previous.kind === 'word' || previous.kind === 'gap')));
  if ((!tokens[k].upper && !lowerExercise) || (before !== undefined && BODY_NAME_CLASSES.has(cls[k - 1]) && before.text !== 'Sikh')) return;
  if (before?.text === 'Sikh') cls[k - 1] = 'stop';
  // (An operation's name only where `Operation` opens it: not after a title's `of`, `the Head of Operation X`, nor before a
  // title, `Operation Chief X`.)
  if (tokens[k].lower === 'operation' && ((tokens[k - 1]?.lower === 'of' && cls[k - 2] === 'title') || cls[k + 1] === 'title' || cls[k + 1] === 'honorific')) return;
  const inName = (j: number) => (tokens[j].upper && TEMPLE_WORD_CLASSES.has(cls[j])) || (j === k + 1 && cls[j] === 'honorific');
  let j = k + 1;
  while (j < tokens.length && j <= k + MAX_TEMPLE_WORDS && inName(j) && adjacent(text, tokens[j - 1], tokens[j])) j++;
  // (A person's office in apposition says the name is his: `after the tactical exercise Yerlan Sadykov, commander of …`.)
  if (lowerExercise && tokens[j]?.text === ',' && cls[j + 1] === 'title') return;
  const bodys = j < tokens.length && tokens[j].upper && (cls[j] === 'org' || cls[j] === 'country') && adjacent(text, tokens[j - 1], tokens[j]);
  if (!bodys) cls.fill('stop', k + 1, j);
}

/** Most words of a temple's name after `Wat` (`Wat Phra Si Rattana Satsadaram`). */
const MAX_TEMPLE_WORDS = 4;
const TEMPLE_WORD_CLASSES: ReadonlySet<TokenClass> = new Set(['name', 'caps', 'stop']);
const BODY_NAME_CLASSES: ReadonlySet<TokenClass> = new Set(['name', 'caps', 'org']);

const GOODWILL_POSTS: ReadonlySet<string> = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys']);

/**
 * `ADB Chief Economist X`, `Chief Scientist X`: a capitalised noun of a post after `Chief` is part of the title, no surname;
 * a doctor's, a plenipotentiary's or a goodwill ambassador's post after its qualifiers.
 */
function markChiefPosts(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let k = 0; k < tokens.length; k++) {
    // `Chief Economist X`; `Chief doctor of the hospital X`: a lower-case post after a capitalised `Chief` too.
    const t = tokens[k];
    const post = t.kind === 'word' ? t.upper && cls[k] === 'stop' && isPostNoun(t.lower)
      : t.kind === 'gap' && t.words === 1 && tokens[k - 1]?.upper === true && isPostNoun(text.slice(t.start, t.end));
    if (cls[k - 1] === 'title' && tokens[k - 1].lower === 'chief' && post) cls[k] = 'title';
    // `Senior Analyst Dr. X`, `ADB Principal Transport Specialist X`: so is a capitalised occupation a rank's qualifier
    // opens, right before a name or a form of address.
    if (t.kind === 'word' && t.upper && cls[k] === 'stop' && (post || OCCUPATION_SET.has(t.lower)) && isRankedBefore(tokens, cls, k - 1) && opensPersonsName(cls, k + 1)) cls[k] = 'title';
    // `Ambassador of Nigeria Chief Olusegun Akinwande`: after an office's state, a bare `Chief` is a chieftaincy's style.
    if (t.lower === 'chief' && cls[k] === 'title' && cls[k + 1] === 'name' && cls[k - 1] === 'country' && (tokens[k - 2]?.lower === 'of' || tokens[k - 2]?.lower === 'to')) cls[k] = 'honorific';
    // `Chief Sanitary Doctor X`, `Chief State Sanitary Doctor X`: a doctor's post after its qualifiers.
    if (tokens[k].lower === 'doctor' && tokens[k].upper && cls[k - 1] === 'qualifier' && isChiefBefore(tokens, cls, k - 1)) cls[k] = 'title';
    // `the Special Plenipotentiary of the Federal Government`: the qualifier is the post itself when no title follows.
    if (tokens[k].lower === 'plenipotentiary' && tokens[k].upper && tokens[k - 1]?.lower === 'special' && cls[k + 1] !== 'title' && cls[k + 1] !== 'qualifier') cls[k] = 'title';
    // `Grand Master Kim Sung-ho`: a martial art's or an order's highest rank.
    if (tokens[k].text === 'Master' && tokens[k - 1]?.text === 'Grand' && adjacent(text, tokens[k - 1], tokens[k])) [cls[k - 1], cls[k]] = ['qualifier', 'title'];
    // `UNICEF Goodwill Ambassador X`: a goodwill ambassador's word qualifies the post (not the given name `Goodwill`).
    if (tokens[k].lower === 'goodwill' && GOODWILL_POSTS.has(tokens[k + 1]?.lower ?? '')) cls[k] = 'qualifier';
    // `Principal of school No. 147 X`, `Principal and Vice-Chancellor of …`: a school's head, where no title follows for it
    // to qualify.
    // (`X, principal of the gymnasium in Kentau`: in lower case before `of` too, not after `a`: `a principal of Teatro alla
    // Scala` is a dancer's rank.)
    const lowerPost = !tokens[k].upper && tokens[k - 1]?.lower !== 'a';
    if (tokens[k].lower === 'principal' && (tokens[k].upper || lowerPost) && (tokens[k + 1]?.lower === 'of' || (tokens[k].upper && tokens[k + 1]?.lower === 'and' && cls[k + 2] === 'title'))) cls[k] = 'title';
    // `Ambassador-at-Large for Global Criminal Justice Dr. X`: the last word of a portfolio after `for` is no judge's style.
    // (`a representative of the Ministry of Justice, X`: nor is a body's `of Justice`.)
    if (tokens[k].lower === 'justice' && (isPortfolioAfterFor(tokens, cls, k) || (tokens[k - 1]?.lower === 'of' && cls[k - 2] === 'org'))) cls[k] = 'stop';
  }
}

/** Most capitalised words of a portfolio before its last one. */
const MAX_PORTFOLIO_WORDS = 3;

/** Token `k` closes capitalised words (one at least) of a portfolio right after a title's `for` (not `a farewell for Supreme Court Justice X`). */
function isPortfolioAfterFor(tokens: Token[], cls: TokenClass[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= MAX_PORTFOLIO_WORDS && tokens[j].upper && cls[j] !== 'title' && tokens[j].kind === 'word') j--;
  return j < k - 1 && tokens[j]?.lower === 'for' && cls[j - 1] === 'title';
}

/** A form of address or two name words open at token `k` (`Dr. X`, `Dana Bek`; not a fund's one word: `Lead Investor Mubadala`). */
function opensPersonsName(cls: TokenClass[], k: number): boolean {
  return cls[k] === 'honorific' || (cls[k] === 'name' && (cls[k + 1] === 'name' || cls[k + 1] === 'particle' || cls[k + 1] === 'caps'));
}

/** Token `k` closes at most two qualifiers that a rank's word opens (`Senior`, `Principal Transport`). */
function isRankedBefore(tokens: Token[], cls: TokenClass[], k: number): boolean {
  for (let j = k; j >= 0 && k - j < 2 && cls[j] === 'qualifier'; j--) if (tokens[j].upper && OCCUPATION_RANKS.has(tokens[j].lower)) return true;
  return false;
}

/** Most qualifiers between `Chief` and the post it heads. */
const MAX_CHIEF_QUALIFIERS = 3;

function isChiefBefore(tokens: Token[], cls: TokenClass[], k: number): boolean {
  for (let j = k; j >= 0 && k - j < MAX_CHIEF_QUALIFIERS && cls[j] === 'qualifier'; j--) if (cls[j - 1] === 'title' && tokens[j - 1]?.lower === 'chief') return true;
  return false;
}

/**
 * `the Ambassador in Brasília, Sr. Nurlan X`, `…, Sr. Embajador X`: the Spanish `Sr.` (señor) before a name or a style,
 * after no capitalised word, is a form of address, no suffix.
 */
function markSenors(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    // (Not after a capitalised word, which it closes: `Martin Luther King Sr. Tokayev congratulated …`.)
    if (cls[k] !== 'numeral' || tokens[k].lower !== 'sr.' || tokens[k - 1]?.upper || !adjacent(text, tokens[k], tokens[k + 1])) continue;
    if (cls[k + 1] === 'name' || ((cls[k + 1] === 'title' || cls[k + 1] === 'honorific') && cls[k + 2] === 'name')) cls[k] = 'honorific';
  }
}

/**
 * `the Grand Duke of Luxembourg Guillaume V.`: a one-letter numeral's full stop after a name word,
 * with no name word after it, ends the sentence; it is no initial's (`Vladimir V. Putin`). And `Peter I`'s numeral is
 * no pronoun.
 */
function splitClosingNumerals(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let k = tokens.length - 1; k > 0; k--) {
    const t = tokens[k];
    if (t.kind === 'word' && t.end - t.start === 1 && text.charCodeAt(t.start) === LETTER_I && isFirstNumeral(text, tokens, cls, k)) {
      cls[k] = 'numeral';
      continue;
    }
    if (t.kind !== 'initial' || t.end - t.start !== 2 || !REGNAL_NUMERAL.test(t.text[0]) || cls[k - 1] !== 'name') continue;
    if (tokens[k - 1].kind !== 'word' || !adjacent(text, tokens[k - 1], t)) continue;
    if (cls[k + 1] === 'name' && adjacent(text, t, tokens[k + 1])) continue;
    tokens.splice(k, 1, ...numeralAndStop(text, t));
    cls.splice(k, 1, 'name', 'other');
  }
}

const LETTER_I = 73;
/**
 * What may follow a ruler's numeral `I`: a mark, a possessive or a preposition (`Peter I’s`, `the monument to Peter I on
 * …`); a verb after it is the pronoun's (`On behalf of President Erdogan I conveyed …`).
 */
const AFTER_FIRST_NUMERAL = /^(?:$|[.,;:)!?]|['’]s(?![A-Za-z])| (?:on|in|of|at|and|who|as|to)(?![A-Za-z]))/;
/** `Prince Albert I (1848-1922)`: the years of a life or a reign in brackets after the numeral. */
const LIFE_AFTER_FIRST_NUMERAL = /^ \(\d{3,4}/;
/**
 * After a ruler's title and name, more prepositions (`Emperor Haile Selassie I during his visit`); after others' they open
 * a quote's clause (`with President Putin I during our meeting …`).
 */
const AFTER_RULERS_FIRST_NUMERAL = /^ (?:during|from|with|after|before|until)(?![A-Za-z])/;
/** Characters read after the numeral: its longest preposition and the letter after it. */
const AFTER_FIRST_NUMERAL_READ = 9;
/** Titles of those a regnal numeral follows. */
const RULERS_TITLES: ReadonlySet<string> = new Set(['emperor', 'empress', 'king', 'queen', 'pope', 'patriarch', 'tsar', 'shah', 'sultan', 'catholicos']);

/** `Peter I`, `the reign of Peter I.`: the capital `I` at token `k` right after a given name is a ruler's numeral. */
function isFirstNumeral(text: string, tokens: Token[], cls: TokenClass[], k: number): boolean {
  const name = tokens[k - 1];
  if (cls[k - 1] !== 'name' || name.kind !== 'word' || !adjacent(text, name, tokens[k])) return false;
  const after = text.slice(tokens[k].end, tokens[k].end + AFTER_FIRST_NUMERAL_READ);
  if (AFTER_FIRST_NUMERAL.test(after) || LIFE_AFTER_FIRST_NUMERAL.test(after)) return true;
  let j = k - 1;
  while (j > 0 && cls[j - 1] === 'name') j--;
  return j > 0 && RULERS_TITLES.has(tokens[j - 1].lower) && AFTER_RULERS_FIRST_NUMERAL.test(after);
}

/**
 * `People's Artist of Kazakhstan`, `Honoured Coach of the Republic of …`, `Doctor of Historical
 * Sciences`: an honorary title or a degree before `of` is a title, its opening words qualifiers.
 * Returns whether it marked one.
 */
function markHonoraryTitles(tokens: Token[], cls: TokenClass[]): boolean {
  let marked = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.upper) continue;
    if (DEGREES.has(t.lower) && tokens[i + 1].lower === 'of' && tokens[i + 2].upper) {
      cls[i] = 'title';
      marked = true;
      continue;
    }
    // `International Master X`, `FIDE Master X`: a chess title before a full name.
    if (t.lower === 'master' && i > 0 && CHESS_TITLE_OPENERS.has(tokens[i - 1].lower) && cls[i + 1] === 'name' && cls[i + 2] === 'name') {
      cls[i - 1] = 'qualifier';
      cls[i] = 'title';
      marked = true;
      continue;
    }
    // `Honorary Citizen of Petropavlovsk X`, `Honorary Citizen X`: a town's honour; `Honorary Doctor of … University X`: a
    // university's.
    if (t.lower === 'honorary' && HONORARY_NOUNS.has(tokens[i + 1].lower) && tokens[i + 1].upper) {
      cls[i] = 'qualifier';
      cls[i + 1] = 'title';
      marked = true;
      continue;
    }
    // `People's Republic of China` is a country's name.
    if (!HONORARY_OPENERS.has(t.lower) || cls[i] === 'country') continue;
    // `People's Artist`: the possessive is part of the title's qualifier.
    const opening = t.lower === 'people' ? (tokens[i + 1].kind === 'possessive' ? i + 2 : -1) : i + 1;
    // (`Honoured Oil Worker of …`: the trade's noun may follow a word of its field.)
    const noun = opening > 0 && !closesHonour(tokens, cls, i, opening) && tokens[opening]?.upper && tokens[opening].kind === 'word' && isHonouredNoun(tokens, cls, opening + 1) && closesHonour(tokens, cls, i, opening + 1) ? opening + 1 : opening;
    if (noun < 0 || !isHonouredNoun(tokens, cls, noun) || !closesHonour(tokens, cls, i, noun)) continue;
    cls.fill('qualifier', i, noun);
    cls[noun] = 'title';
    marked = true;
  }
  return marked;
}

const CHESS_TITLE_OPENERS: ReadonlySet<string> = new Set(['international', 'fide', 'candidate']);
const HONORARY_NOUNS: ReadonlySet<string> = new Set(['citizen', 'doctor']);

/**
 * `Ibraimov Kenes Sadvakasovich`, `Akim of the district Kenes Amanovich Sultanbekov`: a body's word at token `i` that is a
 * given name, before a Russian patronymic, or before a Kazakh one after a surname (not `the Zhastar Kenes Zhaksylykuly
 * Nurlan`, a council's).
 */
function isBodysGivenNameBeforePatronymic(text: string, tokens: Token[], i: number): boolean {
  const [t, next] = [tokens[i], tokens[i + 1]];
  if (!BODY_GIVEN_NAMES.has(t.lower) || !t.upper || next === undefined || !adjacent(text, t, next)) return false;
  return PATRONYMIC.test(next.lower) || (isPatronymic(next.lower) && isSlavicSurname(tokens[i - 1].lower));
}

/** Exactly `n` adjacent name words from token `k`, none after them. */
function isNameRunOf(text: string, tokens: Token[], cls: TokenClass[], k: number, n: number): boolean {
  for (let j = k; j < k + n; j++) if (cls[j] !== 'name' || tokens[j].kind !== 'word' || !adjacent(text, tokens[j - 1], tokens[j])) return false;
  return cls[k + n] !== 'name' && cls[k + n] !== 'particle';
}

/**
 * `the Conservatory named after Kurmangazy, X`, `University named after Al-Farabi X`, `Institute named after
 * Ch. Valikhanov X`: the one an institution is named after belongs to its name, not to the text's people.
 * The honoree is the words up to a comma, or else initials and one word; `named after` joins the complement.
 */
function markHonorees(text: string, tokens: Token[], cls: TokenClass[]): void {
  // Where the last honoree ended: `named after A in Kostanay and after B in Taraz` names the second after `and`.
  let lastHonoree = -MAX_ANDED_HONOREE - 1;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const named = tokens[i - 1];
    const andAfter = tokens[i].text === 'after' && tokens[i + 1].upper && firstWordOf(text, named) === 'and' && named.end - named.start === 3 && placedAfter(tokens, cls, lastHonoree, i - 1);
    // A title-case headline writes `Named After` (`New School Named After Kassym Kaisenov Opens`).
    // (`Karaganda University n.a. Ye.A. Buketov`: or its abbreviation.)
    const abbreviated = tokens[i].text === 'n.a.' && named.upper;
    const namedAfter = andAfter || abbreviated || (tokens[i].text === 'after' ? named.kind === 'gap' && endsInNamed(text, named) : tokens[i].text === 'After' && named.text === 'Named');
    // (`a street will be named after Abdraimuly`: a verb's honoree is a person the text names, no institution's name; so is a
    // participle's set off by a comma after no institution's name: `a scholarship programme, named after the late poet Seamus
    // Heaney`; not `Aalto University, named after the architect Alvar Aalto`.)
    const setOff = named.words === 1 && tokens[i - 2]?.text === ',' && tokens[i - 3]?.upper === false;
    if (!namedAfter || setOff || PASSIVE_NAMED.test(text.slice(Math.max(0, named.end - PASSIVE_NAMED_LENGTH), named.end))) continue;
    let k = i + 1;
    // `named after academician X Y`, `named after Olympic boxing champion X Y`, `named after Khoja Ahmed Yasawi`: words describing the honoree.
    // `Named After Fallen Sergeant X`: in a headline any capitalised word before a title describes.
    // `named after the Soviet physicist X`: a capitalised word before an occupation describes too.
    while (k < tokens.length && k - i <= MAX_DESCRIBERS && (isDescriber(tokens[k], cls[k]) || (tokens[k].upper && (cls[k + 1] === 'title' || isOccupationWord(text, tokens[k + 1]))))) k++;
    // `named after the Hero of the Soviet Union X`: a title's complement, up to its state or body, describes too.
    if (k > i + 1 && cls[k - 1] === 'title' && tokens[k]?.lower === 'of') k = titlesComplementEnd(tokens, cls, k) ?? k;
    const described = k > i + 1;
    const initials = k;
    while (k < tokens.length && (tokens[k].kind === 'initial' || tokens[k].kind === 'dotted') && cls[k] === 'name') k++;
    let last = cls[k] === 'name' || cls[k] === 'caps' ? k : k - 1;
    // (Not after initials, which take one word: `named after K. Zhubanov Nurbolat Yeskendirov, who …`.)
    while (k === initials && tokens[last + 1]?.text !== ',' && cls[last + 1] === 'name' && hasCommaAfterRun(tokens, cls, last + 1)) last++;
    // A described honoree's name, or a given name and surname closing the run (`named after Ybyrai Altynsarin will be …`), is whole
    // (initials and one word are: `named after academician Ye.A. Buketov Nurlan Dyussenbayev`).
    if (last > i && cls[last + 1] === 'name' && ((described && k === initials) || cls[last + 2] !== 'name') && adjacent(text, tokens[last], tokens[last + 1])) last++;
    // `named after Mashkhur Zhusup Kopeiuly`: and a third word closing it, a Kazakh father's name (not `Al-Farabi Zhanar
    // Temirbekova`, a person after a one-word honoree).
    else if (last === i + 1 && cls[last + 1] === 'name' && closesThirdNameWord(text, tokens, cls, last + 2)) last += 2;
    // (`named after Kudaibergen Zhubanov Aidos Bekov`: four name words are the honoree's two and the person's two.)
    // (Not a one-word honoree before a name with a patronymic: `named after Al-Farabi Nurzhan Serikovich Tokbayev`.)
    else if (last === i + 1 && isNameRunOf(text, tokens, cls, last + 1, 3) && !isPatronymic(tokens[last + 2].lower)) last++;
    // (`named after the late Queen Alia Al Hussein`: and a family name after its particle.)
    while (last > i && cls[last + 1] === 'particle' && cls[last + 2] === 'name' && adjacent(text, tokens[last], tokens[last + 1]) && adjacent(text, tokens[last + 1], tokens[last + 2])) last += 2;
    if (last <= i) continue;
    // `University named after …` joins a complement; `the school named after …` has no title to join.
    if (abbreviated) cls[i] = 'connector';
    else if (named.words === 1) cls.fill('connector', i - 1, i + 1);
    cls.fill('org', i + 1, last + 1);
    lastHonoree = last;
  }
}

/** Most tokens between an honoree and a further `and after`. */
const MAX_ANDED_HONOREE = 6;

/**
 * `named after A in Kostanay and after B`: only where each honoree's institution stands (`in` or `of` and a place) lies
 * between the honoree ending at `last` and the `and` at token `and` (not `named after Abai opened and after lunch …`).
 */
function placedAfter(tokens: Token[], cls: TokenClass[], last: number, and: number): boolean {
  if (and - last > MAX_ANDED_HONOREE) return false;
  for (let k = last + 1; k < and; k++) if (!(tokens[k].upper || tokens[k].lower === 'in' || tokens[k].lower === 'of') || cls[k] === 'title') return false;
  return true;
}

/**
 * `the Order of the Rising Sun`, `the University of Gadjah Mada`: one or two name words after such a body's `of`, closing
 * the capitalised run, are the body's name (not `the Academy of Sciences Ivan Petrov`, where a person follows).
 */
function markNamesOfBodies(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!tokens[i].upper || !BODIES_NAMED_AFTER_OF.has(tokens[i].lower) || tokens[i + 1].lower !== 'of') continue;
    // `the Mosque of Sultan al-Zahir Baybars`, `the Mausoleum of Khoja Akhmet Yassawi`: a shrine's namesake, titled or not.
    const shrine = SHRINES.has(tokens[i].lower);
    let first = tokens[i + 2].lower === 'the' ? i + 3 : i + 2;
    // `the Order of the Cross of Terra Mariana`, `the Order of the Star of …`: an order's insignia before its own `of`.
    if (tokens[i].lower === 'order' && ORDER_INSIGNIA.has(tokens[first]?.lower ?? '') && tokens[first + 1]?.lower === 'of') {
      cls[first] = 'org';
      first = tokens[first + 2]?.lower === 'the' ? first + 3 : first + 2;
    }
    if (shrine) while (first < tokens.length && first < i + 2 + MAX_SHRINE_TITLES && (cls[first] === 'title' || cls[first] === 'honorific')) first++;
    // (`the Order of Prince Henry the Navigator`: so is an order's, after a royal's or a saint's title; not `By Order of
    // King X`, a decree.)
    else if (tokens[i].lower === 'order' && tokens[i - 1]?.lower !== 'by') while (first < tokens.length && first < i + 2 + MAX_SHRINE_TITLES && ORDER_NAMESAKE_TITLES.has(tokens[first].lower)) first++;
    let last = first;
    const most = shrine ? MAX_SHRINE_NAME : MAX_BODY_NAME;
    while (last < tokens.length && (cls[last] === 'name' || (shrine && cls[last] === 'particle')) && last - first < most && (last === first || adjacent(text, tokens[last - 1], tokens[last]))) last++;
    const next = tokens[last];
    if (last > first && !(next?.upper && adjacent(text, tokens[last - 1], next))) cls.fill('org', first, last);
  }
}

const MAX_BODY_NAME = 2;
const ORDER_INSIGNIA: ReadonlySet<string> = new Set(['cross', 'star', 'eagle', 'lion', 'crown']);
/** Titles of the royals and saints orders are named after. */
const ORDER_NAMESAKE_TITLES: ReadonlySet<string> = new Set(['prince', 'princess', 'king', 'queen', 'emperor', 'empress', 'sheikh', 'sultan', 'emir', 'amir', 'saint', 'st', 'st.', 'grand', 'duke']);

/** Token `k` is in the name of a shrine's namesake (`the Mosque of Sultan Baybars`), which no later mention makes a person. */
export function inShrinesName(v: LineView, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MAX_SHRINE_TITLES - MAX_SHRINE_NAME; j--) {
    if (v.tokens[j].lower === 'of') return v.tokens[j - 1]?.upper === true && SHRINES.has(v.tokens[j - 1].lower);
    if (!v.tokens[j].upper && v.cls[j] !== 'particle') return false;
  }
  return false;
}

/** Buildings named after a saint or a ruler, whose namesake may carry a title and up to three words. */
const SHRINES = new Set(['mosque', 'mausoleum', 'tomb', 'shrine', 'madrasa', 'cathedral', 'church']);
const MAX_SHRINE_TITLES = 2;
const MAX_SHRINE_NAME = 3;

/** `OPEC+`, `Erasmus+`: a word with a plus sign glued after it names a group or a programme, never a person. */
function markPlusNames(tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].text === '+' && tokens[i - 1].end === tokens[i].start && tokens[i - 1].upper) cls[i - 1] = 'org';
}

/** Most tokens describing an honoree before the name. */
const MAX_DESCRIBERS = 3;

/** Most capitalised words of a describing title's complement (`of the Soviet Union`, `of Socialist Labour`). */
const MAX_COMPLEMENT_WORDS = 3;

/** The token after the complement that the `of` at token `of` opens, ending in a state or a body's word, if it does. */
function titlesComplementEnd(tokens: Token[], cls: TokenClass[], of: number): number | undefined {
  const first = tokens[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  for (let k = first; k < tokens.length && k < first + MAX_COMPLEMENT_WORDS && tokens[k].upper; k++) {
    if (cls[k] === 'country' || cls[k] === 'org') return k + 1;
  }
  return undefined;
}

/** A form of address, a title, a nationality, lower-case words, `the` or a capitalised common word before an honoree's name (`named after the physician X`, `named after Chinese railway engineer X`). */
function isDescriber(t: Token, c: TokenClass): boolean {
  return c === 'honorific' || c === 'title' || c === 'qualifier' || c === 'country' || t.kind === 'gap' || (c === 'stop' && t.upper) || t.text === 'the' || (t.kind === 'word' && !t.upper && c !== 'connector');
}

const PASSIVE_NAMED = /(?:^|\s)(?:be|been|being|is|are|was|were)\s+named$/;
const PASSIVE_NAMED_LENGTH = ' being named'.length;

function endsInNamed(text: string, gap: Token): boolean {
  const start = gap.end - 'named'.length;
  return text.startsWith('named', start) && (start === gap.start || text.charCodeAt(start - 1) === 32);
}

/** Token `k` is a name word with a Turkic father's name's ending that closes the run after the two words before it. */
function closesThirdNameWord(text: string, tokens: Token[], cls: TokenClass[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && cls[k] === 'name' && cls[k + 1] !== 'name' && adjacent(text, tokens[k - 2], tokens[k - 1]) && adjacent(text, tokens[k - 1], t)
    && TURKIC_PATRONYMIC.test(t.lower);
}

/** Token `t` is one lower-case word of an occupation (`physicist`). */
function isOccupationWord(text: string, t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'gap' && t.words === 1 && OCCUPATION_SET.has(text.slice(t.start, t.end));
}

/** Lower-case token `t` ends with an occupation's word (`actress`, `her father, former sprinter`). */
function endsWithOccupation(text: string, t: Token | undefined): boolean {
  return t !== undefined && !t.upper && OCCUPATION_SET.has(wordEndingAt(text, t.start, t.end));
}

/** The name words from `k` on end at a comma (`named after Abai Kunanbayev, X`). */
function hasCommaAfterRun(tokens: Token[], cls: TokenClass[], k: number): boolean {
  while (cls[k] === 'name') k++;
  return tokens[k]?.text === ',';
}

/** `Jan Smit`, `YAMADA Jun`: a month abbreviation right before a name word or after a surname in capitals is a given name (`Jan 5`, `Jan.` stay dates). */
function markMonthNames(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (cls[i] !== 'stop' || !tokens[i].upper || tokens[i].allCaps || !(MONTH_WORDS.has(tokens[i].lower) || isAddressedMonthName(text, tokens, cls, i))) continue;
    const next = tokens[i + 1];
    // `Jan de Vries`, `Jan van der Berg`: also before particles and a name word (capitalised in Belgium: `Jan Van der Berg`;
    // not after a day's number: `On 15 Jan De Beers announced`).
    const capitalised = i === 0 || tokens[i - 1].kind !== 'number' || tokens[i - 1].text.length > 2;
    const name = cls[i + 2] === 'particle' && (capitalised || !tokens[i + 2].upper) ? i + 3 : i + 2;
    const particle = cls[i + 1] === 'particle' && (capitalised || !next.upper) && cls[name] === 'name' && adjacent(text, tokens[name - 1], tokens[name]);
    if ((cls[i + 1] === 'name' || particle) && next.kind === 'word' && adjacent(text, tokens[i], next)) cls[i] = 'name';
    // `YAMADA Jun`, `Yu Jun`: a given name after a surname, with no day number after it.
    else if (i > 0 && isSurnameBefore(tokens, cls, i) && adjacent(text, tokens[i - 1], tokens[i]) && next?.kind !== 'number') cls[i] = 'name';
  }
}

/**
 * `Ambassador August van der Berg`, `Ms. June Harrowby`, `… of Sweden August Lindqvist`, `actress Summer Hayes`: a month
 * or a season that is a given name, right after a title, a form of address, the state closing an office or an occupation,
 * before no common word (`President April Fools`).
 */
function isAddressedMonthName(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  const next = tokens[i + 1];
  if (i === 0 || !MONTH_GIVEN_NAMES.has(tokens[i].lower)) return false;
  const opens = opensNameAfter(tokens, cls, i) || endsWithOccupation(text, tokens[i - 1]);
  return ((opens && adjacent(text, tokens[i - 1], tokens[i])) || isSurnameBeforeOffice(text, tokens, cls, i)) &&
    next !== undefined && (cls[i + 1] === 'particle' || !isCommonEnglishWord(next.lower));
}

/**
 * `shared by June Okafor, head of the farm`: a surname, then an office set off by a comma (maybe after an article), after
 * the given name at `i` that no time's word or day's number goes before (not `In May Ashimbayev, Chairman of …`, `on 5
 * June Ivanov, the minister, said`).
 */
function isSurnameBeforeOffice(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  if (cls[i + 1] !== 'name' || tokens[i + 2]?.text !== ',' || tokens[i - 1].kind === 'number') return false;
  if (TIME_BEFORE_MONTH.test(text.slice(Math.max(0, tokens[i].start - TIME_BEFORE_READ), tokens[i].start))) return false;
  const title = ARTICLES.has(tokens[i + 3]?.lower ?? '') ? i + 4 : i + 3;
  return cls[title] === 'title';
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/**
 * Words that make the month after them a time (`In May Ashimbayev, Chairman of …`, `As of May X, the Deputy Prime
 * Minister, …`; `By` opening a sentence, a deadline's: `By April X, the Deputy Prime Minister, had …`; not `a letter from
 * April X, Director …`, `shared by June X, head …`).
 */
const TIME_BEFORE_MONTH = /(?<![A-Za-z])(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Tt]hroughout|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Aa]s of|By) $|(?<![A-Za-z])[Mm]id-$/;
const TIME_BEFORE_READ = 12;

function isSurnameBefore(tokens: Token[], cls: TokenClass[], i: number): boolean {
  return (cls[i - 1] === 'caps' && tokens[i - 1].text.length >= 3) || (cls[i - 1] === 'name' && tokens[i - 1].kind === 'word');
}

/** `Catherine West, Minister for …`: a direction closing a run right after a name word is a surname (`West Africa` stays a place). */
function markDirectionSurnames(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (cls[i] !== 'stop' || !tokens[i].upper || !SURNAME_DIRECTIONS.has(tokens[i].lower)) continue;
    if (cls[i - 1] !== 'name' || tokens[i - 1].kind !== 'word' || !adjacent(text, tokens[i - 1], tokens[i])) continue;
    const next = tokens[i + 1];
    if (next === undefined || !next.upper || !adjacent(text, tokens[i], next)) cls[i] = 'name';
  }
}

/**
 * `Foreign Ministry Park Joon-young`, `Do Thanh Binh`: a word that is also a Korean surname before a Korean given name, or a
 * Vietnamese one; a short surname in capitals before a given name.
 */
function markSurnamesAlsoWords(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (opensVietnameseName(text, tokens, cls, i)) {
      cls[i] = cls[i + 1] = 'name';
      continue;
    }
    // `Deputy Minister Le noted`: the surname alone after a title, before lower-case words (not `Marine Le Pen`).
    if (tokens[i].text === 'Le' && i > 0 && cls[i - 1] === 'title' && adjacent(text, tokens[i - 1], tokens[i]) && isLowerWords(tokens[i + 1])) {
      cls[i] = 'name';
      continue;
    }
    // `WEI Yi`, `KIM Won-jin`, `PARK Sung-ho`: a short surname in capitals, or a word that is a Korean one before a Korean
    // given name, before a given name in normal case.
    const capsSurname = SHORT_CAPS_SURNAMES.has(tokens[i].lower) || (WORDS_ALSO_KOREAN_SURNAMES.has(tokens[i].lower) && KOREAN_GIVEN_NAME.test(tokens[i + 1].text));
    // (A numeral's letters too, but for a ruler's number after a name: `Louis XI Capet` is no `XI Capet`.)
    const capsWord = cls[i] === 'caps' || (cls[i] === 'numeral' && cls[i - 1] !== 'name');
    // (`NAM In-soon`: a hyphenated Korean given name whose first syllable is a word, `In`, is one too.)
    const given = cls[i + 1] === 'name' || (cls[i + 1] === 'stop' && KOREAN_GIVEN_NAME.test(tokens[i + 1].text));
    if (capsWord && capsSurname && given && tokens[i + 1].kind === 'word' && !tokens[i + 1].allCaps && adjacent(text, tokens[i], tokens[i + 1])) {
      cls[i] = 'name';
      cls[i + 1] = 'name';
      continue;
    }
    if (closesTitledKoreanName(text, tokens, cls, i)) {
      cls[i] = 'name';
      continue;
    }
    // `To` of `To Lam` is a connector's spelling.
    if ((cls[i] !== 'org' && cls[i] !== 'stop' && cls[i] !== 'connector') || !tokens[i].upper) continue;
    const next = tokens[i + 1];
    // `Asked about the expo, He told reporters`: inside a sentence and before lower-case words, `He` is a surname alone.
    if (tokens[i].text === 'He' && i > 0 && (tokens[i - 1].kind !== 'punct' || tokens[i - 1].text === ',') && isLowerWords(next)) {
      cls[i] = 'name';
      continue;
    }
    // `Do Van Khanh`: a Vietnamese middle name may be a particle's spelling.
    const nameNext = cls[i + 1] === 'name' || (cls[i + 1] === 'particle' && cls[i + 2] === 'name' && adjacent(text, next, tokens[i + 2]));
    if (!nameNext || !adjacent(text, tokens[i], next)) continue;
    if (WORDS_ALSO_KOREAN_SURNAMES.has(tokens[i].lower) ? isKoreanGivenNameAfter(text, tokens, cls, i) : isVietnameseSurnameAt(text, tokens, cls, i)) cls[i] = 'name';
  }
}

/**
 * `Vice President Elena M. Park will host`: a word that is a Korean surname (`Park`, `Moon`) closing a given name and its
 * initials after a title or a form of address is the surname, before no capitalised word (not `Mayor X Park Avenue`).
 */
function closesTitledKoreanName(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  if (!WORDS_ALSO_KOREAN_SURNAMES.has(tokens[i].lower) || !tokens[i].upper || cls[i] === 'name' || tokens[i + 1].upper || !adjacent(text, tokens[i - 1] ?? tokens[i], tokens[i])) return false;
  let k = i - 1;
  while (k >= 0 && cls[k] === 'name' && (tokens[k].kind === 'word' || tokens[k].kind === 'initial') && adjacent(text, tokens[k], tokens[k + 1])) k--;
  return k < i - 1 && k >= 0 && (cls[k] === 'title' || cls[k] === 'honorific') && adjacent(text, tokens[k], tokens[k + 1]);
}

/**
 * A Korean given name after the surname at token `i`: hyphenated (`Park Joon-young`), or two syllables written apart that
 * close the name (`Park Sang Hoon said`; not `Park Inn Hotel`).
 */
function isKoreanGivenNameAfter(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  const [first, second] = [tokens[i + 1], tokens[i + 2]];
  if (KOREAN_GIVEN_NAME.test(first.text)) return true;
  return second !== undefined && cls[i + 2] === 'name' && adjacent(text, first, second) && KOREAN_SYLLABLE.test(first.lower) && KOREAN_SYLLABLE.test(second.lower)
    && !(cls[i + 3] === 'name' && adjacent(text, second, tokens[i + 3]));
}

/** One syllable of a romanised Korean name (`sang`, `hoon`, `min`, `jun`, `yeon`), not `hyatt` or `inn`. */
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[gkndrlmbpsjhtyw])?(?:yae|yeo|wae|eo|ae|ya|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|i|o|u)(?:ng|k|n|t|l|m|p)?$/;

/** Vietnamese middle names that are particles' spellings too. */
const VIETNAMESE_MIDDLE_NAMES: ReadonlySet<string> = new Set(['van', 'văn', 'thi', 'thị']);

/** `Department Le Van Minh`, `Le Thi Hoa`: the particle `Le` before a Vietnamese middle name and a given name is a surname. */
function opensVietnameseName(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  const [middle, given] = [tokens[i + 1], tokens[i + 2]];
  return tokens[i].text === 'Le' && cls[i] === 'particle' && given !== undefined && middle.upper && VIETNAMESE_MIDDLE_NAMES.has(middle.lower)
    && cls[i + 2] === 'name' && adjacent(text, tokens[i], middle) && adjacent(text, middle, given);
}

/** `Deputy Minister Do Thanh Binh`: inside a sentence, before two name words. */
function isVietnameseSurnameAt(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  if (!WORDS_ALSO_VIETNAMESE_SURNAMES.has(tokens[i].lower)) return false;
  // `To Lam said`: opening a sentence before one name word and the sentence's lower-case words.
  if (tokens[i].lower === 'to' && (i === 0 || tokens[i - 1].text === '.') && tokens[i + 2] !== undefined && isLowerWords(tokens[i + 2])) return tokens[i + 1].kind === 'word';
  // `He Yongqian, the ministry's spokesperson, …`: opening a sentence before one name word and a comma.
  if (tokens[i].lower === 'he' && tokens[i + 1].kind === 'word' && tokens[i + 2]?.text === ',') return true;
  // Not after a full stop, a colon, a quotation mark or a bracket, where `He` or `Do` may open a sentence.
  if (i === 0 || (tokens[i - 1].kind === 'punct' && tokens[i - 1].text !== ',')) return false;
  if (tokens[i].lower === 'he') return tokens[i + 1].kind === 'word';
  // `Letter To Putin` in a headline: `To` is a surname only after a title, an organisation's word (`Central Committee To
  // Lam`), a comma or a possessive (`Vietnam's To Lam`).
  const before = cls[i - 1];
  if (tokens[i].lower === 'to') {
    // After an organisation's word, only a name of one word (`Committee To Protect Journalists` is a body's).
    const org = before === 'org' && tokens[i - 1].upper && !tokens[i + 2]?.upper;
    // `Minister of Construction To Thanh Son`: after a portfolio's word, before a full name.
    const portfolio = before === 'qualifier' && tokens[i - 1].upper && fullNameFollows(text, tokens, cls, i);
    // `held talks with To Lam`, `noted that To Lam's visit`: a capital inside a sentence, after a lower-case word, is no
    // preposition's.
    const inSentence = !tokens[i - 1].upper && (tokens[i - 1].kind === 'word' || tokens[i - 1].kind === 'gap');
    return tokens[i + 1].kind === 'word' && (before === 'title' || before === 'comma' || before === 'possessive' || org || portfolio || inSentence);
  }
  return fullNameFollows(text, tokens, cls, i);
}

/** For Bali's `I` and `Ni`, whether a birth-order name follows; undefined for another word. */
function opensBalineseName(tokens: Token[], i: number): boolean | undefined {
  if (!BALINESE_PREFIX_SET.has(tokens[i].lower)) return undefined;
  return BALINESE_BIRTH_NAME_SET.has(tokens[i + 1]?.lower ?? '');
}

/**
 * Token `k` is Bali's `I` or `Ni` before a birth-order name, or that name after it (`I Made` of `I Made Mangku Pastika`): they
 * say how a person was born, and are never the person's name alone.
 */
export function inBalineseOpening(tokens: Token[], k: number): boolean {
  return opensBalineseName(tokens, k) === true || (k > 0 && opensBalineseName(tokens, k - 1) === true);
}

const BALINESE_PREFIX_SET: ReadonlySet<string> = new Set(BALINESE_NAME_PREFIXES);
const BALINESE_BIRTH_NAME_SET: ReadonlySet<string> = new Set(BALINESE_BIRTH_NAMES);

/**
 * `Michael R. Bloomberg`, `Mr. Bloomberg`, `Hassan Omar Said`, `Carlos de Palacio` (a body's word after a particle): such
 * a word right after a name word, an initial or a form of address is a surname, and one before `bin` a given name (`Said
 * bin Nasser`); `Per` opening a full name is a given name (`Per Olav Lunde`).
 */
function markStopWordSurnames(text: string, tokens: Token[], cls: TokenClass[]): void {
  // (`Kenes Rakishev, Chairman of …`: a body's word that is a given name may open the line too, and so may `Said`.)
  if (tokens.length > 1 && tokens[0].upper && ((BODY_GIVEN_NAMES.has(tokens[0].lower) && opensFullName(text, tokens, cls, 0)) || opensSaidsName(tokens, cls, 0))) cls[0] = 'name';
  for (let i = 1; i < tokens.length; i++) {
    if (isElidedSurnameAt(text, tokens, cls, i) || isDoubleSurnameAt(text, tokens, cls, i)) cls[i] = 'name';
    if (isBodysGivenNameBeforePatronymic(text, tokens, i)) cls[i] = 'name';
    // `Carlos de Palacio`: a body's word may be such a surname too.
    if ((cls[i] !== 'stop' && cls[i] !== 'org') || !tokens[i].upper) continue;
    // `… and Defence Per Olav Lunde`: a function word opening a full name.
    const balinese = opensBalineseName(tokens, i);
    // (`… in Denpasar I Wayan Suartana`: Bali's `I` before a birth-order name opens a name even after another's words.)
    if (STOP_GIVEN_NAMES.has(tokens[i].lower) && (cls[i - 1] !== 'name' || balinese === true) && balinese !== false && !isCityAfterPreposition(tokens, i) && opensFullName(text, tokens, cls, i)) {
      cls[i] = 'name';
      // `I Made Sutrisna`: the birth-order name that is also a word.
      if (balinese) cls[i + 1] = 'name';
    }
    if (TITLED_SURNAMES.has(tokens[i].lower) && closesTitledName(text, tokens, cls, i)) cls[i] = 'name';
    if (!STOP_SURNAMES.has(tokens[i].lower) || (isLegalFormWord(tokens[i].lower) && !followsMiddleInitial(text, tokens, cls, i))) continue;
    // (`Samir Abu Ras`, `Khalid Ras,`: `Ras` closing a name, not opening a cape's: `Sheikh Saud Ras Al Khaimah`.)
    if (tokens[i].lower === 'ras' && tokens[i + 1]?.upper) continue;
    const before = cls[i - 1];
    // (`Ana Palacio said`: right after a name word, too, where no name of the place goes on after it.)
    const after = tokens[i + 1];
    // (`Mr Philip Green OAM`: letters after the name close it too.)
    // (`Nikolai Baker Jr.`, `James Baker III`: or only a suffix or a numeral follows.)
    const closes = after === undefined || !adjacent(text, tokens[i], after) || !(after.upper || cls[i + 1] === 'particle') || isPostNominal(after) || NAME_SUFFIX_SET.has(after.lower) || REGNAL_NUMERAL.test(after.text) || isMembersLettersAt(tokens, cls, i + 1);
    if (cls[i] === 'org' && before !== 'particle' && (PARTICLE_SURNAMES.has(tokens[i].lower) || !(before === 'name' && closes))) continue;
    // `Faisal bin Turki Al Said`: a family name after the Arabic article too.
    const named = adjacent(text, tokens[i - 1], tokens[i]) && (before === 'name' || before === 'honorific' || before === 'particle' || tokens[i - 1].kind === 'initial');
    // `Minister Said bin Nasser Al Habsi`: a given name before a lineage particle, or after a title and before the
    // Arabic article (`Foreign Minister Said Al Busaidi`).
    const next = tokens[i + 1];
    const given = next !== undefined && adjacent(text, tokens[i], next) && (LINEAGE_LINKS.has(next.lower) || (before === 'title' && ARABIC_ARTICLE_SET.has(next.lower)) || opensSaidsName(tokens, cls, i));
    // (`Colleen Young,`: an adjective's surname only where it closes the name, not `Prince Faisal Young Leaders Forum`.)
    if ((named && (closes || !CLOSING_SURNAME_SET.has(tokens[i].lower))) || given) cls[i] = 'name';
  }
}

/**
 * `Minister Said Karimov`, `IOM Chief of Mission Said Karimov`: `Said` after a title (or an office's body) before a surname
 * is a given name (not `The Minister Said Kazakhstan …`).
 */
function opensSaidsName(tokens: Token[], cls: TokenClass[], i: number): boolean {
  if (tokens[i].lower !== 'said' || cls[i + 1] !== 'name') return false;
  // (`Said Al-Busaidi thanked …`: so does one opening a sentence before a surname with the Arabic article, which no
  // speaking verb opens.)
  const opening = (i === 0 || tokens[i - 1].text === '.') && ARABIC_ARTICLE_GLUED.test(tokens[i + 1].lower);
  return opening || cls[i - 1] === 'title' || (cls[i - 1] === 'org' && isSlavicSurname(tokens[i + 1].lower));
}

/** A surname glued to the Arabic article (`Al-Busaidi`, `el-Sisi`), in lower case. */
export const ARABIC_ARTICLE_GLUED = /^(?:al|el)-\p{L}/u;

/** Surnames that are adjectives or trades, read only where they close a name. */
const CLOSING_SURNAME_SET: ReadonlySet<string> = new Set([...ADJECTIVE_SURNAMES, ...TRADE_SURNAMES]);
const PARTICLE_SURNAMES: ReadonlySet<string> = new Set(FIRM_WORDS_ALSO_SURNAMES_AFTER_PARTICLES);

/**
 * `TASS Director General X`, `APA Secretary General X`: a news agency's letters right before a capitalised title, after
 * a lower-case word, are the body the office leads.
 */
function markAgenciesBeforeTitles(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [agency, title] = [tokens[i], tokens[i + 1]];
    if (cls[i] !== 'stop' || cls[i + 1] !== 'title' || !agency.allCaps || !title.upper || !AGENCY_SET.has(agency.lower) || !adjacent(text, agency, title)) continue;
    // (Not a dateline's agency opening a sentence, nor a source's: `ASTANA. KAZINFORM President X …`, `according to TASS
    // President X said`.)
    if (i === 0 || !isLowerWords(tokens[i - 1]) || SOURCE_BEFORE.test(text.slice(Math.max(0, agency.start - SOURCE_READ), agency.start))) continue;
    cls[i] = 'caps';
  }
}

/**
 * Words before a news agency cited as a source or a medium (`according to TASS`, `told WAM`, `in an interview with CNN`,
 * `in comments for TASS`, `published on WAM`).
 */
const SOURCE_BEFORE = /(?<![A-Za-z])(?:to|by|told|tells|citing|cites|cited|reports|reported|via|(?:interviews?|conversations?|comments?|remarks|briefing) with|(?:comments?|remarks|written|exclusively|statement|article) for|(?:published|posted|broadcast|aired) on) $/i;
const SOURCE_READ = 24;

const AGENCY_SET: ReadonlySet<string> = new Set(AGENCY_WORDS);

/** `the graphic editor Canva`, `the spreadsheet editor Excel`: a lower-case `editor` a program's kind goes before is no title. */
function markSoftwareEditors(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (cls[i] === 'title' && tokens[i].text === 'editor' && SOFTWARE_KINDS.has(lastLowerWord(text, tokens[i - 1]))) cls[i] = 'stop';
  }
}

const SOFTWARE_KINDS: ReadonlySet<string> = new Set(['graphic', 'graphics', 'photo', 'image', 'video', 'text', 'spreadsheet', 'code', 'online', 'web', 'map']);

/** `officials in Sana Hans Grundberg said`: an agency's word that is also a city, after a preposition of place, is the city. */
function isCityAfterPreposition(tokens: Token[], i: number): boolean {
  return AGENCY_GIVEN_NAMES.has(tokens[i].lower) && CITY_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '');
}

const AGENCY_GIVEN_NAMES: ReadonlySet<string> = new Set(AGENCIES_ALSO_GIVEN_NAMES);
const CITY_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near']);

/** `Emmanuel T. Co`: token `i` after a given name's middle initial, with no full stop of its own. */
function followsMiddleInitial(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  return tokens[i - 1].kind === 'initial' && cls[i - 2] === 'name' && adjacent(text, tokens[i - 1], tokens[i]) && tokens[i + 1]?.start !== tokens[i].end;
}

/**
 * `Valéry Giscard d’Estaing`, `Lorenzo Sanvitale d’Aragona`: a French or Italian `d’` glued to a capitalised word closes
 * a name after two name words (a place has one: `Cortina d’Ampezzo`, `Valle d'Aosta`).
 */
function isElidedSurnameAt(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  // (`Minister of State Étienne d'Ursel`: or after a given name a title or a form of address opens.)
  const opened = cls[i - 2] === 'name' || cls[i - 2] === 'title' || cls[i - 2] === 'honorific' || tokens[i - 2]?.lower === 'state';
  return i >= 2 && ELIDED_SURNAME.test(tokens[i].text) && cls[i - 1] === 'name' && opened &&
    adjacent(text, tokens[i - 2], tokens[i - 1]) && adjacent(text, tokens[i - 1], tokens[i]);
}

/**
 * `Maria Park-Lee`, `Heitor Villa-Lobos`, `Mr. Holder-Nurse`: common words joined by hyphens, closing a name after a name
 * word or a form of address, are a double surname.
 */
function isDoubleSurnameAt(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  if (cls[i] !== 'stop' || (cls[i - 1] !== 'name' && cls[i - 1] !== 'honorific') || !DOUBLE_SURNAME.test(tokens[i].text) || !adjacent(text, tokens[i - 1], tokens[i])) return false;
  // (`Tokayev Follow-Up meeting`, `Rubio Stop-Over in Shannon`: a phrasal noun's particle or prefix makes no surname.)
  if (tokens[i].lower.split(HYPHENS).some((part) => PHRASAL_PARTS.has(part))) return false;
  const next = tokens[i + 1];
  return next === undefined || !next.upper || !adjacent(text, tokens[i], next);
}

const HYPHENS = /[-‑‐]/;
/** Particles and prefixes of hyphenated nouns (`Follow-Up`, `Meet-And-Greet`, `Step-By-Step`, `Pre-Summit`). */
const PHRASAL_PARTS: ReadonlySet<string> = new Set([
  'up', 'down', 'in', 'out', 'on', 'off', 'over', 'by', 'and', 'or', 'to', 'of', 'back', 'through', 'with', 'for', 'the', 'a', 'at', 'away', 'about',
  'pre', 'post', 'non', 'anti', 'co', 're', 'ex', 'mid', 'self', 'multi', 'inter', 'cross',
  // (`Long-Term`, `Year-End`, `High-Level`: a compound adjective's noun.)
  'term', 'time', 'level', 'scale', 'based', 'known', 'wide', 'end', 'year', 'round', 'table',
]);

/** What follows a member's letters that close a name: anything but a noun the letters qualify (`Westminster Hall MP offices`). */
function closesMembersName(text: string, after: Token | undefined): boolean {
  if (after === undefined || after.kind === 'punct' || after.upper) return true;
  return !MEMBERS_NOUNS.has(after.kind === 'gap' ? firstWordOf(text, after) : after.lower);
}

/** Nouns written after a member's letters, which then qualify them (`MP offices`, `MP staff`). */
const MEMBERS_NOUNS: ReadonlySet<string> = new Set(['office', 'offices', 'staff', 'aide', 'aides', 'assistant', 'assistants', 'researcher', 'researchers', 'expenses', 'salary', 'salaries', 'seat', 'seats', 'candidate', 'candidates']);

/** Most name words between a title and such a surname. */
const MAX_NAME_WORDS_BEFORE = 3;

/**
 * `Ambassador Linda Hall said`: token `i` right after name words a title or form of address opens, and before no capitalised
 * word; or right after name words and before a member's letters (`Catherine Mills MP`).
 */
function closesTitledName(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  const after = tokens[i + 1];
  const member = after !== undefined && adjacent(text, tokens[i], after) && isMembersLettersAt(tokens, cls, i + 1);
  if (after !== undefined && adjacent(text, tokens[i], after) && after.upper && !member) return false;
  let k = i - 1;
  while (i - k <= MAX_NAME_WORDS_BEFORE && k > 0 && cls[k] === 'name' && adjacent(text, tokens[k], tokens[k + 1])) k--;
  // (Not `Almaty Flour Mills MP`, a further capitalised word before, nor letters before a noun they qualify: `from Westminster
  // Hall MP offices`.)
  if (member && k < i - 1 && (!tokens[k].upper || cls[k] === 'title' || cls[k] === 'honorific') && closesMembersName(text, tokens[i + 2])) return true;
  // (`the Queen Elizabeth Hall`, `the President Kennedy Hall`: a title after `the` opens a venue's name.)
  return k < i - 1 && (cls[k] === 'title' || cls[k] === 'honorific') && adjacent(text, tokens[k], tokens[k + 1]) && tokens[k - 1]?.lower !== 'the';
}

const ARABIC_ARTICLE_SET = new Set(ARABIC_ARTICLES);

/** `Catherine Mills MP,`: a member's letters at token `k` after a name, with no name after them (not `MP Ivan Petrov`). */
function isMembersLettersAt(tokens: Token[], cls: TokenClass[], k: number): boolean {
  return MEMBERS_LETTERS.has(tokens[k]?.text ?? '') && cls[k + 1] !== 'name';
}

const MEMBERS_LETTERS: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'MLA']);

const PLACE_GIVEN_NAMES: ReadonlySet<string> = new Set(PLACE_WORDS_ALSO_GIVEN_NAMES);
/** Words that are given names before a surname alone. */
const LONE_SURNAME_GIVEN_NAMES: ReadonlySet<string> = new Set([...HOLIDAYS_ALSO_GIVEN_NAMES, ...PLACE_WORDS_ALSO_GIVEN_NAMES]);
const BODY_GIVEN_NAMES: ReadonlySet<string> = new Set(BODY_WORDS_ALSO_GIVEN_NAMES);
/** The South Asian festivals' words among them (not a parliament's `Kenes`, which a body's word may go before). */
const FESTIVAL_GIVEN_NAMES: ReadonlySet<string> = new Set(FESTIVAL_WORDS_ALSO_GIVEN_NAMES);

/** Two name words follow token `i`, each right after the one before (or, after a holiday's word, a surname). */
function opensFullName(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  if (cls[i + 1] !== 'name' || !adjacent(text, tokens[i], tokens[i + 1])) return false;
  // (`the Jokargy Kenes Amanbai Orynbayev`: not a word of a body's name.)
  if (i > 0 && BODY_GIVEN_NAMES.has(tokens[i].lower) && cls[i - 1] === 'org' && adjacent(text, tokens[i - 1], tokens[i])) return false;
  // (Not a place's word before a given name and a surname: `In Aral Bolat Zhakenov, a fisherman, …`.)
  if (cls[i + 2] === 'name' && adjacent(text, tokens[i + 1], tokens[i + 2])) return !PLACE_GIVEN_NAMES.has(tokens[i].lower);
  // (`Bayram Annameredov`, `Aral Bekturganov`: a holiday's or a place's word before a Slavic or Turkic surname alone, where
  // no capitalised word goes before but a state's name or a title, `Ambassador of Turkmenistan Bayram Annamuradov`: not
  // `Kurban Bayram Tokayev`.)
  // (`Businessman Kenes Rakishev`: a body's word that is a given name, after any word but a name's or a body's own.)
  const opensRun = i === 0 || !tokens[i - 1].upper || !adjacent(text, tokens[i - 1], tokens[i]) || cls[i - 1] === 'country' || cls[i - 1] === 'title';
  const single = LONE_SURNAME_GIVEN_NAMES.has(tokens[i].lower) ? opensRun : BODY_GIVEN_NAMES.has(tokens[i].lower) && (i === 0 || cls[i - 1] !== 'name');
  // (`Former Union Minister of Environment Jayanti Natarajan`: a body's word right after a title, before any surname.)
  const titled = BODY_GIVEN_NAMES.has(tokens[i].lower) && i > 0 && (cls[i - 1] === 'title' || cls[i - 1] === 'honorific' || cls[i - 1] === 'qualifier') && adjacent(text, tokens[i - 1], tokens[i]);
  // (`Sprinter Jayanti Kumari`, `singer Jayanti Das`: a festival's word opening the run, not closing one: `Gandhi Jayanti`.)
  // (After a word that describes the person, not at a sentence's start nor after `the`: `Tika Muhurat is at 10:12`.)
  // (`Nepal's striker Diwas Gurung`: or an occupation closing a stretch of lower-case words.)
  const word = i > 0 && (tokens[i - 1].kind === 'word' || (tokens[i - 1].kind === 'gap' && OCCUPATION_SET.has(lastLowerWord(text, tokens[i - 1]))));
  const described = word && tokens[i - 1].lower !== 'the' && cls[i - 1] !== 'name' && adjacent(text, tokens[i - 1], tokens[i]);
  const festivals = FESTIVAL_GIVEN_NAMES.has(tokens[i].lower) && described;
  return single && cls[i + 2] !== 'name' && tokens[i + 1].kind === 'word' && (titled || festivals || isSlavicSurname(tokens[i + 1].lower));
}

function isHonouredNoun(tokens: Token[], cls: TokenClass[], k: number): boolean {
  return tokens[k]?.upper === true && tokens[k].kind === 'word' && HONOURED_NOUN_CLASSES.has(cls[k]);
}

/**
 * `People's Republic of China`, `People's Bank of …`: an organisation's name, not an honour. An honour's noun at `noun`
 * goes on with `of` (`Honoured Coach of …`), right before a name (`People's Artist Bibigul Tulegenova`), or closes an
 * apposition the honour opens after a comma (`X, Honoured Oil Worker, and …`).
 */
function closesHonour(tokens: Token[], cls: TokenClass[], i: number, noun: number): boolean {
  const next = tokens[noun + 1];
  if (next?.lower === 'of' || (cls[noun + 1] === 'name' && next.start === tokens[noun].end + 1)) return true;
  return cls[i - 1] === 'comma' && (next === undefined || cls[noun + 1] === 'comma' || next.text === '.');
}

/**
 * `S.A. Melikov`, `A.G. Lukashenko`: a legal form's letters right before a name word are initials (`Fischer S.A. invests`
 * stays a company's, and so does `… Énergies S.A. Philippe Garnier-Duval`, closing a company's name before a full name);
 * so are capitals right after a Slavic surname (`Kassymova A.S.`, the Russian order of a surname and initials).
 */
function markInitialsLikeLegalForms(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!isDottedNonInitials(tokens[i])) continue;
    if (isAfterSlavicSurname(text, tokens, cls, i)) {
      cls[i] = 'name';
      continue;
    }
    if (i + 1 === tokens.length) continue;
    // (`S.A. van der Merwe`, `B.V. Maarten van der Linde`: particles may come before a surname.)
    const name = nameWordAfter(text, tokens, cls, i);
    if (name < 0 || tokens[name].kind !== 'word') continue;
    const beforeFullName = name > i + 1 || nameWordAfter(text, tokens, cls, name) >= 0;
    // (`Banco … de Fomento e Investimento, S.A. António Maria …`, `Saipem, S.p.A. Alessandro Puliti`: or after a comma
    // closing a Romance body's name, which a particle joins, or a capitalised word before a form that no Indian's initials
    // spell; not `Organisation, A.S. Kiran Kumar`, `University, S.A. Ravi Kumar`, `Chief Justice, B.V. Nagarathna Rao`.)
    const afterComma = cls[i - 1] === 'comma' && (closesRomanceName(tokens, cls, i - 2) || (COMMA_LEGAL_FORMS.has(tokens[i].lower) && tokens[i - 2]?.upper === true && cls[i - 2] !== 'title'));
    // (`"Anadolu Sağlık Yapı" A.Ş. Mehmet Emre Yıldırım`: or after a quoted company's closing mark, a form that no Indian's
    // initials spell, or one before a name a particle shapes as no Indian's: `"Van der Berg Potato Processing" B.V. Pieter van der Berg`.)
    const afterQuote = closesQuotedName(tokens, i - 1) && (!TWO_INITIALS.test(tokens[i].text) || hasParticleAfter(text, tokens, cls, i));
    const closesCompany = followsNameWord(text, tokens, cls, i) || afterComma || afterQuote;
    if (!(beforeFullName && closesCompany)) cls[i] = 'name';
  }
}

/** Token `k` closes a body's capitalised words that a lower-case particle joins (`Banco Português de Fomento e Investimento`). */
function closesRomanceName(tokens: Token[], cls: TokenClass[], k: number): boolean {
  let [joined, body] = [false, false];
  for (let j = k; j >= 0 && k - j < MAX_ROMANCE_NAME && (tokens[j].upper || cls[j] === 'particle'); j--) {
    if (!tokens[j].upper) joined = true;
    if (cls[j] === 'org') body = true;
  }
  return joined && body && tokens[k]?.upper === true;
}
const MAX_ROMANCE_NAME = 8;
/** Legal forms whose letters stand after a company's comma, and rarely for a name's initials. */
const COMMA_LEGAL_FORMS: ReadonlySet<string> = new Set(['s.p.a.', 's.r.l.', 's.a.s.', 's.a.c.', 's.a.a.', 'l.l.c.']);

/** A lower-case particle inside the run of name words after token `i`, after a given name (`B.V. Pieter van der Berg`; not `B.V. de Silva`). */
function hasParticleAfter(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && (cls[k] === 'name' || cls[k] === 'particle') && adjacent(text, tokens[k - 1], tokens[k]); k++) {
    if (cls[k] === 'particle' && !tokens[k].upper) return k > i + 1;
  }
  return false;
}

/** The name word after token `i` and any particles, in one run; -1 if none is. */
function nameWordAfter(text: string, tokens: Token[], cls: TokenClass[], i: number): number {
  let k = i + 1;
  while (cls[k] === 'particle' && adjacent(text, tokens[k - 1], tokens[k])) k++;
  return k < tokens.length && cls[k] === 'name' && adjacent(text, tokens[k - 1], tokens[k]) ? k : -1;
}

/**
 * The dotted capitals at `i` (`A.S.`, not `a.s.`) follow a Slavic surname in one run, or another the Russian order writes
 * before initials (`Mirzoyan A.S.`, `Kobakhidze I.R.`).
 */
function isAfterSlavicSurname(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  const before = tokens[i - 1];
  // (`Omarbekova S.T.`: two initials that also spell a degree, after a lone surname; `Olga Sokolova M.D.` holds the degree.)
  const letters = LEGAL_FORM_SET.has(tokens[i].lower) || (TWO_INITIALS.test(tokens[i].text) && cls[i - 2] !== 'name');
  return i > 0 && tokens[i].allCaps && letters && cls[i - 1] === 'name' && before.kind === 'word' && adjacent(text, before, tokens[i]) &&
    (isSlavicSurname(before.lower) || (CAUCASIAN_SURNAME.test(before.lower) && TWO_INITIALS.test(tokens[i].text)));
}

/** Armenian and Georgian surnames by their endings (`Mirzoyan`, `Kobakhidze`, `Garibashvili`; not `-ian`: `Meridian N.V.`). */
const CAUCASIAN_SURNAME = /^\p{L}{3,}(?:yan|dze|shvili)$/u;
/** Two initials as the Russian order writes them after a surname (`A.S.`; not a company's `A.Ş.`). */
const TWO_INITIALS = /^[A-Z]\.[A-Z]\.$/;

/** Token `i` follows a capitalised word of a name (not a title or a form of address) in one run. */
function followsNameWord(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  if (i === 0 || !tokens[i - 1].upper || !adjacent(text, tokens[i - 1], tokens[i])) return false;
  const before = cls[i - 1];
  // (`Van den Berg Logistics B.V. Maarten van den Berg`: a company's trade that also qualifies titles.)
  return before === 'name' || before === 'org' || before === 'stop' || before === 'caps' || before === 'qualifier';
}

/** `Tan Sri Rahim Noor`: a form of address of several words, each of which may also be a name. */
function markHonorificPhrases(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i].upper || !HONORIFIC_PHRASE_STARTS.has(tokens[i].lower)) continue;
    if (CHAIN_HONORIFIC_SET.has(tokens[i].lower)) {
      markHonorificChain(text, tokens, cls, i);
      continue;
    }
    let words = tokens[i].lower;
    for (let n = 2; n <= 3 && i + n <= tokens.length && adjacent(text, tokens[i + n - 2], tokens[i + n - 1]); n++) {
      words += ' ' + tokens[i + n - 1].lower;
      if (HONORIFIC_PHRASE_SET.has(words)) cls.fill('honorific', i, i + n);
    }
  }
}

/**
 * Indonesian forms of address before a given name, and the honorifics that are given names after them; English ones too
 * (`Mrs. Sri Wahyuni Hartono`: no one writes `Mrs.` before the Indian `Sri`).
 */
const INDONESIAN_ADDRESS: ReadonlySet<string> = new Set(['ibu', 'pak', 'bapak', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'prof.', 'prof', 'professor']);
const HONORIFICS_ALSO_GIVEN_NAMES: ReadonlySet<string> = new Set(['sri']);

/** `Ibu Sri Wahyuningsih`: after such a form of address, `Sri` is her given name, not a second honorific. */
function markGivenNamesAfterAddress(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (cls[i] !== 'honorific' || !HONORIFICS_ALSO_GIVEN_NAMES.has(tokens[i].lower) || cls[i + 1] !== 'name') continue;
    if (INDONESIAN_ADDRESS.has(tokens[i - 1].lower) && adjacent(text, tokens[i - 1], tokens[i])) cls[i] = 'name';
  }
}

const ADDRESSED_AUDIENCE_SET: ReadonlySet<string> = new Set(ADDRESSED_AUDIENCES);

/** Forms of address a speech opens with before its audience (not `Dr.`: `Dr. Fellows` is a surname). */
const SPEECH_ADDRESSES: ReadonlySet<string> = new Set(['dear', 'esteemed', 'respected', 'muhtaram', 'honourable', 'honorable']);

/** `Dear Friends!`: a speech's audience after its form of address is no name. */
function markAddressedAudiences(tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i < tokens.length; i++) if (cls[i] === 'name' && cls[i - 1] === 'honorific' && SPEECH_ADDRESSES.has(tokens[i - 1].lower) && ADDRESSED_AUDIENCE_SET.has(tokens[i].lower)) cls[i] = 'stop';
}

/** Titles written with an article of their own language (`Te Beretitenti`, Kiribati's President). */
const TITLES_WITH_ARTICLE: ReadonlySet<string> = new Set(['beretitenti']);

/** `Te Beretitenti X`: the article before such a title is part of it, no name word. */
function markTitlesArticles(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].text === 'Te' && cls[i + 1] === 'title' && TITLES_WITH_ARTICLE.has(tokens[i + 1].lower) && adjacent(text, tokens[i], tokens[i + 1])) cls[i] = 'qualifier';
  }
}

/**
 * `the Lao Cai provincial Party Committee`, `the Hanoi municipal People's Committee`, `Kon Tum provincial leaders`: a lower-case
 * `provincial` or `municipal` at token `i` after a place's name is part of a body's name, or makes the name a place's (not
 * after a titled name: `Governor Ahmad Khan provincial revenues`).
 */
function markPlacesBody(text: string, tokens: Token[], cls: TokenClass[], i: number): void {
  const unit = tokens[i];
  if (i === 0 || i + 1 === tokens.length || unit.upper || !tokens[i - 1].upper || !adjacent(text, tokens[i - 1], unit)) return;
  let run = i - 1;
  while (run > 0 && tokens[run - 1].upper && cls[run - 1] !== 'title' && cls[run - 1] !== 'honorific' && adjacent(text, tokens[run - 1], tokens[run])) run--;
  // (Before lower-case words only those of a place's people: not `Sharjeel Memon provincial minister`, nor in an office's
  // complement: `Speaker of the Punjab provincial assembly X`.)
  const people = PLACES_PEOPLE.has(lastLowerWord(text, tokens[i + 1])) && cls[run - 1] !== 'title' && cls[run - 1] !== 'honorific' && tokens[run - 1]?.lower !== 'the';
  if (tokens[i + 1].upper || people) cls[i] = 'org';
}

/** The last word of token `t`, in lower case (a stretch of lower-case words is read whole). */
function lastLowerWord(text: string, t: Token): string {
  return t.kind === 'gap' ? wordEndingAt(text, t.start, t.end) : t.lower;
}

/** A place's people and authorities after its `provincial` or `municipal` (`Kon Tum provincial leaders`). */
const PLACES_PEOPLE: ReadonlySet<string> = new Set(['leaders', 'officials', 'authorities', 'government', 'administration', 'delegation', 'police', 'residents']);

/**
 * `Serbian defender X`, `Chelsea's defender X`, `rights defender X`: a lower-case `defender` at token `i` is a player's position
 * or an activist, no office, but for a state's ombudsman (`Georgian public defender X`, `the human rights defender of Armenia
 * X`, `Armenia's human rights defender X`).
 */
function markPlayersPosition(text: string, tokens: Token[], cls: TokenClass[], i: number): void {
  if (i === 0 || cls[i] !== 'title' || tokens[i].upper) return;
  const before = lastLowerWord(text, tokens[i - 1]);
  // (`Armenia's acting human rights defender X`: a state's possessive before the rights; not a nationality, `Iranian human
  // rights defender X`, an activist.)
  const statesRights = before === 'rights' && [i - 2, i - 3, i - 4, i - 5].some((k) => cls[k] === 'possessive' && cls[k - 1] === 'country');
  if (before !== 'public' && tokens[i + 1]?.lower !== 'of' && !statesRights) cls[i] = 'other';
}

/** India's portfolios in Hindi that are given names too (`Raksha Mantri`; `Smt. Raksha Nikhil Khadse`). */
const PORTFOLIOS_ALSO_GIVEN_NAMES: ReadonlySet<string> = new Set(['raksha']);

/** `Smt. Raksha Nikhil Khadse`: such a portfolio's word after a form of address and before a name word is a given name. */
function markPortfolioGivenNames(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (cls[i] !== 'qualifier' || !PORTFOLIOS_ALSO_GIVEN_NAMES.has(tokens[i].lower) || cls[i - 1] !== 'honorific' || cls[i + 1] !== 'name') continue;
    if (adjacent(text, tokens[i - 1], tokens[i]) && adjacent(text, tokens[i], tokens[i + 1])) cls[i] = 'name';
  }
}

const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS);
/**
 * A calendar word that is a given name at token `i` may follow a title or a form of address, or a state after `of` or `to`
 * that closes an office (`… of Sweden August Lindqvist`, `… to Kazakhstan April Mothibi`); a weekday only Nigeria's or
 * Ghana's (`… of Nigeria Sunday Okonkwo`; not `of Japan Monday Shigeru Ishiba`, `in Russia Tuesday Putin`, `Kazakhstan May
 * Scrap …`, where the word is a day or a verb).
 */
function opensNameAfter(tokens: Token[], cls: TokenClass[], i: number): boolean {
  const before = cls[i - 1];
  if (before === 'title' || before === 'honorific') return true;
  const link = tokens[i - 2]?.lower;
  if (before !== 'country' || (link !== 'of' && link !== 'to') || cls[i + 1] !== 'name' || tokens[i + 1].kind !== 'word') return false;
  return !WEEKDAY_WORDS.has(tokens[i].text) || WEEKDAY_NAME_STATES.has(tokens[i - 1].lower);
}

/** States whose people bear weekdays as given names. */
const WEEKDAY_NAME_STATES: ReadonlySet<string> = new Set(['nigeria', 'ghana']);
/** What a weekday names before it (`Friday Prayer`, `Sunday Service`). */
const WEEKDAY_EVENTS: ReadonlySet<string> = new Set(['prayer', 'prayers', 'service', 'services', 'school', 'sermon', 'mass', 'market', 'session', 'edition', 'briefing', 'meeting', 'talks',
  'morning', 'afternoon', 'evening', 'night', 'midnight', 'noon', 'lunch', 'dinner', 'breakfast', 'deal', 'ruling', 'verdict', 'strike',
  'broadcast', 'trip', 'remarks', 'deadline', 'ultimatum', 'protest', 'poll', 'match', 'game', 'parade', 'homily', 'crusade', 'retreat', 'walk', 'kickoff']);

/**
 * `Edo State Governor Monday Okpebholo`, `Alhaji Sunday Dantata`, `Mr. Ekow Sunday Amissah`, `… of Nigeria Sunday Okonkwo`: a
 * weekday between a title, a form of address, the state closing an office or a given name and a name word is a given name
 * (Nigeria's and Ghana's `Monday`, `Sunday`).
 */
function markWeekdayGivenNames(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const before = cls[i - 1];
    // (Not before an event or a time the weekday names: `the Minister Friday Prayer`, `President Tinubu Sunday Night`.)
    if (cls[i] !== 'stop' || !WEEKDAY_WORDS.has(tokens[i].text) || !(opensNameAfter(tokens, cls, i) || before === 'name') || cls[i + 1] !== 'name' || WEEKDAY_EVENTS.has(tokens[i + 1].lower)) continue;
    if (adjacent(text, tokens[i - 1], tokens[i]) && adjacent(text, tokens[i], tokens[i + 1])) cls[i] = 'name';
  }
}

/** Fewest words of a Spanish name after `Don`, a form of address there (`Don Gabriel Boric Font`), or of one after `Dona`. */
const MIN_NAME_AFTER_DON = 3;
/** Forms of address that are given names too (`Don McKinnon`; Bengal's `Dona Ganguly`). */
const GIVEN_NAME_STYLES: ReadonlySet<string> = new Set(['Don', 'Dona']);

/** `Don Pramudwinai`, `Don McKinnon`, `Dona Ganguly`: `Don` or `Dona` before fewer words of a name is a given name. */
function markGivenNameDon(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (cls[i] !== 'honorific' || !GIVEN_NAME_STYLES.has(tokens[i].text)) continue;
    let k = i + 1;
    while (k < tokens.length && (cls[k] === 'name' || cls[k] === 'particle') && adjacent(text, tokens[k - 1], tokens[k])) k++;
    if (k - i - 1 < MIN_NAME_AFTER_DON && k > i + 1) cls[i] = 'name';
  }
}

/** Spanish forms of address that `D.` (Don) or `Dña.` may follow. */
const SPANISH_ADDRESS: ReadonlySet<string> = new Set(['sr.', 'sra.', 'excmo.', 'excma.', 'ilmo.', 'ilma.']);

/**
 * `Excmo. Sr. D. Luis Martínez`: `D.` after a Spanish form of address is `Don`, one too, not an initial; and `Sr.` before
 * it is `Señor`, not a father's `Senior`.
 */
function markAbbreviatedDon(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if ((tokens[i].text !== 'D.' && tokens[i].text !== 'Dña.') || !SPANISH_ADDRESS.has(tokens[i - 1].lower)) continue;
    if (cls[i + 1] !== 'name' || !adjacent(text, tokens[i - 1], tokens[i]) || !adjacent(text, tokens[i], tokens[i + 1])) continue;
    // (`John Smith Sr. D. Evans`: after a name, `Sr.` closes it.)
    if (cls[i - 2] !== 'name') cls[i - 1] = cls[i] = 'honorific';
  }
}

/** Most words of a title a chain's form of address opens. */
const MAX_CHAIN_WORDS = 5;

/** `Pehin Datu Pekerma Jaya Dato …`: the capitalised words after the form of address at `i`, up to the next one, are its title. */
function markHonorificChain(text: string, tokens: Token[], cls: TokenClass[], i: number): void {
  for (let k = i + 1; k <= i + MAX_CHAIN_WORDS && k < tokens.length && tokens[k].upper && adjacent(text, tokens[k - 1], tokens[k]); k++) {
    if (cls[k] !== 'honorific') continue;
    if (k > i + 1) cls.fill('honorific', i + 1, k);
    return;
  }
}

/**
 * `chaired by Chief Emeka Obi`: a bare title word before a name is a form of address, not a role;
 * in lower case it is a post (`EU foreign policy chief Kaja Kallas`).
 */
function markBareHonorifics(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (cls[i] !== 'title' || !tokens[i].upper || !BARE_TITLES.has(tokens[i].lower) || cls[i + 1] !== 'name') continue;
    // `Army Chief X`, `Arab League Chief X`: after a qualifier or an organisation's word the title is an office.
    // `Roscosmos Chief X`: so after any capitalised word (a form of address follows a comma, `and` or a line's start).
    const owner = cls[i - 1] === 'org' || cls[i - 1] === 'name' || cls[i - 1] === 'caps';
    const qualified = i > 0 && (ROLE_WORDS.has(cls[i - 1]) || (owner && tokens[i - 1].upper)) && adjacent(text, tokens[i - 1], tokens[i]);
    if (!qualified && adjacent(text, tokens[i], tokens[i + 1])) cls[i] = 'honorific';
  }
}


/** Offices that are common surnames too (a northern Nigerian emirate's, the Afghan and Moroccan `Wali`, the Igbo `Obi`). */
const OFFICES_ALSO_SURNAMES: ReadonlySet<string> = new Set(['waziri', 'galadima', 'madaki', 'wali', 'obi']);

/**
 * `the Amir Sheikh Tamim`, `Amir of Kuwait`, `the Deputy Amir`: a given name that is also a title is one after `the`
 * or a title's qualifier, or before `of`.
 */
function markNameTitles(text: string, tokens: Token[], cls: TokenClass[]): boolean {
  let marked = false;
  for (let i = 0; i < tokens.length; i++) {
    if (cls[i] !== 'name' || !NAME_TITLES.has(tokens[i].lower)) continue;
    // (Not after a portfolio's last word: `Minister of Foreign Affairs Amir Khan Muttaqi` keeps the given name.)
    // (Nor after a body's last word before a surname: `General Director of Kazakhstan Aviation Industry Amir Nurlanov`.)
    const qualified = cls[i - 1] === 'qualifier' && !closesPortfolio(tokens, cls, i - 1) && !(cls[i + 1] === 'name' && adjacent(text, tokens[i], tokens[i + 1]));
    const afterThe = i > 0 && (tokens[i - 1].lower === 'the' || qualified || DEPUTY_WORD_SET.has(tokens[i - 1].lower)) && adjacent(text, tokens[i - 1], tokens[i]);
    // `the Father Amir, Sheikh Hamad …`: Qatar's title for the former ruler, `Father` no form of address there.
    const fatherAmir = i > 0 && tokens[i - 1].text === 'Father' && adjacent(text, tokens[i - 1], tokens[i]);
    if (fatherAmir) cls[i - 1] = 'qualifier';
    // (Not as a surname: after a given name alone, `Mohammad Amir of Pakistan`, `Karim Hakim of UNICEF`, after any name for
    // an office that is a common surname, `Dr. Bello Madaki of the Ministry of Health`, `Ahmad Wali of the Afghan Embassy`, or
    // after a form of address, `Mr. Obi of the Labour Party`; `Tamim bin Hamad Al Thani Amir of the State of Qatar` and
    // `His Highness Amir …` keep the title.)
    const afterName = i > 0 && cls[i - 1] === 'name' && adjacent(text, tokens[i - 1], tokens[i]);
    // (Not after a ruler's form of address and a given name, `Sheikh Tamim Amir of Qatar`, nor after a form of address before
    // a state's name, `H.E. Amir of Kuwait`.)
    const rulers = i > 1 && tokens[i].lower === 'amir' && RULERS_ADDRESSES.has(tokens[i - 2].lower);
    const afterGiven = afterName && !rulers && !(i > 1 && (cls[i - 2] === 'name' || cls[i - 2] === 'particle') && adjacent(text, tokens[i - 2], tokens[i - 1]));
    const ofState = tokens[i + 1]?.lower === 'of' && (cls[i + 2] === 'country' || (tokens[i + 2]?.lower === 'the' && cls[i + 3] === 'country'));
    const excellency = EXCELLENCIES.has(tokens[i - 1]?.lower ?? '');
    const afterAddress = i > 0 && cls[i - 1] === 'honorific' && !(ofState && excellency) && !RULERS_STYLE_WORDS.has(tokens[i - 1].lower) && adjacent(text, tokens[i - 1], tokens[i]);
    // `Ssabasajja Kabaka X`: a title after a ruler's own form of address.
    const afterRulersStyle = i > 0 && RULERS_STYLE_WORDS.has(tokens[i - 1].lower) && adjacent(text, tokens[i - 1], tokens[i]);
    const surname = afterGiven || afterAddress || (afterName && OFFICES_ALSO_SURNAMES.has(tokens[i].lower));
    const beforeOf = !surname && i + 1 < tokens.length && tokens[i + 1].lower === 'of' && adjacent(text, tokens[i], tokens[i + 1]);
    // `Kuwait's Amir Sheikh Mishal`: a state's possessive owns the title.
    const afterState = i > 1 && cls[i - 1] === 'possessive' && cls[i - 2] === 'country' && adjacent(text, tokens[i - 1], tokens[i]);
    // `Amir receives Crown Prince`: the title alone before a headline's verb.
    // (Not one that is a common surname: `Obi Visits Flood Victims`.)
    const beforeVerb = !surname && !OFFICES_ALSO_SURNAMES.has(tokens[i].lower) && i + 1 < tokens.length && HEADLINE_VERB_SET.has(firstWordOf(text, tokens[i + 1])) && adjacent(text, tokens[i], tokens[i + 1]);
    // `the late Amir Sheikh Sabah …`: the title before a ruler's form of address and a name (not after another form of
    // address, a title or a name: `Mr. Amir Sheikh Hassan`, `Ambassador Amir Syed Hussain`).
    // (At a sentence's or a dateline's start, after a state's name or a ruler's own form of address too: `DOHA – Amir
    // Sheikh Tamim …`, `Kuwait Amir Sheikh Mishal …`, `His Highness Amir Sheikh Tamim …`.)
    const opening = i === 0 || RULERS_STYLE_WORDS.has(tokens[i - 1].lower) || tokens[i - 1].kind === 'punct' || cls[i - 1] === 'country' ||
      AMIR_LEAD.test(text.slice(Math.max(0, tokens[i].start - AMIR_LEAD_READ), tokens[i].start));
    const beforeAddress = opening && RULERS_ADDRESSES.has(tokens[i + 1]?.lower ?? '') && cls[i + 2] === 'name' && adjacent(text, tokens[i], tokens[i + 1]);
    if (afterThe || beforeOf || afterState || beforeVerb || fatherAmir || beforeAddress || afterRulersStyle) {
      cls[i] = 'title';
      marked = true;
    }
  }
  return marked;
}

const RULERS_ADDRESSES: ReadonlySet<string> = new Set(['sheikh', 'shaikh']);
/** `the late Amir`, `the former Amir`: what the ruler's title follows (not a verb: `met Amir Sheikh Hassan Ali`). */
const AMIR_LEAD = /(?:^|[^A-Za-z])(?:[Tt]he|late|former)\s+$/;
const AMIR_LEAD_READ = 8;
/** A ruler's own form of address, after which `Amir` stays the title (`His Highness Amir Sheikh Tamim`, `H.H. Amir …`). */
const RULERS_STYLE_WORDS: ReadonlySet<string> = new Set(['highness', 'h.h.', 'hh', 'majesty', 'ssabasajja']);
/** Forms of address before a ruler's title and state (`H.E. Amir of Kuwait`). */
const EXCELLENCIES: ReadonlySet<string> = new Set(['h.e.', 'h.h.', 'hh']);

/** The qualifier at `k` ends a run of qualifiers after `of` or `for`: a portfolio's words, not a title's. */
function closesPortfolio(tokens: Token[], cls: TokenClass[], k: number): boolean {
  while (k > 0 && cls[k] === 'qualifier') k--;
  return tokens[k].lower === 'of' || tokens[k].lower === 'for';
}

/**
 * `Vice Minister Park Ji-hoon`, `Ambassador Young said`: a common word or organisation head right after
 * a title is a surname when a name word follows it, or (a common word) when nothing capitalised does.
 * `President Hotel` and `Minister Holds Talks` keep their veto.
 */
function markTitledSurnames(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const c = cls[i];
    if (c === 'particle' && isAddressedParticle(text, tokens, cls, i)) cls[i] = 'name';
    // A lower-case word is no surname (`of the French group Terralis`).
    // (`the Azret Sultan Museum-Reserve`: nor a hyphenated word with a body's part.)
    if ((c !== 'stop' && c !== 'org') || !tokens[i].upper || !TITLED_SURNAME_AFTER.has(cls[i - 1]) || tokens[i].allCaps || NEVER_SURNAMES.has(tokens[i].lower) || HYPHENATED.test(tokens[i].text)) continue;
    // `the UN General Assembly Annalena Baerbock`: `General` opens organisations' names; `the Billie Jean King Cup
    // Finals`: an event's word after a title is the event's.
    if (c === 'org' && (ORG_OPENING_TITLES.has(tokens[i - 1].lower) || EVENT_HEADS.has(tokens[i].lower))) continue;
    // (`Chief Correspondent of …`, `Senior Economist X`: nor an occupation a rank's word qualifies.)
    if (!adjacent(text, tokens[i - 1], tokens[i]) || (OCCUPATION_SET.has(tokens[i].lower) && OCCUPATION_RANKS.has(tokens[i - 1].lower))) continue;
    const next = tokens[i + 1];
    const joined = next !== undefined && adjacent(text, tokens[i], next);
    const nameFollows = joined && cls[i + 1] === 'name' && next.kind === 'word';
    const alone = c === 'stop' && cls[i - 1] !== 'country' && !(joined && next.upper);
    // `of the Korea Foundation Kim Hyun-jin`, `Mayor of Konya Metropolitan Municipality Selim Karaoğlu`: an
    // organisation's word before a full name closes the organisation's name (a common word may open a name: `of
    // Germany Do Hung Viet`).
    if ((nameFollows && !(c === 'org' && fullNameFollows(text, tokens, cls, i))) || alone) cls[i] = 'name';
  }
}

/** Title words that rank an occupation after them (`Chief Correspondent`, `Senior Economist`, `Deputy Editor`). */
const OCCUPATION_RANKS: ReadonlySet<string> = new Set(['chief', 'senior', 'deputy', 'vice', 'assistant', 'associate', 'principal', 'executive', 'managing', 'lead']);

/** `Lord Chamberlain of …`, `Grand Chamberlain X`: a court's office, where elsewhere `Chamberlain` is a surname. */
function markCourtChamberlains(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].lower === 'chamberlain' && tokens[i].upper && COURT_QUALIFIERS.has(tokens[i - 1].lower) && adjacent(text, tokens[i - 1], tokens[i])) cls[i] = 'title';
  }
}

const COURT_QUALIFIERS: ReadonlySet<string> = new Set(['lord', 'grand']);

/** `Iran's Amir Hossein Rezaei`: a state's possessive before the word, a state no emir rules (not `Qatar's Amir Sheikh X`). */
function isNoEmiratesPossessive(tokens: Token[], cls: TokenClass[], i: number): boolean {
  return cls[i - 1] === 'possessive' && cls[i - 2] === 'country' && !EMIRATES.has(tokens[i - 2].lower);
}

const EMIRATES: ReadonlySet<string> = new Set(['qatar', 'kuwait', 'qatari', 'kuwaiti']);

/**
 * `Governor of Shaanxi Province HE Jianping`: `HE` after an office, before one given name in pinyin that closes the name,
 * is the Chinese surname He written in capitals, not `His Excellency` (who goes before a full name or a title).
 */
function markChineseSurnameHe(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [he, given, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (he.text !== 'HE' || cls[i + 1] !== 'name' || given.kind !== 'word' || given.allCaps || !adjacent(text, he, given)) continue;
    const office = cls[i - 1] === 'title' || cls[i - 1] === 'org';
    const closes = after === undefined || cls[i + 2] !== 'name' || !adjacent(text, given, after);
    if (office && closes && isPinyinGivenName(given.lower)) cls[i] = 'name';
  }
}

/** `Mr. Das said`, `Ms. De spoke`: a capitalised particle right after a form of address, with no name after it, is the surname. */
function isAddressedParticle(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].upper && cls[i - 1] === 'honorific' && adjacent(text, tokens[i - 1], tokens[i]) && !(next?.upper && adjacent(text, tokens[i], next));
}

/** The name word after token `i` (the caller has checked it) runs on into a second one: a full name follows `i`. */
function fullNameFollows(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  // (`of the United States Mission Daniel R. Whitcombe`: maybe through a middle initial.)
  const k = tokens[i + 2]?.kind === 'initial' && cls[i + 2] === 'name' && adjacent(text, tokens[i + 2], tokens[i + 3]) ? i + 3 : i + 2;
  return cls[k] === 'name' && tokens[k].kind === 'word' && adjacent(text, tokens[i + 1], tokens[i + 2]);
}

/**
 * `Mohamad bin Haji Hasan`: a form of address after `bin` is part of the father's name, and so is one
 * that names are written with between two name words (`Mohamad Haji Hasan`; `Mr Smith Dr Jones` is two people)
 * or after two (`Mahmoud Abdel-Rahman Sayed`).
 */
function markHonorificsInPatronyms(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) if (cls[i] === 'honorific' && opensListedName(text, tokens, cls, i)) cls[i] = 'name';
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (cls[i] !== 'honorific') continue;
    const before = tokens[i - 1];
    // `Faridah Hanim binti Osman`: a Turkish address written after a name is a Malay given name between two name words.
    if (POST_NAME_ADDRESS_SET.has(tokens[i].lower) && cls[i - 1] === 'name' && (cls[i + 1] === 'name' || LINEAGE_LINKS.has(tokens[i + 1].lower)) && adjacent(text, before, tokens[i]) && adjacent(text, tokens[i], tokens[i + 1])) {
      cls[i] = 'name';
      continue;
    }
    // `Mr. Pak Seung Deok`: after another form of address, the Korean surname; `Mr. Syed Ahmed Maroof`: after a personal
    // one, the South Asian lineage name the person bears.
    const bornName = SURNAME_HONORIFICS.has(tokens[i].lower) || (tokens[i].lower === 'syed' && PERSONAL_ADDRESSES.has(before.lower));
    if (bornName && cls[i - 1] === 'honorific' && cls[i + 1] === 'name' && adjacent(text, before, tokens[i])) {
      cls[i] = 'name';
      continue;
    }
    // `Yousif bin Ahmed Al Sayed`: after the Arabic article inside a name, a family name; so it is where no name follows
    // (`Speaking to QNA, Al Sayed said`).
    if (cls[i - 1] === 'particle' && ARABIC_ARTICLE_SET.has(before.lower) && (cls[i - 2] === 'name' || cls[i + 1] !== 'name') && adjacent(text, before, tokens[i])) {
      cls[i] = 'name';
      continue;
    }
    // `Dr. Mahmoud Abdel-Rahman Sayed`: one closing two name words is a surname; `Viktor Pak`, `Y. Pak`, `Mr. Pak`: a Korean
    // surname one, after a given name, an initial or another form of address.
    if (cls[i + 1] !== 'name') {
      const closesTwo = i > 1 && cls[i - 2] === 'name' && isInnerHonorific(tokens, cls, i);
      const surname = SURNAME_HONORIFICS.has(tokens[i].lower) && ((cls[i - 1] === 'name' && (before.kind === 'word' || before.kind === 'initial')) || cls[i - 1] === 'honorific');
      if ((closesTwo || surname) && adjacent(text, before, tokens[i])) cls[i] = 'name';
      continue;
    }
    if (!LINEAGE_LINKS.has(before.lower) && !isInnerHonorific(tokens, cls, i)) continue;
    if (adjacent(text, before, tokens[i]) && adjacent(text, tokens[i], tokens[i + 1])) cls[i] = 'name';
  }
}

/**
 * `Pak Elena Vladimirovna`, `Premier Pak Thae-song`: the Korean surname opening a name written surname first, before a given
 * name and a patronymic, or before a Korean given name of two syllables, joined by a hyphen or not.
 */
function opensListedName(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  const [given, patronymic] = [tokens[i + 1], tokens[i + 2]];
  if (!SURNAME_HONORIFICS.has(tokens[i].lower) || cls[i + 1] !== 'name' || !adjacent(text, tokens[i], given)) return false;
  // (`Vice-Minister Pak Myong Ho`: or two syllables written apart that close the name.)
  if ((KOREAN_GIVEN_NAME.test(given.text) && cls[i + 2] !== 'name') || (cls[i + 2] === 'name' && isKoreanGivenNameAfter(text, tokens, cls, i))) return true;
  return cls[i + 2] === 'name' && PATRONYMIC.test(patronymic.lower) && adjacent(text, given, patronymic);
}

/** Forms of address that are also surnames after a given name (Indonesian `Pak`, the Korean surname Pak; Swahili `Mzee`, `Hassan Mzee`). */
const SURNAME_HONORIFICS = new Set(['pak', 'mzee']);

/** `Mohamad Haji Hasan`: a name word before, not a place after `of` (`Ambassador of Oman Sheikh Ali`). */
function isInnerHonorific(tokens: Token[], cls: TokenClass[], i: number): boolean {
  if (!INNER_HONORIFICS.has(tokens[i].lower) || cls[i - 1] !== 'name' || tokens[i - 1].kind !== 'word') return false;
  return i < 2 || cls[i - 2] !== 'connector';
}

/**
 * `Martin Luther King Jr.`: a title word between a name word and a suffix is a surname; so is one
 * that is also a surname closing a run after a name word (`Amy Pope said`, `Stephen King.`, `Dolly Begum,`); and a given
 * name after a surname in capitals (`NAKATANI Gen`).
 */
function markTitlesAsSurnames(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (cls[i] === 'title' && isGivenNameAfterCapitals(text, tokens, cls, i)) {
      cls[i] = 'name';
      continue;
    }
    if (cls[i] !== 'title' && !(cls[i] === 'honorific' && SURNAME_TITLES.has(tokens[i].lower))) continue;
    const next = tokens[i + 1];
    // `the Deacon Gallery`: such a form of address right before a body's capitalised word is the surname the body bears.
    if (cls[i] === 'honorific' && cls[i + 1] === 'org' && next.upper && adjacent(text, tokens[i], next)) {
      cls[i] = 'name';
      continue;
    }
    // `thanked Ms Pope and Ms Aminova`: a personal form of address before such a title, and no name after it; so does an
    // envoy's title (`Ambassador Sultan recalled …`).
    // (Not one opening a name with its particle: `Ambassador Sheikh al-Harthy`, `Ambassador Baron von Stauffenberg`.)
    if (SURNAME_TITLES.has(tokens[i].lower) && isAddressedSurname(tokens, cls, i) && !(next?.upper && adjacent(text, tokens[i], next))) {
      cls[i] = 'name';
      continue;
    }
    // `Dr. Emir Hadžiahmetović`, `met Emir Hadžić`: a ruler's title that is also a given name, between such an address and
    // a name word, or before a South Slavic surname, which no ruler of an emirate bears.
    const givenRuler = GIVEN_NAMES_LIKE_RULERS.has(tokens[i].lower) && cls[i + 1] === 'name' && adjacent(text, tokens[i], next);
    // (`Emir Sadykov`: nor one before a Slavic or Turkic surname.)
    if (givenRuler && (PERSONAL_ADDRESSES.has(tokens[i - 1].lower) || SOUTH_SLAVIC_SURNAME.test(next.text) || isSlavicSurname(next.lower) || isNoEmiratesPossessive(tokens, cls, i))) {
      cls[i] = 'name';
      continue;
    }
    if (isGivenNameAfterOccupation(text, tokens, cls, i)) {
      cls[i] = cls[i + 1] = 'name';
      continue;
    }
    // (`Amy E. Pope`: or a middle initial after a name word; `M.J. King said`: or a given name's initials alone.)
    const initials = (tokens[i - 1].kind === 'initial' || tokens[i - 1].kind === 'dotted') && cls[i - 1] === 'name';
    const initialled = initials && ((cls[i - 2] === 'name' && tokens[i - 2].kind === 'word') || !tokens[i - 2]?.upper || cls[i - 2] === 'title' || cls[i - 2] === 'honorific');
    if (cls[i - 1] !== 'name' || (tokens[i - 1].kind !== 'word' && !initialled) || !adjacent(text, tokens[i - 1], tokens[i])) continue;
    const suffix = next !== undefined && cls[i + 1] === 'numeral' && NAME_SUFFIX_SET.has(next.lower) && adjacent(text, tokens[i], next);
    // (`Mamluk Sultan al-Zahir Baybars`: a name after it, even one opening with a lower-case particle, keeps the title.)
    // (`Ms. Harriet Bishop KC`: letters after a name close it too.)
    // (`Professor Gillian Deacon of the University of Cambridge`: a deacon has no see, so `of` may follow the surname.)
    const see = next?.lower === 'of' && tokens[i].lower !== 'deacon';
    const closing = SURNAME_TITLES.has(tokens[i].lower) && (next === undefined || !(next.upper || see || cls[i + 1] === 'name') || !adjacent(text, tokens[i], next) || isPostNominal(next)) &&
      !isPlaceRuler(tokens, i);
    if (suffix || closing) cls[i] = 'name';
  }
}

/** A form of address, or an envoy's title before no particle, right before token `i`. */
function isAddressedSurname(tokens: Token[], cls: TokenClass[], i: number): boolean {
  const before = tokens[i - 1];
  if (PERSONAL_ADDRESSES.has(before.lower)) return true;
  return ENVOYS_TITLES.has(before.lower) && before.upper && cls[i + 1] !== 'particle' && !ARABIC_ARTICLE_GLUED.test(tokens[i + 1]?.lower ?? '');
}

/** Titles that are also given names in English (`Dean Chase`). */
const GIVEN_NAMES_LIKE_OFFICES: ReadonlySet<string> = new Set(['dean']);
/** A sport's titles, which no academic office follows (unlike `Vice Dean`, `Provost and Dean`). */
const SPORTS_TITLES: ReadonlySet<string> = new Set(['coach', 'trainer', 'manager', 'captain']);

/**
 * `Head coach Dean Chase`, `former sprinter Dean Mills`: such a title (token `i`) right after a sport's title or a
 * lower-case occupation, before one name word, is the given name.
 */
function isGivenNameAfterOccupation(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  const [previous, next] = [tokens[i - 1], tokens[i + 1]];
  // (`Dean Mills`: the surname may be a place's word that is one too, not `the student Dean Office`.)
  const surname = next !== undefined && (cls[i + 1] === 'name' || (cls[i + 1] === 'org' && TITLED_SURNAMES.has(next.lower)));
  if (!GIVEN_NAMES_LIKE_OFFICES.has(tokens[i].lower) || !surname || !adjacent(text, tokens[i], next)) return false;
  // (`economist Dean Askar Zhumagaliyev`: a given name and a surname after it leave the office.)
  if (cls[i + 2] === 'name' && adjacent(text, next, tokens[i + 2])) return false;
  const occupation = SPORTS_TITLES.has(previous.lower) || endsWithOccupation(text, previous);
  return occupation && adjacent(text, previous, tokens[i]);
}

/** Short titles that are also Japanese given names, written after a surname in capitals (`NAKATANI Gen`). */
const GIVEN_NAMES_LIKE_TITLES = new Set(['gen']);

/** `NAKATANI Gen`: such a title (token `i`) right after a surname in capitals, with no capitalised word after it, is the given name. */
function isGivenNameAfterCapitals(text: string, tokens: Token[], cls: TokenClass[], i: number): boolean {
  if (cls[i - 1] !== 'caps' || !GIVEN_NAMES_LIKE_TITLES.has(tokens[i].lower) || tokens[i].allCaps) return false;
  const next = tokens[i + 1];
  return adjacent(text, tokens[i - 1], tokens[i]) && tokens[i - 1].text.length > 2 && !(next?.upper || next?.text === '(');
}

/** Envoys' titles, before which a surname may be a title's word (`Ambassador Sultan`). */
const ENVOYS_TITLES: ReadonlySet<string> = new Set(['ambassador', 'consul', 'envoy']);
/** Forms of address of anyone, before a surname only (not `His Majesty King X`). */
const PERSONAL_ADDRESSES: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'janab', 'datuk', 'dato', "dato'", 'dato’']);

/** A South Slavic surname's ending (`Hadžić`, `Petrović`, `Kovačič`). */
const SOUTH_SLAVIC_SURNAME = /\p{Lu}\p{L}+i[ćč]$/u;
/** Rulers' titles that are also given names (`Emir Kusturica`). */
const GIVEN_NAMES_LIKE_RULERS = new Set(['emir', 'amir']);

/** Titles and forms of address that are also surnames (`Amy Pope`, `Stephen King`, `Gerald Prince`, `Dolly Begum`, `Arman Sultan`, `Shahnaz Sheikh`, `Victoria Abbot`, `Vijaya Lakshmi Pandit`). */
const SURNAME_TITLES = new Set(['pope', 'king', 'bishop', 'marshal', 'dean', 'judge', 'prince', 'begum', 'sultan', 'sheikh', 'abbot', 'pandit', 'deacon', 'baron', 'duke']);

/** `the Johor Sultan said`, `the Mamluk Sultan al-Zahir Baybars`: after `the` and a word, a ruler's title is the ruler's of a place or a dynasty. */
function isPlaceRuler(tokens: Token[], i: number): boolean {
  return tokens[i].lower === 'sultan' && tokens[i - 2]?.lower === 'the';
}

/** Arabic forms of address, after which the given name may stand alone (`Sheikh Sultan noted …`). */
const SHEIKHS = new Set(['sheikh', 'shaikh']);
/** Forms of address written before a person's given name. */
const PERSONAL_ADDRESS = new Set(['dr.', 'dr', 'mr.', 'mr', 'prof.', 'prof', 'eng.', ...SHEIKHS]);

const RANKS = new Set(RANK_TITLES);

/** `Captain 1st Rank X`: the navy's ranks by their class, the figure, its ending and `Rank` title words of the rank. */
function markNavalRanks(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (isNavalRankAt(tokens, i) && tokens[i + 1].start === tokens[i].end + 1 && adjacent(text, tokens[i + 2], tokens[i + 3])) cls[i + 1] = cls[i + 2] = cls[i + 3] = 'title';
  }
}

/**
 * `Omar Sultan Al Olama`, `Zayed bin Sultan Al Nahyan`, `Secretary General Sultan Raev`: a rank that is also a given
 * name, after a name word, `bin`, `Dr.`, `Sheikh`, an office's title or its closing bracket, and before a name word or
 * particle (or anywhere after `bin`, or before lower-case words after `Sheikh`).
 */
function markRanksInsideNames(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (cls[i] !== 'title' || !GIVEN_NAME_RANKS.has(tokens[i].lower) || isPlaceRuler(tokens, i)) continue;
    const before = tokens[i - 1];
    const afterOffice = (cls[i - 1] === 'title' && !RANKS.has(before.lower)) || before.text === ')';
    if (before.kind !== 'word' && !afterOffice) continue;
    // `Dr. Sultan Ahmed Al Jaber`: a personal form of address before it too (`His Majesty Sultan Haitham` keeps the rank).
    if (cls[i - 1] !== 'name' && !afterOffice && !LINEAGE_LINKS.has(before.lower) && !PERSONAL_ADDRESS.has(before.lower)) continue;
    if (!adjacent(text, tokens[i - 1], tokens[i])) continue;
    // `Prince Fahd bin Sultan`: after `bin` it is the father's name, closing the name too (so after `Sheikh` before lower-case words).
    const closing = LINEAGE_LINKS.has(before.lower) || (SHEIKHS.has(before.lower) && tokens[i + 1].kind === 'gap');
    if (closing || ((cls[i + 1] === 'name' || cls[i + 1] === 'particle') && adjacent(text, tokens[i], tokens[i + 1]))) cls[i] = 'name';
  }
}

/**
 * `Abdallah bin Said Mussa`, `Hamad bin Said Al Rawahi`: a capitalised common word between `bin` and a name word or particle
 * is the father's name, and so is one closing the name after a given name and `bin` (`Prince Faisal bin Bandar and …`);
 * `Prince Bandar bin Mishaal`: one before `bin` and a name word, the given name.
 */
function markWordsAfterLineage(text: string, tokens: Token[], cls: TokenClass[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (cls[i] !== 'stop' || !tokens[i].upper || !adjacent(text, tokens[i], tokens[i + 1])) continue;
    const next = cls[i + 1];
    // (`Prince Faisal bin Bandar and …`: or closing the name after a given name and `bin`.)
    const fathers = i > 1 && LINEAGE_LINKS.has(tokens[i - 1].lower) && cls[i - 2] === 'name' && adjacent(text, tokens[i - 2], tokens[i - 1]);
    const after = i > 0 && (next === 'name' || next === 'particle' || fathers) && LINEAGE_LINKS.has(tokens[i - 1].lower) && adjacent(text, tokens[i - 1], tokens[i]);
    const before = i + 2 < tokens.length && cls[i + 2] === 'name' && LINEAGE_LINKS.has(tokens[i + 1].lower) && adjacent(text, tokens[i + 1], tokens[i + 2]);
    if (after || before) cls[i] = 'name';
  }
}

/**
 * `ASTANA –`, `ABU DHABI.`, `BUENOS AIRES.`: a line opening with a place in capitals, of a few words
 * (a headline in capitals goes on: `TOKAYEV RECEIVES BYRNE, DISCUSSES …`, `… KAZAKH–IRISH TRADE`), or with one word before
 * a dash and `The`.
 */
function markDateline(tokens: Token[], cls: TokenClass[]): void {
  // `Milan - The President of …`: a place in normal case, alone before a spaced dash and a sentence's `The`.
  const dash = tokens[1];
  if (tokens.length > 2 && tokens[0].kind === 'word' && tokens[0].upper && DASH_TEXTS.has(dash.text) && dash.start > tokens[0].end && tokens[2].start > dash.end && tokens[2].text === 'The') {
    cls[0] = 'stop';
    return;
  }
  let k = 0;
  while (k < tokens.length && k <= MAX_DATELINE_WORDS && tokens[k].allCaps && tokens[k].kind === 'word') k++;
  if (k === 0 || k > MAX_DATELINE_WORDS || k >= tokens.length || !DATELINE_END.has(tokens[k].text)) return;
  // A dash glued to the last word joins two words (`KAZAKH–IRISH`); a dateline's stands apart, and holds no verb.
  if (DASH_TEXTS.has(tokens[k].text) && tokens[k].start === tokens[k - 1].end) return;
  for (let i = 0; i < k; i++) if (HEADLINE_VERB_SET.has(tokens[i].lower)) return;
  // `MAGYAR, a former insider …`: a dateline's comma goes on with its date or agency, not with a lower-case word.
  const next = tokens[k + 1];
  if (tokens[k].text === ',' && next !== undefined && (next.kind === 'gap' || (next.kind === 'word' && !next.upper))) return;
  cls.fill('stop', 0, k);
}

/** Most words of a dateline's place (`RIO DE JANEIRO`). */
const MAX_DATELINE_WORDS = 3;
const DASH_TEXTS = new Set(['-', '–', '—']);

/**
 * Marks multi-word places (`Abu Dhabi`). A word that may open one but stands between two name
 * words, opening none, is a name word (`Aung San Suu Kyi`).
 */
function markMultiwordPlaces(text: string, tokens: Token[], cls: TokenClass[], lexicon: NameLexicon): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const phrases = tokens[i].upper ? lexicon.placesStartingWith(tokens[i].lower) : undefined;
    if (phrases === undefined) continue;
    let place = false;
    for (const words of phrases) {
      // `Burkina Faso's President`: a state the country finder marked keeps its class. (`Nguyen Hoa Binh`: a place's
      // words right after a name word are that name's.)
      if (spells(tokens, i, words) && cls[i] !== 'country' && !(i > 0 && cls[i - 1] === 'name' && adjacent(text, tokens[i - 1], tokens[i]))) {
        cls.fill('stop', i, i + words.length);
        place = true;
      }
    }
    if (!place && cls[i] === 'stop' && i > 0 && cls[i - 1] === 'name' && cls[i + 1] === 'name') {
      if (adjacent(text, tokens[i - 1], tokens[i]) && adjacent(text, tokens[i], tokens[i + 1])) cls[i] = 'name';
    }
  }
}

/** Whether the tokens from `i` on are `words`, in lower case. */
function spells(tokens: Token[], i: number, words: readonly string[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 1; k < words.length; k++) if (tokens[i + k].lower !== words[k]) return false;
  return true;
}

/** Every segment of every run in the line. */
export function segmentsOf(v: LineView): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < v.tokens.length) {
    if (!startsRun(v, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < v.tokens.length && isWordClass(v.cls[j + 1]) && adjacent(v.text, v.tokens[j], v.tokens[j + 1])) j++;
    collectSegments(v, i, j, segments);
    i = j + 1;
  }
  return segments;
}

function startsRun(v: LineView, i: number): boolean {
  const c = v.cls[i];
  return isWordClass(c) && (c === 'name' || v.tokens[i].upper);
}

function isNamePart(c: TokenClass): boolean {
  return c === 'name' || c === 'caps' || c === 'particle' || c === 'numeral';
}

/** Meetings named by those who hold them (`Putin-Trump Meeting`). */
const MEETINGS = new Set(['meeting', 'meetings', 'summit', 'talks', 'dialogue', 'call', 'negotiations']);
/** Two capitalised words of three letters or more joined by a hyphen (`Putin-Trump`). */
const NAME_PAIR = /^\p{Lu}\p{Ll}{2,}[-‑]\p{Lu}\p{Ll}{2,}$/u;

/**
 * `Putin-Trump Meeting`: a hyphenated pair of surnames (token `i`, the whole segment to `j`) right
 * before a meeting's word at `stop` names the two who meet, not an organisation or event of a name.
 */
function isPairsMeeting(v: LineView, i: number, j: number, stop: number): boolean {
  return i === j && stop === j + 1 && MEETINGS.has(v.tokens[stop].lower) && NAME_PAIR.test(v.tokens[i].text);
}

function collectSegments(v: LineView, runFirst: number, runLast: number, out: Segment[]): void {
  // The next title or organisation word, found by one scan of the run however many segments it holds.
  let stop = runFirst;
  let i = runFirst;
  while (i <= runLast) {
    if (!isNamePart(v.cls[i])) {
      i++;
      continue;
    }
    let j = i;
    // `… Marcos Jr. Guests enjoyed …`: a generational suffix with its full stop is a name's last word.
    while (j + 1 <= runLast && isNamePart(v.cls[j + 1]) && !GENERATION_SUFFIXES.has(v.tokens[j].lower) && !opensSurnameFirst(v, j + 1, runLast)) j++;
    if (stop <= j) stop = nextTitleOrOrg(v, j + 1, runLast);
    const trimmed = trimSegment(v, i, j, i > runFirst && TITLED_BY.has(v.cls[i - 1]));
    // `Billie Jean King Cup`, `Cipto Mangunkusumo General Hospital`: a title opening an event's or a body's name right after
    // the words closes them too.
    const titledOrg = stop === j + 1 && v.cls[stop] === 'title' && ((EVENT_HEADS.has(v.tokens[stop + 1]?.lower ?? '') || ORG_OPENING_TITLES.has(v.tokens[stop].lower)) && isOrgTitle(v, stop) || isNamedChair(v, runFirst, stop));
    const orgAfter = (stop <= runLast && v.cls[stop] === 'org' && !isHeadlineVerbAt(v, stop, j)) || titledOrg || ownedByPeopleAfter(v, i, j + 1) || closesCompanyAt(v, j + 1) || isLegalForm(v, j + 1) || isLegalForm(v, bracketEnd(v, j + 1) + 1) || endsInLegalForm(v, j, runLast) ||
      (j < runLast && closesOrgBeforeAnd(v, j, runLast) && isOrgAfterAnd(v, runLast + 1)) || (j === runLast && (namesMedia(v, j + 1, runFirst) || isNumberedOrg(v, j + 1) || pluralOwnsOrg(v, j + 1) || sharesLowerOrgAfterAnd(v, i, j) || (i === runFirst && opensOrgBeforeAnd(v, j + 1)))) || (j === runLast && i - runFirst <= 1 && afterThe(v, i, runFirst) && (isLowerOrgAfter(v, j) || isLowerOrgAfterGloss(v, j)));
    if (trimmed) out.push({ first: trimmed.first, last: trimmed.last, runFirst, runLast, orgAfter: orgAfter && !isPairsMeeting(v, i, j, stop) });
    i = j + 1;
  }
}

const GENERATION_SUFFIXES = new Set(['jr.', 'sr.']);
const PLACES_ARTICLES: ReadonlySet<string> = new Set(['Los', 'Las']);

/**
 * `the Nelson Mandela Children's Home`: a plural of people's possessive at token `k`, before a body's word, after name words
 * from `first` that `the` opens (not `Minister Aida Balayeva Women's Council Meeting Held`, a titled name).
 */
function ownedByPeopleAfter(v: LineView, first: number, k: number): boolean {
  const [people, mark, body] = [v.tokens[k], v.tokens[k + 1], v.tokens[k + 2]];
  if (people === undefined || !people.upper || !PEOPLES_PLURALS.has(people.lower) || !adjacent(v.text, v.tokens[k - 1], people) || v.tokens[first - 1]?.lower !== 'the') return false;
  return mark?.kind === 'possessive' && body !== undefined && body.upper && (v.cls[k + 2] === 'org' || body.lower === 'home') && adjacent(v.text, mark, body);
}

const PEOPLES_PLURALS: ReadonlySet<string> = new Set(['children', 'women', 'men', 'people', 'veterans', 'workers', 'teachers', 'writers', 'journalists']);

/** `the Rabindranath Tagore Chair at …`, `a Jean Monnet Chair`: a chair named after someone, after an article, at `stop`. */
function isNamedChair(v: LineView, runFirst: number, stop: number): boolean {
  // (Not the verb: `X chairs the session`, a headline's `X Chairs CICA Meeting`.)
  // (`The Nursultan Nazarbayev Chair …`: the article may open the run, at a sentence's start.)
  const article = ARTICLES_BEFORE_CHAIR.has(v.tokens[runFirst - 1]?.lower ?? '') || ARTICLES_BEFORE_CHAIR.has(v.tokens[runFirst].lower);
  return NAMED_CHAIRS.has(v.tokens[stop].lower) && v.tokens[stop].upper && !v.titleCase && article;
}

const NAMED_CHAIRS: ReadonlySet<string> = new Set(['chair', 'professorship']);
const ARTICLES_BEFORE_CHAIR: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * `of Hyundai Mobis KIM Sung-ho`: a surname in capitals at `k`, between words in normal case, opens a name written
 * surname first after another name's words.
 */
function opensSurnameFirst(v: LineView, k: number, runLast: number): boolean {
  const [before, t, after] = [v.tokens[k - 1], v.tokens[k], v.tokens[k + 1]];
  // (Not a nickname folded with its quotation marks: `Glenn “GT” Thompson`; nor after English given names a form of address
  // opens: `Ms. Grace HU Meiling`, `Ms. Mary Grace HU Meiling`.)
  const addressed = v.cls[k - 2] === 'honorific' || (v.cls[k - 2] === 'name' && v.tokens[k - 2].kind === 'word' && v.cls[k - 3] === 'honorific');
  return k < runLast && v.cls[k] === 'name' && !addressed && t.allCaps && t.kind === 'word' && !NICKNAME_QUOTES.has(v.text[t.start]) && before.kind === 'word' && !before.allCaps && before.upper && after.kind === 'word' && after.upper && !after.allCaps;
}

/** `the Lumière Lyon 2 University`, `Astana Hub 2 Park`: a short number glued between a run and the body's word that closes it. */
function isNumberedOrg(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return t?.kind === 'number' && t.text.length <= 2 && v.cls[k + 1] === 'org' && v.tokens[k + 1].upper;
}

/** `Tokayev and Mirziyoyev Exchange Greetings`: in a title-case headline, an organisation word right after a name may be its verb. */
function isHeadlineVerbAt(v: LineView, k: number, last: number): boolean {
  return v.titleCase && k === last + 1 && HEADLINE_VERB_SET.has(v.tokens[k].lower);
}

/** `Três Irmãos Ltda.`, `Atlântico Cork S.A.`: a company's legal form right after the words at token `k - 1`. */
const COMPANY = new Set(COMPANY_WORDS);

const PLACE_UNITS = new Set(['province', 'provincial', 'prefecture', 'prefectural', 'county', 'oblast', 'municipality', 'municipal']);

/**
 * `the Quang Ninh Provincial Party Committee`, `Lang Son Province`: a segment of two words or more before a place's unit,
 * so that the article's other mentions of it are no person either (`Guangdong and Quang Ninh should …`);
 * or one a word of direction closes (`Davao del Norte`).
 */
export function namesPlace(v: LineView, seg: Segment): boolean {
  if (seg.last > seg.first && PLACE_CLOSER_SET.has(v.tokens[seg.last].lower)) return true;
  if (namesBuildingAfterThe(v, seg)) return true;
  if (isListedAfterUnitsOf(v, seg.first)) return true;
  const next = v.tokens[seg.last + 1];
  return seg.last > seg.first && next !== undefined && next.upper && PLACE_UNITS.has(next.lower) && adjacent(v.text, v.tokens[seg.last], next);
}

/**
 * `the Nelson Mandela Building`, `the Harry S Truman Building`: a name between `the` (maybe with a form of address) and
 * `Building` is the building's (not a headline's verb: `President X Building a Capable State`).
 */
function namesBuildingAfterThe(v: LineView, seg: Segment): boolean {
  const next = v.tokens[seg.last + 1];
  if (next?.text !== 'Building' || !adjacent(v.text, v.tokens[seg.last], next)) return false;
  let k = seg.first - 1;
  while (k > 0 && v.cls[k] === 'honorific') k--;
  return v.tokens[k]?.lower === 'the';
}

/** A plural unit whose places a list names (`departments` only here: elsewhere a ministry's departments are no places). */
function isUnitsPlural(word: string): boolean {
  return ADMIN_UNIT_PLURALS.has(word) || word === 'departments';
}

/** Most tokens read back over a list of places after a plural unit's `of`. */
const MAX_UNITS_LIST = 16;

/**
 * Token `first` is a later item of a list of places after a plural unit's `of` (`the districts of Porto, Braga and Viana
 * do Castelo`); not a name after a list an `and` has closed (`the regions of Almaty and Zhambyl, Yerlan Karin said`).
 */
function isListedAfterUnitsOf(v: LineView, first: number): boolean {
  const link = v.tokens[first - 1];
  if (link === undefined || !(link.lower === 'and' || link.text === ',')) return false;
  for (let k = first - 2; k >= 1 && k >= first - MAX_UNITS_LIST; k--) {
    const t = v.tokens[k];
    if (t.lower === 'of') return isUnitsPlural(lowerWordOf(v, v.tokens[k - 1]));
    if (!(t.upper || t.text === ',' || v.cls[k] === 'particle')) return false;
  }
  return false;
}

/** `Hansa Anlagenbau GmbH`, `Toyota Tsusho Corporation`: a segment of two words or more that a company's word or legal form closes. */
export function namesCompany(v: LineView, seg: Segment): boolean {
  const next = v.tokens[seg.last + 1];
  return seg.last > seg.first && next !== undefined && (isLegalForm(v, seg.last + 1) || isLegalForm(v, bracketEnd(v, seg.last + 1) + 1) || isCompanyWordAt(v, seg.last + 1));
}

/** Legal forms written before a company's name (`PT Pertamina`, `JSC Kazatomprom`, `LLP Kazakhmys`). */
const PREFIX_LEGAL_FORMS: ReadonlySet<string> = new Set(['PT', 'CV', 'JSC', 'PJSC', 'OJSC', 'CJSC', 'LLP', 'LLC', 'TOO', 'OOO', 'AO', 'PAO', 'ZAO', 'OAO']);

/** Token `k` is such a form, written right before the next token: `PT Pertamina`. */
export function isPrefixLegalForm(v: LineView, k: number): boolean {
  // (Not one closing the firm's name before it: `the director of Kazakhtelecom JSC S. Mukhamedova`.)
  const before = v.tokens[k - 1];
  if (before !== undefined && before.upper && before.kind === 'word' && (v.cls[k - 1] === 'name' || v.cls[k - 1] === 'org') && adjacent(v.text, before, v.tokens[k])) return false;
  // (`Director of "Tobol Astyk" LLP Vyacheslav Kim`: nor one after a quoted name's closing mark.)
  if (closesQuotedName(v.tokens, k - 1)) return false;
  return PREFIX_LEGAL_FORMS.has(v.tokens[k].text) && v.tokens[k + 1] !== undefined && adjacent(v.text, v.tokens[k], v.tokens[k + 1]);
}

/** Two or more name words from `first` to `last` ending in a Slavic or Turkic surname, or holding a particle (`da Silva`). */
export function isPersonShapedRun(v: LineView, first: number, last: number): boolean {
  if (last === first) return false;
  for (let k = first + 1; k < last; k++) if (v.cls[k] === 'particle' && !v.tokens[k].upper) return true;
  return isSlavicSurname(v.tokens[last].lower) || IN_SURNAME.test(v.tokens[last].lower);
}

/**
 * A particle or a patronymic follows the first of the words from `first` to `last` (`Ricardo de la Fuente`, `Sergey
 * Viktorovich Pavlenko`; not `Rotterdam Pieter van Dijk`, a place before the name).
 */
function opensParticleOrPatronymic(v: LineView, first: number, last: number): boolean {
  // (`Ospanov Daniyar Nurlanovich`: or a patronymic closing three words, in the Russian order; `Khalid Mohammed al-Mansouri`,
  // `Khalid Saeed Al Mansoori`: or an Arabic given name, a father's name and the family's with its article.)
  return first + 1 < last && (v.cls[first + 1] === 'particle' || isPatronymic(v.tokens[first + 1].lower) || (last === first + 2 && isPatronymic(v.tokens[last].lower)) ||
    (ARABIC_GIVEN_SET.has(v.tokens[first].lower) && v.cls[first + 1] === 'name' && opensArabicFamily(v, first + 2, last)));
}

const ARABIC_GIVEN_SET: ReadonlySet<string> = new Set(ARABIC_GIVEN_NAMES);
const TURKISH_GIVEN_SET: ReadonlySet<string> = new Set(TURKISH_GIVEN_NAMES);

/** Tokens `k` to `last` are an Arabic family's name with its article (`al-Mansouri`, `Al Mansoori`). */
function opensArabicFamily(v: LineView, k: number, last: number): boolean {
  const t = v.tokens[k];
  if (k === last) return ARABIC_ARTICLE_GLUED.test(t.lower);
  return k + 1 === last && ARABIC_ARTICLE_SET.has(t.lower) && v.cls[last] === 'name';
}


/** Russian surnames in `-in`, `-yn` (`Voronin`, `Borodina`), read as such only after a trade's noun. */
export const IN_SURNAME = /^\p{L}{3,}[^aeiouy](?:in|ina|yn|yna)$/u;

/** Token `k` is a quotation mark that closes the word before it. */
function closesQuotedName(tokens: Token[], k: number): boolean {
  const mark = tokens[k];
  return mark !== undefined && CLOSING_DOUBLE_QUOTES.has(mark.text) && tokens[k - 1]?.end === mark.start;
}

/**
 * `Director of PT Nusantara Energi`: such a form at token `k` after a lower-case word, which opens the firm's name (not
 * `KTZ JSC Bolat Seitkhanov`, closing a firm's name, nor `the LLP Aidar Nurlanov`, a noun).
 */
export function opensFirmsName(v: LineView, k: number): boolean {
  const before = v.tokens[k - 1];
  return isPrefixLegalForm(v, k) && before !== undefined && !before.upper && before.lower !== 'the';
}

/** `PT Pelabuhan Nusantara Timur`: the run from token `first` follows such a form, maybe after words of the firm's trade. */
export function followsPrefixLegalForm(v: LineView, first: number): boolean {
  let k = first - 1;
  while (k > 0 && v.tokens[k].upper && (v.cls[k] === 'org' || v.cls[k] === 'qualifier') && adjacent(v.text, v.tokens[k], v.tokens[k + 1])) k--;
  return k >= 0 && isPrefixLegalForm(v, k);
}

/** A company's capitalised closing word at token `k`, right after the word before it (`Toyota Tsusho Corporation`). */
function isCompanyWordAt(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return t !== undefined && t.upper && COMPANY.has(t.lower) && adjacent(v.text, v.tokens[k - 1], t);
}

/** `China Merchants Heavy Industry`: such a word closes the words before token `k` as a company's. */
function closesCompanyAt(v: LineView, k: number): boolean {
  // (Not a field before a lone capitalised word after a name, `Taro Yamada Industry Consultant`; a full name may follow the
  // company's: `Chairman of China Merchants Heavy Industry Hu Jianhua`.)
  const next = v.tokens[k + 1];
  const lone = next?.upper === true && next.kind === 'word' && !(v.tokens[k + 2]?.upper && v.cls[k + 2] === 'name');
  return isCompanyWordAt(v, k) && !lone;
}

/** `Corporation`, `LLP`, `S.A.`: a capitalised word that closes a company's name. */
export function closesCompanyName(t: Token): boolean {
  return t.upper && (COMPANY.has(t.lower) || isLegalFormWord(t.lower.replaceAll('.', '')));
}

/** Words a company's name holds between its own name and its legal form (`Xinjiang Tianrun Agriculture Co.`). */
const COMPANY_NAME_CLASSES: ReadonlySet<TokenClass> = new Set(['qualifier', 'org', 'stop', 'caps']);

/** `Xinjiang Tianrun Agriculture Co.`: the run after the segment ending at `j` is a company's words closed by its legal form. */
function endsInLegalForm(v: LineView, j: number, runLast: number): boolean {
  if (runLast <= j + 1 || !isLegalForm(v, runLast)) return false;
  for (let k = j + 1; k < runLast; k++) if (!COMPANY_NAME_CLASSES.has(v.cls[k])) return false;
  return true;
}

/** Most tokens inside a bracket between a company's name and its legal form. */
const MAX_BRACKETED = 4;

/** `Petronas Carigali (Turkmenistan) Sdn Bhd`: the closing bracket of a short bracket opening at token `k`, or -2. */
function bracketEnd(v: LineView, k: number): number {
  if (v.tokens[k]?.text !== '(') return -2;
  for (let e = k + 1; e <= k + MAX_BRACKETED && e < v.tokens.length; e++) if (v.tokens[e].text === ')') return e;
  return -2;
}

/** `the Tauelsizdik Tany (Dawn of Independence) monument`: a body's lower-case noun after the name's bracketed gloss. */
function isLowerOrgAfterGloss(v: LineView, j: number): boolean {
  const close = bracketEnd(v, j + 1);
  const head = v.tokens[close + 1];
  return close > 0 && head !== undefined && v.cls[close + 1] === 'org' && !head.upper && adjacent(v.text, v.tokens[close], head);
}

function isLegalForm(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || !adjacent(v.text, v.tokens[k - 1], t)) return false;
  // (`Steppe Gold plc`: the British form in lower case, maybe before more lower-case words.)
  if (!t.upper) return LOWER_PLC.test(v.text.slice(t.start, t.start + 4));
  return isLegalFormWord(t.lower) || (t.kind === 'dotted' && (LEGAL_FORM_SET.has(t.lower) || isLegalFormWord(t.lower.replaceAll('.', ''))));
}

const LOWER_PLC = /^plc(?![a-z])/;

/** Most digits of a unit's number between a name and those words (`Ninh Thuan 1`). */
const MAX_UNIT_DIGITS = 2;
/** Most lower-case words between a name and the organisation's noun it names (`nuclear power`). */
const MAX_ORG_MODIFIERS = 2;

/** `the Agua Negra`, `The Gara Djebilet`, `the Greater Tortue Ahmeyim`: `the` before the segment at `i`, or before the run's word before it. */
function afterThe(v: LineView, i: number, runFirst: number): boolean {
  // `the Youyiguan and Huu Nghi border gates`, `the Maximo Gomez and Ernesto Guevara plants`: a second name after
  // `and`, sharing the first one's `the`.
  let k = i - 2;
  while (k > i - 2 - MAX_SHARED_NAME && v.tokens[k]?.upper === true) k--;
  const shared = v.tokens[i - 1]?.lower === 'and' && k < i - 2 && v.tokens[k]?.lower === 'the';
  return v.tokens[i - 1]?.lower === 'the' || shared || (i > runFirst && v.tokens[runFirst - 1]?.lower === 'the');
}

/** Most words of the first name sharing `the` with a second one. */
const MAX_SHARED_NAME = 3;

/** `the Maximo Gomez and Ernesto Guevara plants`: the first of two names after `the`, which a lower-case noun after the second closes. */
function sharesLowerOrgAfterAnd(v: LineView, i: number, j: number): boolean {
  if (v.tokens[i - 1]?.lower !== 'the' || v.tokens[j + 1]?.lower !== 'and' || !v.tokens[j + 2]?.upper) return false;
  let k = j + 2;
  while (k - j - 2 < MAX_SHARED_NAME && v.tokens[k + 1]?.upper && adjacent(v.text, v.tokens[k], v.tokens[k + 1])) k++;
  const noun = v.tokens[k + 1];
  return (noun !== undefined && v.cls[k + 1] === 'org' && !noun.upper && adjacent(v.text, v.tokens[k], noun)) || isLowerOrgAfter(v, k);
}

const JOINT_VENTURE = /^joint[ -]ventures?$/;

/**
 * `the Ninh Thuan nuclear power plant`, `the Lapis Lazuli transport corridor`: after `the`, a few lower-case
 * words (maybe after a unit's number), then an organisation's noun (a person's name takes no `the`: `Alexander Subbotin signed a programme`).
 */
function isLowerOrgAfter(v: LineView, j: number): boolean {
  let words = 0;
  // `the Ninh Thuan 1 nuclear power plant`: a unit's number after the name.
  const unit = v.tokens[j + 1]?.kind === 'number' && v.tokens[j + 1].text.length <= MAX_UNIT_DIGITS ? j + 2 : j + 1;
  // `the Asia Trans Gas joint venture` (not a bare `venture`, a person's too: `the Elon Musk venture`).
  if (v.tokens[unit]?.kind === 'gap' && JOINT_VENTURE.test(v.text.slice(v.tokens[unit].start, v.tokens[unit].end))) return true;
  let k = unit;
  for (; k < v.tokens.length && isLowerModifier(v, k) && adjacent(v.text, v.tokens[k - 1], v.tokens[k]); k++) {
    words += Math.max(1, v.tokens[k].words);
    if (words > MAX_ORG_MODIFIERS) return false;
  }
  const head = v.tokens[k];
  return k > unit && head !== undefined && v.cls[k] === 'org' && !head.upper && adjacent(v.text, v.tokens[k - 1], head);
}

/**
 * The run's words after the segment ending at `j` may open an organisation's name before `and`: a common word
 * (`Humanitarian Aid and …`) or a qualifier (`Suez Economic and Trade Cooperation Zone`), with no headline's verb
 * between (`Li Qiang Discuss Energy and Transit Projects`).
 */
function closesOrgBeforeAnd(v: LineView, j: number, runLast: number): boolean {
  if (v.cls[runLast] !== 'stop' && v.cls[runLast] !== 'qualifier') return false;
  if (v.titleCase) for (let k = j + 1; k <= runLast; k++) if (HEADLINE_VERB_SET.has(v.tokens[k].lower)) return false;
  return true;
}

const MEDIA = new Set(MEDIA_NOUNS);
const MEDIA_PLURAL_SET = new Set(MEDIA_PLURALS);

/**
 * `the Magyar Nemzet newspaper`: lower-case words at token `k`, right after a run (from `runFirst`), open with a noun of the
 * media; a plural only after a list's `and` (`the Khmer Times and Rasmei Kampuchea newspapers`; not `the Rupert Murdoch
 * newspapers`).
 */
function namesMedia(v: LineView, k: number, runFirst: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || !isLowerWords(t) || !adjacent(v.text, v.tokens[k - 1], t)) return false;
  const space = v.text.indexOf(' ', t.start);
  const noun = v.text.slice(t.start, space < 0 || space > t.end ? t.end : space);
  return MEDIA.has(noun) || (MEDIA_PLURAL_SET.has(noun) && v.tokens[runFirst - 1]?.lower === 'and');
}

const LOWER_ORG_HEAD_SET: ReadonlySet<string> = new Set(LOWER_ORG_HEADS);

/**
 * `Magnitogorsk Iron and Steel Works`, `the Abai Kunanbayev Literary and Memorial Museum`: `and` at token `k` before two
 * organisation words, the first a common word or a body's noun (not a company's own name: `and Gazprom Export`), joins
 * the run before it into the body's name.
 */
function opensOrgBeforeAnd(v: LineView, k: number): boolean {
  const [first, second] = [v.tokens[k + 1], v.tokens[k + 2]];
  return v.tokens[k]?.lower === 'and' && !v.tokens[k].upper && second !== undefined && first.upper && second.upper &&
    v.cls[k + 1] === 'org' && v.cls[k + 2] === 'org' && (isCommonEnglishWord(first.lower) || LOWER_ORG_HEAD_SET.has(first.lower)) && adjacent(v.text, first, second);
}

/** Most capitalised words after `and` before the organisation word that ends the name. */
const MAX_ORG_AFTER_AND = 3;

/**
 * `King Salman Humanitarian Aid and Relief Centre`: capitalised words after the `and` at token `i`
 * end in an organisation word, so the run before it opens an organisation's name.
 */
function isOrgAfterAnd(v: LineView, i: number): boolean {
  if (v.tokens[i]?.lower !== 'and' || v.tokens[i].upper) return false;
  for (let k = i + 1; k <= i + MAX_ORG_AFTER_AND && k < v.tokens.length && v.tokens[k].upper && adjacent(v.text, v.tokens[k - 1], v.tokens[k]); k++) {
    if (v.cls[k] === 'org') return true;
  }
  return false;
}

/**
 * The first title or organisation word in `from..last` before a headline's verb or a capitalised
 * preposition (`Karin Holds Meeting`, `Tokaev After Nuclear Plant Referendum`), or where that ends.
 */
function nextTitleOrOrg(v: LineView, from: number, last: number): number {
  let k = from;
  while (k <= last && v.cls[k] !== 'title' && v.cls[k] !== 'org' && !(v.cls[k] === 'stop' && endsHeadlineName(v.tokens[k].lower) && !opensOrgName(v, k))) k++;
  return k;
}

/** Headline verbs that are also adjectives in organisations' names (`Open University`, `Free Economic Zone`). */
const ORG_ADJECTIVES = new Set(['open', 'free', 'united', 'applied', 'advanced']);

/**
 * `the Allama Iqbal Open University`: outside a title-case headline, such a word right before an organisation's word is
 * its name's; so is any headline verb's word between a body's capitalised word and its organisation word (`the ILO
 * Decent Work Technical Support Team`; not after a name: `State Counselor Karin Holds Meeting with Experts`).
 */
function opensOrgName(v: LineView, k: number): boolean {
  if (v.titleCase || v.cls[k + 1] !== 'org' || !v.tokens[k + 1].upper || !adjacent(v.text, v.tokens[k], v.tokens[k + 1])) return false;
  const before = v.cls[k - 1];
  return ORG_ADJECTIVES.has(v.tokens[k].lower) || ((before === 'qualifier' || before === 'org') && v.tokens[k - 1].upper && adjacent(v.text, v.tokens[k - 1], v.tokens[k]));
}

const HEADLINE_PREPOSITIONS = new Set(HEADLINE_SMALL_WORDS.filter((w) => !['a', 'an', 'the', 'and', 'or', 'of', 'vs', 'btw'].includes(w)));

function endsHeadlineName(lower: string): boolean {
  return HEADLINE_VERB_SET.has(lower) || HEADLINE_PREPOSITIONS.has(lower);
}

/**
 * `Ngo Le Van`, `Gourangalal Das`: a capitalised `Van`, `Le` or `Das` is a name word where a Dutch, French
 * or Portuguese particle could not stand, at the end of a run of name words.
 */
function endsAsianName(v: LineView, first: number, last: number): boolean {
  const t = v.tokens[last];
  if (!t.upper || !ASIAN_PARTICLE_NAMES.has(t.lower) || last === first) return false;
  const next = v.tokens[last + 1];
  return (next === undefined || !adjacent(v.text, t, next) || !next.upper) && v.cls[first] === 'name';
}

/** A Korean given name of two syllables (`Sung-ho`), and a surname of one (`Park`). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;
const KOREAN_SURNAME = /^\p{Lu}\p{Ll}{1,4}$/u;

/** A capital letter alone, but for a regnal numeral (`Harald V`). */
function isBareLetter(t: Token): boolean {
  return t.kind === 'word' && t.end - t.start === 1 && !REGNAL_NUMERAL.test(t.text);
}

/** The Uzbek and Azerbaijani patronymic closing a name: `Dilnoza Akbar qizi`, `Anar Vagif oglu`. */
function closesPatronymic(v: LineView, first: number, last: number): boolean {
  return last > first + 1 && !v.tokens[last].upper && PATRONYMIC_PARTICLE_SET.has(v.tokens[last].lower) && v.cls[last - 1] === 'name' && v.cls[last - 2] === 'name';
}

/** Words after which a lower-case title is a verb (`will chair BRICS`, `to head the SCO`). */
const BEFORE_VERB = new Set(['will', 'would', 'shall', 'to', 'may', 'can', 'could', 'must']);

/**
 * `BRICS sherpa`, `India will chair BRICS`: a word in capitals alone before a lower-case title is the body
 * the post serves, and after a lower-case title used as a verb, its object: an organisation's acronym.
 */
function isActingAcronym(v: LineView, k: number): boolean {
  if (v.cls[k] !== 'caps') return false;
  const [before, after] = [v.tokens[k - 1], v.tokens[k + 1]];
  if (after !== undefined && !after.upper && v.cls[k + 1] === 'title' && adjacent(v.text, v.tokens[k], after)) return true;
  const modal = v.tokens[k - 2];
  if (before === undefined || before.upper || v.cls[k - 1] !== 'title' || modal === undefined) return false;
  // The modal may close a run of lower-case words (`which will`).
  const words = v.text.slice(modal.start, modal.end);
  return BEFORE_VERB.has(words.slice(words.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * Legal forms written before a company's name (`JSC Uzbekneftegaz`, `LLP Kazakhmys Smelting`), the lower-case nouns that
 * introduce one (`the French company Orano`), and a party's or a city's noun, as machine translation writes them before the
 * name (`of party Respublica Timur Zhaksybekov`, `mayor of Indian city Pune Rajesh Kumar Sharma`).
 */
const COMPANY_BEFORE = new Set([...COMPANY_WORDS, 'jsc', 'pjsc', 'ojsc', 'cjsc', 'llp', 'llc', 'firm', 'operator', 'developer', 'producer', 'manufacturer', 'party', 'city']);
/** A football club's letters before its one-word name (`FC Kairat`, `FK Partizan`), or after it (`Paris FC`). */
export const CLUB_LETTERS: ReadonlySet<string> = new Set(['fc', 'fk', 'sc', 'cf']);

/**
 * `Chairman of the Board of JSC Uzbekneftegaz Mehriddin Abdullayev`, `JSC Almalyk MMC Bakhodir Juraev`,
 * `the CEO of the French company Orano Nicolas Maes`, `company ACWA Power X Y`: after a legal form or a
 * company's noun written before a name, one word and the acronyms around it are the company's; where the
 * person's name then starts, if two words are left for it (past `last` where none is).
 */
function afterCompanyName(v: LineView, first: number, last: number): number {
  // `head coach of FC Kairat Rafael Urazbakhtin`: the club's letters and name before a full name (`of FC Kairat` alone names the club).
  if (v.tokens[first].allCaps && CLUB_LETTERS.has(v.tokens[first].lower)) return last - first >= 3 ? first + 2 : last + 1;
  // (`Ordabasy FC Yerlan Ospanov`: letters closing the club's name before a full name.)
  for (let k = first + 1; k < last - 1; k++) if (v.tokens[k].allCaps && CLUB_LETTERS.has(v.tokens[k].lower) && v.cls[k + 1] === 'name') return k + 1;
  const before = v.tokens[first - 1];
  // `of the Abu Dhabi-based ADQ Mohamed …`: acronyms after a place's `-based` are the business's.
  if (before?.upper && before.text.endsWith('-based')) {
    let k = first;
    while (k < last && v.cls[k] === 'caps') k++;
    return k;
  }
  // `Honorary citizen of the village Zhambyl Zhabayev Serik Abdrakhmanov`: a lower-case settlement's noun before a run that
  // closes with a given name and a Slavic or Turkic surname names the settlement with the words before them.
  if (before !== undefined && !before.upper && SETTLEMENTS.has(before.lower) && closesWithGivenAndSurname(v, first, last)) return last - 1;
  // (`the space agency CNES Jean-Marc Delaunay`: an agency's noun only before its acronym; `the agency Juan Carlos Ortega`.)
  const agencys = before?.lower === 'agency' && v.cls[first] === 'caps';
  // (`chairman of regional chamber of entrepreneurs Atameken Marat Temirkhanov`: so is a body of people named after its `of`.)
  // (Not a person's surname opening the run, `union of journalists Ospanov Serik Bolatovich`, nor a run closed by a patronymic.)
  const peoples = namesPeoplesBody(v, first) && !isSlavicSurname(v.tokens[first].lower) && !isPatronymic(v.tokens[last].lower);
  if (before === undefined || !(COMPANY_BEFORE.has(before.lower) || agencys || peoples) || (before.upper && v.cls[first - 1] !== 'stop')) return first;
  // (A city's noun only after a nationality, `Indian city Pune`; not a city's unit after its name, `deputy akim of Shymkent city
  // Bekzhanov Askar Toleuovich`, nor `the mayor of the city Juan Carlos Perez`; a party's right after `of`, or after `the`
  // before a Slavic or Turkic surname (`chairman of the party Amanat Yerlan Koshanov`), not a state's side, `From the Turkish
  // party Mehmet Nuri Ersoy`, nor `The leader of the party Alberto Nunez Feijoo`; neither before a particle, `Nguyen Van An`.)
  if (before.lower === 'city' && v.cls[first - 2] !== 'country') return first;
  if (before.lower === 'party' && v.tokens[first - 2]?.lower !== 'of' && !(v.tokens[first - 2]?.lower === 'the' && isSlavicSurname(v.tokens[last].lower))) return first;
  if ((before.lower === 'city' || before.lower === 'party') && v.cls[first + 1] === 'particle') return first;
  // (`"Atyrau Port Services" LLP Ricardo de la Fuente`, `"KazAgroMash" JSC Sergey Viktorovich Pavlenko`: the quoted name before
  // the noun or the form is the company's, where a particle or a patronymic after the first word shapes the run as a
  // person's; not `"Anadolu Tekstil" company Istanbul Mehmet Yilmaz`, `"Kazatomprom" JSC Kurchatov Oleg Smirnov`.)
  if (closesQuotedName(v.tokens, first - 2) && opensParticleOrPatronymic(v, first, last)) return first;
  // (`members of the group Sanne de Vries and …`: a group whose members are listed is of people; not a band's or a
  // business group's one member, `A member of the group Ulytau Maxim Kichigin`.)
  if (before.lower === 'group' && v.tokens[first - 2]?.lower === 'the' && v.tokens[first - 3]?.lower === 'of' && lowerWordOf(v, v.tokens[first - 4] ?? before) === 'members' && opensList(v, last + 1)) return first;
  // (`the Kazakh company Andrey Sergeyevich Kovalenko`: after a lower-case noun, a patronymic between the first word and a
  // surname does so too; not a surname ending as one does, `company Amkodor Lukashevich Sergey`; a particle there may be
  // the company's own, `the bank Banco de Chile`.)
  if (!before.upper && last === first + 2 && isPatronymic(v.tokens[first + 1].lower) && isSlavicSurname(v.tokens[last].lower)) return first;
  // (`co-owner of the company Pieter de Vries`: so does a lower-case particle after a name's word, no body's (`Banco de Chile`),
  // unless a name set off after it is the person's: `the company Agroalimentaria del Ebro, Javier Morales Ruiz`.)
  // Both only in an office's complement (`The company Jean de Villiers produces wine` names the company).
  const inOffice = !(v.cls[last + 1] === 'comma' && v.cls[last + 2] === 'name') && isOfficesCompany(v, first - 1);
  if (inOffice && !before.upper && v.cls[first] === 'name' && last > first + 1 && last <= first + 3 && particlesUpTo(v, first + 1, last)) return first;
  // (`advisor of company Khalid bin Saeed Al Mansoori`: so does a lineage's particle after the first word.)
  if (inOffice && !before.upper && v.cls[first + 1] === 'particle' && LINEAGE_LINKS.has(v.tokens[first + 1].lower) && v.cls[last] === 'name') return first;
  // (`Project manager of the Turkish company Mehmet Ali Yılmaz`: so do two given names that pair as one before a surname.)
  if (inOffice && last === first + 2 && TURKISH_GIVEN_SET.has(v.tokens[first].lower) && TURKISH_GIVEN_SET.has(v.tokens[first + 1].lower)) return first;
  // `General Director of Vkusny Dom LLC Andrei Sergeevich Volkov`: a legal form closing the company's name before it.
  const closing = v.tokens[first - 2];
  if (before.upper && closing !== undefined && closing.upper && closing.kind === 'word' && adjacent(v.text, closing, before)) return first;
  let k = first;
  while (k < last && v.cls[k] === 'caps') k++;
  // `the state company KEGOC Bakytzhan Kazhiyev`: an acronym alone may be the company's name, before a given name and surname;
  // an agency's always is (`the export agency ICEX María Peña Mateos`).
  if (k > first && (agencys ? last > k : k + 1 === last && v.cls[k] === 'name' && v.cls[last] === 'name')) return k;
  k++;
  while (k < last && v.cls[k] === 'caps') k++;
  // `the agricultural company Zhana Dala Amangeldy Kassymov`: a company of two words before a given name and surname.
  if (closesWithGivenAndSurname(v, k, last)) return last - 1;
  return last - k >= 1 ? k : first;
}

/** A surname in capitals after an acronym: a long one (`NAKAMURA`; acronyms are shorter: `ODIHR`, `OCHA`) or a known short one (`PARK`, `WANG`). */
function isCapsSurname(t: Token): boolean {
  return t.text.length >= MIN_CAPS_SURNAME || SHORT_CAPS_SURNAMES.has(t.lower) || WORDS_ALSO_KOREAN_SURNAMES.has(t.lower);
}

const MIN_CAPS_SURNAME = 6;

/** Nouns of settlements, often named after people (`the village Zhambyl Zhabayev`). */
const SETTLEMENTS: ReadonlySet<string> = new Set(['village', 'aul', 'settlement']);

/** The company's noun at token `noun` follows an office's `of`, maybe with `the` and a state's adjective (`director of the Dutch company`). */
function isOfficesCompany(v: LineView, noun: number): boolean {
  let k = noun - 1;
  if (v.cls[k] === 'country') k--;
  if (v.tokens[k]?.lower === 'the') k--;
  return v.tokens[k]?.lower === 'of';
}

/** Tokens `from` up to `to` (not included) are all name words. */
export function onlyNameWords(v: LineView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.cls[k] !== 'name') return false;
  return true;
}

/** Tokens `from` to `last - 1` are lower-case particles (`van den`). */
function particlesUpTo(v: LineView, from: number, last: number): boolean {
  for (let k = from; k < last; k++) if (v.cls[k] !== 'particle' || v.tokens[k].upper) return false;
  return true;
}

/** Token `k` goes on to a list's next item (`and`, a comma). */
function opensList(v: LineView, k: number): boolean {
  return v.cls[k] === 'comma' || v.tokens[k]?.lower === 'and';
}

/**
 * `of Tau-Ken Samruk Yerlan Abdirov`: a Slavic or Turkic surname (`-ov`, `-eva`, `-enko`) after a given name that is
 * no patronymic closes a name of two words, so that three or more words from `from` to `last` leave the rest to the
 * object (`Rubén Alvarado Vigar` keeps its three words; `Yerlan Bakhytzhanuly Karin` its patronymic).
 */
export function closesWithGivenAndSurname(v: LineView, from: number, last: number): boolean {
  if (last - from < 2) return false;
  for (let k = from; k <= last; k++) if (v.cls[k] !== 'name' || v.tokens[k].kind !== 'word') return false;
  const given = v.tokens[last - 1].lower;
  return isSlavicSurname(v.tokens[last].lower) && !isPatronymic(given);
}

/** A Slavic or Turkic surname by its ending (`Mukanov`, `Tokayeva`, `Lukashenko`). */
export function isSlavicSurname(lower: string): boolean {
  return SLAVIC_SURNAME.test(lower);
}

/** A Slavic or Turkic surname, alone or opening a double one (`Abdrakhmanov-Orda`). */
export function opensWithSlavicSurname(lower: string): boolean {
  return isSlavicSurname(lower.split('-', 1)[0]);
}

/** `Abdirov`, `Tokayeva`, `Kulubaev`, `Lukashenko`; not `Villanueva` (a vowel other than `a`, `i` or `y` before the ending). */
const SLAVIC_SURNAME = /^\p{L}{2,}(?:[^ueo](?:ov|ev|ova|eva)|enko|sky|skiy|skaya|ovich|evich)$/u;

/** Classes of the token before a name that open it after a title, a form of address or a comma. */
const OPENS_NAME: ReadonlySet<TokenClass | undefined> = new Set([undefined, 'other', 'comma', 'title', 'honorific']);

/**
 * `John Lee Ka-chiu`: one name word, no common word, opens the name right after a title (`Chief Executive John Lee Ka-chiu`),
 * a comma or lower-case words (not after `and`: `Hong Kong's and Macao Sam Hou-fai`).
 */
function hasEnglishGivenName(v: LineView, first: number, last: number): boolean {
  const opens = OPENS_NAME.has(v.cls[first - 1]) || v.cls[first - 1] === 'qualifier';
  return last - first === 2 && v.cls[first] === 'name' && !isCommonEnglishWord(v.tokens[first].lower) && opens;
}

/** Token `k` follows a `+` written with no space on either side (`Kuehne+Nagel`). */
function isGluedAfterPlus(v: LineView, k: number): boolean {
  const plus = v.tokens[k - 1];
  return plus?.text === '+' && plus.end === v.tokens[k].start && v.tokens[k - 2]?.end === plus.start;
}

const FIRMS_PARTICLES: ReadonlySet<string> = new Set(FIRMS_AND_PLACES_PARTICLES);

/**
 * Drops particles and numerals a name cannot start with, and particles it cannot end with. After a
 * title or honorific a surname keeps its lower-case particles (`Ambassador van der Berghe`).
 */
function trimSegment(v: LineView, first: number, last: number, titled: boolean): { first: number; last: number } | undefined {
  first = afterCompanyName(v, first, last);
  // `CEO of Daeyang Textile Park Sung-ho`: a Korean name is a surname and a hyphenated given name, no more; but for
  // Hong Kong's English given name before the Cantonese one (`Secretary John Lee Ka-chiu`).
  // (`Vice President of KIAT PARK Ji-hoon`: a surname in capitals that is also a word.)
  const surname = v.tokens[last - 1];
  const korean = surname !== undefined && (KOREAN_SURNAME.test(surname.text) || (surname.allCaps && WORDS_ALSO_KOREAN_SURNAMES.has(surname.lower)));
  if (last - first >= 2 && KOREAN_GIVEN.test(v.tokens[last].text) && korean && !hasEnglishGivenName(v, first, last)) first = last - 1;
  while (first <= last && (v.cls[first] === 'numeral' || (v.cls[first] === 'particle' && !v.tokens[first].upper && !titled))) first++;
  // `Governor of Los Lagos Marcelo Aguilera`: a capitalised Spanish article and its word before a full name name a place.
  if (last - first >= 3 && PLACES_ARTICLES.has(v.tokens[first].text) && v.cls[first] === 'particle') first += 2;
  // (`Chief Executive Officer of Van Oord Maarten de Vries`: so do a capitalised particle and its word before a given name,
  // a lower-case particle and a surname; a firm's name, as a person's name holds its particles once.)
  // (Not an Arabic or Malay name's: `Abu Bakar Mamat bin Ismail`.)
  if (last - first >= 4 && v.cls[first] === 'particle' && v.tokens[first].upper && FIRMS_PARTICLES.has(v.tokens[first].lower) && v.cls[first + 2] === 'name' && v.cls[first + 3] === 'particle' && !v.tokens[first + 3].upper) first += 2;
  // `of the UNGA Annalena Baerbock`: words in capitals right after `the` are an organisation's acronym; so is one before a
  // given name and a Slavic or Turkic surname (`Council of IPA CIS Dmitriy Sergeyevich Kovalenko`, `from CIS Aleksandr Kornienko`).
  // (Not a surname in capitals after the acronym before one given name: `of the IAEA NAKAMURA Kenji`.)
  if (first > 0 && v.tokens[first - 1].lower === 'the') {
    const opening = first;
    // (A surname's length: not a second acronym before one name word, `the UN OCHA Kenji`, `the OSCE ODIHR Mecacci`.)
    while (first < last && v.cls[first] === 'caps' && !(first > opening && first + 1 === last && v.cls[last] === 'name' && isCapsSurname(v.tokens[first]))) first++;
  }
  else {
    let name = first;
    // (Not a surname in capitals before the given name and the patronymic: `ABENOV Yerlan Bekovich`.)
    while (name < last && (v.cls[name] === 'caps' || (v.cls[name] === 'org' && v.tokens[name].allCaps)) && !isSlavicSurname(v.tokens[name].lower)) name++;
    if (name > first && last - name >= 1 && isSlavicSurname(v.tokens[last].lower) && !isPatronymic(v.tokens[last].lower) && onlyNameWords(v, name, last + 1)) first = name;
  }
  while (last >= first && v.cls[last] === 'particle' && !endsAsianName(v, first, last) && !closesPatronymic(v, first, last)) last--;
  // `Line D`, `Samsung C&T`: a bare capital letter closes no name, nor opens one after `&` (`Samsung C&T Jung Hae-won`).
  while (last > first && v.cls[last] === 'name' && isBareLetter(v.tokens[last])) last--;
  // `Nordvind Energy A/S Søren Kjeldsen`: nor after the slash of a Nordic legal form.
  if (first < last && isBareLetter(v.tokens[first]) && (v.tokens[first - 1]?.text === '&' || v.tokens[first - 1]?.text === '/') && v.tokens[first - 1].end === v.tokens[first].start) first++;
  // `Kuehne+Nagel Matthias Keller`: nor does a word glued by `+` to the one before, a firm's second name.
  if (first < last && isGluedAfterPlus(v, first)) first++;
  if (first > last || (first === last && isActingAcronym(v, first))) return undefined;
  // `Wang Bin`, `Ngo Le Van`: the closing word is a name word, and counts as one.
  if (v.cls[last] === 'particle' && last > first) v.cls[last] = 'name';
  for (let k = first; k <= last; k++) {
    const t = v.tokens[k];
    if ((v.cls[k] === 'name' || v.cls[k] === 'caps') && t.kind === 'word' && t.text.length >= 2) return { first, last };
  }
  return undefined;
}
