/**
 * What the other names found in an article tell about one of them: a list
 * opened by a plural title or honorific (`Presidents Tokayev and Mirziyoyev`)
 * vouches for all its names and gives them its role, and a name re-mentioned
 * beside a capitalised common word takes that word back when the article
 * writes the two as one name elsewhere (`Do Hung Viet`).
 */
import { afterPostNominals, seatAfter, type Candidate } from './name-candidates';
import { adjacent, firstWordOf, type Token } from './name-tokens';
import { hasPluralTitle, inSentencesOpeningPhrase, lastWord, roleBefore, type LineView } from './role-phrase';
import { isCommonEnglishWord, type NameLexicon, WORDS_ALSO_KOREAN_SURNAMES, WORDS_ALSO_VIETNAMESE_SURNAMES } from './name-lexicon';
import { CHINESE_SURNAMES_ALSO_WORDS } from '../data/name-stopwords';
import { closesCompanyName, isPrefixLegalForm } from './name-segments';
import { isBusinessNounBefore } from './role-apposition';

const SURNAMES_ALSO_WORDS: ReadonlySet<string> = new Set([...WORDS_ALSO_KOREAN_SURNAMES, ...WORDS_ALSO_VIETNAMESE_SURNAMES, ...CHINESE_SURNAMES_ALSO_WORDS]);

/** A candidate name and the line it was found on. */
export interface Found {
  view: LineView;
  candidate: Candidate;
}

/**
 * `the Foreign Ministers of Turkmenistan and Tajikistan, Raşit Meredow and
 * Sirojiddin Muhriddin`: a role with a plural title belongs to every name of
 * the list that follows it.
 */
export function shareCollectiveRoles(found: Found[]): void {
  shareOfficesInOrder(found);
  shareListsClosingRoles(found);
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1];
    const cur = found[i];
    const role = prev.candidate.role;
    if (cur.view !== prev.view || ownsRole(cur) || !role || !hasPluralTitle(prev.view, role.first, role.last)) continue;
    if (joinsList(prev.view, prev.candidate.last, afterAddress(cur))) cur.candidate.role = role;
  }
}

/** Most pairs of lone words and accepted names compared one by one; beyond, the roles' tokens are indexed. */
const MAX_ROLE_PAIRS = 4096;

/** `Kairat head coach X`: a lone word inside an accepted name's role is the body that role is of, not a person. */
export function withoutRoleWords(single: Found[], accepted: readonly Found[]): Found[] {
  if (single.length === 0) return single;
  const inRole = single.length * accepted.length <= MAX_ROLE_PAIRS ? inRoleByPairs(accepted) : inRoleByIndex(accepted);
  // (Not the role's owner by a possessive: `Japarov's chief of staff X`, `translator of Abai's …`.)
  const owns = ({ view, candidate }: Found) => view.tokens[candidate.last + 1]?.kind === 'possessive';
  return single.filter((f) => owns(f) || !inRole(f));
}

/** An article holds a few of each: pairs cost less than an index. */
function inRoleByPairs(accepted: readonly Found[]): (f: Found) => boolean {
  return ({ view, candidate }) => accepted.some((g) => {
    const role = g.candidate.role;
    return g.view === view && role !== undefined && role.first <= candidate.first && candidate.first <= role.last;
  });
}

function inRoleByIndex(accepted: readonly Found[]): (f: Found) => boolean {
  const covered = new Map<LineView, Set<number>>();
  for (const { view, candidate } of accepted) {
    const role = candidate.role;
    if (role === undefined) continue;
    let tokens = covered.get(view);
    if (tokens === undefined) covered.set(view, (tokens = new Set()));
    for (let k = role.first; k <= role.last; k++) tokens.add(k);
  }
  return ({ view, candidate }) => covered.get(view)?.has(candidate.first) === true;
}

/**
 * `A, B and C, Ministers of State`: a plural apposition after a list's last name is each name's of the list, and so are
 * offices given to them `respectively` (`A and B, Chairman and President of the Bank respectively`), as written.
 */
function shareListsClosingRoles(found: Found[]): void {
  for (let i = found.length - 1; i > 0; i--) {
    const cur = found[i];
    const prev = found[i - 1];
    const role = cur.candidate.role;
    if (!role || role.first < cur.candidate.last || prev.view !== cur.view || prev.candidate.role) continue;
    const next = cur.view.tokens[role.last + 1];
    const shared = hasPluralTitle(cur.view, role.first, role.last) || (next !== undefined && firstWordOf(cur.view.text, next) === 'respectively');
    if (shared && joinsList(cur.view, prev.candidate.last, afterAddress(cur))) prev.candidate.role = role;
  }
}

/**
 * `the President of the Korea Foundation and the Director-General for European Affairs, A and B`: two offices joined by
 * `and`, then a comma and a list of two names, are the names' in order (*decision*: as written, the first office the
 * first name's). The second name closes the list, and neither office is plural nor another name's apposition.
 */
function shareOfficesInOrder(found: Found[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const [cur, next] = [found[i], found[i + 1]];
    const { view: v, candidate } = cur;
    const second = candidate.role;
    if (!second || next.view !== v || next.candidate.role || second.last + 2 !== afterAddress(cur) || v.cls[second.last + 1] !== 'comma') continue;
    if (v.tokens[candidate.last + 1]?.lower !== 'and' || candidate.last + 2 !== afterAddress(next)) continue;
    const and = v.tokens[second.first - 1]?.lower === 'the' ? second.first - 2 : second.first - 1;
    if (v.tokens[and]?.lower !== 'and') continue;
    const first = roleBefore(v, and)?.role;
    if (!first || first.last !== and - 1 || followsOtherOffice(v, first.first) || hasPluralTitle(v, first.first, first.last) || hasPluralTitle(v, second.first, second.last)) continue;
    if (!setOffAfterOffices(v, first.first, next.candidate.last)) continue;
    candidate.role = first;
    next.candidate.role = second;
  }
}

/**
 * The names ending at token `last` are set off as the apposition of the offices opening at `office`: after an opening
 * phrase's offices only by a comma (`After meeting the President and the Prime Minister, A and B in Astana flew home`
 * names the clause's subjects).
 */
function setOffAfterOffices(v: LineView, office: number, last: number): boolean {
  if (inSentencesOpeningPhrase(v, office)) return v.tokens[last + 1]?.text === ',' && !v.tokens[last + 2]?.upper;
  return closesApposition(v, last);
}

/**
 * The list of names ends at token `last` as an apposition does: before a comma or `and` with no further name, a mark, a
 * preposition or `respectively` (not before the clause's verb: `After meeting the President and the Prime Minister, A and B
 * flew home`).
 */
function closesApposition(v: LineView, last: number): boolean {
  const after = v.tokens[last + 1];
  if (after === undefined) return true;
  if (after.text === ',' || after.lower === 'and') return v.tokens[last + 2]?.upper !== true;
  if (after.kind === 'punct') return true;
  const word = firstWordOf(v.text, after);
  return word === 'respectively' || WORDS_AFTER_APPOSITION.has(word);
}

/** Words that may follow a list of names set off as an apposition: prepositions, no verb. */
const WORDS_AFTER_APPOSITION: ReadonlySet<string> = new Set(['on', 'in', 'at', 'to', 'for', 'with', 'during', 'after', 'before', 'from', 'about', 'who', 'whose', 'both', 'as']);

/**
 * The office opening at token `first` (maybe after `the`) follows a comma that closes another office: a list of offices
 * (`the Minister of Energy, the Minister of Trade and the Minister of Finance, A and B`; not an opening phrase's comma,
 * `In Astana, the Minister of … and the Minister of …, A and B`).
 */
function followsOtherOffice(v: LineView, first: number): boolean {
  const comma = v.tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  return v.cls[comma] === 'comma' && roleBefore(v, comma)?.role.last === comma - 1;
}

/** A role of the name's own; a plural one after it describes the whole list (`Senators A and B, members of …`). */
function ownsRole({ view, candidate }: Found): boolean {
  const role = candidate.role;
  // (`Members of the Bundestag A MdB and B MdB`: nor do a seat's letters, which the listed office says again.)
  return role !== undefined && !(role.first > candidate.last && (hasPluralTitle(view, role.first, role.last) || seatAfter(view, candidate.last)?.first === role.first));
}

/** `and Dr. Bolat Zhaxylykov`: where the name's forms of address start, or the name itself. */
function afterAddress({ view, candidate }: Found): number {
  let first = candidate.first;
  while (first > 0 && view.cls[first - 1] === 'honorific') first--;
  return first;
}

/** Longest `of …` between two names of a list: `of the Kyrgyz Republic ,`, `of the Federative Republic of Brazil and`. */
const MAX_PLACE_TOKENS = 8;

/**
 * Whether the tokens between two names (after `last`, before `first`) join them in a list:
 * `and` or a comma, after an optional place of the first (`Murat Nurtleu of Kazakhstan, Jeenbek Kulubaev`).
 */
function joinsList(v: LineView, nameLast: number, first: number): boolean {
  // `Jürgen Hardt MdB, Knut Abraham MdB`: past the letters written after the name.
  const last = afterPostNominals(v, nameLast);
  if (first - last === 2) return isListJoiner(v.tokens[last + 1]);
  // `Lars Løkke Rasmussen (Denmark), Elina Valtonen (Finland) and …`: a place in brackets after each name.
  if (v.tokens[last + 1].text === '(' && first - last <= MAX_PLACE_TOKENS + 1 && v.tokens[first - 2]?.text === ')') return isListJoiner(v.tokens[first - 1]);
  if (first - last > MAX_PLACE_TOKENS + 1 || v.tokens[last + 1].lower !== 'of' || !isListJoiner(v.tokens[first - 1])) return false;
  for (let k = last + 2; k < first - 1; k++) {
    const t = v.tokens[k];
    // `of the Republic of Korea`: a country's name holds its own `of`.
    if (!(t.upper || t.lower === 'the' || v.cls[k] === 'country' || (t.text === ',' && k === first - 2 && v.tokens[first - 1].lower === 'and'))) return false;
  }
  return v.tokens[last + 2].upper || v.tokens[last + 2].lower === 'the';
}

/** Forms of address for several people (`Messrs. Aliyev and Rahmon`). */
const PLURAL_HONORIFICS = new Set(['messrs', 'messrs.', 'mmes', 'mmes.']);

/**
 * `Presidents Tokayev and Mirziyoyev`, `Messrs. Aliyev, Rahmon and Japarov`: a
 * plural title or honorific vouches for every name of the list it opens
 * (shareCollectiveRoles then gives them its role). Moves the single words so
 * vouched for to `accepted`; returns the others.
 */
export function acceptListedAfterPlural(single: Found[], accepted: Found[]): Found[] {
  // Built on first need: most articles have no single word right after a list's joiner.
  let ends: ListEnds | undefined;
  const led = new Set<Found>();
  const rest: Found[] = [];
  for (const f of single) {
    const prev = isListJoiner(f.view.tokens[f.candidate.first - 1]) ? (ends ??= new ListEnds(accepted)).predecessor(f) : undefined;
    if (prev && (led.has(prev) || opensPluralList(prev))) {
      led.add(f);
      accepted.push(f);
      ends?.add(f);
    } else {
      rest.push(f);
    }
  }
  return rest;
}

/**
 * The accepted names by the token their list item ends on (past any letters after the name), per line,
 * so that a line of many names finds each one's predecessor at once; a later name at the same end wins.
 */
class ListEnds {
  private readonly byView = new Map<LineView, Map<number, Found>>();

  constructor(accepted: readonly Found[]) {
    for (const f of accepted) this.add(f);
  }

  add(f: Found): void {
    let ends = this.byView.get(f.view);
    if (!ends) this.byView.set(f.view, (ends = new Map()));
    ends.set(afterPostNominals(f.view, f.candidate.last), f);
  }

  /** The accepted name right before `f`, after a list's joiner (`A and f`, `A, f`), if any. */
  predecessor({ view, candidate }: Found): Found | undefined {
    return this.byView.get(view)?.get(candidate.first - 2);
  }
}

function isListJoiner(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === 'and' || token.text === ',');
}

function opensPluralList({ view, candidate }: Found): boolean {
  if (candidate.role && hasPluralTitle(view, candidate.role.first, candidate.role.last)) return true;
  const before = view.tokens[candidate.first - 1];
  return before !== undefined && view.cls[candidate.first - 1] === 'honorific' && PLURAL_HONORIFICS.has(before.lower);
}

/**
 * `Jean-Noël Barrot … M. Barrot`: an `M.` before a surname the article writes in full with a given name of another
 * letter is the French `Monsieur`, a form of address, not the initial of a name; so, then, is every `M.` opening a name
 * in that article, and in one that addresses a woman as `Mme` (`Mme Clarisse Nzé Obame … M. Nikolaos Papadimitriou`).
 */
export function withoutMonsieur(found: Found[]): void {
  const opened = found.filter(({ view, candidate }) => view.tokens[candidate.first].text === 'M.' && view.tokens[candidate.first].kind === 'initial' && candidate.last > candidate.first);
  if (opened.length === 0) return;
  // Surnames the article writes in full after a given name of another letter, and of the letter `M` (one pass each: an
  // article may hold many `M.`; `Marta Nowak … Anna Nowak … M. Nowak` is Marta).
  const fullNames = found.filter(({ view: v, candidate: c }) => c.last > c.first && v.tokens[c.first].kind === 'word');
  const surnamesAfter = (m: boolean) => new Set(fullNames.filter(({ view: v, candidate: c }) => v.tokens[c.first].lower.startsWith('m') === m).map(({ view: v, candidate: c }) => v.tokens[c.last].lower));
  const [otherLetter, letterM] = [surnamesAfter(false), surnamesAfter(true)];
  // (`M. de La Rochefoucauld`: maybe with the surname's particles.)
  const surnameOnly = (v: LineView, first: number, last: number) => v.cls.slice(first + 1, last).every((c) => c === 'particle');
  const isMonsieur = ({ view, candidate }: Found) => {
    const surname = view.tokens[candidate.last].lower;
    return candidate.last > candidate.first && surnameOnly(view, candidate.first, candidate.last) && otherLetter.has(surname) && !letterM.has(surname);
  };
  const french = found.some(({ view, candidate }) => FRENCH_ADDRESSES.has(view.tokens[candidate.first - 1]?.lower ?? '')) || opened.some(isMonsieur);
  if (french) for (const { candidate } of opened) candidate.first++;
}

/** The French forms of address of a woman, which say an article's `M.` is `Monsieur`. */
const FRENCH_ADDRESSES: ReadonlySet<string> = new Set(['mme', 'mme.', 'mlle', 'mlle.']);

/** How many common words a name may gain at either end from its full form elsewhere. */
const MAX_COMPLETION = 2;

/**
 * `Vassilenko briefed Do Hung Viet`: a capitalised common word (`Do`) or a
 * state's name right before or after a name is part of it when the article
 * writes those words as one name elsewhere (`Deputy Minister of Vietnam Do
 * Hung Viet`).
 */
export function completeKnownNames(found: Found[]): void {
  // Built on first need: few names have a capitalised common word beside them.
  let full: Set<string> | undefined;
  const knows = (text: string) => (full ??= fullNames(found)).has(text);
  const isKnown = (v: LineView, first: number, last: number) => knows(spanText(v, first, last));
  for (const { view, candidate } of found) {
    if (isTitledGivenName(view, candidate, isKnown)) {
      candidate.first--;
      candidate.role = undefined;
    } else if (closesRoleWithGivenName(view, candidate, knows)) {
      candidate.first--;
      candidate.role = { ...candidate.role!, last: candidate.role!.last - 1 };
    }
    // (Only a role before the name bounds the walk back: `Jordan Mercer Named Rector …` has its role after.)
    const roleEnd = candidate.role && candidate.role.last < candidate.first ? candidate.role.last : -1;
    for (let k = candidate.first - 1; k > roleEnd && k >= candidate.first - MAX_COMPLETION && isJoinedCommonWord(view, k, k + 1); k--) {
      if (isKnown(view, k, candidate.last)) candidate.first = k;
    }
    for (let k = candidate.last + 1; k <= candidate.last + MAX_COMPLETION && isJoinedCommonWord(view, k, k - 1); k++) {
      if (isKnown(view, candidate.first, k)) candidate.last = k;
    }
  }
}

/**
 * `Sultan Raev informed …` where the article reads `Secretary General … Sultan Raev`: a lone title word right before the
 * name that spells with it a full name read elsewhere is its given name.
 */
function isTitledGivenName(v: LineView, c: Candidate, isKnown: (v: LineView, first: number, last: number) => boolean): boolean {
  const role = c.role;
  return role !== undefined && role.first === role.last && role.last === c.first - 1 && v.tokens[role.first].upper && adjacent(v.text, v.tokens[role.first], v.tokens[c.first]) && isKnown(v, role.first, c.last);
}

/**
 * `Says Senior Vice President Israel Mendoza` in a title-case headline where the body names Israel Mendoza, `Akim of
 * Kyzylorda Region Aral Zhumabekov` where it writes `A. Zhumabekov`: a capitalised word (a state's, a place's, a common
 * one) closing the role right before the name, which spells with it a full name read elsewhere, or whose initial the
 * article writes before that surname, is the given name.
 */
function closesRoleWithGivenName(v: LineView, c: Candidate, knows: (text: string) => boolean): boolean {
  const role = c.role;
  if (role === undefined || role.last !== c.first - 1 || role.last <= role.first) return false;
  const given = v.tokens[role.last];
  // (Not the state an office is of: `the Ambassador of Israel Mendoza` keeps its reading.)
  if (given.kind !== 'word' || !given.upper || given.allCaps || !GIVEN_NAME_CLASSES.has(v.cls[role.last]) || v.cls[role.last - 1] === 'connector' || !adjacent(v.text, given, v.tokens[c.first])) return false;
  const surname = spanText(v, c.first, c.last);
  return knows(`${given.lower} ${surname}`) || (c.first === c.last && knows(`${given.lower[0]}. ${surname}`));
}

/** Classes of the words a role may have taken from a given name. */
const GIVEN_NAME_CLASSES: ReadonlySet<string> = new Set(['country', 'stop', 'name']);

/**
 * `CEO of Fischer Maschinenbau Klaus Hartmann`: a name read right after its role's complement, whose
 * words but the first are a full name found elsewhere in the article, or whose first word closes a
 * company the article names elsewhere (`Fischer Maschinenbau GmbH`), gives that word back to the
 * complement (the company's name had two words, the reading took one).
 */
export function trimToKnownNames(found: Found[], companies: ReadonlySet<string>, lexicon: NameLexicon): void {
  // Only after a complement a name word closes (`Ambassador of Brazil to Kazakhstan Ricardo Lemos Pereira` is right as read),
  // not a common word (`Minister of Foreign Affairs, Emigration and Egyptian Expatriates Khaled Abdel Moneim`).
  const closesWithName = ({ view, candidate }: Found) => view.cls[candidate.role!.last] === 'name' && !lexicon.isStopWord(view.tokens[candidate.role!.last].lower);
  const doubtful = new Set(found.filter((f) => opensAfterComplement(f) && closesWithName(f)));
  if (doubtful.size === 0) return;
  // The full names read otherwise: a doubtful reading vouches for no other, nor does a surname of two words after a
  // form of address (`Ms. Teixeira Lopes` leaves `Mariana Teixeira Lopes` whole).
  const full = fullNames(found.filter((f) => !doubtful.has(f) && f.view.cls[f.candidate.first - 1] !== 'honorific'));
  for (const { view, candidate } of doubtful) {
    if (full.has(spanText(view, candidate.first + 1, candidate.last)) || closesKnownCompany(view, candidate, companies)) giveFirstWordToRole(candidate);
  }
}

/** Most words of a company's name read back into a complement. */
const MAX_COMPANY_HEAD = 3;

/** The name's first word and the complement's last words before it are a company the article names elsewhere. */
function closesKnownCompany(v: LineView, candidate: Candidate, companies: ReadonlySet<string>): boolean {
  const role = candidate.role!;
  for (let k = candidate.first - 1; k >= role.first && k >= candidate.first - MAX_COMPANY_HEAD && v.tokens[k].upper; k--) {
    if (companies.has(spanText(v, k, candidate.first))) return true;
  }
  return false;
}

/**
 * `Hansa Anlagenbau confirmed …` where the article also writes `Hansa Anlagenbau GmbH`: a name no title or
 * form of address vouches for, spelt as a company's name of the same article, is that company.
 */
export function withoutCompanies(found: Found[], companies: ReadonlySet<string>): Found[] {
  if (companies.size === 0) return found;
  return found.filter(({ view, candidate }) => candidate.anchored || !companies.has(spanText(view, candidate.first, candidate.last)));
}

/** Longest stretch read back from a name for the words that open a list of companies. */
const MAX_COMPANY_LIST = 160;
/**
 * `companies such as Eni, Saipem and `, `companies, including`, `German business, including`, `companies, among them`, `companies working in energy and logistics, including`: the words
 * opening a list of companies (maybe with lower-case words between), then capitalised names, up to a name; or the plural
 * noun right before the list (`the tankers Viktor Bakaev and `).
 */
const COMPANY_LIST =
  /\b(?:(?:[Cc]ompanies|[Ff]irms|[Cc]orporations|[Ee]nterprises|[Bb]usinesses|[Bb]anks|[Bb]rands|[Oo]perators|[Mm]anufacturers|[Pp]roducers|[Cc]arriers|[Aa]irlines|[Gg]roups|[Tt]ankers|[Vv]essels|[Ss]hips)(?:(?:,?\s+[a-z][a-z-]*)*,?\s+(?:such\s+as|including|like|among\s+them|notably|namely))?|[Bb]usiness(?:,?\s+[a-z][a-z-]*)*,?\s+(?:such\s+as|including|among\s+them|notably|namely))\s+(?:[\p{Lu}\d&][^\s,.;:]*(?:\s+|,\s*|,?\s+and\s+))*$/u;

/**
 * `Italian companies such as Eni, Saipem and Maire Tecnimont`: a name listed after words that open a list of
 * companies; `Mitsubishi Corporation, Sumitomo Corporation, Itochu and Toyota Tsusho`: one listed with two or more
 * companies named with their word.
 */
export function inCompanyList({ view, candidate }: Found): boolean {
  const start = view.tokens[candidate.first].start;
  // (Within the name's line: a headline ending in `Companies` opens no list in the body.)
  return COMPANY_LIST.test(view.text.slice(Math.max(view.tokens[0].start, start - MAX_COMPANY_LIST), start)) || (!isSetOffSubject(view, candidate) && listedCompanies(view, candidate) >= 2);
}

/**
 * `The CEO of the pipeline operator JANAF, Stjepan Adanić, said`: a full name set off by commas before a lower-case verb
 * is the sentence's subject, named after its office, not a company listed after another.
 */
function isSetOffSubject(v: LineView, candidate: Candidate): boolean {
  const [comma, next] = [v.tokens[candidate.last + 1], v.tokens[candidate.last + 2]];
  if (candidate.last === candidate.first || comma?.text !== ',' || v.tokens[candidate.first - 1]?.text !== ',' || next === undefined || next.upper || next.kind === 'punct') return false;
  const word = firstWordOf(v.text, next);
  return word !== 'and' && word !== 'or';
}

/** Most words of a listed company's name (`Mitsubishi Heavy Industries Group`). */
const MAX_COMPANY_WORDS = 4;
/** Most items of a list read on each side of a name: bounds the work on a line listing thousands of names. */
const MAX_LISTED = 8;

/**
 * How many of the names listed with the candidate's (joined by commas and `and`) a company's word or legal form
 * closes; one a business's noun opens counts twice (`the French company Orano and Italy’s Maire Tecnimont`).
 */
function listedCompanies(v: LineView, candidate: Candidate): number {
  let count = 0;
  // `and Italy’s Maire Tecnimont`: the item's state owns it.
  const owned = v.cls[candidate.first - 1] === 'possessive' && v.cls[candidate.first - 2] === 'country';
  // Backwards: each earlier item ends right before a joiner.
  for (let k = candidate.first - (owned ? 3 : 1), items = 0; items < MAX_LISTED && isListJoiner(v.tokens[k]) && v.tokens[k - 1]?.upper; items++) {
    if (closesCompanyName(v.tokens[k - 1])) count++;
    let start = k - 1;
    while (start > 0 && k - start < MAX_COMPANY_WORDS && v.tokens[start - 1].upper) start--;
    // A longer item may hold a person's name after the company's (`the IT company Qazcode Dana Amanzholova`).
    if (k - start <= MAX_DESCRIBED_COMPANY && isBusinessNounBefore(v, start - 1)) {
      start = describedItemStart(v, start - 1);
      // (`members of the … friendship group A and B`: a group's members are people.)
      if (!followsMembersOf(v, start)) count += 2;
    }
    k = start - 1;
  }
  // Forwards: each later item runs from after a joiner over capitalised words.
  for (let k = candidate.last + 1, items = 0; items < MAX_LISTED && isListJoiner(v.tokens[k]) && v.tokens[k + 1]?.upper; items++) {
    let end = k + 1;
    while (end - k < MAX_COMPANY_WORDS && v.tokens[end + 1]?.upper) end++;
    if (closesCompanyName(v.tokens[end])) count++;
    k = end + 1;
  }
  return count;
}

/** Most words of a company's name after its business's noun that count in a list (`the French company Orano`). */
const MAX_DESCRIBED_COMPANY = 2;

/** Most tokens read back from a business's noun for `members of` (`members of the Hungary–Kazakhstan parliamentary friendship group`). */
const MAX_MEMBERS_READ = 8;

/** `members of ` before token `k`, maybe with the body's other words between (no comma). */
function followsMembersOf(v: LineView, k: number): boolean {
  let j = k - 1;
  while (j > k - MAX_MEMBERS_READ && j > 0 && v.tokens[j].lower !== 'of' && v.tokens[j].text !== ',' && v.tokens[j].text !== '.') j--;
  const members = v.tokens[j - 1];
  return v.tokens[j]?.lower === 'of' && members !== undefined && lastWord(v, members).toLowerCase() === 'members';
}

/** Where `the French company` opens, whose noun is token `noun`. */
function describedItemStart(v: LineView, noun: number): number {
  let k = noun;
  if (v.cls[k - 1] === 'country') k--;
  return v.tokens[k - 1]?.lower === 'the' ? k - 1 : k;
}

/**
 * `Executive Secretary of the UN Framework Convention on Climate Change Simon Stiell`: a common English
 * word opening a name of three words, right after its role's complement, closes the complement.
 */
export function giveCommonWordsToRoles(found: Found[]): void {
  // `Federal Minister for Commerce Jam Kamal Khan` where the article also writes `Minister Jam Kamal`: a word that opens
  // another of its names is a name's.
  let openers: Set<string> | undefined;
  const opensName = (word: Token) => (openers ??= new Set(found.filter((f) => !opensAfterComplement(f)).map((f) => f.view.tokens[f.candidate.first].text))).has(word.text);
  for (const f of found) {
    const { view, candidate } = f;
    // `President Director of PT Pertamina Simon Mantiri`: the word after a legal form written before it is the firm's
    // (right after `of` or `the`, not after a name it closes: `Chairman of Samruk-Kazyna JSC Nurlan Rakhmetov`; and only
    // when a full name is left: `director of the LLP Aidar Nurlanov` names no firm).
    const form = candidate.first - 1;
    if (candidate.role?.last === form && candidate.last - candidate.first >= 2 && isPrefixLegalForm(view, form) && view.cls[form - 1] === 'connector') giveFirstWordToRole(candidate);
    if (!opensAfterComplement(f)) continue;
    const [word, next, closing] = [view.tokens[candidate.first], view.tokens[candidate.first + 1], candidate.role!.last];
    // After a country or a region the complement is closed (`Deputy Minister of Vietnam Do Minh Khoa`, `Director for
    // Central Asia Holly Jane Bennett`); a title has none (`Senator Pier Ferdinando Casini`).
    if (!view.tokens[closing].upper || view.cls[closing] === 'country' || view.cls[closing] === 'title' || REGION_NOUNS.has(view.tokens[closing].lower)) continue;
    // Surnames that are English words stay (`Do Thanh Binh`, `Song Jae-ho`).
    if (isCommonEnglishWord(word.lower) && !isCommonEnglishWord(next.lower) && !SURNAMES_ALSO_WORDS.has(word.lower) && !opensName(word)) giveFirstWordToRole(candidate);
  }
}

/** Regions an office's complement may close with (not their adjectives: `Museum for Asian Art X`). */
const REGION_NOUNS: ReadonlySet<string> = new Set(['asia', 'europe', 'africa', 'america', 'americas', 'oceania', 'eurasia', 'caucasus', 'balkans', 'pacific', 'caribbean', 'scandinavia', 'east']);

/** A name of three words or more, the first two name words, read right after its role's complement: its first word may close the complement instead. */
function opensAfterComplement({ view, candidate }: Found): boolean {
  const role = candidate.role;
  if (role === undefined || role.last !== candidate.first - 1 || candidate.last - candidate.first < 2) return false;
  return view.cls[candidate.first] === 'name' && view.cls[candidate.first + 1] === 'name';
}

function giveFirstWordToRole(candidate: Candidate): void {
  candidate.role = { first: candidate.role!.first, last: candidate.first };
  candidate.first++;
}

/** The names of several words among `found`, as spanText gives them. */
function fullNames(found: readonly Found[]): Set<string> {
  const full = new Set<string>();
  for (const { view, candidate } of found) if (candidate.last > candidate.first) full.add(spanText(view, candidate.first, candidate.last));
  return full;
}

/**
 * Token `k` is a capitalised common word written right next to token `neighbour`: a stop word (`Do`), a name word the
 * article also writes in lower case (`Mark` of `Mark Rutte` beside `to mark the day`), or a state's name (`Jordan` of
 * a headline's `Jordan Mercer Named Rector …`).
 */
function isJoinedCommonWord(v: LineView, k: number, neighbour: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || (v.cls[k] !== 'stop' && v.cls[k] !== 'name' && v.cls[k] !== 'country') || !t.upper || t.kind !== 'word') return false;
  return k < neighbour ? adjacent(v.text, t, v.tokens[neighbour]) : adjacent(v.text, v.tokens[neighbour], t);
}

/** Tokens `first..last` of a line as written, in lower case. */
export function spanText(v: LineView, first: number, last: number): string {
  return v.text.slice(v.tokens[first].start, v.tokens[last].end).toLowerCase();
}
