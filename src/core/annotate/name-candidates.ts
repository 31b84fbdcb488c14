/**
 * Judges one segment of capitalised words: is it a person's name, anchored by
 * a title or honorific, shaped like a full name, or only a single word that
 * the rest of the article must confirm? Also attaches the role.
 */
import { GIVEN_NAME_COUNTRIES } from '../data/country-context';
import { ACADEMIC_STYLES, endsInInstitutionNoun, numberSignEnd, ROMANCE_ARTICLES, ROMANCE_FOR, JUDGES_COURTESIES, beforeRetiredMark, isLowerAcademicTitle, HELD_NOW, isNameWord, lowerWordOf, holdsSetOffName, HONOURS, isTermYear, saysNewlyTaken, isRankOrStyle, hasPluralTitle, isLowerQualifier, isLowerWords, listedNameEnd, speaksAt, isOpeningPhrasesObject, isPhraseOpener, PHRASE_OPENERS, opensHonour, isParticiple, isParticiplesObject, isRank, isMilitaryRank, isRoyalRole, isUnitOfTitle, hasComplement, isConstituencyFrom, isMembersChamber, lastWord, MEMBER_CHAMBER_SET, OPENING_PREPOSITIONS, PHRASE_END_MARKS, followsPlacePreposition, isSentenceStart, roleBefore, DASHES, FINITE_VERBS, PAST_VERBS, type LineView, type RoleBefore, type RoleSpan } from './role-phrase';
import { isRankOfService, MAX_SERVICE_WORDS, officeBeforeLowerRank, withLowerRankOpeners, withoutTrailingRank } from './role-rank';
import { FEATS, holdsNamePair, isAgeBetweenCommas, isAppointedAs, isHeadlineAppointment, roleAfter, roleAfterAppointing, servedOfficeStart } from './role-apposition';
import { ARABIC_ARTICLE_GLUED, CLUB_LETTERS, closesWithGivenAndSurname, IN_SURNAME, isPersonShapedRun, isSlavicSurname, onlyNameWords, opensFirmsName, opensWithSlavicSurname, type Segment } from './name-segments';
import { CLOSING_DOUBLE_QUOTES, isLetter, isSpace, isUpper, OPENING_DOUBLE_QUOTES } from './name-chars';
import { adjacent, firstWordOf, isVowellessLetters, type Token } from './name-tokens';
import { APPOINTING_ACTS, KIN_WORDS, POST_NAME_ADDRESSES, STYLE_TITLES } from '../data/titles';
import { DEGREES, GIVEN_NAME_RANKS, HEADLINE_VERB_SET, HONORARY_OPENERS, OCCUPATION_SET, isCommonEnglishWord, isLegalFormWord, isNationality, isPostNominal, isSeatLetters, isPluralHeadlineVerb, isWordClass, LINEAGE_LINKS, PLACE_CLOSER_SET, PLACE_DIRECTION_SET, WORDS_ALSO_VIETNAMESE_SURNAMES, HEAD_BEFORE_NAME_SET, type TokenClass } from './name-lexicon';
import { COMPANY_NOUNS, GROUP_NOUNS, HEADLINE_SMALL_WORDS, TITLE_AND_WORDS, MEDIA_NOUNS, NAMED_THING_NOUNS, PLACE_NAME_OPENERS, SHIP_PREFIXES, THINGS_NAMED_AFTER_PEOPLE, VESSEL_NOUNS, WORK_NOUNS } from '../data/name-stopwords';
import { ARTICLE_PREFIX } from '../data/name-particles';
import { COUNT_WORDS } from '../data/date-words';
import { isPatronymic, isPinyinGivenName, PATRONYMIC } from './name-match';

export interface Candidate {
  first: number;
  last: number;
  role?: RoleSpan;
  /** A title, honorific or apposition vouches for it. */
  anchored: boolean;
}

/** Answers whether the article writes a word in lower case somewhere (`data` vetoes `Big Data`). */
export interface WordUse {
  has(lowerWord: string): boolean;
}

/**
 * After this many distinct words an article's letter runs are indexed: most
 * articles ask about a few words, for which a scan each is cheapest, but one
 * scan per word of a long article full of distinct capitalised words would be
 * quadratic.
 */
const SCANS_BEFORE_INDEX = 16;

/** Looks words up in `body` on demand: only unanchored candidates ask, so most articles ask a few times. */
export function lowerCaseUse(body: string): WordUse {
  const memo = new Map<string, boolean>();
  let runs: LetterRuns | undefined;
  return {
    has(word: string): boolean {
      let found = memo.get(word);
      if (found === undefined) {
        if (runs === undefined && memo.size >= SCANS_BEFORE_INDEX) runs = new LetterRuns(body);
        found = runs ? runs.occursAsWord(word) : occursAsWord(body, word);
        memo.set(word, found);
      }
      return found;
    },
  };
}

/** Whether `word` occurs in `body` with no letter right before or after it. */
function occursAsWord(body: string, word: string): boolean {
  for (let i = body.indexOf(word); i >= 0; i = body.indexOf(word, i + 1)) {
    if (!letterAt(body, i - 1) && !letterAt(body, i + word.length) && !inCapitalisedCompound(body, i)) return true;
  }
  return false;
}

function letterAt(body: string, i: number): boolean {
  return i >= 0 && i < body.length && isLetter(body.charCodeAt(i));
}

const HYPHEN_CODE = 0x2d;

/** The word at `i` follows a hyphen inside a word that starts with a capital (`hoon` of `Sang-hoon`), which is no use in lower case. */
function inCapitalisedCompound(body: string, i: number): boolean {
  if (body.charCodeAt(i - 1) !== HYPHEN_CODE || !letterAt(body, i - 2)) return false;
  let start = i - 2;
  while (start > 0 && (letterAt(body, start - 1) || body.charCodeAt(start - 1) === HYPHEN_CODE)) start--;
  return isUpper(body.charCodeAt(start));
}

/**
 * The start positions of each maximal run of letters in a body. A word that
 * occurs with no letter around it starts where such a run starts, and that run
 * is the word's own leading run of letters: only those positions need a look.
 */
class LetterRuns {
  private readonly starts = new Map<string, number[]>();

  constructor(private readonly body: string) {
    for (let i = 0; i < body.length; ) {
      if (!isLetter(body.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < body.length && isLetter(body.charCodeAt(end))) end++;
      const run = body.slice(i, end);
      const list = this.starts.get(run);
      if (list) list.push(i);
      else this.starts.set(run, [i]);
      i = end;
    }
  }

  occursAsWord(word: string): boolean {
    let lead = 0;
    while (lead < word.length && isLetter(word.charCodeAt(lead))) lead++;
    if (lead === 0) return occursAsWord(this.body, word);
    const starts = this.starts.get(word.slice(0, lead)) ?? [];
    return starts.some((at) => (lead === word.length || (this.body.startsWith(word, at) && !letterAt(this.body, at + word.length))) && !inCapitalisedCompound(this.body, at));
  }
}

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const OPEN_QUOTES = codes('"“«„‘\'');
const CLOSE_QUOTES = codes('"”»’\'“');
/**
 * `Speaking`, `Clearly` opening a sentence; not a Chinese syllable (`Ding`, `Ying`, `Li`, `Ly`) nor `Mihály`, nor a Turkic
 * name ending in `-uly` (`Gurbanguly`, `Nurlanuly`).
 */
const VERB_LIKE = /^[a-z]{3,}(?:ing|(?<!u)ly)$/;
const STYLES = new Set(STYLE_TITLES);
/** Forms of address of a monarch, the last word of `His Majesty`, `HRH`. */
const ROYAL_ADDRESS = new Set(['majesty', 'highness', 'hrh', 'h.r.h.', 'h.m.', 'h.h.']);
const APPOSITION_CLOSERS = new Set([',', ')', '.', ';', '(']);
/** Before a title, they make it the object of a phrase (`By the Decree of the Head of State, X was appointed`, `In talks with the Leader of the Nation, X thanked`). */
const OBJECT_PREPOSITIONS = new Set(['of', 'with', 'by', 'to', 'from', 'for', 'at']);
/** Title words that make one office with a style after them (`Deputy Ambassador`, `Vice Chancellor`). */
const STYLE_PREFIXES = new Set(['deputy', 'vice', 'chief', 'under', 'assistant', 'associate']);

/** Classes of a word after an acronym that make the acronym a body's. */
const ACRONYMS_BODY_CLASSES: ReadonlySet<TokenClass | undefined> = new Set(['title', 'qualifier', 'org']);

/** The segment as a candidate, or nothing when it is no name at all. */
export function judgeSegment(v: LineView, seg: Segment, lowercaseWords: WordUse): Candidate[] {
  const found = judgeWords(v, seg, lowercaseWords);
  // Asked last, of the few segments that are names: most segments are not.
  return found.length > 0 && (inQuotedTitle(v, seg) || inBareWorksTitle(v, seg) || glossesBody(v, seg)) ? [] : found;
}

/**
 * `President of the Turkish Red Crescent (Türk Kızılay) Fatma Meriç Yılmaz`: a run filling brackets right after a body's
 * word, before the name of the office's holder, gives the body's name in its own language.
 */
function glossesBody(v: LineView, seg: Segment): boolean {
  const [open, close] = [seg.runFirst - 1, seg.runLast + 1];
  return v.tokens[open]?.text === '(' && v.tokens[close]?.text === ')' && (v.cls[open - 1] === 'org' || v.cls[open - 1] === 'stop') && v.tokens[open - 1].upper &&
    (v.cls[close + 1] === 'name' || v.cls[close + 1] === 'honorific');
}

function judgeWords(v: LineView, seg: Segment, lowercaseWords: WordUse): Candidate[] {
  if (namesNoPerson(v, seg)) return [];
  // `CEO of Groupe Lavergne Jean-Baptiste Lefort`: a group bears one family name, and a full name may follow it.
  if (namedAfterHead(v, seg)) {
    const bodys = officesBodyWords(v, seg);
    if (!namedAfterGroup(v, seg) && !closesParticlesBody(v, seg) && bodys === 0) return [];
    const first = seg.first + (bodys || groupsNameWords(v, seg));
    return first <= seg.last ? judgeSegment(v, { ...seg, first }, lowercaseWords) : [];
  }
  if (qualifiedByNationality(v, seg) || namesStateCompany(v, seg) || closesParticlesBody(v, seg) || closesRomanceBodysObject(v, seg) || closesBodysName(v, seg) || opensWithBodysLetters(v, seg) || opensWithLegalForm(v, seg)) return judgeSegment(v, { ...seg, first: seg.first + 1 }, lowercaseWords);
  if (isBodysAcronym(v, seg) || opensNextRole(v, seg)) return [];
  const honorific = seg.first > 0 && v.cls[seg.first - 1] === 'honorific';
  const before = seg.first > 0 ? heldRoleBefore(v, seg) : undefined;
  if (namesBusinessOrPlace(v, seg, before, honorific)) return [];
  return judgeHeld(v, seg, before, honorific, lowercaseWords);
}

/** The run is in a quotation, a document's, a thing's or a body's name, holds a numeral or is a number's sign: no one's name. */
function namesNoPerson(v: LineView, seg: Segment): boolean {
  // (`Decree of the President No. 1394`: the sign before a number.)
  return isQuoted(v, seg) || (seg.first === seg.last && numberSignEnd(v, seg.first) !== undefined) || isSlashedAgency(v, seg) || seg.orgAfter || namesSaintsPlace(v, seg) || inDocumentsName(v, seg) || namesDashedDocument(v, seg) || namesCalledThing(v, seg) || numeralInside(v, seg) || namesTitle(v, seg) || namesCountryBranch(v, seg) || namesPartnership(v, seg) || isBodysObject(v, seg) || namesEdition(v, seg) || namesModel(v, seg) || opensPossessiveName(v, seg) || namesThingAfterIt(v, seg) || isHeadedBody(v, seg) || closedByClubLetters(v, seg) || closesStyledHoldersBody(v, seg) || (seg.first === seg.runFirst && namesJointHonorees(v, seg.first, seg.runLast));
}

/**
 * `Rector of the University of Islamic Culture Nur-Mubarak, Dr. Khaled Fawzy`: a lone word after a body's words in an
 * office's complement, before a comma and a styled name who holds that office, closes the body's name.
 */
function closesStyledHoldersBody(v: LineView, seg: Segment): boolean {
  const k = seg.first;
  if (k !== seg.last || k !== seg.runLast || v.cls[k + 1] !== 'comma' || v.cls[k + 2] !== 'honorific' || v.cls[k + 3] !== 'name') return false;
  const body = v.cls[k - 1];
  if (!v.tokens[k - 1]?.upper || !(body === 'org' || body === 'qualifier') || !adjacent(v.text, v.tokens[k - 1], v.tokens[k])) return false;
  // (Not a list of names: `the Director of the Institute Karin, Dr. Aliya Nurova and Prof. Marat Seitkali`.)
  let end = k + 3;
  while (v.cls[end + 1] === 'name' || v.tokens[end + 1]?.kind === 'initial') end++;
  const next = v.tokens[end + 1];
  if (next?.lower === 'and' || (v.cls[end + 1] === 'comma' && v.tokens[end + 2]?.upper)) return false;
  const office = roleBefore(v, k);
  return office !== undefined && office.viaComplement && !office.viaComma && office.role.last === k;
}

/** Most name words of the second honoree of a body or an event named after two. */
const MAX_SECOND_HONOREE = 3;

/**
 * `the Abai and Rumi Readings`, `the Abai and Shakarim Museum`: a name from token `first` to `last` after `the`, joined by
 * `and` to another name right before a body's or an event's word, is one of the two it is named after.
 */
export function namesJointHonorees(v: LineView, first: number, last: number): boolean {
  // (`the international Abai and Rumi Readings`: maybe an event's adjective after `the`, not an occupation: `the soloist A
  // and Kurmangazy Orchestra musicians`.)
  const adjective = v.tokens[first - 1];
  const the = adjective?.lower === 'the' || (adjective?.words === 1 && isLowerWords(adjective) && EVENT_ADJECTIVE.test(lastWord(v, adjective)) && v.tokens[first - 2]?.lower === 'the');
  if (!the || v.tokens[last + 1]?.lower !== 'and') return false;
  let k = last + 2;
  while (k - last - 2 < MAX_SECOND_HONOREE && v.cls[k] === 'name' && adjacent(v.text, v.tokens[k], v.tokens[k + 1] ?? v.tokens[k])) k++;
  // (`the curator A and Kasteyev Museum director B`: nor a body whose office follows it.)
  return k > last + 2 && v.cls[k] === 'org' && v.tokens[k].upper && v.cls[k + 1] !== 'title';
}

/** An event's or an honoree's adjective between `the` and the honorees (`international`, `annual`, `republican`, `great`). */
const EVENT_ADJECTIVE = /^(?:[a-z]+al|annual|republican|joint|great|famous)$/;

/** `beating Paris FC 3-1`: a club's letters in capitals closing the run name the club (not letters after a name: `X SC`). */
function closedByClubLetters(v: LineView, seg: Segment): boolean {
  const t = v.tokens[seg.runLast];
  return seg.runLast > seg.runFirst && t.allCaps && CLUB_LETTERS.has(t.lower) && !isPostNominal(t);
}

/** A lone acronym that names a body: before a title's or a body's word, or before its members' plural noun. */
function isBodysAcronym(v: LineView, seg: Segment): boolean {
  const { first, last } = seg;
  if (first !== last || v.cls[first] !== 'caps') return false;
  // `National Coordinator SIFC Lt Gen (retd) X`: an acronym right before a title names the body of the office before it, and
  // one before a body's word names a body (`Chairman-in-Office for CICA Affairs`).
  if (v.cls[first - 1] !== 'honorific' && ACRONYMS_BODY_CLASSES.has(v.cls[last + 1]) && adjacent(v.text, v.tokens[last], v.tokens[last + 1])) return true;
  // `fellow ASEAN countries`: an acronym before its members' plural noun qualifies them (not a name in capitals after its
  // capitalised title: `Prime Minister MODI …`).
  // (`Foreign Ministers CIS countries`: not after a plural title.)
  const titledCaps = (v.cls[first - 1] === 'title' && v.tokens[first - 1].upper && !hasPluralTitle(v, first - 1, first - 1)) || v.cls[first - 1] === 'honorific';
  return !titledCaps && namesMembers(v, last + 1);
}

/** The run, with the office `before` it (if any), names a business, a unit's place, a company in a list, or a place. */
function namesBusinessOrPlace(v: LineView, seg: Segment, before: RoleBefore | undefined, honorific: boolean): boolean {
  const { first, last } = seg;
  // `President Director of PT Nusantara Energi,`: an office that ends in a legal form written before a firm's name is the firm's
  // (not `CEO of PT Pertamina Nicke Widyawati`, the firm's one word and a full name).
  if (before && before.role.last === seg.first - 1 && seg.last - seg.first < 2 && opensFirmsName(v, seg.first - 1) && !isPersonShaped(v, seg)) return true;
  // `Rio Grande do Sul State Governor X`: untitled words before a unit and a title name the title's place.
  if (!before && isUnitOfTitle(v, seg.last + 1)) return true;
  // `representatives of … and the family-owned company Brandt Kühltechnik`: a plural title's object is no one person.
  // `X, President of the French company Lumière Énergies`: nor is one closing the office another's apposition gives.
  // `Chairman of the Management Board of Austrian Company Steinhauser Industrie`: nor one whose noun closes the office
  // in a title-case headline (in a sentence, `the head of the company Anna Berg` is the head).
  // `Erdenes Mongol, the state-owned mining company`: an untitled name its apposition says is a business.
  // `Sergei Voronin, a third-generation miner`: not a name shaped as a person's after a trade's noun.
  if (!before && !honorific && isDescribedAsCompany(v, seg.last) && !(isPersonShaped(v, seg) && PERSONS_TRADES.has(describedNoun(v, seg.last)))) return true;
  // (`members of the … parliamentary friendship group A and B`: a group's members are people.)
  const written = before && isGroupsMembers(v, before.role) ? undefined : companyNounBefore(v, seg);
  const noun = written === 'unit' && isUnitWorkedAt(v, seg.first, before?.role) ? undefined : written;
  // (`Senior Vice President of the French company Lumière Gaz, Jean-Pierre Moreau, discussed`: nor one the office's holder
  // follows, set off by commas.)
  if (noun !== undefined && (VESSEL_NOUN_SET.has(noun) || !before || (v.titleCase && before.role.last === seg.first - 1) || (seg.last - seg.first < 2 && (hasPluralTitle(v, before.role.first, before.role.last) || isAppositionOf(v, before.role) || holdsSetOffName(v, seg.last + 1))))) return true;
  // `X, CEO of the agribusiness group Terra Viva Agro, came`: in another name's apposition, a run of name words after a
  // company's noun is the company, whole (not `… group Alpenstahl AG Markus Brunner`, whose legal form ends the company).
  if (before && isAppositionOf(v, before.role) && namedByCompanyNoun(v, { ...seg, first: seg.runFirst }) && onlyNameWords(v, seg.runFirst, seg.first)) return true;
  // (`X, Chairman of … of JSC Sovereign Wealth Fund Samruk-Kazyna, who …`: so is one word after the body's capitalised word.)
  if (before && isAppositionOf(v, before.role) && namesBodyAfterItsWord(v, seg)) return true;
  // `Chairman of … of Xinjiang Tianshan Grain and Oil Group X`: the words before a body's `and` whose name an organisation's
  // word closes are the body's.
  if (before?.viaComplement && opensObjectAt(v, seg.first) && opensJoinedBodysName(v, seg.last + 1) && !isPersonShaped(v, seg)) return true;
  // `representatives of Lotte Chemical, Samsung C&T and Korea Zinc`: a common word closing a plural title's list is a company's.
  if (before && first === last && isCommonEnglishWord(v.tokens[first].lower) && hasPluralTitle(v, before.role.first, before.role.last)) return true;
  // `representatives of TotalEnergies, Air Liquide, Alstom and Vicat`: one word listed inside a plural title's complement.
  // `… and the Adelaide-based Santos`: one word after `the` and a place's `-based` is a business.
  return first === last && (inPluralTitlesList(v, first) || isBasedBusiness(v, first));
}

/** The run at `first` opens an office's object: right after `of`, or after one place's word after it (`of Xinjiang Tianshan …`). */
function opensObjectAt(v: LineView, first: number): boolean {
  const k = first - 1;
  return v.tokens[k]?.lower === 'of' || ((v.cls[k] === 'stop' || v.cls[k] === 'name') && v.tokens[k - 1]?.lower === 'of');
}

/** Token `k` is an `and` that joins a body's name before the name of the one who holds the office (`and Oil Group Li Weidong`). */
function opensJoinedBodysName(v: LineView, k: number): boolean {
  const word = joinedBodysWordAfter(v, k);
  return word !== undefined && v.cls[word + 1] === 'name';
}

/**
 * Token `k` is an `and` before one or two capitalised words and an organisation's word that closes a body's name (`Grain
 * and Oil Group`): where that word is.
 */
function joinedBodysWordAfter(v: LineView, k: number): number | undefined {
  if (v.tokens[k]?.lower !== 'and') return undefined;
  for (let j = k + 1; j <= k + 3 && v.tokens[j]?.upper && v.tokens[j].kind === 'word' && (j === k + 1 || adjacent(v.text, v.tokens[j - 1], v.tokens[j])); j++) {
    if (j > k + 1 && v.cls[j] === 'org' && COMPANY_ORG_WORDS.has(v.tokens[j].lower)) return j;
  }
  return undefined;
}

const COMPANY_ORG_WORDS: ReadonlySet<string> = new Set(['group', 'company', 'corporation', 'holding', 'holdings', 'industries', 'enterprises']);

/** The run as a name with its role: the office `before` it, the apposition after it, or what the article says of it. */
function judgeHeld(v: LineView, seg: Segment, before: RoleBefore | undefined, honorific: boolean, lowercaseWords: WordUse): Candidate[] {
  const { first, last } = seg;
  // `of Upper Bavaria Konrad Schober`: the run opens with a place word the segment left out.
  // `Managing Director for Rolling Stock X Y`: or with a capitalised common word whose phrase the segment's first word closes.
  const opening = first === seg.runFirst + 1 && (PLACE_DIRECTION_SET.has(v.tokens[seg.runFirst].lower) || opensCommonPhrase(v, seg)) ? seg.runFirst : first;
  if (before && opening === seg.runFirst && (v.cls[opening - 1] === 'connector' || isConstituencyFrom(v, opening - 1)) && before.viaComplement) {
    return complementObject(v, { ...seg, first: opening }, before.role);
  }
  const after = appositionAfter(v, seg);
  if (before && isGivenNameRank(v, before.role, first, after)) {
    // `Major General Sultan Kamaletdinov`: the titles before the rank are the role.
    // (`Minister of Foreign Affairs H.E. Sultan Al-Muraikhi`: past the forms of address before it.)
    let k = first - 2;
    while (k >= 0 && v.cls[k] === 'honorific') k--;
    const titled = k >= 0 && (k === first - 2 || v.cls[k] !== 'comma') ? roleBefore(v, k) : undefined;
    return [{ first: first - 1, last, role: chooseRole(v, titled, after), anchored: true }];
  }
  // `Director for Disarmament, Arms Control and Non-Proliferation`, `Commissioner for Climate, Net Zero and Clean Growth`:
  // words listed after the comma of an office's portfolio, or common words after any office's, name a field.
  // (Before capitalised common words and the office's holder, not another name or title: `The Minister for Trade, Ali
  // Khan and Anna Berg`, `The Minister for Europe, Stephen Doughty and Central Asia experts`.)
  const listedField = allCommonEnglish(v, first, last) || (isPortfolioOffice(v, before?.role) && fieldsBeforeHolder(v, last + 2));
  if (before?.viaComma && listedField && v.tokens[last + 1]?.lower === 'and' && v.tokens[last + 2]?.upper) return [];
  // `… includes A as Minister for Foreign Affairs, B as Minister of Defense`: the office across the comma is A's.
  const ownOffice = before?.viaComma === true && v.tokens[last + 1]?.lower === 'as' && v.cls[last + 2] === 'title';
  const role = chooseRole(v, ownOffice ? undefined : before, after) ?? seatAfter(v, last);
  // A title right before vouches for one word (`Minister Bayramov`); a role through a comma or a
  // complement only for a full name: in `Foreign, Commonwealth and ...` or `for Performance Improvement` it is no name.
  // `King of Spain Felipe VI`, `President of Kazakhstan Tokayev`: a country (or a portfolio) closes the complement, so one word after it is the name.
  // …but a common English word after a complement closes it (`Minister for Climate Change and Energy`).
  const closed = closedByCountry(v, first) || closedByPortfolio(v, first) || closedByBracket(v, first);
  const titled = before !== undefined && (before.viaComma ? isRoyalsGivenName(v, before.role, first, last) : (!before.viaComplement || (closed && !(first === last && isCommonEnglishWord(v.tokens[first].lower)))));
  // `Fadillah, who is also Minister of Energy …`: a relative clause that gives an office makes one word a person's name.
  if (honorific || titled || (role && (nameWords(v, { first, last }) >= 2 || isWhoAfter(v, last) || isTitledApposition(v, seg, role, after)))) return [{ first, last, role, anchored: true }];
  if (!role && isCounterpartsName(v, seg)) return [{ first, last, role, anchored: true }];
  // `a resident of Zhanatas Ainur Beisenova`: the place is one word, and a full name follows it.
  if (seg.last - seg.first >= 2 && seg.first === seg.runFirst && followsResidentOf(v, seg.first)) return judgeSegment(v, { ...seg, first: seg.first + 1 }, lowercaseWords);
  if (!role && (isPlaceAfterPreposition(v, seg) || listedBeforePluralPlaceNoun(v, seg.last) || isStopOfRoute(v, seg))) return [];
  return unanchored(v, first, last, role, lowercaseWords);
}

/** Capitalised common words from token `k` on, then a name (`Clean Growth Wopke Hoekstra`). */
function fieldsBeforeHolder(v: LineView, k: number): boolean {
  let j = k;
  while (j - k < MAX_FIELD_WORDS && v.cls[j] === 'stop' && v.tokens[j].upper) j++;
  return j > k && v.cls[j] === 'name';
}

const MAX_FIELD_WORDS = 4;

/** An office whose complement is a portfolio after `for` (`Commissioner for Climate`). */
function isPortfolioOffice(v: LineView, role: RoleSpan | undefined): boolean {
  if (role === undefined) return false;
  for (let k = role.first; k <= role.last; k++) if (v.tokens[k].lower === 'for' && v.cls[k - 1] === 'title') return true;
  return false;
}

/** A comma and `who` right after token `last`. */
/**
 * `He met Sutrisno, Minister of Trade of Indonesia.`, `In May Ashimbayev, Chairman of the Senate, …`: one word that a
 * capitalised title's office set off by commas follows, and no preposition or connector goes before, is a person's name;
 * not letters in capitals, nor a word before a board's office unless shaped as a Slavic or Turkic surname (a company:
 * `with Kaspi, Chairman of the Board of Directors,`).
 */
function isTitledApposition(v: LineView, seg: Segment, role: RoleSpan, after: RoleSpan | undefined): boolean {
  const { first, last } = seg;
  const word = v.tokens[first];
  if (role !== after || first !== last || v.cls[last + 1] !== 'comma' || role.first !== last + 2 || isCommonEnglishWord(word.lower) || word.allCaps) return false;
  if (BOARD_WORDS.has(v.tokens[role.last].lower) && !opensWithSlavicSurname(word.lower) && !IN_SURNAME.test(word.lower)) return false;
  const close = v.tokens[role.last + 1];
  // (Not a see's or a peer's place after `of`: `Metropolitan Serafim of Volokolamsk, Chairman of …`.)
  return v.cls[role.first] === 'title' && v.tokens[role.first].upper && (close === undefined || close.text === ',' || close.text === '.') && !isPlaceAfterPreposition(v, seg) && v.cls[first - 1] !== 'connector';
}

/** Last words of a company board's office (`Chairman of the Management Board`, `… of the Board of Directors`). */
const BOARD_WORDS: ReadonlySet<string> = new Set(['board', 'directors', 'trustees']);

function isWhoAfter(v: LineView, last: number): boolean {
  const next = v.tokens[last + 2];
  return v.cls[last + 1] === 'comma' && next !== undefined && firstWordOf(v.text, next) === 'who';
}

/** `the King of Spain, Felipe VI,`, `The Princess of Wales, Catherine,`: a royal's given name (and numeral) set off by commas. */
function isRoyalsGivenName(v: LineView, role: RoleSpan, first: number, last: number): boolean {
  const end = v.cls[last + 1] === 'numeral' ? last + 2 : last + 1;
  return nameWords(v, { first, last }) === 1 && isRoyalRole(v, role) && v.cls[end] === 'comma' && !isCommonEnglishWord(v.tokens[first].lower);
}

/** The run opens with a capitalised common word whose phrase the segment's first word goes on, before a full name. */
function opensCommonPhrase(v: LineView, seg: Segment): boolean {
  const opening = v.tokens[seg.runFirst];
  return v.cls[seg.runFirst] === 'stop' && opening.kind === 'word' && seg.last - seg.first >= 2 && isCommonEnglishWord(opening.lower);
}

/**
 * The role before the segment, but for one across a comma that is the object of a preposition when no comma
 * closes the name: in `By the Decree of the Head of State, Ruslan Zhaksylykov was appointed` the title is another
 * person's; in `At the invitation of the Minister, Murat Nurtleu, the delegation …` it is his.
 */
function heldRoleBefore(v: LineView, seg: Segment): RoleBefore | undefined {
  const before = officeBeforeLowerRank(v, seg.first - 1) ?? roleBefore(v, seg.first - 1);
  // `presented to People's Artist of Kazakhstan, singer X and …`: the occupation ties the honour to the name whatever
  // governs it.
  if (before === undefined) return honoraryBeforeOccupation(v, seg.first) ?? majorBefore(v, seg);
  // `Anna Berg, adviser to the President Kassym-Jomart Tokayev`: the serving office is the name before's, this one's what it serves.
  // (`Foreign Minister A, Aide to the President B`: not in a list of titled names.)
  // `Special Envoy of President Lee Jae-myung, former Prime Minister … Kim Boo-kyum`: a bare office served is the name's own
  // style when the one serving is named after it.
  const served = before && !before.viaComma && ((isAppositionOf(v, before.role) && !isTitledList(v, before.role)) || isServedStyle(v, before.role, seg)) ? servedOfficeStart(v, before.role.first, before.role.last) : undefined;
  if (served !== undefined) return { role: { first: served, last: before.role.last }, viaComplement: false, viaComma: false };
  // `at the level of deputy ministers, A and B`: a plural title's list goes on after the first name (not one
  // named by a sentence's opening phrase: `By the decision of the Board of Directors of X, A was appointed`).
  // `… rests with the akims, Bektenov emphasized`: a lone speaker after a plural object is no item of its list.
  const plural = hasPluralTitle(v, before.role.first, before.role.last);
  if (before.viaComma && plural && speaksAt(v, seg.runLast + 1)) return undefined;
  // `Among the observers Ivan Petrov noted …`: a group one is among is no office of the name after it.
  if (plural && isAmongBefore(v, before.role.first)) return undefined;
  if (!before.viaComma || (plural && !isOpeningPhrasesObject(v, before.role.first))) return before;
  if (isLettersAfterName(v, before.role)) return undefined;
  if (isUntitledNamesApposition(v, before.role.first)) return undefined;
  // `the appointment of A as Ambassador to Austria, B as Ambassador to Qatar`: B's office is the one after `as`.
  if (isAppointedAs(v, seg.first)) return undefined;
  if (followsOpeningPhrasesName(v, seg, before)) return undefined;
  // `Kazakh FM, Lavrov Hold Talks`: before a plural verb the comma joins two subjects.
  if (isPluralHeadlineVerb(v.tokens[seg.last + 1])) return undefined;
  return officeOfPhrasesObject(v, seg, before);
}

/** `among` (maybe with `the`) right before token `k`. */
function isAmongBefore(v: LineView, k: number): boolean {
  const j = v.tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  return j >= 0 && lastWord(v, v.tokens[j]).toLowerCase() === 'among';
}

/**
 * `In talks with X, Minister of …, Y discussed`, `With Ambassador X, the UK Chargé d’Affaires, Y discussed`: the office
 * `before` the segment, set off by commas, follows an opening phrase's name, whose it is.
 */
function followsOpeningPhrasesName(v: LineView, seg: Segment, before: RoleBefore): boolean {
  const the = v.tokens[before.role.first - 1]?.lower === 'the';
  const opening = the ? before.role.first - 2 : before.role.first - 1;
  // (The phrase ends in a name, maybe a monarch's numeral: not in a place, `Speaking on behalf of Islamabad, Pakistan’s SCO
  // National Coordinator, Ms. X, proposed`, nor an adverb, `In parallel, Saudi Arabia’s Deputy Minister …, X, led`.)
  // (`Speaking to Nicholas Ashworth OBE, Ambassador …, Tokayev recalled`: maybe letters after it.)
  // (`In Paris, the Ambassador of Kazakhstan to France, X, spoke`: one word after a place's preposition is a place, even
  // a capital that is someone's name too.)
  const nameEnd = beforeLetters(v, opening - 1);
  const named = v.cls[nameEnd] === 'name' || (!the && v.cls[nameEnd] === 'numeral');
  const nameStart = nameStartBefore(v, nameEnd);
  const place = nameStart === nameEnd && followsPlacePreposition(v, nameStart);
  // (`At the invitation of President A, the President of Uruguay, B, made …`: not an office after `the` when the phrase's
  // name has its title and this name is set off before the clause's verb: the office and the name are the subject.)
  const subject = the && v.cls[nameStart - 1] === 'title' && closesBeforeVerb(v, { first: seg.first, last: seg.runLast });
  return v.cls[opening] === 'comma' && named && !place && !subject && inOpeningPhrase(v, nameStart);
}

/**
 * The office `before` the segment across a comma, when an opening phrase's preposition or participle governs it: the
 * name's only where the name closes as an apposition does and no relative clause makes it the sentence's subject.
 */
function officeOfPhrasesObject(v: LineView, seg: Segment, before: RoleBefore): RoleBefore | undefined {
  let k = before.role.first - 1;
  // (`Answering a question from a journalist of …, X said`, `Together with a Deputy Minister …, X inspected`: an indefinite's
  // office in a sentence that opens with such a phrase is someone else's too; `X met with a Deputy Minister …, Y who …`
  // keeps Y's.)
  if (v.tokens[k]?.lower === 'the' || (INDEFINITES.has(v.tokens[k]?.lower ?? '') && opensWithPhrase(v, k))) k--;
  // `Congratulating the Ambassador on …, Ye. Kaliyev thanked`: the object of an opening participle too.
  if (!OBJECT_PREPOSITIONS.has(v.tokens[k]?.lower ?? '') && !(k >= 0 && v.tokens[k].upper && isParticipleOpening(v, k))) return before;
  // (`met with Lord Speaker …, Baroness X of Kendal, and …`: past a peer's territory.)
  const closing = v.tokens[afterPeerage(v, seg.first, seg.runLast + 1)]?.text;
  // `By the Decree of the Head of State, X, who has served as …, has been appointed`: a relative clause after the
  // comma (or an apposition of a past post: `X, previously Director of …,`) makes the name the sentence's subject.
  // (`By Decree of the President, X, former Minister of Justice, …`: a former post too, after a decree's author; not after
  // an invitation's: `At the invitation of the Prime Minister, X, former Head of …, the delegation visited`.)
  const after = v.tokens[seg.runLast + 2];
  const formerAfterDecree = after !== undefined && lowerWordOf(v, after) === 'former' && isDecreesAuthor(v, before.role.first);
  const relative = closing === ',' && isOpeningPhrasesObject(v, before.role.first) && (opensSubjectsClause(v, after) || formerAfterDecree);
  // `led by Chair of the Delegation …, Mrs. X from Latvia` (or `of Switzerland`, `of the Republic of Korea`): the state one
  // comes from closes the name too, but for the clause's subject before its verb (`At the meeting with the Minister, X of
  // the Republic of Kazakhstan presented …`, `…, X of the Kazakh side emphasized …`).
  const state = v.tokens[seg.runLast + 2]?.lower === 'the' ? seg.runLast + 3 : seg.runLast + 2;
  const fromState = (closing === 'from' || closing === 'of') && v.cls[state] === 'country' && !isVerbAfterState(v, state);
  return (closing === undefined || APPOSITION_CLOSERS.has(closing) || fromState) && !relative ? before : undefined;
}

/**
 * A finite verb follows the state's name from token `state` on, maybe past up to three nouns of its body or a phrase of
 * one's turn (`of the Kazakh business community presented`, `of Korea in his speech noted`, `of Korea notes`); not after a
 * preposition or a relative pronoun (`of Korea who noted …`, `of Korea to discuss …`, `… during the forum dedicated to`).
 */
function isVerbAfterState(v: LineView, state: number): boolean {
  let k = state;
  while (k < v.tokens.length && (v.cls[k] === 'country' || v.tokens[k].lower === 'of' || v.tokens[k].lower === 'the' || v.tokens[k].upper)) k++;
  const t = v.tokens[k];
  if (t === undefined || t.upper || t.kind === 'punct') return false;
  const text = /^[\p{Ll} -]*/u.exec(v.text.slice(t.start, t.start + VERB_AFTER_STATE_READ))![0];
  const words = text.replace(TURN_PHRASE, '').split(' ');
  for (let j = 0; j < MAX_NOUNS_BEFORE_VERB + 1 && j < words.length; j++) {
    if (isSubjectsVerb(words[j])) return true;
    if (NOT_NOUNS.has(words[j]) || words[j].endsWith('ed')) return false;
  }
  return false;
}

const VERB_AFTER_STATE_READ = 60;
const MAX_NOUNS_BEFORE_VERB = 3;
/** `in his speech`, `for her part`, `in turn` before a subject's verb. */
const TURN_PHRASE = /^(?:(?:in|for|on) (?:his|her|their|its|our) (?:speech|part|turn|address|statement|remarks)|in turn) /;
/** Words no body's noun is: articles, prepositions, relative pronouns, conjunctions. */
const NOT_NOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'to', 'and', 'on', 'at', 'in', 'a', 'an', 'the', 'during', 'amid', 'for', 'with', 'of', 'by', 'from', 'after', 'before', 'as', 'about', 'within', 'under', 'over', 'into', 'among']);
/** Verbs of speaking and holding in the present a clause's subject may take (`X of Korea notes that …`). */
const PRESENT_VERBS: ReadonlySet<string> = new Set(['notes', 'thanks', 'believes', 'says', 'stresses', 'emphasizes', 'emphasises', 'underlines', 'proposes', 'expects', 'hopes', 'considers', 'welcomes', 'supports', 'invites', 'informs', 'urges', 'announces', 'expresses', 'presents', 'calls']);

/** A finite verb of a clause's subject: a past in -ed, an irregular past or another finite verb. */
function isSubjectsVerb(word: string): boolean {
  return (word.endsWith('ed') && word.length > 4) || PAST_VERBS.has(word) || FINITE_VERBS.has(word) || IRREGULAR_PASTS.has(word) || PRESENT_VERBS.has(word);
}

const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * The sentence holding token `k` opens with a preposition, a participle or a conjunction (`Accompanied by`, `On Monday,
 * together with`, `When the Ambassador met with`), not with its subject (`X met with`, `The Ambassador was welcomed by`).
 */
function opensWithPhrase(v: LineView, k: number): boolean {
  let j = k;
  while (j > 0 && k - j < MAX_SENTENCE_LEAD && !SENTENCE_ENDS.has(v.tokens[j - 1].text)) j--;
  const first = v.tokens[j];
  return isPhraseOpener(first) || (first.upper && (first.lower.endsWith('ed') || PHRASE_OPENING_WORDS.has(first.lower)));
}

/** Most tokens read back from an indefinite to its sentence's first word. */
const MAX_SENTENCE_LEAD = 40;
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '?', '!', '”', '"']);
/** Conjunctions and adverbs that open a sentence's phrase before its subject. */
const PHRASE_OPENING_WORDS: ReadonlySet<string> = new Set([...PHRASE_OPENERS, 'when', 'while', 'as', 'once', 'before', 'since', 'also', 'later', 'meanwhile']);

/** The token before the letters after a name that end at token `k` (`OBE`, `KCB KC`), or `k`. */
export function beforeLetters(v: LineView, k: number): number {
  let j = k;
  while (k - j < MAX_LETTERS && j > 0 && v.cls[j] !== 'name' && isPostNominal(v.tokens[j])) j--;
  return j;
}

const MAX_LETTERS = 4;

/**
 * `Major Daulet Nurpeisov`, `Major of Civil Protection Aigerim Seitkali`: `Major` alone, or with its service, right before a
 * full name is the rank (it qualifies `Major General`, a word elsewhere).
 */
function majorBefore(v: LineView, seg: Segment): RoleBefore | undefined {
  const last = seg.first - 1;
  const major = v.tokens[last]?.lower === 'major' ? last : majorOfService(v, last);
  const t = v.tokens[major];
  if (t?.lower !== 'major' || !t.upper || seg.last === seg.first || !adjacent(v.text, v.tokens[last], v.tokens[seg.first])) return undefined;
  return { role: { first: major, last }, viaComplement: false, viaComma: false };
}

/** Where `Major` stands before `of` and a service of a few capitalised words ending at token `last`, or -1. */
function majorOfService(v: LineView, last: number): number {
  for (let k = last; k > last - MAX_SERVICE_WORDS && v.tokens[k]?.upper; k--) {
    if (v.tokens[k - 1]?.lower === 'of') return v.tokens[k - 2]?.lower === 'major' ? k - 2 : -1;
  }
  return -1;
}

/** The office at `first` is the author of a decree or an order an opening phrase names (`By Decree of the President`). */
function isDecreesAuthor(v: LineView, first: number): boolean {
  const of = v.tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  return v.tokens[of]?.lower === 'of' && APPOINTING_ACT_SET.has(v.tokens[of - 1]?.lower ?? '');
}

const APPOINTING_ACT_SET: ReadonlySet<string> = new Set(APPOINTING_ACTS);

/** Words that open a clause about the subject after its name's comma (`who has served as`, `previously Director of`). */
const SUBJECT_CLAUSE = /^(?:who|previously|formerly|earlier|until recently|currently) /;

function opensSubjectsClause(v: LineView, t: Token | undefined): boolean {
  return t !== undefined && !t.upper && SUBJECT_CLAUSE.test(v.text.slice(t.start, t.start + 16));
}

/**
 * `People's Artist of Kazakhstan, singer X`, `…, soloist of the Astana Opera X`, `the Honorary Consul of Kazakhstan in
 * Debrecen, Hungarian entrepreneur X`, `the President of the Wrestling Federation, Olympic champion X`: an honorary
 * title or an office across a comma and the name's occupation, maybe with its nationality or the company one works in.
 */
function honoraryBeforeOccupation(v: LineView, first: number): RoleBefore | undefined {
  const at = occupationBefore(v, first);
  const occupation = v.tokens[at];
  // (`…, oil worker X`: the occupation's noun may have a word before it; `two-time world middleweight champion X`: a feat more.)
  const word = occupation === undefined ? '' : lastWord(v, occupation);
  if (occupation === undefined || occupation.words > (FEATS.has(word) ? MAX_FEAT_WORDS : 2) || occupation.upper || !OCCUPATION_SET.has(word)) return undefined;
  // (`…, Olympic champion X`, `two-time world champion X`: a games' word and a count of wins before a feat.)
  let comma = (v.cls[at - 1] === 'country' && isNationality(v.tokens[at - 1].lower)) || (FEATS.has(word) && GAMES.has(v.tokens[at - 1]?.lower ?? '')) ? at - 2 : at - 1;
  if (FEATS.has(word) && v.tokens[comma]?.lower.endsWith('-time')) comma--;
  // (`former WBA and IBF world champion X`: a feat's former holder, and the bodies whose title it was.)
  for (let n = 0; FEATS.has(word) && n < MAX_FEAT_LEAD && isFeatsLead(v, comma) && !joinsOfficeToFeat(v, comma); n++) comma--;
  // (`the President of the National Olympic Committee and former world champion X`: or `and` after an office.)
  if (FEATS.has(word) && joinsOfficeToFeat(v, comma)) {
    const office = roleBefore(v, comma - 1);
    return office !== undefined && office.role.last === comma - 1 && namesOffice(v, office.role) ? office : undefined;
  }
  if (v.cls[comma] !== 'comma') return undefined;
  const honour = honourOrOfficeBefore(v, comma);
  // (`People’s Artist of Kazakhstan, professor at the … Conservatory, pianist X`: or one before a lower-case post's comma.)
  const post = honour === undefined ? roleBefore(v, comma) : undefined;
  return honour ?? (post !== undefined && v.cls[post.role.first - 1] === 'comma' ? honourOrOfficeBefore(v, post.role.first - 1) : undefined);
}

/** The honorary title or the office that ends at the comma at token `comma`, before an occupation. */
function honourOrOfficeBefore(v: LineView, comma: number): RoleBefore | undefined {
  const honour = roleBefore(v, comma);
  // (`met with A, Chairperson of the Union of Writers, poet B and publicist C`: an apposition of an untitled name before it
  // opens a list, whose next item the occupation starts; not after a titled one: `Akim of Astana A, People's Artist of
  // Kazakhstan, singer B`.)
  if (honour === undefined || (isAppositionOf(v, honour.role) && isUntitledNameBefore(v, honour.role))) return undefined;
  // (`the Kazakh honorary consul in Kolkata, industrialist X`: after the state's adjective.)
  const { first: opening, last: closing } = honour.role;
  const opener = v.cls[opening] === 'country' && opening < closing ? opening + 1 : opening;
  // `Hero of Kazakhstan, cosmonaut X`: the state's highest title, too, and an office of a capitalised title that no opening
  // phrase or participle governs (not `On behalf of the Prime Minister, Olympic champion X presented …`).
  // (`the federation’s president, Olympic champion X`: or a lower-case one that a body's possessive owns.)
  const office = (namesOffice(v, honour.role) || isOwnedTitle(v, honour.role)) && !isOpeningPhrasesObject(v, opening) && !isParticiplesObject(v, opening);
  return isHonourAt(v, opener) || v.tokens[opener].lower === 'honorary' || office ? honour : undefined;
}

/** Token `k` is `and` after an office's last word, not between two acronyms (`WBA and IBF`). */
function joinsOfficeToFeat(v: LineView, k: number): boolean {
  const before = v.tokens[k - 1];
  return v.tokens[k]?.lower === 'and' && before !== undefined && !(before.allCaps && before.kind === 'word') && (v.tokens[k + 1]?.lower === 'former' || FEAT_TIMES.has(v.tokens[k + 1]?.lower ?? ''));
}

/** Token `k` is an acronym, `and` or a word of time before a feat (`former WBA and IBF world champion`). */
function isFeatsLead(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return t !== undefined && ((t.allCaps && t.kind === 'word') || t.lower === 'and' || FEAT_TIMES.has(t.lower));
}
const FEAT_TIMES: ReadonlySet<string> = new Set(['former', 'reigning', 'current', 'ex-', 'retired']);
/** Most tokens of such a lead. */
const MAX_FEAT_LEAD = 5;

/** A role that ends in a title its owner's possessive goes before (`the federation’s president`). */
function isOwnedTitle(v: LineView, role: RoleSpan): boolean {
  return role.last > role.first && v.cls[role.last] === 'title' && v.cls[role.last - 1] === 'possessive';
}

/** Most words of a feat's description before a name (`two-time world middleweight champion`). */
const MAX_FEAT_WORDS = 4;
/** Games a champion is named by (`Olympic champion X`). */
const GAMES: ReadonlySet<string> = new Set(['olympic', 'paralympic', 'world', 'asian', 'european']);

/** Most capitalised words of the company after an occupation's `of`. */
const MAX_COMPANY_WORDS = 4;

/** Where the occupation before the name at `first` stands: right before it, or before `of`, maybe `the`, and a capitalised company. */
function occupationBefore(v: LineView, first: number): number {
  let k = first - 1;
  while (k > 0 && first - k <= MAX_COMPANY_WORDS && v.tokens[k].upper && v.tokens[k].kind === 'word') k--;
  if (k === first - 1) return k;
  if (v.tokens[k]?.lower === 'the') k--;
  return v.tokens[k]?.lower === 'of' ? k - 1 : first - 1;
}

/** Most lower-case tokens between the phrase's first word and the name's preposition. */
const MAX_OPENING_PHRASE = 6;

/**
 * `With Dr. X`, `In his talks with X`, `In his message to X`, `Addressing X`: the name at token
 * `first` is the object of a sentence's opening phrase.
 */
function inOpeningPhrase(v: LineView, first: number): boolean {
  let k = first - 1;
  // `In his message to King Carl XVI Gustaf, …`: past the name's forms of address and title.
  while (k > 0 && (v.cls[k] === 'honorific' || v.cls[k] === 'title')) k--;
  if (k < 0) return false;
  if (v.tokens[k].upper) return opensPhrase(v, k);
  if (!OBJECT_PREPOSITIONS.has(v.tokens[k].lower)) return false;
  for (let j = k - 1; j >= 0 && j >= k - MAX_OPENING_PHRASE; j--) {
    const t = v.tokens[j];
    if (t.upper) return opensPhrase(v, j);
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** Token `j` opens its sentence with a preposition or a participle (`In`, `During`, `Addressing`). */
function opensPhrase(v: LineView, j: number): boolean {
  return OPENING_PREPOSITIONS.has(v.tokens[j].lower) ? isSentenceStart(v, j) : isParticipleOpening(v, j);
}

/** Token `j` is a participle opening its sentence (`Addressing`, `Congratulating`). */
function isParticipleOpening(v: LineView, j: number): boolean {
  return isParticiple(v.tokens[j].lower) && isSentenceStart(v, j);
}

/** Lower-case words at token `k` that open with a plural noun of a group's members (`countries`, `member states`). */
function namesMembers(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || !isLowerWords(t)) return false;
  const noun = firstWordOf(v.text, t);
  // (`states`, a verb after a name too, not before `that`: `TOKAYEV states that …`.)
  return MEMBERS_NOUNS.has(noun) && !(noun === 'states' && v.text.startsWith('states that', t.start));
}

const MEMBERS_NOUNS: ReadonlySet<string> = new Set(['countries', 'states', 'nations', 'members', 'member', 'partners', 'economies']);

/** Where the name ending at token `last` starts (its name words, particles and initials). */
function nameStartBefore(v: LineView, last: number): number {
  let k = last;
  while (k > 0 && (v.cls[k - 1] === 'name' || v.cls[k - 1] === 'particle' || v.tokens[k - 1].kind === 'initial')) k--;
  return k;
}

/** The role in an apposition after the segment's run, past letters after the name or a peer's territory. */
function appositionAfter(v: LineView, seg: Segment): RoleSpan | undefined {
  const appointed = roleAfterAppointing(v, seg.first, seg.last + 1);
  if (appointed) return appointed;
  // `X Appointed Deputy Head of …`: a title-case headline's verb goes on the name's capitalised run.
  const headlineVerb = isHeadlineAppointment(v, seg.last + 1);
  const letters = afterSetOffHonorific(v, afterPostNominals(v, seg.last));
  if (!headlineVerb && letters < seg.runLast) return undefined;
  const opening = inOpeningPhrase(v, seg.first);
  const listed = closesList(v, seg.first);
  // (A full name, or one with an initial, with no title before it keeps an apposition that another name follows.)
  const untitled = () => isUntitledName(v, seg.first, seg.last);
  // `Naveed Qamar, MNA, and …`: letters set off by commas are the role when no office follows them.
  const role = (letters > seg.runLast ? roleAfter(v, letters + 1, opening, listed, untitled) : undefined) ??
    roleAfter(v, headlineVerb ? seg.last + 1 : afterPeerage(v, seg.first, seg.runLast + 1), opening, listed, untitled);
  // (`the Permanent Representatives of A and B, C and D, Guyana's Deputy …, Mr. E`: the last of a plural title's list holds
  // that title; an office set off after it before a form of address and a name is the next name's.)
  const next = role === undefined ? undefined : role.last + 1;
  const nextsOffice = next !== undefined && v.cls[next] === 'comma' && v.cls[next + 1] === 'honorific' && isNameWord(v, next + 2) && closesPluralTitlesList(v, seg.first);
  return role && !nextsOffice && !isClauseSubject(v, seg, role) ? role : undefined;
}


/** `Daniel Hartley MP.`: a seat's letters right after the name. */
export function seatAfter(v: LineView, last: number): RoleSpan | undefined {
  const t = v.tokens[last + 1];
  return t !== undefined && isSeatLetters(t) && adjacent(v.text, v.tokens[last], t) ? { first: last + 1, last: last + 1 } : undefined;
}

/**
 * `A and Dr. B`: the name opening at token `first` (after its forms of address) follows another name and `and`, maybe
 * past the state in brackets after that name (`A (Poland) and B (Spain), members of …`).
 */
function closesList(v: LineView, first: number): boolean {
  let k = first - 1;
  while (k > 0 && v.cls[k] === 'honorific') k--;
  if (v.tokens[k]?.lower !== 'and') return false;
  const state = v.tokens[k - 1]?.text === ')' && v.tokens[k - 3]?.text === '(' ? k - 2 : -1;
  return v.cls[k - 1] === 'name' || (state > 0 && (v.cls[state] === 'country' || v.cls[state] === 'name') && v.cls[k - 4] === 'name');
}

/** Most tokens of a list's names read back from its `and` to the plural title before them. */
const MAX_LIST_TOKENS = 12;

/** The name at `first` closes a list (`…, A and B`) of names that a plural title opens (`Permanent Representatives of …, A and B`). */
function closesPluralTitlesList(v: LineView, first: number): boolean {
  if (!closesList(v, first)) return false;
  let k = first - 1;
  while (k > 0 && v.cls[k] === 'honorific') k--;
  const end = k - MAX_LIST_TOKENS;
  for (k--; k > end && k > 0 && isListedNameToken(v, k); k--);
  const office = roleBefore(v, k);
  return office !== undefined && hasPluralTitle(v, office.role.first, office.role.last);
}

/**
 * `With L. Oyun-Erdene, the President discussed …`, `In his message to J. Maada Bio, the Head of State
 * …`: after a name that closes a sentence's opening phrase, `the` and a title are the subject of the
 * clause, not the name's apposition; so are they before a verb in the past.
 */
function isClauseSubject(v: LineView, seg: Segment, role: RoleSpan): boolean {
  // (`Addressing Mr. A and Dr. B, the President expressed …`: or the last of a list the phrase opens with, when no comma
  // closes the title: `With A and B, the co-chairs of the forum, the Minister discussed …` is their apposition.)
  const listed = v.cls[role.last + 1] !== 'comma' && inOpeningPhrase(v, listStart(v, seg.first));
  return v.tokens[role.first - 1]?.lower === 'the' && (inOpeningPhrase(v, seg.first) || listed || opensWithPastVerb(v, role.last + 1));
}

/** Most names of a list read back to its first. */
const MAX_LISTED_NAMES = 6;

/**
 * Where the list of names that the item opening at token `first` (after its forms of address) closes after `and` starts:
 * `A, B and Dr. C`; the item itself when no `and` goes before it (`At the invitation of A, B, the President of …`).
 */
function listStart(v: LineView, first: number): number {
  let start = first;
  for (let n = 0; n < MAX_LISTED_NAMES; n++) {
    let k = start - 1;
    while (k > 0 && v.cls[k] === 'honorific') k--;
    const joined = v.tokens[k]?.lower === 'and' || (n > 0 && v.cls[k] === 'comma');
    if (!joined || v.cls[k - 1] !== 'name') return start;
    // (Not a place the phrase names: `In London, Harriet X MP, the Minister of State …`.)
    const earlier = nameStartBefore(v, k - 1);
    if (earlier === k - 1 && followsPlacePreposition(v, earlier)) return start;
    start = earlier;
  }
  return start;
}

/** `On the eve of the visit of X, the Head of State gave an interview`: a verb in the past right after `the` and a title makes them a subject. */
function opensWithPastVerb(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || t.kind !== 'gap') return false;
  // (A regular form may be a participle describing the name: `the Minister appointed in May`.)
  return PAST_VERBS.has(firstWordOf(v.text, t));
}

/** `David Lammy MP, Foreign Secretary`: the last of the letters right after token `last` (or after its comma), or `last` itself. */
export function afterPostNominals(v: LineView, last: number): number {
  let k = last;
  while (k + 1 < v.tokens.length && isPostNominal(v.tokens[k + 1]) && adjacent(v.text, v.tokens[k], v.tokens[k + 1])) k++;
  // `Hon. X (MP), Deputy Minister for …`: or in brackets before an apposition's comma.
  if (v.tokens[k + 1]?.text === '(' && v.tokens[k + 3]?.text === ')' && isPostNominal(v.tokens[k + 2]) && v.cls[k + 4] === 'comma') k += 3;
  // `Bola Ahmed Tinubu, GCFR, President …`, `Naveed Qamar, MNA, Minister …`: or set off by commas.
  // (`Anna-Lena Schröder, MdB, chair of …`, `X, MD, PhD, rector of …`: letters in mixed case too.)
  // (`Martin Horváth, PhD., Ambassador …`: maybe with a full stop glued on.)
  for (;;) {
    const stop = v.tokens[k + 3]?.text === '.' && v.tokens[k + 3].start === v.tokens[k + 2].end ? 1 : 0;
    if (!(v.cls[k + 1] === 'comma' && v.cls[k + 3 + stop] === 'comma' && isWrittenAsLetters(v.tokens[k + 2]) && isPostNominal(v.tokens[k + 2]))) break;
    k += 2 + stop;
  }
  // (`X, D.Sc. (Econ.), director of …`, `X, Dr. agr., managing director of …`: a degree with its field.)
  const degree = v.cls[k + 1] === 'comma' ? degreeWithFieldEnd(v, k + 2) : undefined;
  return degree !== undefined && v.cls[degree + 1] === 'comma' ? degree : k;
}

/** Where a degree with its field in brackets or abbreviated after it (`D.Sc. (Econ.)`, `Dr. agr.`) closes, if one opens at `k`. */
function degreeWithFieldEnd(v: LineView, k: number): number | undefined {
  const t = v.tokens[k];
  if (t === undefined) return undefined;
  if (t.kind === 'dotted' && isPostNominal(t) && v.tokens[k + 1]?.text === '(') {
    for (let j = k + 2; j < v.tokens.length && j <= k + MAX_DEGREE_FIELD; j++) if (v.tokens[j].text === ')') return j;
    return undefined;
  }
  // (A German doctorate's field in lower case: `Dr. agr.`, `Dr. rer. nat.`.)
  let j = k + 1;
  while (v.cls[k] === 'honorific' && t.upper && j + 1 < v.tokens.length && !v.tokens[j].upper && v.tokens[j].words === 1 && v.tokens[j + 1].text === '.') j += 2;
  return j > k + 1 ? j - 1 : undefined;
}
/** Most tokens of a degree's field in brackets. */
const MAX_DEGREE_FIELD = 5;

/** `MP`, `PhD`, `MdB`, `P.Eng.`: a word in capitals, with a capital after its first letter (not `Md`, a given name), or dotted. */
function isWrittenAsLetters(t: Token): boolean {
  return t.allCaps || t.kind === 'dotted' || /^\p{Lu}\p{Ll}*\p{Lu}/u.test(t.text);
}

/** `Gurbanguly Berdimuhamedov, Hero-Arkadag, the National Leader …`: the comma closing a form of address set off after token `k`, or `k`. */
function afterSetOffHonorific(v: LineView, k: number): number {
  // (`Ayşe Karahan Hanım, president of …`: or one written right after the name, before its comma.)
  if (POST_NAME_ADDRESS_SET.has(v.tokens[k + 1]?.lower ?? '') && v.cls[k + 2] === 'comma') return k + 1;
  return v.cls[k + 1] === 'comma' && v.cls[k + 2] === 'honorific' && v.tokens[k + 2].upper && v.cls[k + 3] === 'comma' ? k + 2 : k;
}

const POST_NAME_ADDRESS_SET: ReadonlySet<string> = new Set(POST_NAME_ADDRESSES);

/** Peers and bishops, named with their territorial designation or see. */
const PEERS = new Set(['lord', 'baroness', 'baron', 'viscount', 'earl', 'metropolitan', 'archbishop', 'bishop']);
/** Most tokens of a peer's territorial designation or a bishop's see. */
const MAX_PEERAGE_PLACE = 3;

/**
 * `Baroness Chapman of Darlington, Minister for …`, `Metropolitan Nikodim of Tver and Kashin, Chairman of …`: the token
 * after a peer's territorial designation or a bishop's see (two places joined by `and`), or after one's state before an
 * apposition's comma (`X of Kuwait, Acting President of …`); else `next`.
 */
function afterPeerage(v: LineView, first: number, next: number): number {
  if (v.tokens[next]?.lower === 'of') {
    // `Sheikh X of Kuwait, Acting President of …`: the state one comes from, before an apposition's comma.
    let k = next + 1;
    while (v.cls[k] === 'country' && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k++;
    if (k > next + 1 && v.cls[k] === 'comma') return k;
  }
  if (first === 0 || !PEERS.has(v.tokens[first - 1].lower) || v.tokens[next]?.lower !== 'of') return next;
  let k = next + 1;
  while (k < v.tokens.length && k - next <= MAX_PEERAGE_PLACE && (v.tokens[k].upper || (v.tokens[k].lower === 'and' && v.tokens[k + 1]?.upper)) && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k++;
  return k > next + 1 ? k : next;
}

/**
 * `the operator of the diffusion unit X`, `the head of the drilling unit X`: the unit before the name at token `first` is
 * the object of a trade's `of`, or of the title opening the role before the name.
 */
function isUnitWorkedAt(v: LineView, first: number, role: RoleSpan | undefined): boolean {
  const start = v.tokens[first].start;
  const m = UNIT_OF_BEFORE.exec(v.text.slice(Math.max(0, start - MAX_UNIT_OF), start));
  return m !== null && (UNIT_WORKERS.has(m[1]) || OCCUPATION_SET.has(m[1]) || (role !== undefined && v.tokens[role.first].lower === m[1]));
}
const UNIT_OF_BEFORE = /(?:^|\s)([a-z-]+)\s+of\s+the\s+(?:[a-z-]+\s+){0,3}unit\s+$/;
const MAX_UNIT_OF = 80;
/** Who works a plant's unit, besides the trades. */
const UNIT_WORKERS: ReadonlySet<string> = new Set(['operator', 'operators']);

/**
 * `Sultan Ahmed Al Jaber, Minister of Industry`, `Dr. Sultan bin Khalid`: a rank right before the name that
 * is its first given name, after a form of address that is not a monarch's or before an office in apposition.
 */
function isGivenNameRank(v: LineView, before: RoleSpan, first: number, after: RoleSpan | undefined): boolean {
  const rank = before.first;
  if (rank !== before.last || rank !== first - 1 || !GIVEN_NAME_RANKS.has(v.tokens[rank].lower) || !adjacent(v.text, v.tokens[rank], v.tokens[first])) return false;
  // `His Highness Sultan bin Mohammed Al Qasimi`: no name opens with its father's; `by Sultan Khodzhikov`, `Sultan
  // Al-Marri`, `Sultan Bekzatuly`: no monarch is named by a Slavic or Turkic surname, a Turkic father's name or a
  // capitalised family name with its article (`Sultan al-Zahir Baybars` keeps the rank before his epithet).
  const family = v.tokens[first].lower;
  // (`Sultan Al Hajeri`: the article may stand apart.)
  const article = (ARTICLE_PREFIX.test(family) || v.tokens[first].text === 'Al') && v.tokens[first].upper;
  if (LINEAGE_LINKS.has(family) || isSlavicSurname(family) || isPatronymic(family) || article) return true;
  // `Major General Sultan Kamaletdinov`, `Crown Prince Sultan`, `Minister of Industry and Advanced Technology Sultan
  // Ahmed Al Jaber`: after another title word or an office's complement; a monarch is not written so.
  const previous = v.cls[rank - 1];
  if (rank > 0 && v.tokens[rank - 1].upper && previous !== 'honorific' && previous !== 'country' && previous !== 'name' && adjacent(v.text, v.tokens[rank - 1], v.tokens[rank])) return true;
  if (rank > 0 && v.cls[rank - 1] === 'honorific') return !ROYAL_ADDRESS.has(v.tokens[rank - 1].lower);
  if (after === undefined) return false;
  for (let k = after.first; k <= after.last; k++) if (isRank(v.tokens[k].lower)) return false;
  return true;
}

/** `Minister of Foreign Affairs Sugiono`, `Minister of Energy X`: a portfolio word closes the complement right before `first`. */
function closedByPortfolio(v: LineView, first: number): boolean {
  const word = v.tokens[first - 1];
  return word !== undefined && v.cls[first - 1] === 'qualifier' && word.upper && adjacent(v.text, word, v.tokens[first]);
}

/** `Head of the National Disaster Management Agency (BNPB) Suharyanto`: a body's bracketed acronym closes the complement. */
function closedByBracket(v: LineView, first: number): boolean {
  return first >= 3 && v.tokens[first - 1].text === ')' && v.tokens[first - 3].text === '(' && v.tokens[first - 2].allCaps;
}

/** A country's name (not its adjective: `Director of Kazakh Agro` names a company) right before `first`. */
function closedByCountry(v: LineView, first: number): boolean {
  const country = v.tokens[first - 1];
  // (`King of the Belgians Philippe`: a people after `of the` is the state too.)
  // (A plural people: not `of the Swiss OSCE Chairpersonship`.)
  const people = country !== undefined && country.lower.endsWith('s') && !country.lower.endsWith('ss') && v.tokens[first - 2]?.lower === 'the' && v.tokens[first - 3]?.lower === 'of';
  return country !== undefined && v.cls[first - 1] === 'country' && (people || !isNationality(country.lower)) && adjacent(v.text, country, v.tokens[first]);
}

/**
 * `Ambassador of Kuwait Tareq Abdullah Al-Faraj`: the run after `of` starts
 * with the complement's object, so the name is what follows its first word.
 * After `and`, only a long run is read that way (`... Development and
 * Culture Puan Maharani`), since `the President and Alar Karis` is common,
 * and never after a full name (`Minister of Economy Marcelo Ebrard and Pedro
 * Ramón de la Fuente`): there `and` joins two people, and an apposition after the second gives its role.
 */
function complementObject(v: LineView, seg: Segment, role: RoleSpan): Candidate[] {
  const { first, last } = seg;
  // `Vice Minister Kim Seok-woo and Park Ji-hoon, Director-General of …`: the second person's role follows the name.
  // (`the minister and Amir Khasru Mahmud Chowdhury`, `… and Amir Khasru Mahmud Chowdhury, a former Commerce Minister`: so
  // are name words after a lower-case title, and those an apposition follows.)
  const after = v.tokens[first - 1].lower === 'and' ? appositionAfter(v, seg) : undefined;
  if (v.tokens[first - 1].lower === 'and' && (last - first < 2 || followsFullName(v, first - 1) || roleAfterAppointing(v, first, last + 1) || after !== undefined || !v.tokens[first - 2]?.upper)) {
    if (after === undefined && allCommonEnglish(v, first, last)) return [];
    return [{ first, last, role: after, anchored: after !== undefined && nameWords(v, { first, last }) >= 2 }];
  }
  if (first === last) return [];
  // `a former deputy of Zh. Kassymbek`: an initial opens a name, not an object; the office is another's (not a body's
  // name after it: `actress of the Zh. Aimautov Kazakh Music and Drama Theater`).
  if (v.tokens[first].kind === 'initial' && !v.tokens[last + 1]?.upper) return [{ first, last, role: undefined, anchored: true }];
  // `conferred the rank of Ambassador Extraordinary and Plenipotentiary on Serik Nurtayev, Director of …`: a full name
  // after `on` that no body's word goes on after is the one a rank is conferred on.
  if (v.tokens[first - 1].lower === 'on' && !v.tokens[last + 1]?.upper && nameWords(v, seg) >= 2) return [{ first, last, role: appositionAfter(v, seg), anchored: true }];
  // `President of the Government of Upper Bavaria Konrad Schober`: a place word opens a two-word object;
  // `Chairman of the Board of KTZ Express Daniyar Ospanov`: so does an acronym before a common word (as in `ACWA Power`).
  const objectWords = closedPlaceWords(v, first, last) ?? (last - first >= 2 && (PLACE_DIRECTION_SET.has(v.tokens[first].lower) || isAcronymBeforeWord(v, first)) ? 2
    : closesWithGivenAndSurname(v, first + 1, last) ? last - first - 1 : 1);
  const name = { first: first + objectWords, last };
  return [{ ...name, role: { first: role.first, last: first + objectWords - 1 }, anchored: nameWords(v, name) >= 2 }];
}

/** `of Rio Grande do Sul Mariana Teixeira Lopes`: the words of a place a word of direction closes, if two name words follow it. */
function closedPlaceWords(v: LineView, first: number, last: number): number | undefined {
  for (let k = first + 1; k < last - 1; k++) if (PLACE_CLOSER_SET.has(v.tokens[k].lower) && v.tokens[k].upper) return k - first + 1;
  return undefined;
}

function isAcronymBeforeWord(v: LineView, k: number): boolean {
  const word = v.tokens[k + 1];
  return v.cls[k] === 'caps' && v.tokens[k].allCaps && v.cls[k + 1] === 'name' && word.kind === 'word' && isCommonEnglishWord(word.lower);
}

/** Whether two name words (particles between them aside) end right before token `k`. */
function followsFullName(v: LineView, k: number): boolean {
  let names = 0;
  for (let i = k - 1; i >= 0 && names < 2 && (v.cls[i] === 'name' || v.cls[i] === 'particle'); i--) if (v.cls[i] === 'name') names++;
  return names >= 2;
}

/**
 * `Chairman of Kazakh Invest Yerzhan Yelekeyev`, `JSC Georgian Railway Irakli Beraia`: a nationality
 * right before a common English word or an organisation's word makes it a noun of an organisation's
 * name (`Invest`, `Railway`, `Airlines`); before any other word it may stand before a person (`defeated Iranian
 * Mohammad Reza Geraei`, `American Ilia Malinin`, as sports news writes).
 */
function qualifiedByNationality(v: LineView, seg: Segment): boolean {
  const k = seg.first - 1;
  if (seg.first <= seg.runFirst || seg.first >= seg.last || v.cls[k] !== 'country') return false;
  const word = v.tokens[seg.first];
  if (!word.upper || !isNationality(v.tokens[k].lower)) return false;
  // The word's own class, before a line pass read it as a surname after the nationality.
  const own = word.spelling.classed?.cls;
  // `the Kazakh MFA Nurlan Zhumagulov`: a body's acronym too.
  return own === 'org' || own === 'stop' || own === 'caps' || isCommonEnglishWord(word.lower);
}

/**
 * `the State Corporation Rosatom Alexei Likhachev`, `the State Concern Turkmengaz Maksat Babayev`: after a state's
 * capitalised company noun, a run's first word names the company when a full name follows it (`of the National Bank
 * Timur Kairatovich Suleimenov`, with a patronymic, is one person's).
 */
function namesStateCompany(v: LineView, seg: Segment): boolean {
  const noun = v.tokens[seg.first - 1];
  // (`the State Space Corporation Roscosmos X`: maybe a field's word between `State` and a corporation's noun.)
  const fielded = v.tokens[seg.first - 3]?.text === 'State' && v.tokens[seg.first - 2]?.upper === true && v.cls[seg.first - 2] !== 'name' && STATE_CORPORATION_NOUNS.has(noun?.lower ?? '');
  // (`the African Development Bank Kouamé Serge-Pascal Yao`: a region's adjective before the qualifier names the body already.)
  const regional = REGION_WORDS.has(v.tokens[seg.first - 3]?.lower ?? '') && v.tokens[seg.first - 3].upper;
  const qualified = (v.cls[seg.first - 2] === 'qualifier' && !regional) || fielded;
  if (seg.last - seg.first < 2 || noun === undefined || !noun.upper || !qualified) return false;
  if (!COMPANY_NOUN_SET.has(noun.lower) || !adjacent(v.text, noun, v.tokens[seg.first])) return false;
  // (`… National Company Meiram Zhumabekuly Sadvakassov`: nor with a Turkic one; `… Petroleum Corporation Douglas R. Hartley`:
  // nor with a middle initial.)
  const next = v.tokens[seg.first + 1];
  return v.cls[seg.first + 1] === 'name' && next.kind === 'word' && v.cls[seg.first + 2] === 'name' && !isPatronymic(next.lower);
}

/** A state's corporations' nouns (not `Company`, whose name a person's first word may seem to be). */
const STATE_CORPORATION_NOUNS: ReadonlySet<string> = new Set(['corporation', 'concern']);

/**
 * `…, Tobol Grain headed by Viktor Petrovich Grant`: a run that opens a list's item or a sentence, right before a participle
 * of leading or owning and `by`, names a body (not one after a preposition, a title or a form of address, a person's: `the
 * assets of Karim Massimov owned by his relatives`; `chaired by` is left out: `Olzhas Bektenov chaired by video link …`).
 */
function isHeadedBody(v: LineView, seg: Segment): boolean {
  const next = v.tokens[seg.runLast + 1];
  const word = next === undefined || next.upper ? '' : firstWordOf(v.text, next);
  if (!HEADED.has(word) || !v.text.startsWith(' by ', next.start + word.length)) return false;
  const before = v.tokens[seg.runFirst - 1];
  const opens = before === undefined || v.cls[seg.runFirst - 1] === 'comma' || before.lower === 'and' || isSentenceStart(v, seg.runFirst);
  const titled = v.cls[seg.first - 1] === 'title' || v.cls[seg.first - 1] === 'honorific';
  return opens && !titled && adjacent(v.text, v.tokens[seg.runLast], next);
}

/** Participles of leading or owning a body, before `by`. */
const HEADED: ReadonlySet<string> = new Set(['headed', 'owned', 'founded', 'co-founded', 'operated']);

/** Most capitalised words between an edition's year and the event's word (`2026 Paralympic Winter Games`). */
const MAX_EVENT_WORDS = 4;

const THINGS_NAMED_AFTER: ReadonlySet<string> = new Set(THINGS_NAMED_AFTER_PEOPLE);

/**
 * `the Shokan Ualikhanov schools`, `the Admiral Makarov class`: a name before a lower-case noun of a thing named after a
 * person, with no title or form of address before it but after `the` or an owner's possessive (not `Under Minister X
 * schools received …`).
 */
function namesThingAfterIt(v: LineView, seg: Segment): boolean {
  const next = v.tokens[seg.runLast + 1];
  if (next === undefined || next.upper || !adjacent(v.text, v.tokens[seg.runLast], next)) return false;
  // (`two Louis Pasteur postdoctoral fellowships`: or after one adjective, the run after `the`, a count or a possessive;
  // not a recipient: `awarded Dinara Alimbekova academic scholarships`.)
  const counted = v.tokens[seg.runFirst - 1]?.lower === 'the' || v.tokens[seg.runFirst].text === 'The' || v.cls[seg.runFirst - 1] === 'possessive' || isThingsLeadBefore(v, seg.runFirst);
  const noun = (counted ? nounAfterAdjective(v, seg.runLast + 1) : undefined) ?? firstWordOf(v.text, next);
  // (`report` is a verb too: a report only right after `the`, `the Draghi report`; not `A and B report to the Government`.)
  if (noun === 'report') return v.tokens[seg.first - 1]?.lower === 'the';
  if (!THINGS_NAMED_AFTER.has(noun)) return false;
  // (`Tokayev centres attention on …`: a noun that is a verb too names a thing only before a preposition or a mark.)
  if (VERBS_TOO.has(noun) && opensObject(v, seg.runLast + 1, noun.length)) return false;
  // (A rank or a style, not an office: `the Admiral Makarov class`, not `The Minister X schools`.)
  let k = seg.first - 1;
  while (k >= 0 && ((v.cls[k] === 'title' && (isRankOrStyle(v.tokens[k].lower) || isMilitaryRank(v, k, k))) || v.cls[k] === 'honorific')) k--;
  if (k < seg.first - 1) return v.tokens[k]?.lower === 'the' || v.cls[k] === 'possessive';
  return v.cls[k] !== 'title';
}

const VERBS_TOO: ReadonlySet<string> = new Set(['centres', 'centers']);
/** Endings of the adjective that may stand between the name and the noun (`postdoctoral`, `annual`, `academic`, `secondary`). */
const ADJECTIVE_END = /(?:al|ic|ary)$/;

/** A number, or a lower-case count or qualifier of things, right before token `k`, maybe closing a gap (`received two`). */
function isThingsLeadBefore(v: LineView, k: number): boolean {
  const t = v.tokens[k - 1];
  return t !== undefined && !t.upper && (t.kind === 'number' || THINGS_LEADS.has(lastWord(v, t)));
}

/** Counts and qualifiers of things named after someone (`two`, `several`, `new`, `annual` … fellowships). */
const THINGS_LEADS: ReadonlySet<string> = new Set([...Object.keys(COUNT_WORDS), 'twenty', 'several', 'many', 'new', 'annual', 'first']);

/** The noun of a thing named after a person after one lower-case adjective from token `k` (a word, or a gap of two words). */
function nounAfterAdjective(v: LineView, k: number): string | undefined {
  const t = v.tokens[k];
  const [adjective, noun] = t.kind === 'word' ? [t.lower, v.tokens[k + 1]?.upper === false ? v.tokens[k + 1].lower : ''] : t.words === 2 ? v.text.slice(t.start, t.end).split(/\s+/) : ['', ''];
  return ADJECTIVE_END.test(adjective) && THINGS_NAMED_AFTER.has(noun) ? noun : undefined;
}

/** The lower-case word after the first `skip` characters of token `k` (or the next token) is no preposition or copula: a verb's object. */
function opensObject(v: LineView, k: number, skip: number): boolean {
  const rest = v.text.slice(v.tokens[k].start + skip, v.tokens[k].end).trimStart();
  if (rest !== '') return !PLACE_OR_COPULA.has(rest.split(' ')[0]);
  const t = v.tokens[k + 1];
  return t !== undefined && isLowerWords(t) && !PLACE_OR_COPULA.has(firstWordOf(v.text, t));
}

const PLACE_OR_COPULA: ReadonlySet<string> = new Set(['in', 'of', 'at', 'across', 'around', 'abroad', 'and', 'or', 'for', 'on', 'are', 'were', 'have', 'will', 'opened', 'open', 'host', 'hosted']);

/** What a person's possessive owns that no business's does (`X’s father`, `X’s heirs`, `X’s government`). */
const PERSONS_OWNED: ReadonlySet<string> = new Set([...KIN_WORDS, 'father', 'brother', 'heirs', 'family', 'government', 'administration', 'cabinet']);

/** Words a name's possessive opens a holiday's, a firm's or a site's name with (`St Patrick’s Day`, `Dr. Reddy’s Laboratories`, `Gagarin’s Start`). */
const AFTER_NAMES_POSSESSIVE = new Set(['day', 'laboratories', 'laboratory', 'start']);

function opensPossessiveName(v: LineView, seg: Segment): boolean {
  const mark = v.tokens[seg.last + 1];
  const word = v.tokens[seg.last + 2];
  if (mark?.kind !== 'possessive') return false;
  if (word !== undefined && word.upper) return AFTER_NAMES_POSSESSIVE.has(word.lower) && adjacent(v.text, mark, word);
  // `the pharmaceutical company Dr. Reddy’s on …`, `… Dr. Reddy’s plant`: a possessive after a business's noun closes the
  // business's name, maybe past a form of address, unless a person's kin or following owns it (`the company Dr. X’s father
  // founded`).
  if (word !== undefined && PERSONS_OWNED.has(firstWordOf(v.text, word))) return false;
  let first = seg.first;
  while (first > 0 && v.cls[first - 1] === 'honorific') first--;
  return namedByCompanyNoun(v, { ...seg, first });
}

/**
 * `Steppe Eagle-2026`, `Expo-2017`: a run with a number glued to it by a hyphen names an event's edition, not a person;
 * so does one before a year and the event's name (`the Milano Cortina 2026 Paralympic Winter Games`), or before a
 * year closing the words (`at Huawei Connect 2025`).
 */
function namesEdition(v: LineView, seg: Segment): boolean {
  // (Not a title-case headline's subject before its verb: `X Inaugurates Festival 2026`.)
  for (let k = seg.last + 1; v.titleCase && k <= seg.runLast; k++) if (HEADLINE_VERB_SET.has(v.tokens[k].lower)) return false;
  const next = v.tokens[seg.runLast + 1];
  const number = v.tokens[seg.runLast + 2];
  if (next?.text === '-' && number?.kind === 'number' && next.start === v.tokens[seg.runLast].end && number.start === next.end) return true;
  if (next?.kind !== 'number' || next.end - next.start !== 4 || !adjacent(v.text, v.tokens[seg.runLast], next)) return false;
  // `at Huawei Connect 2025`: a year closing the run ends an event's name.
  if (!v.tokens[seg.runLast + 2]?.upper && /^(?:19|20)\d\d$/.test(next.text)) return true;
  for (let k = seg.runLast + 2; k <= seg.runLast + 1 + MAX_EVENT_WORDS && v.tokens[k]?.upper && adjacent(v.text, v.tokens[k - 1], v.tokens[k]); k++) {
    if (v.cls[k] === 'org') return true;
  }
  return false;
}

/**
 * `aboard a SpaceX Falcon 9 rocket`, `the Rashid 2 lunar rover`: a run after an article or `aboard`, before a small number
 * and a lower-case word or a mark, names a model or a vehicle, not a person (not a count or a score after a name: `met
 * Mukhtar Tileuberdi 3 times`, `Bibisara Assaubayeva 7 points`).
 */
function namesModel(v: LineView, seg: Segment): boolean {
  const [number, after] = [v.tokens[seg.runLast + 1], v.tokens[seg.runLast + 2]];
  if (number?.kind !== 'number' || !MODEL_NUMBER.test(number.text) || !adjacent(v.text, v.tokens[seg.runLast], number)) return false;
  if (seg.first !== seg.runFirst || !MODEL_LEADS.has(lastWordBefore(v, seg.runFirst))) return false;
  return after === undefined || after.kind === 'gap' || (after.kind === 'word' ? !after.upper : PHRASE_END_MARKS.has(after.text));
}

const MODEL_NUMBER = /^\d{1,3}$/;
const MODEL_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'aboard', 'onboard']);

/** Connectors by which a body's name takes its object (`Commission on Narcotic Drugs`, `Institute for Peace`). */
const BODY_CONNECTORS = new Set(['on', 'for']);

/**
 * Bodies named by the field they serve (`Department of Migrant Workers`), never by a person as a
 * government, a foundation or a museum may be (`the Administration of Donald Trump`); state awards
 * (`the Order of Yeren Yenbegi`); and the resting places whose honoree belongs to their name, as one an
 * institution is named after does.
 */
const RESTING_PLACES = new Set(['mausoleum', 'tomb', 'shrine']);
const FIELD_BODIES = new Set(['department', 'ministry', 'office', 'bureau', 'directorate', 'division', 'agency', 'commission', 'committee', 'service', 'order', 'medal', ...RESTING_PLACES]);

/**
 * `the Commission on Narcotic Drugs`, `the Conference on Interaction and Confidence`: a run right after an
 * organisation's word and `on` or `for` (or a particle, `du`) is the rest of its name, not a person; after a field's
 * body and `of` too when no title goes before (`the Department of Migrant Workers`, not `Chairman of the Committee of
 * Samruk-Kazyna Nurlan Zhakupov`).
 */
function isBodysObject(v: LineView, seg: Segment): boolean {
  const k = seg.first - 1;
  // `the Festival du Livre de Paris`, `Istituto Centrale per la Patologia degli Archivi`: after a body's word and a
  // particle, or a Romance `for` and its article, the rest of its name.
  if (v.cls[k] === 'particle' && !v.tokens[k].upper && ((v.cls[k - 1] === 'org' && v.tokens[k - 1].upper) || ROMANCE_FOR.has(v.tokens[k - 1]?.text ?? ''))) return !closesParticlesBody(v, seg) && !closesRomanceBodysObject(v, seg);
  // (`an Agreement on the Mutual Waiver of …`: `on` or `for` may take `the`.)
  const at = v.tokens[k]?.lower === 'the' && BODY_CONNECTORS.has(v.tokens[k - 1]?.lower ?? '') ? k - 1 : k;
  const connector = v.tokens[at]?.lower ?? '';
  const body = v.tokens[at - 1];
  const fieldOf = connector === 'of' && FIELD_BODIES.has(body?.lower ?? '') && roleBefore(v, k - 1) === undefined;
  // `the restoration of the mausoleum of Aisha Bibi`: a resting place in lower case too, maybe before the honoree's title
  // (`the mausoleum of Imam al-Bukhari`).
  const titled = v.cls[seg.first - 1] === 'title' || v.cls[seg.first - 1] === 'honorific';
  // `the mausoleum of the poet Molla Panah Vagif`: or after `the` and an occupation's word.
  const occupation = v.tokens[seg.first - 1];
  const described = occupation !== undefined && isLowerWords(occupation) && occupation.words === 1 && OCCUPATION_SET.has(lastWord(v, occupation)) &&
    v.tokens[seg.first - 2]?.lower === 'the';
  const resting = (seg.first === seg.runFirst && isRestingPlaceOf(v, seg.first - 1)) || (titled && isRestingPlaceOf(v, seg.first - 2)) ||
    (described && isRestingPlaceOf(v, seg.first - 3));
  if (resting) return v.tokens[seg.runLast + 1]?.kind !== 'possessive';
  if (honoursEpithet(v, seg)) return true;
  if (seg.first !== seg.runFirst) return isFieldsQualifiedObject(v, seg);
  if (!(BODY_CONNECTORS.has(connector) || fieldOf)) return false;
  // `the Forum on Ivan Petrov's legacy`: a possessive makes it a person's name; `Official Welcoming Ceremony for X`: so
  // does a ceremony held for someone (not `Reception for Samruk Kazyna Employees`).
  if (v.cls[at - 1] !== 'org' || !body.upper || v.tokens[seg.runLast + 1]?.kind === 'possessive' || (connector === 'for' && (isHonouringEvent(v, at - 1) || isMembersChamber(v, at - 1)))) return false;
  // `the leader of the Coalition for Change Nika Gvaramia`: an office's body named with a common word, then a full name.
  return !(roleBefore(v, at - 1) !== undefined && fullNameAfterCommonWord(v, seg));
}

/** Token `last` is a common plural noun (`Greenhouse Gases`), as a field's name ends and a person's does not. */
function closesWithCommonPlural(v: LineView, last: number): boolean {
  const word = v.tokens[last].lower;
  return word.endsWith('s') && isCommonEnglishWord(word);
}

function fullNameAfterCommonWord(v: LineView, seg: Segment): boolean {
  if (seg.last - seg.first < 2 || !isCommonEnglishWord(v.tokens[seg.first].lower)) return false;
  for (let k = seg.first + 1; k <= seg.last; k++) if (v.tokens[k].kind !== 'word' || isCommonEnglishWord(v.tokens[k].lower)) return false;
  return true;
}

/** Events held for a person, who is named after their `for`, and the words that say so before them. */
const HONOURING_EVENTS: ReadonlySet<string> = new Set(['ceremony', 'reception', 'dinner', 'luncheon', 'banquet']);
const HONOURING_KINDS: ReadonlySet<string> = new Set(['welcoming', 'welcome', 'farewell', 'funeral', 'memorial', 'state']);

/** Token `k` is such an event after its kind (`Welcoming Ceremony`, `State Dinner`, `Farewell Reception`). */
function isHonouringEvent(v: LineView, k: number): boolean {
  return HONOURING_EVENTS.has(v.tokens[k].lower) && HONOURING_KINDS.has(v.tokens[k - 1]?.lower ?? '');
}

/**
 * `the Office of Foreign Assets Control`: a field's body and `of`, then capitalised qualifiers opening the run before the
 * segment; `the Global Research Alliance on Agricultural Greenhouse Gases`: or any body's `on`.
 */
function isFieldsQualifiedObject(v: LineView, seg: Segment): boolean {
  let k = seg.first;
  while (k > seg.runFirst && v.cls[k - 1] === 'qualifier' && v.tokens[k - 1].upper) k--;
  const link = v.tokens[k - 1]?.lower;
  if (k !== seg.runFirst || (link !== 'of' && link !== 'on')) return false;
  const body = v.tokens[k - 2];
  // (After `on`, only a run closed by a common plural: not `the Commission on Regional Development Anna Berg`, `the
  // Committee on Foreign Affairs Mark Young`.)
  const field = link === 'on' ? closesWithCommonPlural(v, seg.last) : FIELD_BODIES.has(body?.lower ?? '');
  // (Not a name shaped as a person's: `Department of Emergency Situations Askar Nurpeisov said`.)
  return body !== undefined && body.upper && v.cls[k - 2] === 'org' && field && roleBefore(v, k - 2) === undefined && !isPersonShaped(v, seg);
}

/**
 * `the King Abdullah II Design and Development Bureau`: a common word after a regnal numeral names a body after the ruler
 * (`Carl XVI Gustaf` goes on with a name).
 */
function numeralInside(v: LineView, seg: Segment): boolean {
  for (let k = seg.first + 1; k < seg.last; k++) if (v.cls[k] === 'numeral' && isCommonEnglishWord(v.tokens[k + 1].lower)) return true;
  return false;
}

/**
 * `the title of Halyk Kaharmany (People's Hero)`, `the honorary title Qazaqstannyn Enbek Eri`, `was awarded the title Halyk
 * Kaharmany`: a run right after `the title of`, an honorary title or a title awarded names the honour, not a person (`the
 * world title X won`, `the title X holds` name the holder).
 */
function namesTitle(v: LineView, seg: Segment): boolean {
  if (seg.first !== seg.runFirst) return false;
  const before = v.tokens[seg.first - 1];
  if (before?.lower === 'of') {
    const noun = v.tokens[seg.first - 2];
    return noun !== undefined && !noun.upper && TITLE_NOUNS.has(lastWord(v, noun).toLowerCase());
  }
  const start = v.tokens[seg.first].start;
  return before !== undefined && before.kind === 'gap' && HONOUR_TITLE_BEFORE.test(v.text.slice(Math.max(0, start - MAX_HONOUR_TITLE_LEAD), start));
}

const TITLE_NOUNS = new Set(['title', 'titles', 'rank']);
const HONOUR_TITLE_BEFORE = /(?:honou?rary titles?|(?:awarded|conferred|granted|given|bestowed|received)(?: (?:him|her|them))? the (?:high )?titles?) $/;
/** Characters HONOUR_TITLE_BEFORE may read. */
const MAX_HONOUR_TITLE_LEAD = 40;

/** Most tokens between a body's `on` and the `of` before a segment in its name. */
const MAX_DOCUMENT_WALK = 10;
const DOCUMENT_LINKS = new Set(['the', 'and', 'of']);

/**
 * `the Convention on the Protection and Use of Transboundary Watercourses`: capitalised words after `of`, back through
 * capitalised words and links to a body's `on`, are in that body's name (as right after `on`).
 */
function inDocumentsName(v: LineView, seg: Segment): boolean {
  if (seg.first !== seg.runFirst || v.tokens[seg.first - 1]?.lower !== 'of') return false;
  for (let k = seg.first - 2, steps = 0; k > 0 && steps < MAX_DOCUMENT_WALK; k--, steps++) {
    const t = v.tokens[k];
    if (t.lower === 'on') return v.cls[k - 1] === 'org' && v.tokens[k - 1].upper;
    if (t.kind !== 'word' || v.cls[k] === 'title' || v.cls[k] === 'honorific' || !(t.upper || DOCUMENT_LINKS.has(t.lower))) return false;
  }
  return false;
}

/**
 * `the Kim Dae-jung–Obuchi Declaration`, `the Molotov–Ribbentrop Pact`: a name glued by a dash to another before a document's
 * word; or a surname alone so glued before a body's word, outside a title-case headline (`the Bright–Zhakupova Laboratory
 * for Catalysis`; not a full name before where one works: `Aliya Nurova–Tourism Committee`).
 */
function namesDashedDocument(v: LineView, seg: Segment): boolean {
  if (!isGluedDash(v, seg.last + 1)) return false;
  // (`the Kim Dae-jung–Obuchi Joint Declaration`; in a title-case headline over the second name's words only:
  // `Tokayev–Mirziyoyev Talks Yield Agreement` names no document.)
  for (let k = seg.last + 2; k <= seg.last + MAX_DASHED_NAME + 2 && v.tokens[k]?.upper && (k === seg.last + 2 || adjacent(v.text, v.tokens[k - 1], v.tokens[k])); k++) {
    if (k > seg.last + 2 && (PAIRS_DOCUMENTS.has(v.tokens[k].lower) || (v.cls[k] === 'org' && !v.titleCase && seg.first === seg.last))) return true;
    if (v.titleCase && v.cls[k] !== 'name') return false;
  }
  return false;
}

/** Most words of the second name there. */
const MAX_DASHED_NAME = 3;
/** Documents named after the pair who signed them. */
const PAIRS_DOCUMENTS: ReadonlySet<string> = new Set(['declaration', 'pact', 'treaty', 'accord', 'accords', 'agreement', 'protocol', 'memorandum', 'doctrine', 'plan']);

const NAMED_THINGS: ReadonlySet<string> = new Set(NAMED_THING_NOUNS);
/** Verbs that give a thing its name (`a variety called …`, `a book titled …`). */
const TITLING_VERBS: ReadonlySet<string> = new Set(['called', 'dubbed', 'named', 'titled', 'entitled', 'christened']);
const LETTER_D = 100;
const LETTER_S = 115;
/** A lower-case noun and the verb that gives it a name, right before the run (`variety called `, `section, known as `). */
const CALLED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(\p{Ll}[\p{Ll}-]*),? (?:${[...TITLING_VERBS].join('|')}|known as) $`, 'u');
/** Characters read back for them. */
const CALLED_READ = 40;

/** `a wheat variety called Akmola Zhuldyzy`, `a new app called Aitu Dala`: the name of a thing, not of a person. */
function namesCalledThing(v: LineView, seg: Segment): boolean {
  const start = v.tokens[seg.runFirst].start;
  // Each such verb ends in `d` (or `as`): most runs are ruled out without a copy.
  const last = v.text.charCodeAt(start - 2);
  if (last !== LETTER_D && last !== LETTER_S) return false;
  const noun = CALLED_BEFORE.exec(v.text.slice(Math.max(0, start - CALLED_READ), start))?.[1];
  return noun !== undefined && NAMED_THINGS.has(noun);
}

const MEMORIALS = new Set(['monument', 'memorial', 'statue', 'bust', 'obelisk']);

/** `the Monument to the Tsar Liberator`: a memorial to one called `the …` honours an epithet, not a person's name. */
function honoursEpithet(v: LineView, seg: Segment): boolean {
  const k = seg.runFirst;
  return seg.first === k && v.tokens[k - 1]?.lower === 'the' && v.tokens[k - 2]?.lower === 'to' && MEMORIALS.has(v.tokens[k - 3]?.lower ?? '');
}

/** Token `k` is the `of` after a lower-case resting place (`the mausoleum of`). */
function isRestingPlaceOf(v: LineView, k: number): boolean {
  const body = v.tokens[k - 1];
  return v.tokens[k]?.lower === 'of' && body !== undefined && isLowerWords(body) && RESTING_PLACES.has(lastWord(v, body));
}

/**
 * `Philip Morris Kazakhstan`, `Procter & Gamble Uzbekistan`: a name followed right away by a
 * country's name (not its adjective, nor its possessive) is a company's branch in that country.
 */
function namesCountryBranch(v: LineView, seg: Segment): boolean {
  const k = seg.last + 1;
  const country = v.tokens[k];
  if (country === undefined || v.cls[k] !== 'country' || isNationality(country.lower) || !adjacent(v.text, v.tokens[seg.last], country)) return false;
  const after = v.tokens[k + 1];
  // `under the leadership of Nursultan Abishevich Kazakhstan has …`: a patronymic names a person;
  // in `Tokayev Told Kazakhstan …` a headline's verb closes the name.
  if (PATRONYMIC.test(v.tokens[seg.last].lower) || isCommonEnglishWord(v.tokens[seg.last].lower)) return false;
  return seg.last > seg.first && !(after?.kind === 'possessive' && after.start === country.end);
}

/**
 * `Gaffney, Cline & Associates`, `Baker & McKenzie`: names joined by an ampersand, right after the run or after one
 * more name and a comma, are a firm's partners.
 */
function namesPartnership(v: LineView, seg: Segment): boolean {
  let k = seg.runLast + 1;
  if (v.cls[k] === 'comma' && v.tokens[k + 1]?.upper) k += 2;
  // A spaced ampersand: `Samsung C&T Jung Hae-won` glues its own; not between portfolios (`Minister of Commerce & Industry X`).
  const spaced = (at: number) => v.tokens[at]?.text === '&' && v.tokens[at - 1].upper && v.tokens[at - 1].end < v.tokens[at].start && v.tokens[at + 1]?.upper === true &&
    v.cls[at - 1] !== 'qualifier';
  return spaced(k) || (seg.runFirst > 1 && spaced(seg.runFirst - 1) && !titledAfterPartners(v, seg));
}

/** Most tokens read between a partnership and a segment for a title. */
const MAX_PARTNERS_TITLE = 6;

/**
 * `Black & Veatch President X`, `Halden & Price Sir X`: a title or a form of address between the partners and the segment
 * makes it a person's name; so does a body's word closing the partners' names (`Korean Sport & Olympic Committee X`).
 */
function titledAfterPartners(v: LineView, seg: Segment): boolean {
  for (let k = seg.first - 1; k >= seg.runFirst && k >= seg.first - MAX_PARTNERS_TITLE; k--) {
    // (`Hyundai Engineering & Construction Lee Jae-won`: or a field's word closing them; `Kessler & Ruiz LLP Isabel Castro`:
    // or a legal form.)
    if (v.cls[k] === 'title' || v.cls[k] === 'honorific' || (k === seg.first - 1 && (v.cls[k] === 'org' || v.cls[k] === 'qualifier' || isLegalFormWord(v.tokens[k].lower)))) return true;
  }
  return false;
}

const VESSEL_NOUN_SET: ReadonlySet<string> = new Set(VESSEL_NOUNS);
const COMPANY_NOUN_SET: ReadonlySet<string> = new Set([...COMPANY_NOUNS, ...VESSEL_NOUNS, ...MEDIA_NOUNS]);
const GROUP_NOUN_SET: ReadonlySet<string> = new Set(GROUP_NOUNS);

/** A role of `members of` a body that ends in `group` (`members of the Hungary–Kazakhstan parliamentary friendship group`). */
function isGroupsMembers(v: LineView, role: RoleSpan): boolean {
  return v.tokens[role.first].lower === 'members' && lastWord(v, v.tokens[role.last]).toLowerCase() === 'group';
}

/**
 * The role ends in an office after a serving title's `of` or `to` with no article (`Special Envoy of President`), and
 * another person is named after the segment's comma (not `Aide to President Yury Ushakov told …`, the aide).
 */
function isServedStyle(v: LineView, role: RoleSpan, seg: Segment): boolean {
  const start = servedOfficeStart(v, role.first, role.last);
  if (start === undefined || v.tokens[start - 1].lower === 'the' || v.cls[seg.runLast + 1] !== 'comma') return false;
  // (Only past an office's words: not `Aide to President X, speaking after the talks between A B and …`.)
  let k = seg.runLast + 2;
  while (k < v.tokens.length && k - seg.runLast < MAX_SERVING_LOOK && (SERVING_OFFICE_CLASSES.has(v.cls[k]) || isLowerQualifier(v, k))) k++;
  return v.cls[k] === 'name' && v.cls[k + 1] === 'name';
}

/** Most tokens read after a served office's name for the one serving. */
const MAX_SERVING_LOOK = 20;
/** Classes of an office's words before the one serving it (`former Prime Minister of the Republic of Korea`). */
const SERVING_OFFICE_CLASSES: ReadonlySet<TokenClass> = new Set(['title', 'qualifier', 'connector', 'country', 'honorific']);

/**
 * `machinist of KTZ Nurlan Mamyrov`: three letters or more with no vowel after `of`, `at` or `from` (a body's, no surname
 * in capitals as `KISHIDA` is; elsewhere they may be initials: `KP Sharma Oli`, `BJP MP GVL Narasimha Rao`) opening a run
 * of two name words or more; so are any capitals after `the` and a state (`of the Turkmenistan NOC Merdan Atayev`).
 */
function opensWithBodysLetters(v: LineView, seg: Segment): boolean {
  if (seg.last - seg.first < 2 || v.cls[seg.first] !== 'caps' || v.cls[seg.first + 1] !== 'name') return false;
  const link = v.tokens[seg.first - 1]?.lower ?? '';
  const statesBody = v.cls[seg.first - 1] === 'country' && v.tokens[seg.first - 2]?.lower === 'the';
  return statesBody || (isVowellessLetters(v.tokens[seg.first]) && BODY_LINKS.has(link));
}
const BODY_LINKS: ReadonlySet<string> = new Set(['of', 'at', 'from']);

/** The role is written after a name and a comma, as that name's apposition (`Jean-Luc Moreau, President of …`). */
function isAppositionOf(v: LineView, role: RoleSpan): boolean {
  return v.cls[role.first - 1] === 'comma' && v.cls[appositionsNameEnd(v, role)] === 'name';
}

/** The name before the apposition `role` has no title or form of address right before it. */
function isUntitledNameBefore(v: LineView, role: RoleSpan): boolean {
  let k = appositionsNameEnd(v, role);
  while (k > 0 && (v.cls[k - 1] === 'name' || v.tokens[k - 1].kind === 'initial')) k--;
  return k === 0 || (v.cls[k - 1] !== 'title' && v.cls[k - 1] !== 'honorific' && roleBefore(v, k - 1) === undefined);
}

/** `Aliya Mukanova, 27, founder of …`: where the name before the apposition `role` ends, maybe past its age. */
function appositionsNameEnd(v: LineView, role: RoleSpan): number {
  return isAgeBetweenCommas(v, role.first - 3) ? role.first - 4 : role.first - 2;
}

/**
 * `Foreign Minister A, Aide to the President B`: the name before the capitalised office `role` has one of its own before
 * it, so the comma is a list's (not in `Ambassador A, adviser to the President B`, a lower-case apposition).
 */
function isTitledList(v: LineView, role: RoleSpan, officeOnly: false | 'rank' | 'style' = false): boolean {
  if (!v.tokens[role.first].upper) return false;
  const before = nameStartBefore(v, appositionsNameEnd(v, role)) - 1;
  const office = roleBefore(v, before);
  if (office === undefined || office.viaComma) return false;
  // (`Prince Rashid bin Talal, Special Envoy of King Abdullah II`: a prince's or a queen's lone title is a style, no office of
  // a list; a ruler's is: `Sultan Haitham bin Tarik, Adviser to the Sultan Abdulaziz Al-Hinai`.)
  if (!officeOnly) return office.role.first !== office.role.last || !PRINCELY_STYLES.has(v.tokens[office.role.first].lower);
  // (`officeOnly`: an office right before the name, not a rank, `General A, Chief of the General Staff, Colonel B`, nor a
  // style that gives way to an office, `Ambassador A, Permanent Representative of …, Ambassador B`, whose comma opens A's
  // apposition; before a style, `Akim of … A, Chairman of …, Academician B`, one with its complement, which needs no
  // apposition: `Governor A, Chairman of the Governors' Forum, Senator B` is A's chair.)
  const { first, last } = office.role;
  const ranked = isMilitaryRank(v, first, last) || isRankOfService(v, first, last) || yieldsToApposition(v, office.role);
  return last === before && !ranked && (officeOnly === 'rank' || hasComplement(v, first, last));
}

/** Royal titles that style a ruler's kin or consort (`Queen Rania`), no ruler. */
const PRINCELY_STYLES: ReadonlySet<string> = new Set(['prince', 'princess', 'duke', 'duchess', 'queen']);

/** Token `k` opens capitalised title words right before a name (`Colonel Liu Hongwei`, `Senior Colonel Liu Hongwei`). */
function opensTitledName(v: LineView, k: number): boolean {
  if (v.cls[k - 1] !== 'comma' || !v.tokens[k]?.upper) return false;
  let j = k;
  while (j - k < MAX_RANK_WORDS && (v.cls[j] === 'title' || v.cls[j] === 'qualifier') && v.tokens[j].upper) j++;
  return j > k && v.cls[j - 1] === 'title' && v.cls[j] === 'name';
}

/** Most words of a rank before a listed name (`Lieutenant Colonel`, `Senior Colonel`). */
const MAX_RANK_WORDS = 3;

/** The comma at `comma` closes an office with its complement (`the Defence Attaché of the United Kingdom,`). */
function isOfficeBeforeComma(v: LineView, comma: number): boolean {
  const office = v.cls[comma] === 'comma' ? roleBefore(v, comma - 1) : undefined;
  return office !== undefined && !office.viaComma && office.role.last === comma - 1 && hasComplement(v, office.role.first, office.role.last);
}

/** One word right after an organisation's capitalised word, before a comma (`… Fund Samruk-Kazyna,`). */
function namesBodyAfterItsWord(v: LineView, seg: Segment): boolean {
  const owner = v.tokens[seg.first - 1];
  return seg.first === seg.last && v.cls[seg.first - 1] === 'org' && owner.upper && adjacent(v.text, owner, v.tokens[seg.first]) && v.tokens[seg.last + 1]?.text === ',';
}

/** `the company Andes Lithium`: a run right after a business's lower-case noun is that business's name. */
export function namedByCompanyNoun(v: LineView, seg: Segment): boolean {
  return companyNounBefore(v, seg) !== undefined;
}

/** The company's or vessel's noun (in lower case) right before the segment's name, if one stands there. */
function companyNounBefore(v: LineView, seg: Segment): string | undefined {
  const noun = nounBeforeOpening(v, seg, OPENING_COMPANY);
  // `steelmaker Yerlan Mukanov`, `exporter José Carlos Pereira da Silva`: a trade that is a person's too, before a name shaped as a person's.
  if (noun !== undefined && PERSONS_TRADES.has(noun) && isPersonShaped(v, seg)) return undefined;
  // (`Site manager from Indian side Rajesh Kumar Srinivasan`: a state's side in talks or works, no sports club.)
  if (noun === 'side' && isStatesSideFrom(v, seg.first - 1)) return undefined;
  // (`the friendship group Serik Abdrakhmanov-Orda`: any business's noun before a full name with a Slavic or Turkic surname;
  // not a vessel's: `the floating power unit Akademik Lomonosov`.)
  if (noun !== undefined && seg.last > seg.first && opensWithSlavicSurname(v.tokens[seg.last].lower)) return vesselNounBefore(v, seg);
  return noun ?? vesselNounBefore(v, seg);
}

/**
 * Token `side` is `side` after a nationality that `from` or `from the` opens, after an office's title or opening the
 * sentence (`Site manager from Indian side`, `From the Kazakh side`; not `joined from French side Paris Saint-Germain`).
 */
function isStatesSideFrom(v: LineView, side: number): boolean {
  if (v.cls[side - 1] !== 'country') return false;
  const from = v.tokens[side - 2]?.lower === 'the' ? side - 3 : side - 2;
  return v.tokens[from]?.lower === 'from' && (from === 0 || v.cls[from - 1] === 'title' || SENTENCE_END.test(v.tokens[from - 1].text));
}
const SENTENCE_END = /^[.!?]$/;

/** Nouns of a business that also name a person by the trade (`steelmaker`, `exporter`). */
const PERSONS_TRADES: ReadonlySet<string> = new Set(['steelmaker', 'miner', 'exporter', 'importer', 'buyer', 'supplier', 'distributor', 'forwarder', 'developer', 'operator', 'trader', 'contractor']);

function isPersonShaped(v: LineView, seg: Segment): boolean {
  return isPersonShapedRun(v, seg.first, seg.last);
}

/** `the tanker Sultan Beibarys`, `the passenger ferry Lady Aurora`: a vessel's name may open with a title. */
function vesselNounBefore(v: LineView, seg: Segment): string | undefined {
  const noun = nounBeforeOpening(v, seg, OPENING_VESSEL);
  return noun !== undefined && VESSEL_NOUN_SET.has(noun) ? noun : undefined;
}

/** The company's noun before the segment's name and the opening words of the classes given. */
function nounBeforeOpening(v: LineView, seg: Segment, opening: ReadonlySet<TokenClass>): string | undefined {
  // `the hospital ship Africa Mercy`, `its sister ship Global Mercy`: the name may open with a country or a common word.
  let k = seg.first;
  while (k > seg.first - MAX_WORDS_OPENING_COMPANY && v.tokens[k - 1]?.upper && opening.has(v.cls[k - 1]) && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k--;
  const noun = v.tokens[k - 1];
  // `the Turkish company Kolin İnşaat`: the noun may stand inside the run, after a nationality; a title-case
  // headline writes it capitalised, after a nationality (`… of Austrian Company Steinhauser Industrie`; `… of the
  // National Bank Timur Suleimenov` names the bank's chairman).
  if (noun === undefined || (noun.upper && !(v.titleCase && followsNationality(v, k - 2))) || (noun.kind !== 'word' && noun.kind !== 'gap')) return undefined;
  // (`Chairman of China Energy Group Liu Jianguo`: there, not before a Chinese name, which the company's own noun closes after
  // its fields; but `Chinese Company Zhong Yuan`, right after the nationality, and `Chinese Energy Company Hua Xin`, after
  // the word that most often goes before a company's name.)
  if (noun.upper && v.cls[k - 2] !== 'country' && noun.lower !== 'company' && isPinyinName(v, seg)) return undefined;
  if (!adjacent(v.text, noun, v.tokens[k])) return undefined;
  // `of the Kostanay Agro company Viktor Pak`: a noun that closes the business's own name is followed by someone else's.
  const owner = v.tokens[k - 2];
  if (!noun.upper && noun.words === 1 && owner?.upper && v.cls[k - 2] !== 'country' && owner.kind === 'word' && adjacent(v.text, owner, noun)) return undefined;
  const word = noun.upper ? lastWord(v, noun).toLowerCase() : lastWord(v, noun);
  return COMPANY_NOUN_SET.has(word) || GROUP_NOUN_SET.has(word) ? word : undefined;
}

const MAX_WORDS_OPENING_COMPANY = 2;

/** The segment is a surname and a given name, both of pinyin (`Liu Jianguo`). */
function isPinyinName(v: LineView, seg: Segment): boolean {
  return seg.last === seg.first + 1 && isPinyinGivenName(v.tokens[seg.first].lower) && isPinyinGivenName(v.tokens[seg.last].lower);
}

/** Token `k` is a country's word, or one or two capitalised fields after it (`Korean Logistics Company`). */
function followsNationality(v: LineView, k: number): boolean {
  for (let j = k; j > k - MAX_WORDS_OPENING_COMPANY && v.tokens[j]?.upper && (v.cls[j] === 'qualifier' || v.cls[j] === 'stop'); j--) if (v.cls[j - 1] === 'country') return true;
  return v.cls[k] === 'country';
}
const OPENING_COMPANY: ReadonlySet<TokenClass> = new Set(['country', 'stop']);
const OPENING_VESSEL: ReadonlySet<TokenClass> = new Set(['country', 'stop', 'title', 'honorific']);

/** Most capitalised words of one item of a list. */
const MAX_ITEM_WORDS = 3;
/** Most items read back through a list. */
const MAX_ITEMS = 8;

/**
 * Token `first` closes an item of a list of capitalised names, separated by commas and `and`, that a plural title's
 * `of` opens (`representatives of TotalEnergies, Air Liquide, Alstom and Vicat`): the items are what the holders
 * represent, not people.
 */
function inPluralTitlesList(v: LineView, first: number): boolean {
  let k = first;
  for (let items = 0; items < MAX_ITEMS; items++) {
    let words = 0;
    while (k > 0 && words < MAX_ITEM_WORDS && v.tokens[k - 1].upper && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) [k, words] = [k - 1, words + 1];
    const link = v.tokens[k - 1];
    if (link === undefined) return false;
    if (link.lower === 'of') return v.cls[k - 2] === 'title' && hasPluralTitle(v, k - 2, k - 2);
    if (link.text !== ',' && link.lower !== 'and') return false;
    k -= 2;
    if (k < 0 || !v.tokens[k].upper) return false;
  }
  return false;
}

/** Most lower-case tokens between an apposition's article and its business noun (`state-owned mining`). */
const MAX_COMPANY_DESCRIPTION = 3;

/** `, the state-owned mining company,` right after token `last`: an apposition naming a business. */
function isDescribedAsCompany(v: LineView, last: number): boolean {
  const noun = describedNoun(v, last);
  return (COMPANY_NOUN_SET.has(noun) && !(noun === 'group' && isGroupOfPeople(v, last))) || DESCRIBED_BODIES.has(noun);
}

/** `According to B. X, the first group of pilgrims will …`: the apposition's group is of people, no group of companies. */
function isGroupOfPeople(v: LineView, last: number): boolean {
  for (let k = last + 3; k < v.tokens.length && k < last + 4 + MAX_COMPANY_DESCRIPTION; k++) {
    if (v.tokens[k].lower !== 'of') continue;
    const members = v.tokens[k + 1];
    return members !== undefined && isLowerWords(members) && GROUPED_PEOPLE.has(firstWordOf(v.text, members));
  }
  return false;
}

/** People a group of travellers or visitors is made of (not `enterprises`, `farms`, `investors`: a business group's). */
const GROUPED_PEOPLE: ReadonlySet<string> = new Set([
  'pilgrims', 'tourists', 'students', 'schoolchildren', 'children', 'experts', 'specialists', 'journalists', 'athletes', 'volunteers',
  'doctors', 'teachers', 'deputies', 'parliamentarians', 'diplomats', 'officials', 'scientists', 'representatives', 'workers',
  'participants', 'delegates', 'citizens', 'compatriots', 'people', 'refugees', 'migrants', 'veterans',
]);

/** Bodies an apposition may say a name is (`Perum Bulog, the state logistics agency,`). */
const DESCRIBED_BODIES: ReadonlySet<string> = new Set(['agency', 'enterprise', 'organisation', 'organization', 'institution', 'foundation', 'fund']);

/** The noun closing an apposition of an article and a few lower-case words right after token `last`, or ''. */
function describedNoun(v: LineView, last: number): string {
  const article = v.tokens[last + 2]?.lower;
  if (v.cls[last + 1] !== 'comma' || (article !== 'the' && article !== 'a' && article !== 'an')) return '';
  let k = last + 3;
  while (k < v.tokens.length && k < last + 3 + MAX_COMPANY_DESCRIPTION && isLowerWords(v.tokens[k]) && v.cls[k] !== 'connector' && v.cls[k] !== 'title') k++;
  const next = v.tokens[k];
  // (`Nhan Dan, the central newspaper of the Communist Party …`: or before the noun's `of`.)
  return k > last + 3 && (next === undefined || next.kind === 'punct' || next.lower === 'of') ? lastWord(v, v.tokens[k - 1]) : '';
}

/** Most tokens read past a title for the name whose role it opens. */
const MAX_ROLE_TO_NAME = 12;

/**
 * `Kaya Yapı Chairman of the Board Mehmet Emre Kayaoğlu`: a segment right before a title that opens the role of the
 * next name, which takes the segment in as what the office leads.
 */
function opensNextRole(v: LineView, seg: Segment): boolean {
  if (seg.last === seg.first || v.cls[seg.last + 1] !== 'title' || !adjacent(v.text, v.tokens[seg.last], v.tokens[seg.last + 1])) return false;
  for (let k = seg.last + 2; k < v.tokens.length && k <= seg.last + MAX_ROLE_TO_NAME; k++) {
    // (`appointing X Y Chairman of the Committee for Veterinary Control`: a common word inside the complement is its field.)
    if (v.cls[k] !== 'name' || (v.cls[k - 1] !== 'title' && isCommonEnglishWord(v.tokens[k].lower))) continue;
    const role = roleBefore(v, k - 1);
    return role !== undefined && role.role.first <= seg.first;
  }
  return false;
}

/** Saints' words that may stand between a head and the name it bears (`Palacio San Martín`). */
const SAINTS_WORDS: ReadonlySet<string> = new Set(['san', 'santa', 'santo', 'são', 'saint', 'st.', 'sainte']);

/**
 * `St Andrew’s House`, `St. John’s`, `the Order of St Michael and St George`: a saint's one name names a saint, a place or a
 * church, no one in the news.
 */
function namesSaintsPlace(v: LineView, seg: Segment): boolean {
  const saint = v.tokens[seg.first]?.lower === 'st' ? seg.first : seg.first - 1;
  if (!isSaintsWord(v, saint) || seg.last !== saint + 1 || v.cls[saint - 1] === 'honorific' || v.cls[saint - 1] === 'title' || speaksAt(v, seg.last + 1)) return false;
  // Written as a thing's or a place's name: after `of`, `the` or a preposition of place, after `and` only after another
  // saint's name (`St Michael and St George`), or before a possessive; not after a form of address or a title (`Mr St.
  // Clair's proposal`), nor elsewhere (`St Aubyn also met …`, `"We are ready," St John told …`, `According to St John`:
  // surnames).
  const before = v.tokens[saint - 1]?.lower ?? '';
  return v.cls[seg.last + 1] === 'possessive' || SAINTS_PLACE_BEFORE.has(before) || (before === 'and' && isSaintsWord(v, saint - 3));
}

function isSaintsWord(v: LineView, k: number): boolean {
  const word = v.tokens[k]?.lower ?? '';
  return SAINTS_WORDS.has(word) || word === 'st';
}

const SAINTS_PLACE_BEFORE: ReadonlySet<string> = new Set(['of', 'the', 'in', 'from', 'at', 'near', 'via']);

/** Business groups and banks written before the one name they bear (`Groupe Lavergne`, `Grupo Bimbo`, `Banco Santander`). */
const GROUP_HEADS: ReadonlySet<string> = new Set(['groupe', 'grupo', 'gruppo', 'banco', 'banca', 'banque']);

/** The segment's head is a business group's, with three name words or more after it (the group's one, then a person's). */
function namedAfterGroup(v: LineView, seg: Segment): boolean {
  return seg.last - seg.first >= 2 && GROUP_HEADS.has(v.tokens[seg.first - 1]?.lower ?? '');
}

/**
 * How many words of the segment a group's name takes: one, or through a word of direction after a particle or the group's
 * first word (`Grupo Minero del Norte`, `Groupe Renault Nord`; not a person's `Pierre Nord`, `Dao Minh Tuan`).
 */
function groupsNameWords(v: LineView, seg: Segment): number {
  for (let k = seg.first + 1; k <= seg.last; k++) {
    const closer = PLACE_CLOSER_SET.has(v.tokens[k].lower) && v.tokens[k].upper;
    if (closer && ((v.cls[k - 1] === 'particle' && !v.tokens[k - 1].upper) || (k === seg.first + 1 && ROMANCE_DIRECTIONS.has(v.tokens[k].lower)))) return k - seg.first + 1;
  }
  return 1;
}

/** Words of direction that close a Romance group's or place's name (`Norte`, `Nord`). */
const ROMANCE_DIRECTIONS: ReadonlySet<string> = new Set(['norte', 'sur', 'sul', 'nord']);

const HEADS_ALSO_GIVEN_NAMES: ReadonlySet<string> = new Set(['ras', 'dewan']);
/** Ships' prefixes; the merchant ones are initials too. */
const SHIP_PREFIX_SET: ReadonlySet<string> = new Set(SHIP_PREFIXES);
const MERCHANT_PREFIXES: ReadonlySet<string> = new Set(['mv', 'mt']);
/** Words right before a merchant ship's prefix (`the tanker MT X`, `aboard MV X`). */
const SHIP_LEADS: ReadonlySet<string> = new Set(['the', 'aboard', 'vessel', 'ship', 'tanker', 'ferry', 'freighter', 'carrier', 'cargo', 'boat', 'onboard', 'on']);

/** The word right before token `k`, in lower case, if any (a gap's last word). */
function lastWordBefore(v: LineView, k: number): string {
  const t = v.tokens[k - 1];
  return t === undefined ? '' : t.kind === 'gap' ? lastWord(v, t) : t.lower;
}
/** Words before a street's or a square's head (`on Rua de Cedofeita`, `the Rue de Rivoli`). */
const WORDS_BEFORE_STREETS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'along', 'near', 'from', 'to', 'via', 'into', 'the']);

/** The Romance `and` between a body's last two words (`de Crédito y Ahorro`). */
const ROMANCE_ANDS: ReadonlySet<string> = new Set(['e', 'y', 'et', 'i']);

/** `Stade Hassan II`, `Avenue Habib Bourguiba`, `Camp General Emilio Aguinaldo`: a place or institution whose head word comes before the name it bears. */
function namedAfterHead(v: LineView, seg: Segment): boolean {
  // `Palacio de Bellas Artes`: a particle may join the head to the name; `Camp General Emilio Aguinaldo`: so may the honoree's title.
  // `Universiti Tunku Abdul Rahman`, `Jalan Tun Razak`: or a form of address; `Palacio San Martín`: or a saint's word.
  const joiner = (v.cls[seg.first - 1] === 'particle' && !v.tokens[seg.first - 1].upper) || v.cls[seg.first - 1] === 'title' || v.cls[seg.first - 1] === 'honorific'
    || SAINTS_WORDS.has(v.tokens[seg.first - 1]?.lower ?? '');
  // (`on Rua de Cedofeita`, `in Jalan Ampang`: or the head opens the run itself, before a particle or after a place's
  // preposition; not `Plaza Lasso was …`, `Rue McClanahan starred`, nor a head that is a given name too: `Ras Baraka`.)
  const opening = v.tokens[seg.first].lower;
  const placed = v.cls[seg.first + 1] === 'particle' || WORDS_BEFORE_STREETS.has(v.tokens[seg.first - 1]?.lower ?? '');
  // (`The Orquesta Típica …` opening a sentence: the run holds its capitalised article.)
  const runFirst = seg.runFirst + (v.tokens[seg.runFirst].text === 'The' ? 1 : 0);
  if (seg.first === runFirst && seg.last > seg.first && placed && HEAD_BEFORE_NAME_SET.has(opening) && !HEADS_ALSO_GIVEN_NAMES.has(opening) && v.cls[seg.first - 1] !== 'title' && v.cls[seg.first - 1] !== 'honorific') return true;
  // (`deployed HMNZS Canterbury`: a navy's prefix in capitals opens a ship's name wherever it stands, no title or form of
  // address before it; `MV` and `MT`, also a person's initials (`MV Govindan`), only after `the`, `aboard` or a vessel's noun.)
  if (seg.last > seg.first && v.tokens[seg.first].allCaps && SHIP_PREFIX_SET.has(opening) && v.cls[seg.first - 1] !== 'title' && v.cls[seg.first - 1] !== 'honorific') {
    return !MERCHANT_PREFIXES.has(opening) || SHIP_LEADS.has(lastWordBefore(v, seg.first));
  }
  const k = joiner ? seg.first - 1 : seg.first;
  const head = v.tokens[k - 1];
  if (head === undefined || !head.upper || !adjacent(v.text, head, v.tokens[k])) return false;
  // (`at the Hotel Alfonso XIII`: an English head after `the`, right before the name; not `Hotel Manager X`.)
  if (head.text === 'Hotel' && k === seg.first) return v.tokens[k - 2]?.lower === 'the';
  // (`at the Hotel Rixos President Astana`: or opening the run after `the`, a title inside the hotel's name before its one
  // last word; not `the Hotel Kazakhstan General Manager Peter Brown`.)
  if (v.tokens[seg.runFirst].text === 'Hotel' && seg.runFirst < seg.first && seg.first === seg.last && v.tokens[seg.runFirst - 1]?.lower === 'the') return true;
  // (`Banco Português de Fomento e Investimento`, `Museu Nacional de Arte Antiga`: before a particle, the head may stand one
  // word further back, where two words, or three at most that a Romance `and` closes, close the name (`Instituto Nacional
  // de Investigação Agrária e Veterinária`); not `Grupo Industrial del Sur Carlos Ramírez`, `Banco Português de
  // Investimento Artur Santos e Silva`.)
  const particle = v.cls[seg.first] === 'particle' && !v.tokens[seg.first].upper ? seg.first : joiner && v.cls[k] === 'particle' ? k : -1;
  const [named, headFurther] = [v.tokens[particle - 1], v.tokens[particle - 2]];
  if (particle > 1 && named.upper && headFurther.upper && HEAD_BEFORE_NAME_SET.has(headFurther.lower) && adjacent(v.text, headFurther, named)) {
    return seg.last - particle <= 2 || (seg.last - particle <= 4 && ROMANCE_ANDS.has(v.tokens[seg.last - 1].lower));
  }
  return HEAD_BEFORE_NAME_SET.has(head.lower) && (k === seg.first || adjacent(v.text, v.tokens[k], v.tokens[seg.first]));
}

/**
 * The role before the name, but for a lone rank (`Prince`): then the office
 * written before the rank, else an apposition after the name, else the rank.
 * A style (`Ambassador`) gives way only to an office written before it: with
 * the name it is the title nearest to it (`Ambassador Mukhtar Tileuberdi,
 * Permanent Representative of …` has the role `Ambassador`).
 */
function chooseRole(v: LineView, held: RoleBefore | undefined, after: RoleSpan | undefined): RoleSpan | undefined {
  if (!held || isBareLeader(v, held.role)) return after;
  const before = withoutTrailingRank(v, withLowerRankOpeners(v, held));
  // `City police chief, Police Major General X`: the office before a rank's comma is the role (the rank is the holder's).
  // (An apposition set off after the name says the office first: `…, Major General X, head of …`.)
  // (`the Director of the Department of Europe of the Kazakh MFA, Ambassador X`: so is one before a diplomat's style.)
  // (Only an office of a capitalised title, before a style: `The envoy, Ambassador X` keeps the style.)
  // (`Akim of … A, Chairman of …, Academician B`: and an academic style.)
  const styled = isSetOffYieldingStyle(v, before.role) || isAcademic(v, before.role);
  const ranked = isMilitaryRank(v, before.role.first, before.role.last) || isRankOfService(v, before.role.first, before.role.last) || isChessTitle(v, before.role) || styled;
  // (`the Defence Attaché of …, Colonel A, the Military Attaché of …, Colonel B`: in a list of offices each set before its
  // holder's rank, the office after the name is the next holder's.)
  const nexts = after !== undefined && isSetOff(v, after) && isOfficeBeforeComma(v, before.role.first - 1) && opensTitledName(v, after.last + 2);
  const ranksOffice = ranked && (!(after && isSetOff(v, after)) || nexts) ? officeBeforeStylesComma(v, before.role, styled) ?? listsPluralOffice(v, before.role) : undefined;
  if (ranksOffice && (!styled || namesOffice(v, ranksOffice))) return ranksOffice;
  // `Armenia will remain a full member of the EAEU, Leonid Kalashnikov, chairman of …, said`: an office across a comma
  // after `a` describes something else; the name's own apposition is its office.
  // `Baroness A, Chair of …, Sir B KCMG, former Ambassador …,`: so is an earlier name's apposition when this name has its own.
  if (before.viaComma && after && isSetOff(v, after) && isAppositionOf(v, before.role)) return after;
  // `By Decree of the Head of State, X, Vice Minister of …, has been appointed`: so is one an opening phrase governs, when
  // the apposition closes before the verb (not `At the invitation of the President of A, X, the President of B, Y, …`).
  if (before.viaComma && after && (followsIndefinite(v, before.role.first) || (isOpeningPhrasesObject(v, before.role.first) && closesBeforeVerb(v, after)))) return after;
  // `Lady Hartfield`: a courtesy style, as `Dame` and `Sir` are, is no office (`First Lady` is); a judge's with it, `Lady
  // Justice X`, is a style that gives way to an office before its comma or in apposition.
  // (Not an office a participle governs: `After meeting the Lord Chancellor, Lady X visited`.)
  const lady = before.role.first === before.role.last && v.tokens[before.role.first].lower === 'lady';
  if (lady || isCourtesysJudge(v, before.role)) return officeNoParticiplesObject(v, officeBefore(v, before.role)) ?? after ?? (lady ? undefined : before.role);
  // `Bektenov’s deputies, X (Deputy Prime Minister – Minister of …) and Y (…)`: a list's plural title gives way to each
  // name's own office in brackets.
  // (`European business leaders: Dr. X, Chief Executive Officer of …`: or set off by a comma; `Kurultai members X, rector of
  // …`: a lower-case one with its complement too.)
  // (Not a membership or a former post: `deputies A, member of the Amanat party, and B`.)
  const ownOffice = after !== undefined && (namesOffice(v, after) || (hasComplement(v, after.first, after.last) && !MEMBERSHIPS.has(v.tokens[after.first].lower)));
  if (after && (v.tokens[after.first - 1]?.text === '(' || isSetOff(v, after)) && ownOffice && hasPluralTitle(v, before.role.first, before.role.last)) return after;
  if (isLoneRank(v, before.role)) return officeBefore(v, before.role) ?? after ?? before.role;
  // `Uganda’s President H.E. Gen. (Rtd) X`: a military rank past a form of address gives way to the office before it, as
  // it does right after one (see withoutTrailingRank).
  // (Not across a comma: `the Adjutant General, Lt Gen X`.)
  const pastAddress = v.cls[before.role.first - 1] === 'honorific' && isMilitaryRank(v, before.role.first, before.role.last);
  const rankHolder = pastAddress ? officeBefore(v, before.role) : undefined;
  if (rankHolder !== undefined) return rankHolder;
  // `General X, President of the Transition`: a military rank alone gives way to the office of more than one word in the
  // name's apposition (not to a new one: `General X has been appointed Commander …`).
  // (`Colonel of the Medical Service X, head of …`: so does a rank with its service.)
  if (after && after.last > after.first && isSetOff(v, after) && (isMilitaryRank(v, before.role.first, before.role.last) || isRankOfService(v, before.role.first, before.role.last))) return after;
  // `nominated Amb. X as Principal Secretary …`: a style, or a title in lower case (`swore in engineer X as Minister of
  // …`), gives way to the office one is appointed to right after the name (not to a former one: `Ambassador X, who
  // previously served as …`).
  const appointedTo = after !== undefined && v.tokens[after.first - 1]?.lower === 'as' && (v.cls[after.first - 2] === 'name' || v.cls[after.first - 2] === 'caps');
  if (appointedTo && !v.tokens[before.role.last].upper) return after;
  if (!isStyle(v, before.role) && !yieldsToApposition(v, before.role)) return officeBeforeQualifiedStyle(v, before.role) ?? withoutTrailingStyle(v, before.role);
  // `deputy X, a member of the Committee on …`: a legislator's style gives way to a seat in a body set off with `a`.
  const seat = after !== undefined && before.role.first === before.role.last && LEGISLATORS.has(v.tokens[before.role.last].lower) && isCommitteeMember(v, after) &&
    v.tokens[after.first - 1]?.lower === 'a' && v.cls[after.first - 2] === 'comma';
  // (`Professor X, a prominent researcher of …`: not to a description with `a`, unless it names an office in capitals:
  // `Professor X, a former Foreign Minister of Spain`.)
  // (Not an honour to another: `Honoured Miner of Kazakhstan X, Hero of Labour of Kazakhstan`.)
  const yields = seat || after !== undefined && yieldsToApposition(v, before.role) && (!followsIndefinite(v, after.first) || namesOffice(v, after)) && !(isHonour(v, before.role) && isHonourAt(v, after.first)) &&
    (!SET_OFF_YIELDING.has(v.tokens[before.role.last].lower) || (isOwnSetOffOffice(v, after) && !isDegree(v, after) && !isHonour(v, after) && !isHonourAt(v, after.first)));
  // (`President of the Sendai Institute of Technology Professor X`: the office whose complement a field before the style closes.)
  return officeBeforeQualifiedStyle(v, before.role) ?? officeBefore(v, before.role) ?? (after && (restatesStyle(v, before.role, after) || yields || appointedTo) ? after : before.role);
}

/** The `office`, unless a participle's object (`meeting the Lord Chancellor`). */
function officeNoParticiplesObject(v: LineView, office: RoleSpan | undefined): RoleSpan | undefined {
  if (office === undefined) return undefined;
  let k = office.first - 1;
  while (k > 0 && (v.tokens[k].lower === 'the' || v.cls[k] === 'honorific')) k--;
  const word = v.tokens[k];
  return word !== undefined && !word.upper && isParticiple(lastWord(v, word)) ? undefined : office;
}

/** `Lady Justice`, `Lord Justice`: a judge's style after a courtesy. */
function isCourtesysJudge(v: LineView, role: RoleSpan): boolean {
  return role.last === role.first + 1 && v.tokens[role.last].text === 'Justice' && JUDGES_COURTESIES.has(v.tokens[role.first].lower);
}

/** A capitalised title word anywhere inside `role` (`a former Foreign Minister of Spain`, `an adviser to the Minister`). */
function namesOffice(v: LineView, role: RoleSpan): boolean {
  for (let k = role.first; k <= role.last; k++) if (v.cls[k] === 'title' && v.tokens[k].upper) return true;
  return false;
}

/** A membership's or a former post's first words, which describe rather than name one's own office. */
const MEMBERSHIPS: ReadonlySet<string> = new Set(['member', 'members', 'former', 'ex']);

/** Styles of those who sit on a chamber's committees. */
const LEGISLATORS: ReadonlySet<string> = new Set(['deputy', 'senator', 'mp', 'mep', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'councillor', 'councilor']);
const COMMITTEE_WORDS: ReadonlySet<string> = new Set(['committee', 'commission', 'subcommittee']);

/** `member of the Committee on …`, `member of the Foreign Affairs Committee`: `role` is a seat on a committee. */
function isCommitteeMember(v: LineView, role: RoleSpan): boolean {
  if (v.tokens[role.first].lower !== 'member' || v.tokens[role.first + 1]?.lower !== 'of') return false;
  for (let k = role.first + 2; k <= role.last; k++) if (v.tokens[k].upper && COMMITTEE_WORDS.has(v.tokens[k].lower)) return true;
  return false;
}

/** `a full member`, `an observer`: the lower-case words before token `k` end in an indefinite article and maybe one word. */
function followsIndefinite(v: LineView, k: number): boolean {
  const t = v.tokens[k - 1];
  if (t === undefined || !isLowerWords(t)) return false;
  const from = k >= 2 && isLowerWords(v.tokens[k - 2]) ? v.tokens[k - 2].start : t.start;
  return INDEFINITE_END.test(v.text.slice(from, t.end));
}

const INDEFINITE_END = /(?:^|\s)an?(?:\s+[a-z-]+)?$/;

/**
 * `Ambassador of Bulgaria Ambassador Vasil Petkov`: a title kept as a style of address (`Ambassador`,
 * `Senator`, written once or, by a slip, twice) after an office.
 */
function isStyle(v: LineView, role: RoleSpan): boolean {
  if (isMembersStyle(v, role)) return true;
  // (`Ambassador (ret.)`: maybe marked as retired.)
  const last = beforeRetiredMark(v, role.last);
  for (let k = role.first; k <= last; k++) if (!STYLES.has(v.tokens[k].lower)) return false;
  return true;
}


/** `Mazhilis deputy`: a chamber's name and a lower-case `deputy` say what `MP` says, a style. */
function isMembersStyle(v: LineView, role: RoleSpan): boolean {
  // `the head of the Kyrgyzstan-Russia friendship group, deputy Dastan Bekeshev`: a lone `deputy` too (`…, Deputy X`).
  if (role.last === role.first) return v.tokens[role.first].lower === 'deputy';
  if (role.last === role.first + 1) return v.tokens[role.last].text === 'deputy' && MEMBER_CHAMBER_SET.has(v.tokens[role.first].lower);
  return isDeputyOfChamber(v, role);
}

/** `deputy of the Mazhilis`, `deputy of the Grand National Assembly`: a member's style written out. */
function isDeputyOfChamber(v: LineView, role: RoleSpan): boolean {
  if (v.tokens[role.first].text !== 'deputy' || v.tokens[role.first + 1].lower !== 'of' || !MEMBER_CHAMBER_SET.has(v.tokens[role.last].lower)) return false;
  const name = v.tokens[role.first + 2].lower === 'the' ? role.first + 3 : role.first + 2;
  if (role.last - name >= MAX_CHAMBER_WORDS) return false;
  for (let k = name; k <= role.last; k++) if (!v.tokens[k].upper) return false;
  return true;
}

const MAX_CHAMBER_WORDS = 3;

/**
 * `Professor Sir Richard Trainor, Rector of Exeter College`: an academic style gives way to the office after the name.
 * (`Associate Professor`: maybe after a qualifier.)
 */
function isAcademic(v: LineView, style: RoleSpan): boolean {
  for (let k = style.first; k < style.last; k++) if (v.cls[k] !== 'qualifier') return false;
  return ACADEMIC_STYLES.has(v.tokens[style.last].lower);
}

/** Styles that give way only to an office set off by a comma (not to one a verb says was held: `Ambassador X served as …`). */
const SET_OFF_YIELDING_STYLES: readonly string[] = ['ambassador', 'amb.', 'ambassador-at-large', 'ambassadeur', 'ambassadrice', 'senator', 'sen.', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'counsellor', 'counselor', 'councillor', 'councilor', 'deputy', 'rapporteur', 'co-rapporteur', 'oba', 'mp', 'mep', 'justice'];
const SET_OFF_YIELDING: ReadonlySet<string> = new Set(SET_OFF_YIELDING_STYLES);

/**
 * The office set off after a name is the name's own: one office, holding no other person (not `Ambassador X, members of
 * the Bundestag and …`, `…, the Minister of Energy and the akim of Astana`, `…, Special Envoy of President Tokayev for …`).
 */
function isOwnSetOffOffice(v: LineView, after: RoleSpan): boolean {
  if (!isSetOff(v, after) || hasPluralTitle(v, after.first, after.last) || holdsNamePair(v, after.first, after.last) || goesOnPastName(v, after.last + 1)) return false;
  for (let k = after.first; k < after.last; k++) if (v.tokens[k].lower === 'and' && v.tokens[k + 1].lower === 'the' && (v.cls[k + 2] === 'title' || v.cls[k + 2] === 'qualifier')) return false;
  return true;
}

/** A name at token `k` that the office before it goes on after (`Special Envoy of President Tokayev for Afghanistan`). */
function goesOnPastName(v: LineView, k: number): boolean {
  if (v.cls[k] !== 'name') return false;
  while (v.cls[k + 1] === 'name') k++;
  return v.cls[k + 1] === 'connector' && v.tokens[k + 1].lower !== 'and';
}

function isSetOffYieldingStyle(v: LineView, role: RoleSpan): boolean {
  return (role.first === role.last || isChambersMember(v, role)) && SET_OFF_YIELDING.has(v.tokens[role.last].lower);
}

/** `Mazhilis deputy X, co-chair of …`, `Bundestag deputy X`: a member's style after the chamber's name. */
function isChambersMember(v: LineView, role: RoleSpan): boolean {
  return role.last === role.first + 1 && v.tokens[role.first].upper && MEMBER_CHAMBERS_NAMED.has(v.tokens[role.first].lower) && LEGISLATORS.has(v.tokens[role.last].lower);
}

/** Chambers whose name goes before a member's style. */
const MEMBER_CHAMBERS_NAMED: ReadonlySet<string> = new Set([...MEMBER_CHAMBER_SET, 'bundestag']);

/**
 * Styles that give way to an office in apposition (`Professor X, Rector of …`, `Archbishop X, Apostolic Nuncio of …`, `Rabbi
 * X, Chief Rabbi of …`, `Ambassador X, Permanent Representative of …`, `Senator X, Minister of …`: *decision*, the office
 * says more than the diplomat's or the legislator's style).
 */
const YIELDING_STYLES = new Set([...ACADEMIC_STYLES, 'archbishop', 'bishop', 'cardinal', 'metropolitan', 'rabbi', 'imam', 'mufti', ...SET_OFF_YIELDING_STYLES]);

/** A style or a degree gives way to an office written in apposition: the office says more (`Polish professor X, Rector of …`). */
function yieldsToApposition(v: LineView, style: RoleSpan): boolean {
  const nationality = style.last === style.first + 1 && v.cls[style.first] === 'country' && isNationality(v.tokens[style.first].lower);
  return ((style.first === style.last || nationality || isChambersMember(v, style)) && YIELDING_STYLES.has(v.tokens[style.last].lower)) || isAcademic(v, style) || isDegree(v, style) || isHonour(v, style);
}

/** `Honoured Teacher of Kazakhstan X`, `People's Artist X`, `Hero of Kazakhstan X`: an honorary title, which gives way too. */
function isHonour(v: LineView, role: RoleSpan): boolean {
  return role.last > role.first && (opensHonour(v, role.first) || (HONOURS.has(v.tokens[role.first].lower) && v.tokens[role.first + 1].lower === 'of'));
}

/** An honorary title or a prize's laureate opens at token `k` (`Hero of Labour`, `Honoured Worker`, `laureate of the State Prize`). */
function isHonourAt(v: LineView, k: number): boolean {
  // (A lower-case word may open a run's token.)
  const word = firstWordOf(v.text, v.tokens[k]).toLowerCase();
  return HONORARY_OPENERS.has(word) || HONOUR_HOLDERS.has(word);
}

const HONOUR_HOLDERS: ReadonlySet<string> = new Set(['hero', 'heroine', 'laureate']);

/** `Doctor of Medical Sciences X, head of the transplantation department`: a degree gives way too. */
function isDegree(v: LineView, role: RoleSpan): boolean {
  return role.last > role.first && DEGREES.has(v.tokens[role.first].lower) && v.tokens[role.first + 1].lower === 'of';
}

/** `Ambassador X, Ambassador of the State of Qatar`: the apposition writes the style out in full. */
function restatesStyle(v: LineView, style: RoleSpan, after: RoleSpan): boolean {
  // (Not a post a verb says one held: `Ambassador PARK served as Ambassador to Norway from 2019`.)
  return isSetOff(v, after) && after.last > after.first && styleWord(v.tokens[after.first].lower) === styleWord(v.tokens[style.last].lower);
}

/** A comma and a verb after the role: `X, Vice Minister of …, has been appointed` (not `…, who chairs`, `…, currently in`). */
function closesBeforeVerb(v: LineView, after: RoleSpan): boolean {
  const next = v.tokens[after.last + 2];
  if (v.cls[after.last + 1] !== 'comma' || next === undefined || next.upper) return false;
  const word = firstWordOf(v.text, next);
  return FINITE_VERBS.has(word) || (word.endsWith('ed') && word.length > 4);
}


/** The apposition's office follows the name's comma, maybe after `the` (`X, the head of the transition`). */
function isSetOff(v: LineView, after: RoleSpan): boolean {
  // (`, the country’s first Chief of …`: after a lower-case owner's possessive too.)
  let k = v.cls[after.first - 1] === 'possessive' && after.first >= 2 && isLowerWords(v.tokens[after.first - 2]) ? after.first - 2 : after.first;
  // (`, the new Permanent Representative of …`: a word saying the office was just taken may stand after `the`.)
  if (k >= 2 && saysNewlyTaken(v, k - 1) && v.tokens[k - 2].lower === 'the') k--;
  // (`Senator X, who is also Chairman of …`: `who is` says what the comma does.)
  if (k >= 3 && NOW_ADVERBS.has(lowerWordOf(v, v.tokens[k - 1]))) k--;
  if (k >= 3 && v.tokens[k - 1].lower === 'is' && lowerWordOf(v, v.tokens[k - 2]) === 'who') k -= 2;
  // (`General X, who also serves as First Deputy Minister of …`: and so does `who serves as`.)
  else if (k >= 3 && v.tokens[k - 1].lower === 'as' && WHO_SERVES.test(v.text.slice(v.tokens[k - 2].start, v.tokens[k - 2].end))) k -= 2;
  return v.cls[k - 1] === 'comma' || (v.tokens[k - 1]?.lower === 'the' && v.cls[k - 2] === 'comma');
}

/** Adverbs between `who is` and the office it gives (`who is also Chairman of …`). */
const NOW_ADVERBS: ReadonlySet<string> = new Set(['also', 'now', 'currently']);
const WHO_SERVES = new RegExp(`^who(?: (?:${[...NOW_ADVERBS].join('|')}))? (?:serves|acts|works)$`);

/** A style's word written out (`amb.` is `ambassador`), and an office's first word without its `-designate` (`Ambassador-designate`). */
function styleWord(lower: string): string {
  return STYLE_ABBREVIATIONS.get(lower) ?? lower.replace(/-(?:designate|elect)$/, '');
}

const STYLE_ABBREVIATIONS = new Map([['amb.', 'ambassador'], ['sen.', 'senator']]);

/**
 * `Chairman of the Committee on Foreign Affairs Senator X`: portfolio words before a style read as one title
 * (`Foreign Affairs Senator`) close an office's complement; that office, if one ends there.
 */
function officeBeforeQualifiedStyle(v: LineView, role: RoleSpan): RoleSpan | undefined {
  if (role.last === role.first || !STYLES.has(v.tokens[role.last].lower)) return undefined;
  // (`Associate Professor` is one title, not a portfolio before a style.) `Chairman of the Board of Trustees of the
  // Yassawi University Professor X`: a body's name before a style closes an office's complement too.
  // (Only as a complement, after its `of` or `the`: not `… Dauren Sultangaziyev and Harris County Judge X`.)
  // (`Special Representative of Pakistan for Afghanistan Ambassador X`: or a state after a portfolio's `for`.)
  const link = v.tokens[role.first - 1]?.lower;
  const complement = link === 'the' || link === 'of';
  const state = (k: number) => link === 'for' && v.cls[k] === 'country';
  for (let k = role.first; k < role.last; k++) if (!(v.cls[k] === 'qualifier' || (complement && isBodysWord(v, k)) || state(k)) || STYLE_PREFIXES.has(v.tokens[k].lower)) return undefined;
  const office = officeBefore(v, { first: role.last, last: role.last });
  return office && office.first < role.first ? office : undefined;
}

/** A capitalised word of a body's name (`Yassawi University`). */
function isBodysWord(v: LineView, k: number): boolean {
  return v.tokens[k].upper && (v.cls[k] === 'org' || v.cls[k] === 'name' || v.cls[k] === 'stop' || v.cls[k] === 'caps');
}

/**
 * The office opening at token `first` is an opening phrase's object, not the office of the name after `style`: a comma
 * closing the name makes the office that name's (`According to the head of …, Colonel X, the peak …`).
 */
function isPhrasesObjectBefore(v: LineView, first: number, style: RoleSpan): boolean {
  return isOpeningPhrasesObject(v, first) && v.cls[listedNameEnd(v, style.last + 1) + 1] !== 'comma';
}

/** `The two leaders, X and Y`: a lower-case `leader` alone describes who one is, and holds no office. */
function isBareLeader(v: LineView, role: RoleSpan): boolean {
  const t = v.tokens[role.first];
  return role.first === role.last && !t.upper && (t.lower === 'leader' || t.lower === 'leaders');
}

/** Lower-case words that say how a rank is held (`retired Colonel`, `reserve Colonel`). */
const RANK_STATUSES: ReadonlySet<string> = new Set(['retired', 'reserve']);

/**
 * The office ending right before the comma before a rank or a style spanning `style` (`Almaty’s police chief, Police Major General
 * X`; `styled` for a style), unless it is an earlier name's apposition or the object of an opening phrase (`At the
 * invitation of the Minister, General X`).
 */
function officeBeforeStylesComma(v: LineView, style: RoleSpan, styled: boolean): RoleSpan | undefined {
  // (`the Minister of State for Trade, Hon. Gen. (Rtd) X`, `Chairman of …, retired Colonel X`, `…, reserve Colonel X`: a
  // form of address or how the rank is held may open it.)
  let rank = style.first;
  while (v.cls[rank - 1] === 'honorific' || RANK_STATUSES.has(v.tokens[rank - 1]?.lower ?? '')) rank--;
  // (Not after a name's comma, nor a surname's in capitals; a body's letters after a connector close an office: `… to UNESCO,`.)
  const capsSurname = v.cls[rank - 2] === 'caps' && v.cls[rank - 3] !== 'connector';
  if (v.cls[rank - 1] !== 'comma' || v.cls[rank - 2] === 'name' || capsSurname) return undefined;
  const office = roleBefore(v, rank - 2);
  // (`the President of the Council for 2026, Ambassador X`: the office's term year is left out of it.)
  const end = isTermYear(v, rank - 2, rank - 2) ? rank - 4 : rank - 2;
  // (`The General, Major General X`: a rank's word alone is no office.)
  if (!office || office.viaComma || office.role.last !== end || isMilitaryRank(v, office.role.last, office.role.last)) return undefined;
  const first = office.role.first;
  // (`the hero of the independence movement, General X`: an honour is no office, nor a degree; `A, Minister of Defence,
  // Colonel General X`, `General A, Ambassador of Mali, Ambassador B`: one after a name's comma is that name's, but in a
  // list of names with offices of their own: `Akim of … A, Chairman of …, Academician B`.)
  // (`According to the head of …, Colonel X, the peak …`: as before a style.)
  const phrasesObject = isPhrasesObjectBefore(v, first, style);
  const other = (followsNamesComma(v, first) && !isTitledList(v, office.role, styled ? 'style' : 'rank')) || phrasesObject || isParticiplesObject(v, first) || isHonourAt(v, first) || isHonour(v, office.role) || isDegree(v, office.role);
  return other ? undefined : office.role;
}

/**
 * `the Chiefs of General Staff of A, B and C, Lieutenant General X, Major General Y and Major General Z`: the plural office
 * before a list of ranked names is each later name's too, past the earlier items (each a rank or a style and a name).
 */
function listsPluralOffice(v: LineView, rank: RoleSpan): RoleSpan | undefined {
  let k = rank.first - 1;
  if (v.cls[k] !== 'comma' && v.tokens[k]?.lower !== 'and') return undefined;
  const end = k - MAX_RANKED_LIST_TOKENS;
  let named = false;
  for (; k > end && k > 0 && isRankedListToken(v, k); k--) named ||= isNameWord(v, k);
  if (!named || v.cls[k + 1] !== 'comma') return undefined;
  const office = roleBefore(v, k);
  return office !== undefined && !office.viaComma && office.role.last === k && hasPluralTitle(v, office.role.first, office.role.last) ? office.role : undefined;
}

/** Token `k` is a word or a comma of a list of names (`A B, Dr. C D, E`): a name's word, particle, initial or form of address. */
function isListedNameToken(v: LineView, k: number): boolean {
  const c = v.cls[k];
  return c === 'comma' || c === 'particle' || c === 'honorific' || v.tokens[k].kind === 'initial' || isNameWord(v, k);
}

/** Token `k` is a word or a mark of a list of names with their ranks or styles (`Major General X, Grandmaster Y and …`). */
function isRankedListToken(v: LineView, k: number): boolean {
  if (isListedNameToken(v, k) || v.tokens[k].lower === 'and') return true;
  return isMilitaryRank(v, k, k) || isMilitaryRank(v, k, k + 1) || isChessTitle(v, { first: k, last: k }) || isChessTitle(v, { first: k, last: k + 1 }) || (v.cls[k] === 'title' && isRankOrStyle(v.tokens[k].lower));
}

/** Most tokens of the earlier items of a list of ranked names. */
const MAX_RANKED_LIST_TOKENS = 24;

/** `International Master`, `FIDE Master`, `Grandmaster`: a chess title, which a player holds as a rank. */
function isChessTitle(v: LineView, role: RoleSpan): boolean {
  if (role.last === role.first) return v.tokens[role.first].lower === 'grandmaster';
  return role.last === role.first + 1 && v.tokens[role.last].lower === 'master' && v.cls[role.first] === 'qualifier';
}

/**
 * `State Minister of Foreign Affairs Ambassador Mesganu Moach`, `Apostolic Nuncio Archbishop George
 * Panamthundil`: a style after an office's complement, or right after another title, is no part of it;
 * `Deputy Ambassador` is one office.
 */
function withoutTrailingStyle(v: LineView, role: RoleSpan): RoleSpan {
  if (role.last === role.first) return role;
  // `Fellow MEP X`: `fellow` says the style is shared with someone named before; the style is the role.
  if (role.last - 1 === role.first && v.tokens[role.first].lower === 'fellow' && STYLES.has(v.tokens[role.last].lower)) return { first: role.last, last: role.last };
  // `Her coach, Spaniard X`: a demonym after a comma says who one is, as a style does, not which office.
  // A state's name there is where the office sits (`Honorary Consul in Santiago, Chile, X`), unless it may be a given
  // name (`…, Jordan Van den Broeck`).
  const state = v.tokens[role.last];
  if (v.cls[role.last] === 'country' && (isNationality(state.lower) || GIVEN_NAME_COUNTRIES.has(state.text)) && v.cls[role.last - 1] === 'comma' && role.last - 2 >= role.first) {
    return { first: role.first, last: role.last - 2 };
  }
  // `the Governor of Lagos, Governor Babajide Sanwo-Olu`: the office's title said again before the name.
  if (v.cls[role.last - 1] === 'comma' && v.tokens[role.last].lower === v.tokens[ownedStart(v, role)].lower) return { first: role.first, last: role.last - 2 };
  // `Electoral Commission of Zambia Chairperson Justice X`: a judge's `Justice` right after another title is his style.
  const judgesStyle = v.tokens[role.last].lower === 'justice' && v.cls[role.last] === 'title' && v.cls[role.last - 1] === 'title' && !isCourtesysJudge(v, { first: role.last - 1, last: role.last });
  if (!STYLES.has(v.tokens[role.last].lower) && !judgesStyle) return role;
  // `University of Tokyo professor X`: a lower-case academic title after its body's name is the member's post, no style
  // (after an office it is: `Rector of Al-Farabi Kazakh National University academician X`).
  if (isLowerAcademicTitle(v, role.last) && !v.cls.slice(role.first, role.last).includes('title')) return role;
  // `the Assembly's Special Representative for Central Asia, Greek MP X`: the style's nationality goes with it.
  if (role.last - 3 >= role.first && v.cls[role.last - 1] === 'country' && isNationality(v.tokens[role.last - 1].lower) && v.cls[role.last - 2] === 'comma') {
    return { first: role.first, last: role.last - 3 };
  }
  // (`Director of … and Ambassador-at-Large X`: a style after `and` is a further post held; but the office before it is
  // others' after `the`, in a list of offices or names, as a plural, with another's name or as the same style: `the Prime
  // Minister and Senator X`, `Speaker, Deputy Speaker and Senator X`, `Governors and Senator X`, `Labor Attaché A of …
  // and Ambassador X`, `Ambassador of Japan and Ambassador X`; not after an opening phrase's comma: `On Monday, …`.)
  // (`the former Minister and current Senator X`: one person's offices then and now.)
  if (HELD_NOW.has(lowerWordOf(v, v.tokens[role.last - 1])) && v.tokens[role.last - 2]?.lower === 'and') return role;
  // (`… and UN Goodwill Ambassador X`: the style may have its qualifiers and a body's letters after `and`.)
  const style = qualifiedStyleStart(v, role);
  if (v.tokens[style - 1].lower === 'and') {
    const inner = v.cls.slice(role.first, style);
    const listed = inner.includes('comma') || (v.cls[role.first - 1] === 'comma' && (v.cls[role.first - 2] === 'title' || v.cls[role.first - 2] === 'name'));
    const others = v.tokens[role.first - 1]?.lower === 'the' || inner.includes('name') || listed ||
      hasPluralTitle(v, role.first, style - 1) || v.tokens[role.first].lower === v.tokens[role.last].lower;
    return others ? { first: style, last: role.last } : role;
  }
  const trimmed = { first: role.first, last: role.last - 1 };
  if (v.cls[role.last - 1] === 'title') return STYLE_PREFIXES.has(v.tokens[role.last - 1].lower) ? role : trimmed;
  for (let k = role.first; k < role.last; k++) if (v.cls[k] === 'connector') return trimmed;
  return role;
}

/** Where the style closing `role` opens, with the capitalised qualifiers and body's letters right before it (`UN Goodwill Ambassador`). */
function qualifiedStyleStart(v: LineView, role: RoleSpan): number {
  let k = role.last;
  while (k - 2 > role.first && v.tokens[k - 1].upper && (v.cls[k - 1] === 'qualifier' || v.cls[k - 1] === 'caps')) k--;
  return k;
}

/**
 * The office written before a rank or a style, which is then the role: right before it (`Saudi
 * Minister of Foreign Affairs Prince Faisal`), past forms of address, or before a comma
 * (`Foreign Minister of the Kingdom of Saudi Arabia, His Highness Prince Faisal`, `The Apostolic
 * Nuncio to Kazakhstan, Archbishop George Panamthundil`). Across a comma it is another person's
 * when a name ends it (`Ivan Petrov, Ambassador Anna Berg`) or it is a rank (`the King of Spain,
 * Queen Letizia`), and it is no formal office in lower case.
 */
function officeBefore(v: LineView, style: RoleSpan): RoleSpan | undefined {
  let k = style.first - 1;
  while (k > 0 && v.cls[k] === 'honorific') k--;
  const comma = k >= 0 && v.cls[k] === 'comma';
  if (comma) k--;
  if (k < 0 || (comma ? (v.cls[k] === 'name' || v.cls[k] === 'caps') && !closesComplement(v, k) : !adjacent(v.text, v.tokens[k], v.tokens[k + 1]))) return undefined;
  let office = roleBefore(v, k);
  // `Academician of …, Doctor of Chemical Sciences, Professor X`: a degree between the office and the style is neither's.
  if (office && comma && isDegree(v, office.role) && v.cls[office.role.first - 1] === 'comma') {
    const earlier = roleBefore(v, office.role.first - 2);
    if (earlier && !earlier.viaComma && earlier.role.last === office.role.first - 2) [office, k] = [earlier, earlier.role.last];
  }
  if (!office || office.viaComma || office.role.last !== k || (comma && isLettersAfterName(v, office.role))) return undefined;
  // `At the meeting with Jamaica's Minister of …, Senator X, the parties …`: a comma closing the name makes it the
  // phrase's object, whose office that is.
  const phrasesObject = isPhrasesObjectBefore(v, office.role.first, style);
  if (comma && (phrasesObject || isParticiplesObject(v, office.role.first) || followsNamesComma(v, office.role.first))) return undefined;
  // Across a comma only a capitalised office (`Pope Leo XIV's envoy, Cardinal X` keeps `Cardinal`), or
  // any before an academic style (`the head of the Kazakh Turks Foundation, Professor Hamit Kuzucu`), or one
  // with `the` and a complement (`The head of the OSCE Programme Office in Astana, Ambassador X`).
  // (A degree or an honour only after an owned office: `The centre’s chief physician, Candidate of Medical Sciences X`, `his
  // coach, Honoured Coach X`; not an opening phrase's `Speaking after the minister, Candidate of … X`.)
  const owned = (isDegree(v, style) || isHonour(v, style)) && (isOwnedOffice(v, office.role) || office.viaComplement);
  const lower = !v.tokens[ownedStart(v, office.role)].upper && !isAcademic(v, style) && !owned && !isDeterminedOffice(v, office);
  // `the Emir of Kano, Emir Muhammadu Sanusi II`, `the Crown Prince and Prime Minister of Bahrain, His Royal
  // Highness Prince X`: a rank that says a title of the office again is its holder's.
  const restated = saysTitleAgain(v, style.first, office.role);
  // A monarch's office before another rank is another person's (`the King of Spain, Queen Letizia`); before a style
  // (`the Emir of Zazzau, Ambassador X`) it is the styled person's own.
  const ranked = holdsRank(v, office.role) && isRank(v.tokens[style.first].lower);
  return comma && !restated && (ranked || lower) ? undefined : office.role;
}

/** The rank at token `rank` is one of the office's own title words (`Prince` of `Crown Prince and Prime Minister`). */
function saysTitleAgain(v: LineView, rank: number, office: RoleSpan): boolean {
  const word = v.tokens[rank].lower;
  for (let k = ownedStart(v, office); k <= office.last; k++) if (v.cls[k] === 'title' && v.tokens[k].lower === word) return true;
  return false;
}

/** `Zsolt Németh, Chairman of the Committee, MP X`: the office at `first` is the apposition of the name before its comma. */
function followsNamesComma(v: LineView, first: number): boolean {
  return v.cls[first - 1] === 'comma' && v.cls[first - 2] === 'name';
}

/**
 * `Ms. A B, Senior Fellow of the Institute, Mr C D`, `A B OBE, …`, `A. Bekova, …`: an office between two names' commas is
 * the first one's apposition when that one is a full name (or an initial's) with no title of its own before it (a titled
 * list gives it to the next name: `Prime Minister A, the Chairperson of …, B`; so does a place or a speaker of one word:
 * `in Geneva, Minister …, X`).
 */
function isUntitledNamesApposition(v: LineView, first: number): boolean {
  if (v.cls[first - 1] !== 'comma') return false;
  const end = beforeLetters(v, first - 2);
  return v.cls[end] === 'name' && isUntitledName(v, nameStartBefore(v, end), end);
}

/**
 * Tokens `start`…`end` are a name of two tokens or more (an initial counts) with no title before it, nor the plural one of
 * a list it closes (`the Permanent Representatives of A and B, C and D, Guyana's Deputy …, Mr. E`).
 */
function isUntitledName(v: LineView, start: number, end: number): boolean {
  return end > start && roleBefore(v, start - 1) === undefined && !closesPluralTitlesList(v, start);
}

/** Where the office itself opens in a role that may open with its owner (`the Pope's envoy`: `envoy`). */
function ownedStart(v: LineView, role: RoleSpan): number {
  for (let k = role.last - 1; k > role.first; k--) if (v.cls[k] === 'possessive') return k + 1;
  return role.first;
}

/**
 * `to the OSCE, Ambassador X`, `Vice-President of the University of Tsukuba, Professor X`: an acronym or a
 * name word after a connector closes an office's complement, not a name; so do the name words after a head
 * written before them (`Rector of Universitas Gadjah Mada, Professor X`).
 */
function closesComplement(v: LineView, k: number): boolean {
  // (`National Secretary for Climate Change, Professor X`: a common word after a portfolio's qualifier too.)
  if (v.cls[k - 1] === 'connector' || (v.cls[k - 1] === 'qualifier' && isCommonEnglishWord(v.tokens[k].lower))) return true;
  let j = k;
  while (j > k - MAX_HEADED_NAME && v.cls[j] === 'name') j--;
  // (`Rector of the Politecnico di Torino, Professor X`: a lower-case particle may join the head to its name.)
  if (j < k && v.cls[j] === 'particle' && !v.tokens[j].upper) j--;
  return j < k && v.tokens[j] !== undefined && HEAD_BEFORE_NAME_SET.has(v.tokens[j].lower) && v.cls[j - 1] === 'connector';
}

/** Most name words after a head written before them. */
const MAX_HEADED_NAME = 3;

/**
 * `the head of the OSCE Programme Office`: an office after `the`, with a complement, or after its owner's
 * possessive with one (`Brazil's sherpa for BRICS`); `its president`: after a possessive pronoun.
 */
function isDeterminedOffice(v: LineView, office: RoleBefore): boolean {
  if (office.viaComplement && ownedStart(v, office.role) > office.role.first) return true;
  let k = office.role.first - 1;
  while (k > 0 && isFreshlyHeld(v, v.tokens[k])) k--;
  const before = v.tokens[k];
  if (before === undefined) return false;
  return (before.lower === 'the' && office.viaComplement) || (isLowerWords(before) && OWNERS.has(lastWord(v, before)));
}

/** An office its owner's possessive opens (`the centre’s chief physician`, `His coach`, `her new coach`, `Yumakhanova’s coach`). */
function isOwnedOffice(v: LineView, role: RoleSpan): boolean {
  let k = role.first - 1;
  while (k > 0 && isFreshlyHeld(v, v.tokens[k])) k--;
  const before = v.tokens[k];
  return ownedStart(v, role) > role.first || before?.kind === 'possessive' || (before !== undefined && OWNERS.has(lastWord(v, before).toLowerCase()));
}

/** Lower-case words between `the` and an office that say it is newly held (`the new head of …`, `the newly appointed`). */
const FRESHLY_HELD = new Set(['new', 'newly', 'appointed', 'newly-appointed', 'incoming']);

function isFreshlyHeld(v: LineView, t: Token): boolean {
  return isLowerWords(t) && v.text.slice(t.start, t.end).split(' ').every((w) => FRESHLY_HELD.has(w));
}

const OWNERS = new Set(['its', 'his', 'her', 'their']);

/** `Jim Shannon MP, Baroness Hodgson`: letters after a name before a comma are that name's, not the next one's title. */
function isLettersAfterName(v: LineView, role: RoleSpan): boolean {
  return role.first === role.last && isPostNominal(v.tokens[role.first]) && v.cls[role.first - 1] === 'name';
}

function holdsRank(v: LineView, role: RoleSpan): boolean {
  for (let i = role.first; i <= role.last; i++) if (v.cls[i] === 'title' && isRank(v.tokens[i].lower)) return true;
  return false;
}

const PLACE_OPENERS = new Set(PLACE_NAME_OPENERS);

/** Token `k` follows `the` and a place's `-based` (`the Adelaide-based Santos`). */
function isBasedBusiness(v: LineView, k: number): boolean {
  const based = v.tokens[k - 1];
  return based !== undefined && based.upper && based.text.endsWith('-based') && v.tokens[k - 2]?.lower === 'the';
}

/** `Gabit Musrepov and Magzhan Zhumabayev districts`: names listed before the plural noun of the places they name. */
const LISTED_BEFORE_PLURAL_PLACE = /^(?:,? (?:and )?\p{Lu}[\p{L}-]*)*,? and (?:\p{Lu}[\p{L}-]* ){1,3}(?:districts|regions|provinces|oblasts|villages|streets|avenues|squares|boulevards)(?![\p{L}])/u;
/** Characters read after a name for that list. */
const PLURAL_PLACE_LIST = 80;

function listedBeforePluralPlaceNoun(v: LineView, last: number): boolean {
  const end = v.tokens[last].end;
  const after = v.text.slice(end, end + PLURAL_PLACE_LIST);
  // (Most names have no `and` after them: one search rules them out.)
  if (after.includes(' and ') && LISTED_BEFORE_PLURAL_PLACE.test(after)) return true;
  // `only six regions – Atyrau, Mangystau, Abai, Zhetysu and Shymkent`: or one listed after the plural noun and its dash.
  const start = v.tokens[last].start;
  return LISTED_AFTER_PLURAL_PLACE.test(v.text.slice(Math.max(0, start - PLURAL_PLACE_LIST), start));
}
const LISTED_AFTER_PLURAL_PLACE = /(?:districts|regions|provinces|oblasts|cities|villages)(?: [–—-]|:) (?:\p{Lu}[\p{L}-]*, )*(?:and )?$/u;

/**
 * A dash at token `k` between capitalised words, glued to both (`Herat–Spin Boldak`), or, when `spaced`, with a space on
 * each side before a word (`Inche Burun – Gorgan`).
 */
export function isGluedDash(v: LineView, k: number, spaced = false): boolean {
  const [dash, before, after] = [v.tokens[k], v.tokens[k - 1], v.tokens[k + 1]];
  if (dash === undefined || !DASHES.has(dash.text) || before?.upper !== true || after?.upper !== true) return false;
  return spaced ? after.kind === 'word' && adjacent(v.text, before, dash) && adjacent(v.text, dash, after) : before.end === dash.start && dash.end === after.start;
}

/** Characters read after a route's chain of places for its noun. */
const ROUTE_NOUN_READ = 20;
/** Words read after a route's chain of places (`the Herat–Spin Boldak road`). */
const ROUTE_NOUN_AFTER = /^ (?:road|route|railway|railroad|highway|motorway|expressway|corridor|pipeline|line|section|stretch|flight|flights|border|crossing|direction|transit)s?(?![\p{L}])/u;

/**
 * `Turgundi–Herat–Kandahar–Spin Boldak`, `the Herat–Spin Boldak road`: a stop of a route of places glued by dashes, three
 * or more of them or before a route's noun (not the two of `the Tokayev–Putin talks`).
 */
function isStopOfRoute(v: LineView, seg: Segment): boolean {
  let stops = 1;
  let k = seg.first - 1;
  for (; isGluedDash(v, k); k -= 2) stops++;
  let end = seg.last + 1;
  for (; isGluedDash(v, end); end += 2) stops++;
  // `the Inche Burun – Gorgan section`: two stops a spaced dash joins, before a route's noun.
  if (stops === 1 && k === seg.first - 1 && isGluedDash(v, end, true)) [stops, end] = [2, end + 2];
  return stops >= 3 || (stops === 2 && ROUTE_NOUN_AFTER.test(v.text.slice(v.tokens[end - 1].end, v.tokens[end - 1].end + ROUTE_NOUN_READ)));
}

/**
 * `received them at Qasr Al Watan`, `a reception at the Waldorf Astoria`: with nothing to vouch for it, a run right
 * after `at` or `in`, maybe with `the`, is a place (`in Tokayev’s words` is not).
 */
function isPlaceAfterPreposition(v: LineView, seg: Segment): boolean {
  // `in San Jose`: a place's opening word (`San`, `Santa`, `Fort`) may stand between.
  const first = seg.first === seg.runFirst + 1 && PLACE_OPENERS.has(v.tokens[seg.runFirst].lower) ? seg.runFirst : seg.first;
  const before = v.tokens[first - 1];
  if (first !== seg.runFirst || before === undefined) return false;
  const opening = before.lower === 'the' ? first - 1 : first;
  if (!followsPlacePreposition(v, opening) && !followsPlaceNoun(v, first)) return false;
  return v.tokens[seg.last + 1]?.kind !== 'possessive';
}

/** Longest place name read back over before an `and` (`Mato Grosso and Mato Grosso do Sul`). */
const MAX_PLACE_WORDS = 5;

/** `the states of Mato Grosso and Mato Grosso do Sul`: the run at `first` follows `place noun of`, or one such run and `and`. */
function followsPlaceNoun(v: LineView, first: number): boolean {
  // (`in the village Bauyrzhan Momyshuly`, `on the street Abai`: a settlement's or a street's noun right before its name, as
  // machine translation writes it; not a clause's subject before its verb after a sentence's opening phrase: `Upon arrival
  // in the village X visited …`, `On the square X also laid flowers`; but `Residents of the street Abai asked …`.)
  // (`including village Baurzhan Momyshuly and village Kabanbai Batyr`: or without the article after a preposition.)
  const noun = v.tokens[first - 1];
  if (noun !== undefined && !noun.upper && noun.words === 1 && SETTLEMENT_NOUNS.has(lowerWordOf(v, noun))) {
    const lead = v.tokens[first - 2]?.lower === 'the' ? first - 3 : first > 1 && PLACE_NOUN_LEADS.has(lastWord(v, v.tokens[first - 2])) ? first - 2 : undefined;
    if (lead !== undefined) return !((inOpeningPreposition(v, lead) || isResidentOf(v, lead)) && verbAfterRun(v, first));
  }
  if (inSettlementsList(v, first)) return true;
  let k = first - 1;
  if (v.tokens[k]?.lower === 'and') {
    k--;
    for (let n = 0; k > 0 && n < MAX_PLACE_WORDS && isWordClass(v.cls[k - 1]) && adjacent(v.text, v.tokens[k - 1], v.tokens[k]); n++) k--;
    k--;
  }
  const of = v.tokens[k];
  return of?.lower === 'of' && PLACE_NOUN_BEFORE.test(v.text.slice(Math.max(0, of.start - 12), of.start));
}

/**
 * `the streets Abai, Altynsarin and Baitursynov`, `in microdistricts Nursat, Samal and …`: a run listed right after a
 * settlement's or a street's plural noun, or after the list's earlier names joined by commas or `and`.
 */
function inSettlementsList(v: LineView, first: number): boolean {
  let k = first - 1;
  // (After a comma, only a name the list goes on after: not `the villages Akzhar and Karaoi, Aidos Bekov said`.)
  let end = first;
  while (v.tokens[end + 1]?.upper && v.tokens[end + 1].kind === 'word' && adjacent(v.text, v.tokens[end], v.tokens[end + 1])) end++;
  if (v.tokens[k]?.text === ',' && v.tokens[end + 1]?.text !== ',' && v.tokens[end + 1]?.lower !== 'and') return false;
  let comma = false;
  for (let n = 0; k > 0 && n < MAX_LISTED_PLACES; n++) {
    const t = v.tokens[k];
    // (Not the villages' people: `The akims of the villages A and B`.)
    if (!t.upper && t.words === 1 && SETTLEMENT_PLURALS.has(lowerWordOf(v, t))) return !isPeoplesPlaces(v, k);
    if (t.text !== ',' && t.lower !== 'and') return false;
    // (A list closed by `and` goes on past no comma: `Visiting the villages Akzhar and Karaoi, Aidos Bekov and Marat Ospanov …`.)
    if (t.lower === 'and' && comma) return false;
    comma ||= t.text === ',';
    k--;
    if (!v.tokens[k].upper || v.tokens[k].kind !== 'word') return false;
    // (The earlier name's words: `the streets Abai Kunanbayev and …`.)
    while (k > 0 && v.tokens[k - 1].upper && v.tokens[k - 1].kind === 'word' && isWordClass(v.cls[k - 1]) && adjacent(v.text, v.tokens[k - 1], v.tokens[k])) k--;
    k--;
  }
  return false;
}

const MAX_LISTED_PLACES = 6;
const SETTLEMENT_PLURALS: ReadonlySet<string> = new Set(['villages', 'auls', 'settlements', 'streets', 'avenues', 'boulevards', 'squares', 'microdistricts']);

/** The settlements' plural noun at token `k` is a title's object after `of` (`akims of the villages`, `Akims of the auls`). */
function isPeoplesPlaces(v: LineView, k: number): boolean {
  const of = v.tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  return v.tokens[of]?.lower === 'of' && v.cls[of - 1] === 'title';
}

/** Words a settlement's noun follows without its article (`in village X`, `including village X`, `and village Y`). */
const PLACE_NOUN_LEADS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'into', 'near', 'including', 'and']);
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['village', 'aul', 'settlement', 'street', 'avenue', 'prospect', 'prospekt', 'boulevard', 'square', 'embankment', 'microdistrict']);

/** A verb follows the run of name words from token `first` (`… X visited`, `… X turned one hundred`, `… X has`). */
function verbAfterRun(v: LineView, first: number): boolean {
  let k = first;
  while (k + 1 < v.tokens.length && v.cls[k + 1] === 'name') k++;
  // (Past an adverb, a name joined by `and` or `together with`, or an apposition set off by commas: `X also opened`, `X and Y
  // laid`, `X, a teacher, opened`.)
  const end = v.tokens[k].end;
  const word = VERB_AFTER_NAME.exec(v.text.slice(end, end + VERB_READ))?.[1];
  return word !== undefined && (word.endsWith('ed') || PAST_VERBS.has(word) || FINITE_VERBS.has(word) || IRREGULAR_PASTS.has(word));
}

const VERB_READ = 80;
const VERB_AFTER_NAME = /^(?:, (?:a|an|the) [a-z -]+,)?(?: (?:also|then|first|personally|[a-z]+ly|(?:and|together with) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}))* ([a-z]+)/u;
/** Past tenses that do not end in `-ed` (beside those of PAST_VERBS), which a person's name may be the subject of. */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(['laid', 'read', 'brought', 'built', 'sent', 'sang', 'won', 'lit', 'put', 'set', 'paid', 'taught', 'left', 'kept', 'held', 'led', 'made', 'drew', 'showed', 'rode', 'ran', 'stood']);

/**
 * The token at `k` is inside its sentence's opening phrase or clause, no comma before it (`On`, `Upon arrival in`, `When
 * they reached`).
 */
function inOpeningPreposition(v: LineView, k: number): boolean {
  for (let j = k; j >= 0 && k - j < MAX_OPENING_PHRASE; j--) {
    if (v.tokens[j].kind === 'punct') return false;
    if (isSentenceStart(v, j)) return opensPhrase(v, j) || OPENING_CONJUNCTIONS.has(firstWordOf(v.text, v.tokens[j]).toLowerCase());
  }
  return false;
}

const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['when', 'after', 'as', 'once', 'while', 'before']);

/** Token `k` is the `of` after one person's noun of where one lives or comes from (`A resident of the village X`). */
function isResidentOf(v: LineView, k: number): boolean {
  const noun = v.tokens[k - 1];
  return v.tokens[k]?.lower === 'of' && noun !== undefined && isLowerWords(noun) && RESIDENTS.has(lastWord(v, noun));
}

const RESIDENTS: ReadonlySet<string> = new Set(['resident', 'native', 'inhabitant', 'villager', 'dweller']);

/**
 * `the states of Mato Grosso`, `the province of Nuevo León`, `the port of Tanjung Pelepas`, `the villages of Kazhymukan and
 * Baidibek Ata`, `residents of Kazybek Bi`: a lower-case place noun before `of`.
 */
const PLACE_NOUN_BEFORE = /(?<![A-Za-z])(?:residents?|inhabitants?|states?|provinces?|regions?|city|cities|towns?|villages?|settlements?|auls?|streets?|avenues?|squares?|microdistricts?|districts?|oblasts?|prefecture|county|ports?|islands?) $/;

/** `his counterpart Sugiono`, `her counterpart, Tomyris,`: the word a counterpart is written as, not its office. */
const COUNTERPART_BEFORE = /(?<![A-Za-z])counterpart(?: |, )$/;
/** Characters read before the word for that: `counterpart, ` and the letter before it. */
const COUNTERPART_LENGTH = 'counterpart, '.length + 1;

/** One word named as a counterpart: a person, though no title says so (a full name needs no anchor). */
function isCounterpartsName(v: LineView, seg: Segment): boolean {
  if (seg.first !== seg.last || seg.first !== seg.runFirst || isCommonEnglishWord(v.tokens[seg.first].lower)) return false;
  const start = v.tokens[seg.first].start;
  const before = v.text.slice(Math.max(0, start - COUNTERPART_LENGTH), start);
  // After a comma, a comma or a sentence's end closes the apposition (not `his counterpart, Astana …`).
  return COUNTERPART_BEFORE.test(before) && (!before.endsWith(', ') || /^[,.;]/.test(v.text.slice(v.tokens[seg.last].end)));
}

/** `a resident of`, `inhabitants of`: the people of a place, before `of`. */
const RESIDENT_BEFORE = /(?<![A-Za-z])(?:residents?|inhabitants?) $/;

/** `Chairman of Bank of China Limited Zhang Huimin`: a written-out legal form before a full name closes the company's name. */
function opensWithLegalForm(v: LineView, seg: Segment): boolean {
  const t = v.tokens[seg.first];
  return seg.last - seg.first >= 2 && t.upper && t.kind === 'word' && t.lower.length > 3 && isLegalFormWord(t.lower);
}

/**
 * `the Institute of Literature and Art Kensary Bakytzhanov`: a common word opening a run of three or more words, after
 * the `and` that follows a body's capitalised word, closes that body's name.
 */
function closesBodysName(v: LineView, seg: Segment): boolean {
  const and = seg.first - 1;
  if (seg.first !== seg.runFirst || seg.last - seg.first < 2 || v.tokens[and]?.lower !== 'and' || !isCommonEnglishWord(v.tokens[seg.first].lower)) return false;
  return v.cls[and - 1] === 'org' && v.tokens[and - 1].upper && v.tokens[and - 2]?.lower === 'of';
}

/**
 * `Director of the Casa della Musica Marco Ruggeri`, `Rector of the Politecnico di Milano Marco Rossi`: after an office's
 * `of the`, a body's head and a Romance particle, the first of three words closes the body's name, and a given name and
 * surname follow.
 */
function closesParticlesBody(v: LineView, seg: Segment): boolean {
  const [particle, head] = [v.tokens[seg.first - 1], v.tokens[seg.first - 2]];
  if (seg.last - seg.first !== 2 || particle === undefined || particle.upper || v.cls[seg.first - 1] !== 'particle') return false;
  return head !== undefined && head.upper && v.cls[seg.first - 2] === 'org' && v.tokens[seg.first - 3]?.lower === 'the' &&
    v.tokens[seg.first - 4]?.lower === 'of' && v.cls[seg.first - 5] === 'title';
}

/**
 * `Director of the Teatro dell'Opera di Roma Francesca Bianchi-Orlandi`: after an office's `of the` and a head written
 * before its name, the name's word and a particle's word after it are the body's when a given name and one surname follow,
 * maybe with a surname's particles after them. How many of the segment's words the body takes, or 0.
 */
function officesBodyWords(v: LineView, seg: Segment): number {
  const of = seg.first - 3;
  if (v.tokens[seg.first - 2]?.lower !== 'the' || v.tokens[of]?.lower !== 'of' || (v.cls[of - 1] !== 'title' && v.cls[of - 1] !== 'qualifier')) return 0;
  let k = seg.first + 1;
  while (k + 1 <= seg.last && v.cls[k] === 'particle' && !v.tokens[k].upper) k += 2;
  let words = 0;
  for (let j = k; j <= seg.last && !(v.cls[j] === 'particle' && !v.tokens[j].upper); j++) words++;
  // (Only past a particle's word: `Instituto Cervantes Porto Alegre`, `Universidad Católica Andrés Bello` name a city or an
  // honoree after the body's one word.)
  return words === 2 && k > seg.first + 1 && v.tokens[k].upper && v.tokens[k + 1].upper ? k - seg.first : 0;
}

/**
 * `President of the Fondazione Mediterraneo per il Dialogo Giulio Ferrante`: after an office's `of the`, a body's word (maybe
 * with one adjective) and a Romance `for the`, the first of three words closes the body's object, and a given name and
 * surname follow.
 */
function closesRomanceBodysObject(v: LineView, seg: Segment): boolean {
  const [preposition, article] = [v.tokens[seg.first - 2], v.tokens[seg.first - 1]];
  if (seg.last - seg.first !== 2 || preposition === undefined || preposition.upper || article.upper) return false;
  if (!ROMANCE_FOR.has(preposition.lower) || !ROMANCE_ARTICLES.has(article.lower)) return false;
  // (After an office's `of the` before the body: `Ricerca Biomedica Avanzata` alone names no one.)
  const body = v.cls[seg.first - 3] === 'org' ? seg.first - 3 : v.tokens[seg.first - 3]?.upper === true && v.cls[seg.first - 4] === 'org' ? seg.first - 4 : -1;
  return body > 2 && v.tokens[body - 1].lower === 'the' && v.tokens[body - 2].lower === 'of' && v.cls[body - 3] === 'title';
}

function followsResidentOf(v: LineView, first: number): boolean {
  const of = v.tokens[first - 1];
  return of?.lower === 'of' && RESIDENT_BEFORE.test(v.text.slice(Math.max(0, of.start - 12), of.start));
}

function isLoneRank(v: LineView, role: RoleSpan): boolean {
  return role.first === role.last && isRank(v.tokens[role.first].lower);
}

/**
 * Splits out words that the article also writes in lower case, and a sentence-opening verb or adverb.
 * The role goes only with the whole segment.
 */
function unanchored(v: LineView, first: number, last: number, role: RoleSpan | undefined, lowercaseWords: WordUse): Candidate[] {
  // One word needs the article's confirmation anyway; only longer runs are worth a look-up.
  if (first === last) return [{ first, last, role, anchored: false }];
  if (allCommonEnglish(v, first, last)) return [];
  const out: Candidate[] = [];
  let start = first;
  for (let k = first; k <= last + 1; k++) {
    const vetoed = k <= last && isCommonHere(v, k, lowercaseWords) && !(k === last && (closesForeignName(v, start, k) || isInitialledSurname(v, k)));
    if (k <= last && !vetoed) continue;
    const trimmed = trimParticles(v, start, k - 1);
    if (trimmed) out.push({ first: trimmed.first, last: trimmed.last, role: trimmed.first === first && trimmed.last === last ? role : undefined, anchored: false });
    start = k + 1;
  }
  return out;
}

/**
 * `D. Said said`: a surname right after its initial, where the article writes the word in lower case too; not a group's
 * letter after its capitalised noun (`Group B. Young athletes …`).
 */
function isInitialledSurname(v: LineView, k: number): boolean {
  // (Nor a plural after a capitalised noun's letter: `Module B. Participants from …`, `Hepatitis B. Doctors …`.)
  const lettered = v.tokens[k - 2]?.upper === true && v.tokens[k - 2].kind === 'word' && isCommonEnglishWord(v.tokens[k - 2].lower) && v.tokens[k].lower.endsWith('s');
  return v.tokens[k - 1]?.kind === 'initial' && !LETTERED_NOUNS.has(lastWordBefore(v, k - 1)) && !lettered;
}

/** Nouns a letter names one of (`Group B`, `Hall A`, `Sector C`, `vitamin D`). */
const LETTERED_NOUNS: ReadonlySet<string> = new Set(['group', 'pool', 'hall', 'terminal', 'block', 'zone', 'gate', 'section', 'sector', 'module', 'building', 'pavilion', 'category', 'class', 'type', 'plan', 'stage', 'phase', 'level', 'wing', 'tower', 'entrance', 'platform', 'row', 'room', 'area', 'series', 'option', 'part', 'annex', 'appendix', 'league', 'lot',
  'vitamin', 'hepatitis', 'formula', 'scenario', 'model', 'figure', 'table', 'track']);

/**
 * `… for Non-Proliferation and Arms Control`: capitalised common English words alone, with nothing to vouch for them, name no
 * one; nor do they with a region's word among them (`the Biennale of Contemporary African Art`).
 */
function allCommonEnglish(v: LineView, first: number, last: number): boolean {
  let common = false;
  for (let k = first; k <= last; k++) {
    if (v.cls[k] !== 'name' || v.tokens[k].kind !== 'word') return false;
    if (isCommonEnglishWord(v.tokens[k].lower)) common = true;
    else if (!REGION_WORDS.has(v.tokens[k].lower)) return false;
  }
  return common;
}

/** Continents' and regions' adjectives (not a compass word, which is a surname too: `Rose West`). */
const REGION_WORDS: ReadonlySet<string> = new Set(['african', 'asian', 'european', 'american', 'arab', 'latin', 'nordic', 'baltic', 'eurasian', 'caribbean', 'mediterranean']);

function isCommonHere(v: LineView, k: number, lowercaseWords: WordUse): boolean {
  // A suffix is written in lower case wherever it closes a name (`Turgunbek uulu`): that is no common use.
  if (v.cls[k] === 'particle' || v.cls[k] === 'numeral' || v.tokens[k].kind !== 'word') return false;
  // `Kenesary Khan, the last khan`: a ruler's title closing a name is still a name word; so is a surname a line
  // pass found in its place (`and He Lifeng` where the article writes `he said`).
  // (`Said Al-Busaidi`, `Said bin Hamad`, where the article writes `he said`: a given name before an Arabic family's
  // article or a lineage's particle.)
  if (lowercaseWords.has(v.tokens[k].lower)) {
    return !((k > 0 && v.tokens[k].lower === 'khan' && v.cls[k - 1] === 'name') || WORDS_ALSO_VIETNAMESE_SURNAMES.has(v.tokens[k].lower) || opensArabicName(v, k));
  }
  return isSentenceStart(v, k) && VERB_LIKE.test(v.tokens[k].lower);
}

/** Token `k` is `Said` before a lineage's particle or a surname glued to the Arabic article. */
function opensArabicName(v: LineView, k: number): boolean {
  const next = v.tokens[k + 1];
  return v.tokens[k].lower === 'said' && next !== undefined && adjacent(v.text, v.tokens[k], next) && (v.cls[k + 1] === 'particle' || ARABIC_ARTICLE_GLUED.test(next.lower));
}

/**
 * `Hassan Omar Said`, `Nguyen Hoang Long`: a capitalised word closing a run, after two name words or more
 * that are no English words, is a name word even where the article writes it in lower case (`said`, `long`).
 */
function closesForeignName(v: LineView, first: number, k: number): boolean {
  if (k - first < 2) return false;
  for (let j = first; j < k; j++) {
    const t = v.tokens[j];
    if (v.cls[j] !== 'name' || t.kind !== 'word' || isCommonEnglishWord(t.lower)) return false;
  }
  return true;
}

function trimParticles(v: LineView, first: number, last: number): { first: number; last: number } | undefined {
  while (first <= last && v.cls[first] === 'particle' && !v.tokens[first].upper) first++;
  while (last >= first && v.cls[last] === 'particle') last--;
  return first <= last ? { first, last } : undefined;
}

function isQuoted(v: LineView, seg: Segment): boolean {
  const before = v.tokens[seg.runFirst].start - 1;
  const after = v.tokens[seg.runLast].end;
  // `“Thomsen’s discovery …”`: the apostrophe of a possessive closes no quotation.
  if (v.tokens[seg.runLast + 1]?.kind === 'possessive') return false;
  if (before < 0 || after >= v.text.length || !OPEN_QUOTES.has(v.text.charCodeAt(before))) return false;
  if (CLOSE_QUOTES.has(v.text.charCodeAt(after))) return true;
  // (`the peasant farm "Ybyrai ata"`: a body's quoted name closing in a lower-case word, after the body's noun.)
  const tail = QUOTED_LOWER_TAIL.exec(v.text.slice(after, after + MAX_QUOTED_TAIL));
  const noun = v.tokens[seg.runFirst - 2];
  return tail !== null && CLOSE_QUOTES.has(v.text.charCodeAt(after + tail[0].length)) && noun !== undefined && !noun.upper && endsInInstitutionNoun(v, noun);
}

const QUOTED_LOWER_TAIL = /^ \p{Ll}+/u;
const MAX_QUOTED_TAIL = 16;

/** `DUSHANBE, March 17 /NIAT Khovar/ –`: a dateline's agency between slashes, each set off by a space. */
function isSlashedAgency(v: LineView, seg: Segment): boolean {
  const [open, close] = [v.tokens[seg.runFirst].start - 1, v.tokens[seg.runLast].end];
  return v.text[open] === '/' && v.text[close] === '/' && (open === 0 || isSpace(v.text.charCodeAt(open - 1))) && isSpace(v.text.charCodeAt(close + 1));
}

/** Punctuation a title of a work may hold (`Abai and Goethe: Dialogue of Cultures`). */
const TITLE_PUNCTUATION = new Set([':', ',', '-', '–', '—', '&', '+']);
/** Marks besides a full stop that may close a work's title inside its quotes, after a work's noun (not a forum's: speech). */
const WORKS_END_MARKS: ReadonlySet<string> = new Set(['!', '?']);
const WORKS: ReadonlySet<string> = new Set(WORK_NOUNS);
/** Prepositions a work's title leaves in lower case besides a headline's (`… through the Lens of X`). */
const TITLE_PREPOSITIONS = ['through', 'across', 'beyond', 'among', 'within', 'without', 'under', 'towards', 'toward', 'along'];
/** Small words of a title in title case: no verbs, so a quotation (`“Tokayev is right”`) is not one. */
const TITLE_SMALL_WORDS = new Set([...HEADLINE_SMALL_WORDS.filter((w) => !['were', 'was', 'is', 'are', 'btw', 'vs'].includes(w)), ...TITLE_AND_WORDS, ...TITLE_PREPOSITIONS]);
/** Longest quotation, in tokens, read as the title of a work (a law's title names two states and a subject). */
const MAX_QUOTED_TITLE = 48;

/**
 * `the exhibition “Abai and Goethe: Dialogue of Cultures”`: a run inside a
 * quotation written in title case is in the title of a work (guide §2: names
 * inside titles of works are no officials); a quoted sentence is not one.
 */
function inQuotedTitle(v: LineView, seg: Segment): boolean {
  if (!v.quoted) return false;
  let open = seg.runFirst - 1;
  while (open >= 0 && !OPENING_DOUBLE_QUOTES.has(v.tokens[open].text) && !opensSingleQuote(v, open)) {
    if (seg.runFirst - open > MAX_QUOTED_TITLE || !inTitleCase(v, open)) return false;
    open--;
  }
  // (A single quote closes with its own mark: a straight one, or the right one after a left one, no plural's possessive.)
  const single = open >= 0 && SINGLE_QUOTE_CLOSERS.has(v.tokens[open].text) ? SINGLE_QUOTE_CLOSERS.get(v.tokens[open].text) : undefined;
  let close = seg.runLast + 1;
  while (close < v.tokens.length && !(single !== undefined ? v.tokens[close].text === single && v.tokens[close].kind === 'punct' : CLOSING_DOUBLE_QUOTES.has(v.tokens[close].text))) {
    // (`the opera "The Drunken Concubine."`, `the biopic "Chopin, Chopin!"`: a work's full stop or exclamation mark may stand
    // inside the closing quote, not speech's: `"Welcome, President Tokayev."`.)
    if (close - open > MAX_QUOTED_TITLE || !(inTitleCase(v, close) || endsQuotedWork(v, open, close, single))) return false;
    close++;
  }
  // (`‘President Tokayev Is Right,’ said X`: a comma closing a single-quoted run before a verb of speaking ends speech, not a
  // title: `the book ‘Tokayev and the New Kazakhstan,’ published in 2025`.)
  if (single !== undefined && v.tokens[close - 1]?.text === ',' && speechVerbAfter(v, close + 1)) return false;
  return open >= 0 && close < v.tokens.length && close - open > 2 && !closesStraightQuote(v, open);
}

/** Most tokens of a work's title without quotes, from its article to the name. */
const MAX_BARE_TITLE = 8;
/**
 * Token `k` lies outside a bare title before a name: punctuation, its author's `by`, `and` before another item, or a title or
 * form of address of the name's own (`handed the book The Steppe Chronicles to President X`).
 */
function endsBareTitle(v: LineView, k: number): boolean {
  return v.tokens[k].kind === 'punct' || BARE_TITLE_STOPS.has(v.tokens[k].lower) || v.cls[k] === 'title' || v.cls[k] === 'honorific';
}

/** Words a name after a bare title may follow: its author's `by`, or `and` before another item. */
const BARE_TITLE_STOPS: ReadonlySet<string> = new Set(['by', 'and']);
/** Articles that open a work's title after the work's noun. */
const TITLE_ARTICLES: ReadonlySet<string> = new Set(['The', 'A', 'An']);

/**
 * `Auezov’s novel The Path of Abai.`: a run closing a title written in title case without quotes, which a capitalised
 * article opens right after a work's noun (not past `by`, which names the author: `the novel The Last Steppe by Ivan
 * Petrov`, nor past punctuation or `and`: `the exhibition The Great Steppe, Ambassador X`; nor a run a verb follows:
 * `the film The Road to Mother Akan Satayev thanked …`).
 */
function inBareWorksTitle(v: LineView, seg: Segment): boolean {
  const after = v.tokens[seg.runLast + 1];
  // (`… The Path of Abai and the novel …`: `and` before a lower-case word closes the title too.)
  const closesTitle = after === undefined || after.kind === 'punct' || after.lower === 'by' || (after.lower === 'and' && v.tokens[seg.runLast + 2]?.upper === false);
  // (`the book The Steppe Chronicles to …`: a run right after the title's article opens the title, whatever follows.)
  if (!closesTitle && !opensBareTitle(v, seg.first - 1)) return false;
  for (let k = seg.first - 1; k > 0 && seg.first - k <= MAX_BARE_TITLE && inTitleCase(v, k) && !endsBareTitle(v, k); k--) {
    if (opensBareTitle(v, k)) return true;
  }
  return false;
}

/** Token `k` is a capitalised article right after a work's noun (`novel The`). */
function opensBareTitle(v: LineView, k: number): boolean {
  const noun = v.tokens[k - 1];
  return k > 0 && TITLE_ARTICLES.has(v.tokens[k].text) && !noun.upper && noun.kind !== 'punct' && WORKS.has(lastWord(v, noun));
}

/** A verb of speaking at token `k`, maybe after its speaker (`said Ivan Petrov`, `Ivan Petrov said`, `the fans said`). */
function speechVerbAfter(v: LineView, k: number): boolean {
  const first = k;
  while (k < v.tokens.length && k - first < MAX_SPEAKER_WORDS && (v.cls[k] === 'name' || v.cls[k] === 'title' || v.cls[k] === 'honorific' || v.tokens[k].lower === 'the' || v.tokens[k].kind === 'gap')) {
    if (speaksAt(v, k)) return true;
    k++;
  }
  return speaksAt(v, k);
}

/** Most tokens of a speaker between a quotation and its verb. */
const MAX_SPEAKER_WORDS = 5;

/**
 * Token `k` is a full stop (or after a work's noun an exclamation or a question mark) right before the closing quote of a
 * quotation opened at `open` after a thing's noun, or a work's full stop before its subtitle.
 */
function endsQuotedWork(v: LineView, open: number, k: number, single: string | undefined): boolean {
  const [next, noun, mark] = [v.tokens[k + 1], v.tokens[open - 1], v.tokens[k].text];
  if (noun === undefined || next === undefined || !isLowerWords(noun) || !NAMED_THINGS.has(lastWord(v, noun))) return false;
  const work = WORKS.has(lastWord(v, noun));
  // `the documentary "Baurzhan Momyshuly. Beyond the Highway"`: a work's full stop may part its title from a subtitle.
  if (mark === '.' && work && next.upper && next.kind === 'word' && next.start > v.tokens[k].end) return true;
  return (mark === '.' || (WORKS_END_MARKS.has(mark) && work)) && next.start === v.tokens[k].end && (single !== undefined ? next.text === single : CLOSING_DOUBLE_QUOTES.has(next.text));
}

/** Single quotes that open a work's title, each with the mark that closes it. */
const SINGLE_QUOTE_CLOSERS: ReadonlyMap<string, string> = new Map([["'", "'"], ['‘', '’']]);

/**
 * `the exhibition 'Queen Sālote: A Royal Life'`, `a book titled 'Zayed: …'`, `the novel ‘The Path of Abai’`: a single quote
 * after a space opens a work's title right after a noun of a work or a verb of naming (quoted speech keeps its names:
 * `'Tokayev Is Right,' Says X`).
 */
function opensSingleQuote(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  // (`his new book, 'Nursultan Nazarbayev: The Era of Independence'`: maybe after a comma.)
  const before = v.tokens[v.cls[k - 1] === 'comma' ? k - 2 : k - 1];
  if (!SINGLE_QUOTE_CLOSERS.has(t.text) || before === undefined || !isLowerWords(before) || !isSpace(v.text.charCodeAt(t.start - 1))) return false;
  const word = lastWord(v, before);
  return NAMED_THINGS.has(word) || TITLING_VERBS.has(word);
}

/** `"Birzhan and Sara" and Verdi's "Aida"`: a straight double quote glued to the word before it closes a quotation. */
function closesStraightQuote(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  return t.text === '"' && t.start > 0 && !isSpace(v.text.charCodeAt(t.start - 1)) && v.text.charCodeAt(t.start - 1) !== 0x28;
}

function inTitleCase(v: LineView, k: number): boolean {
  const t = v.tokens[k];
  // (`“A Hora da Estrela: Clarice 100+5”`: a name's particle in lower case too.)
  if (t.kind === 'word') return t.upper || TITLE_SMALL_WORDS.has(t.lower) || v.cls[k] === 'particle';
  return t.kind === 'punct' ? TITLE_PUNCTUATION.has(t.text) : t.kind !== 'gap';
}

/** Name words of a candidate (not particles, initials or numerals). */
function nameWords(v: LineView, c: { first: number; last: number }): number {
  let n = 0;
  for (let k = c.first; k <= c.last; k++) if ((v.cls[k] === 'name' || v.cls[k] === 'caps') && v.tokens[k].kind === 'word') n++;
  return n;
}
