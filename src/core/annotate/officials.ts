/**
 * Finds the people named in an article (guide §2 `official`): spans hold the
 * name only, as written; `role` is the title phrase written with it.
 *
 * Rule-based and linear: capitalised runs are cut into name segments
 * (name-segments), each judged by its context (name-candidates, role-phrase).
 * A segment is a name when a title, honorific or apposition anchors it, or
 * when it has the shape of a full name (two name words, or an initial and a
 * surname). A single unanchored word (`Kallas will meet`) is a name only when
 * the article names that person in full elsewhere, or when a plural title
 * opens the list it stands in (name-context). In a headline written in
 * title case every word is capitalised, so there only words the body confirms
 * as name words count. The result is a pure function of the article's text.
 */
import { listedAsPlace, listedBeforePlaceNoun, standsAsPlace } from './name-place-use';
import { FamilyNames } from './name-family';
import type { Mention } from '../types';
import type { ArticleContext } from './context';
import type { CountryFinder } from './countries';
import { createNameLexicon, HEADLINE_VERB_SET, isCommonEnglishWord, isNationality, WORDS_ALSO_KOREAN_SURNAMES, WORDS_ALSO_VIETNAMESE_SURNAMES, type NameLexicon } from './name-lexicon';
import { ARABIC_ARTICLE_GLUED, CLUB_LETTERS, followsPrefixLegalForm, inBalineseOpening, inShrinesName, namesCompany, namesPlace, segmentsOf, viewLine } from './name-segments';
import { beforeLetters, isGluedDash, judgeSegment, lowerCaseUse, namedByCompanyNoun, namesJointHonorees, type Candidate, type WordUse } from './name-candidates';
import { adjacent, firstWordOf, isVowellessLetters } from './name-tokens';
import { withoutDiacritics } from './name-chars';
import { isSpellingVariant, matchKeys, transliterationKey } from './name-match';
import { acceptListedAfterPlural, completeKnownNames, withoutMonsieur, giveCommonWordsToRoles, inCompanyList, shareCollectiveRoles, spanText, trimToKnownNames, withoutCompanies, withoutRoleWords, type Found } from './name-context';
import { ARTICLES, DASHES, followsPlacePreposition, hasPluralTitle, isSentenceStart, KIN, speaksAt, type LineView } from './role-phrase';
import { HEADLINE_SMALL_WORDS, OCCASION_WORDS, TITLE_AND_WORDS } from '../data/name-stopwords';
import { MONONYMS, REGNAL_GIVEN_NAMES, REGNAL_NUMERAL } from '../data/name-particles';
import { ROLE_CONNECTORS } from '../data/titles';

const REGNAL_GIVEN_NAME_SET: ReadonlySet<string> = new Set(REGNAL_GIVEN_NAMES);

/**
 * `countries`: what the country finder found in `body`, when the caller already has it.
 * `pending`, when given, receives the names the article alone could not confirm (see `findOfficials`).
 */
export type OfficialFinder = (body: string, context: ArticleContext, countries?: readonly Mention[], pending?: Mention[]) => Mention[];

const SMALL_WORDS = new Set(HEADLINE_SMALL_WORDS);
const CONNECTORS = new Set(ROLE_CONNECTORS);

export function createOfficialFinder(extraTitles: readonly string[] | undefined, countries: CountryFinder): OfficialFinder {
  const lexicon = extraTitles && extraTitles.length > 0 ? createNameLexicon(extraTitles) : (defaultLexicon ??= createNameLexicon());
  const mask = new CountryMask();
  return (body, _context, found, pending) => mask.over(body.length, found ?? countries(body), (m) => findOfficials(body, lexicon, m, pending));
}

/**
 * The lexicon of the built-in titles alone, shared by every finder without
 * extra titles. Each word's class is kept on its spelling, tagged with the
 * lexicon that gave it: a lexicon of its own per analyzer would classify
 * every word again, and building one costs some 15 M instructions.
 */
let defaultLexicon: NameLexicon | undefined;

/** `the Chinese partner CNPC`: a word of three or more capitals and no vowel is an acronym, however titled (`NG Eng Hen`'s may be a name). */
function isVowellessAcronym(v: LineView, candidate: Candidate): boolean {
  const t = v.tokens[candidate.first];
  return candidate.first === candidate.last && isVowellessLetters(t);
}

/** Longest body whose mask buffer is kept for the next article. */
const MAX_KEPT_MASK = 1 << 20;

/**
 * Which characters of a body the country finder claimed. One buffer serves
 * article after article: a typed array per article would cost a native
 * allocation (and a finalizer) each time.
 */
class CountryMask {
  private bytes = new Uint8Array(4096);

  /** `use`'s answer, given the mask of `countries` over a body of `length` characters. */
  over<T>(length: number, countries: readonly Mention[], use: (mask: Uint8Array) => T): T {
    if (length > this.bytes.length) {
      if (length > MAX_KEPT_MASK) return use(markSpans(new Uint8Array(length), countries, 1));
      this.bytes = new Uint8Array(Math.min(MAX_KEPT_MASK, Math.max(length, 2 * this.bytes.length)));
    }
    try {
      return use(markSpans(this.bytes, countries, 1));
    } finally {
      markSpans(this.bytes, countries, 0);
    }
  }
}

/** A loop, not `fill`: spans are a few characters long, and a call to `fill` per span cost more. */
function markSpans(mask: Uint8Array, spans: readonly Mention[], value: number): Uint8Array {
  for (const s of spans) for (let i = s.start; i < s.end; i++) mask[i] = value;
  return mask;
}

/**
 * The article's officials. A single word no title vouches for, or a headline word, that no name
 * of the article confirms goes to `pending` instead: a full name elsewhere in the bulletin may
 * confirm it (the headline `Tokayev Meets …` over a body that says only `the President`).
 */
function findOfficials(body: string, lexicon: NameLexicon, mask: Uint8Array, pending?: Mention[]): Mention[] {
  const reading = readLines(body, lexicon, mask);
  const { accepted, single, deferred, companies } = sortedCandidates(reading, lexicon);
  // Before the article's names vouch for others: `Climate Change Simon Stiell` vouches for no `Change`.
  giveCommonWordsToRoles(accepted);
  const unconfirmed = withoutRoleWords(acceptListedAfterPlural(single, accepted), accepted);
  const known = new KnownWords(accepted);
  const families = new FamilyNames(reading.views);
  const unsure = confirmedSingles(unconfirmed, known, families, accepted);
  for (const view of reading.views) knownSurnamesAfterTitles(view, known, reading.lowercaseWords, accepted);
  const shortened = headlineNamesShortened(deferred, unsure);
  for (const f of shortened) accepted.push(f);
  unsure.push(...confirmedHeadlineWords(deferred.filter((f) => !shortened.includes(f)), known, families, lexicon, accepted));
  // `the proposal of A and B, the co-chairs of …`: a name the bulletin is still to confirm shares its list's role as an
  // accepted one does.
  if (pending && unsure.length > 0) shareCollectiveRoles([...accepted, ...unsure].sort(byPosition));
  if (pending) for (const f of unsure.sort(byPosition)) if (mayBeName(f, lexicon)) pending.push(toMention(f, body));
  trimToKnownNames(accepted, companies, lexicon);
  completeKnownNames(accepted);
  withoutMonsieur(accepted);
  accepted.sort(byPosition);
  shareCollectiveRoles(accepted);
  // Spans are cut from the body itself: slices of the copy would keep the copy alive with them.
  return accepted.map((f) => toMention(f, body));
}

/** An article's lines as the finder reads them: a flat copy of its body, each line's view, its lower-case words, its headline. */
interface LinesRead {
  flat: string;
  views: LineView[];
  lowercaseWords: WordUse;
  headline: LineView | undefined;
  /** The headline is written in title case. */
  titleCase: boolean;
}

function readLines(body: string, lexicon: NameLexicon, mask: Uint8Array): LinesRead {
  const flat = withEnglishFor(flatCopy(body));
  const views = lineViews(flat, lexicon, mask);
  const headline = views.find((v) => v.tokens.length > 0);
  const titleCase = headline !== undefined && isTitleCase(headline);
  if (titleCase) {
    headline.titleCase = true;
    markCapitalisedConnectors(headline);
    markPrepositionsBeforeTo(headline);
  }
  return { flat, views, lowercaseWords: lowerCaseUse(flat), headline, titleCase };
}

/**
 * The judged candidates of every line, sorted: accepted (anchored or shaped as full names), single words still to be
 * confirmed, and a title-case headline's, which its body must confirm; and the names of companies and places met.
 */
function sortedCandidates({ flat, views, lowercaseWords, headline, titleCase }: LinesRead, lexicon: NameLexicon): { accepted: Found[]; single: Found[]; deferred: Found[]; companies: Set<string> } {
  const accepted: Found[] = [];
  const single: Found[] = [];
  const deferred: Found[] = [];
  const companies = new Set<string>();
  for (const view of views) {
    addClubsNames(view, companies);
    for (const seg of segmentsOf(view)) {
      // `the French company Lumière Énergies`: the name stays a company's where the article writes it again.
      // `the Quang Ninh Provincial Party Committee`: a place's name too.
      const candidates = judgeSegment(view, seg, lowercaseWords);
      // (Not a name the judge kept as a person's: `the company Johnson Matthey Richard Ashworth`.)
      // (`Chairman of … KazMunayGas JSC Yerzhan Tulegenov`: nor a titled one after a legal form.)
      const titled = candidates.some((c) => c.anchored);
      const named = (seg.orgAfter && namesCompany(view, seg)) || (followsPrefixLegalForm(view, seg.first) && !titled) || namesPlace(view, seg) || (namedByCompanyNoun(view, seg) && candidates.every(isLoneWord));
      if (named) companies.add(spanText(view, seg.first, seg.last));
      for (const candidate of candidates) {
        if ((view !== headline && isCutOff(view, candidate, flat)) || isLabelAfterName(view, candidate)) continue;
        const found = { view, candidate };
        // `and Italy’s Maire Tecnimont`: a state's possessive anchors a name, but no role says it is a person's.
        // `Abunayyan, Chairman of … of Saudi Arabia’s ACWA Power`: an acronym and a word inside another name's office are the
        // company that office is of.
        const ownsOffice = candidate.last > candidate.first && isAcronymAndWord(view, candidate, lexicon) && (!candidate.anchored || inAppositionOfName(view, candidate.role));
        if (ownsOffice || isVowellessAcronym(view, candidate) || ((!candidate.anchored || candidate.role === undefined) && inCompanyList(found))) {
          companies.add(spanText(view, candidate.first, candidate.last));
          continue;
        }
        if (view === headline && titleCase && !isVouched(view, candidate, lexicon)) deferred.push(found);
        // (`while dos Santos Ferreira invited …`: a full name keeps the particles written right before it, as a surname does.)
        else if (candidate.anchored || (hasFullNameShape(view, candidate) && !isAcronymAndWord(view, candidate, lexicon))) accepted.push(withParticlesBefore(found));
        else single.push(found);
      }
    }
  }
  return { accepted: withoutCompanies(accepted, companies), single: withoutCompanies(single, companies), deferred: withoutCompanies(deferred, companies), companies };
}

/**
 * `FC Kairat Almaty` over `Kairat won the League` and `Kairat Seitzhanov, Chairman of the Board of the club`: a football
 * club's letters name the word after them, which stands for the club where it is written alone.
 */
function addClubsNames(view: LineView, companies: Set<string>): void {
  const { tokens } = view;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (!t.allCaps || !CLUB_LETTERS.has(t.lower)) continue;
    const next = tokens[k + 1];
    // (Letters that open the club's name, maybe after a nationality (`the Kazakh FC Kairat`): not `Tobol FC Kuanyshev`, whose
    // letters close it before a person.)
    const opening = k === 0 || !tokens[k - 1].upper || !adjacent(view.text, tokens[k - 1], t) || (view.cls[k - 1] === 'country' && isNationality(tokens[k - 1].lower));
    if (opening && next.upper && next.kind === 'word' && adjacent(view.text, t, next)) companies.add(spanText(view, k + 1, k + 1));
  }
}

/** `futsal club Kairat`: one word no title vouches for after a company's noun is the company's name. */
const isLoneWord = (c: Candidate): boolean => !c.anchored && c.first === c.last;

/** Single words the article's full names confirm go to `accepted`; the rest, no place nor family name, are returned unsure. */
function confirmedSingles(unconfirmed: readonly Found[], known: KnownWords, families: FamilyNames, accepted: Found[]): Found[] {
  const unsure: Found[] = [];
  for (const f of unconfirmed) {
    if (standsAsPlace(f) || isPluralVerbBeforeOccasion(f) || (f.candidate.first === f.candidate.last && families.names(f.view, f.candidate.first))) continue;
    const confirmed = known.confirmsWord(f.view, firstNameToken(f));
    if (listedAsPlace(f, confirmed)) continue;
    (confirmed || isMononym(f) ? accepted : unsure).push(withParticlesBefore(f));
  }
  return unsure;
}

/**
 * `Kassym-Jomart Tokayev and Emmanuel Macron Discuss …` over a body that writes `Macron, for his part, …`: a full name in a
 * title-case headline and its surname written alone in the body as a person's vouch for each other. Returns both, taken
 * out of `unsure`.
 */
function headlineNamesShortened(deferred: readonly Found[], unsure: Found[]): Found[] {
  if (deferred.length === 0) return [];
  // (Only where the body says the surname is a man's or a woman's: `Macron, for his part,`; not a company's, `Samruk said`.)
  const bySurname = new Map<string, Found[]>();
  for (const u of unsure) {
    const { view, candidate: c } = u;
    if (c.first !== c.last || view === deferred[0].view || !PERSONS_PART.test(view.text.slice(view.tokens[c.first].end, view.tokens[c.first].end + PERSONS_PART_READ))) continue;
    const word = view.tokens[c.first].lower;
    const list = bySurname.get(word);
    if (list === undefined) bySurname.set(word, [u]);
    else list.push(u);
  }
  const taken: Found[] = [];
  for (const f of deferred) {
    const { view, candidate } = f;
    if (candidate.last === candidate.first || view.cls[candidate.last] !== 'name' || !hasFullNameShape(view, candidate) || holdsCommonWord(view, candidate)) continue;
    const alone = bySurname.get(view.tokens[candidate.last].lower);
    if (alone === undefined) continue;
    // (One at a time: a list spread into a call's arguments overflows the stack past some 100 000.)
    taken.push(f);
    for (const u of alone) taken.push(u);
    bySurname.delete(view.tokens[candidate.last].lower);
  }
  if (taken.length === 0) return taken;
  // (In place, without spreading a long list into a call's arguments.)
  const gone = new Set(taken);
  let n = 0;
  for (const u of unsure) if (!gone.has(u)) unsure[n++] = u;
  unsure.length = n;
  return taken;
}

/** `, for his part,`, `, in her turn,` after a surname: a person's. */
const PERSONS_PART = /^, (?:for (?:his|her) part|in (?:his|her) turn),/;
const PERSONS_PART_READ = 20;

/** A word of the candidate is a common English word or a headline's verb (`Kairat Beat Tobol`, `Medieval Traveller William`). */
function holdsCommonWord(v: LineView, c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) if (isCommonEnglishWord(v.tokens[k].lower) || HEADLINE_VERB_SET.has(v.tokens[k].lower)) return true;
  return false;
}

/** A title-case headline's names: the parts the body confirms go to `accepted`; the unconfirmed are returned. */
function confirmedHeadlineWords(deferred: readonly Found[], known: KnownWords, families: FamilyNames, lexicon: NameLexicon, accepted: Found[]): Found[] {
  const unsure: Found[] = [];
  for (const f of deferred) {
    if (isVerbBeforeNumber(f) || isPluralVerbBeforeOccasion(f)) continue;
    // `Kosherbayev and de la Fuente Discuss …`: a confirmed part keeps the particles written before it.
    accepted.push(...partsWhere(f, (k) => known.confirms(f.view, k) && !families.names(f.view, k)).map(withParticlesBefore));
    // `Kassym-Jomart Tokayev Holds Talks …` over a body that writes only `President Tokayev`: the whole
    // name waits for the bulletin, which replaces the confirmed part with it (see confirmedPendingSteps).
    if (isNamedInPart(f, known, lexicon)) unsure.push(f);
    else unsure.push(...partsWhere(f, (k) => !known.confirms(f.view, k)));
  }
  return unsure;
}

/**
 * `… at the Ministry of Foreign Aff`: a file's last article may be cut off mid-word (guide §1), and one word that ends
 * the text with no stop after it is more likely such a stub than a name, as are words after `the` before it; not one
 * right after its title (`signed by President Tokayev`).
 */
function isCutOff(view: LineView, candidate: Candidate, flat: string): boolean {
  if (view.tokens[candidate.last].end !== flat.length) return false;
  // (`… of the Comprehensive Pl`: nor words after `the` before such a stub, where a person's name hardly stands.)
  if (candidate.first !== candidate.last) return view.tokens[candidate.first - 1]?.lower === 'the';
  // (A title that opens a longer one may itself be cut: `Deputy Minis`, `Vice Presi`.)
  const before = view.tokens[candidate.first - 1];
  return view.cls[candidate.first - 1] !== 'title' || TITLE_OPENERS.has(before.lower);
}

const TITLE_OPENERS: ReadonlySet<string> = new Set(['deputy', 'vice', 'chief', 'first', 'senior', 'acting', 'assistant', 'under', 'executive']);

/**
 * `Asylbek Temirov (Aq Jol)`, `Calum Miller (Lib Dem, Bicester and Woodstock)`, `Helen Marchbank MP (Stockton West)`, `Rihards
 * Kols MEP (ECR, Latvia)`, `Ms Halloran (Lab, Stockport North)`: words in a bracket right after a person's name (maybe
 * after letters) are their party or seat, unless they spell the name again (`Nurlan Sauranbayev (Nurlan Sauranbaev)`).
 */
function isLabelAfterName(view: LineView, candidate: Candidate): boolean {
  const { tokens, cls } = view;
  // (`(Con, Mid Dorset and North Poole)`: a seat of two places.)
  const close = tokens[candidate.last + 1]?.text;
  // (`… Vajiraklaochaoyuhua (Rama X)`: a ruler's other name, with its numeral, is no label.)
  if ((close !== ')' && close !== ',' && close !== 'and') || (candidate.last > candidate.first && REGNAL_NUMERAL.test(tokens[candidate.last].text))) return false;
  const open = labelOpen(view, candidate.first);
  // (Past other labels, only a seat or a party: `(Con, Harrogate South)`, `(ECR, Latvia)`; not `(Oxford University, Jane Brown)`.)
  if (open === undefined || (open < candidate.first - 1 && !isSeatOrParty(view, candidate, open))) return false;
  const name = beforeLetters(view, open - 1);
  // (`Ms Halloran (Lab, Stockport North)`: a surname after a form of address too, or after a capitalised particle that is a
  // given name: `Ben Osei-Tutu MP (Lab, Croydon South)`.)
  const given = cls[name - 1] === 'name' || cls[name - 1] === 'honorific' || (cls[name - 1] === 'particle' && tokens[name - 1].upper);
  if (cls[name] !== 'name' || tokens[name].kind !== 'word' || !given) return false;
  const before = [tokens[name - 1].lower, tokens[name].lower];
  for (let k = candidate.first; k <= candidate.last; k++) if (before.some((w) => w === tokens[k].lower || isSpellingVariant(w, tokens[k].lower))) return false;
  return true;
}

/** Words that close a constituency's name (`Harrogate South`, `North Down Coast`). */
const SEAT_CLOSERS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'central', 'coast', 'city', 'valley', 'borders']);

/** Most letters of a party's short name opening a bracket (`Con`, `Lab`, `DMK`, `ALP`). */
const MAX_PARTY_LETTERS = 4;

/** A constituency's name, or a party's acronym alone, or anything after a party's short name opening the bracket at `open`. */
function isSeatOrParty(view: LineView, candidate: Candidate, open: number): boolean {
  const [last, party] = [view.tokens[candidate.last], view.tokens[open + 1]];
  const afterParty = party.kind === 'word' && party.upper && party.text.length <= MAX_PARTY_LETTERS && view.cls[open + 2] === 'comma';
  return afterParty || SEAT_CLOSERS.has(last.lower) || (candidate.first === candidate.last && view.cls[candidate.first] === 'caps');
}

/** Most tokens between a label and the bracket it is in. */
const MAX_LABEL_TOKENS = 6;

/**
 * The bracket a label at token `first` is in, a few words before it (`(Con, Harrogate South)`, `(Oshawa—Durham East)`):
 * past capitalised words of other labels only (not `(pictured with Prime Minister X)`).
 */
function labelOpen(view: LineView, first: number): number | undefined {
  for (let k = first - 1; k >= 0 && k >= first - MAX_LABEL_TOKENS; k--) {
    const t = view.tokens[k];
    if (t.text === '(') return k;
    const label = t.kind === 'word' && t.upper && view.cls[k] !== 'title' && view.cls[k] !== 'honorific';
    if (!label && view.cls[k] !== 'comma' && !DASHES.has(t.text)) return undefined;
  }
  return undefined;
}

/** `Holy See and Kazakhstan Mark 34 Years of …`: one word of a headline right before a number is its verb. */
function isVerbBeforeNumber({ view, candidate }: Found): boolean {
  return candidate.first === candidate.last && view.tokens[candidate.last + 1]?.kind === 'number';
}

/**
 * `Astana and Brasília Mark Anniversary of …`, `Diplomats Mark Anniversary …`, `U.S., Vietnam Mark Partnership
 * Anniversary`: one word of a headline after its subject, before an occasion (maybe after one word naming it), is the
 * verb (not after a title or a form of address: `Pope Francis Anniversary Mass`).
 */
function isPluralVerbBeforeOccasion({ view, candidate }: Found): boolean {
  const before = candidate.first - 1;
  const occasion = (k: number) => view.tokens[k]?.upper === true && OCCASIONS.has(view.tokens[k].lower);
  const next = candidate.last + 1;
  // (Not past a verb, nor after one: `Kazakhstan’s Tokayev Sends Anniversary Greetings`, `Astana Hosts Tokayev
  // Inauguration Anniversary Gala`.)
  const named = view.tokens[next]?.upper === true && !HEADLINE_VERB_SET.has(view.tokens[next].lower) && occasion(next + 1);
  if (!view.titleCase || candidate.first !== candidate.last || before < 0 || !(occasion(next) || named) || HEADLINE_VERB_SET.has(view.tokens[before].lower)) return false;
  return view.cls[before] !== 'honorific' && (view.cls[before] !== 'title' || hasPluralTitle(view, before, before));
}
const OCCASIONS: ReadonlySet<string> = new Set(OCCASION_WORDS);

const MONONYM_SET: ReadonlySet<string> = new Set(MONONYMS);
/** `'`, `‘`, `"`, `“`, `«`. */
const OPENING_QUOTES: ReadonlySet<number> = new Set([0x27, 0x2018, 0x22, 0x201c, 0xab]);
/** `"`, `”`, `»`. */
const CLOSING_DOUBLE: ReadonlySet<number> = new Set([0x22, 0x201d, 0xbb]);
/** Up to a double quote opening it, a quoted title's capitalised words and small words before a name closing it. */
const TITLE_BEFORE_CLOSE = new RegExp(`["“«](?:(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|${['and', ...TITLE_AND_WORDS, 'of', 'the', 'de', 'i'].join('|')})\\s+)+$`, 'u');
/** Longest title read back. */
const MAX_TITLE_BACK = 60;

/** `the play "Iqbal aur Rumi"`: a name closes a quoted title in title case (not speech: `"We all love Rumi", he added`). */
function closesQuotedTitle(text: string, start: number, end: number): boolean {
  return CLOSING_DOUBLE.has(text.charCodeAt(end)) && TITLE_BEFORE_CLOSE.test(text.slice(Math.max(0, start - MAX_TITLE_BACK), start));
}

/**
 * `works by … and Abai`: a one-word name of a poet or thinker, standing alone (not `the Kurmangazy Kazakh National
 * Conservatory`, nor a place a dash joins to another: `the Kurmangazy – Krasny Yar border crossing`).
 */
function isMononym({ view, candidate }: Found): boolean {
  const k = candidate.first;
  if (k !== candidate.last || !MONONYM_SET.has(view.tokens[k].lower)) return false;
  // (`the exhibition 'Picasso and the Steppe'`, `the play "Iqbal aur Rumi"`: nor one opening or closing a quoted title;
  // a verb after the name makes the quote speech, which keeps it: `“Magtymguly is as dear to …,” he said`; *decision*:
  // an exhibition so named, `“Abai is our spiritual teacher”`, reads as speech too.)
  const speech = SPEECH_VERB_AFTER.test(view.text.slice(view.tokens[k].end, view.tokens[k].end + SPEECH_READ));
  const opensQuote = OPENING_QUOTES.has(view.text.charCodeAt(view.tokens[k].start - 1)) && !speech;
  if (opensQuote || closesQuotedTitle(view.text, view.tokens[k].start, view.tokens[k].end)) return false;
  const next = view.tokens[k + 1];
  // (`the Kurmangazy–Zhanaozen gas pipeline`: a dash glued to both names joins them too.)
  const joined = (next !== undefined && (next.upper || (DASHES.has(next.text) && view.tokens[k + 2]?.upper === true)) && adjacent(view.text, view.tokens[k], next)) || isGluedDash(view, k + 1) ||
    // (`the Kazantzakis–Abai translation programme`: or glued by a dash after another, before a body's lower-case noun; not
    // `Strauss–Mozart arias`.)
    (isGluedDash(view, k - 1) && JOINT_BODY_AFTER.test(view.text.slice(view.tokens[k].end, view.tokens[k].end + JOINT_BODY_READ)));
  // `Abai, Al-Farabi and Raiymbek avenues`: nor one listed with streets.
  // (`the Abai and Rumi Readings`: nor one of two a body or an event is named after.)
  return !joined && !listedBeforePlaceNoun(view, k) && !namesJointHonorees(view, k, k);
}

/** A verb after a name opening a quote (`“Abai is …`, `“Magtymguly wrote …`). */
const SPEECH_VERB_AFTER = /^ (?:is|was|has|had|wrote|said|taught|remains|belongs|called|left|united|lived)(?![\p{L}])/u;
const SPEECH_READ = 12;

/** A body's or a programme's lower-case noun after a pair of names (`… translation programme`, `… prize`). */
const JOINT_BODY_AFTER = /^ (?:[a-z]+ ){0,2}(?:programme|program|prize|award|fund|foundation|scholarship|centre|center|forum|readings|festival|initiative|project)(?![a-z])/;
const JOINT_BODY_READ = 40;

/** Most words a headline's name held together may have (`Recep Tayyip Erdoğan`). */
const MAX_HEADLINE_NAME = 4;

/** A headline's name whose article confirms some words, and whose other words may be names. */
function isNamedInPart({ view, candidate }: Found, known: KnownWords, lexicon: NameLexicon): boolean {
  if (candidate.last === candidate.first || candidate.last - candidate.first >= MAX_HEADLINE_NAME) return false;
  let confirmed = false;
  for (let k = candidate.first; k <= candidate.last; k++) {
    if (known.confirms(view, k)) confirmed = true;
    else if (!isPossibleNameWord(view, k, lexicon)) return false;
  }
  return confirmed;
}

function isPossibleNameWord(view: LineView, k: number, lexicon: NameLexicon): boolean {
  const t = view.tokens[k];
  return view.cls[k] === 'name' && t.kind === 'word' && !t.allCaps && !lexicon.isCommonEnglish(t.lower);
}

/** A pending name needs a word that may be a name: not in capitals (`EU`, `MFA`), not a common English word (`Meets`). */
function mayBeName({ view, candidate }: Found, lexicon: NameLexicon): boolean {
  for (let k = candidate.first; k <= candidate.last; k++) if (isPossibleNameWord(view, k, lexicon)) return true;
  return false;
}

function byPosition(a: Found, b: Found): number {
  return a.view.tokens[a.candidate.first].start - b.view.tokens[b.candidate.first].start;
}

/** The token of a candidate's first word that is not a particle (`Leyen` of `Von der Leyen`). */
function firstNameToken({ view, candidate }: Found): number {
  let k = candidate.first;
  while (k < candidate.last && view.cls[k] === 'particle') k++;
  return k;
}

/** `von der Leyen said`: a surname the article confirms keeps the particles written right before it. */
function withParticlesBefore(f: Found): Found {
  const { tokens, cls, text } = f.view;
  let first = f.candidate.first;
  while (first > 0 && cls[first - 1] === 'particle' && adjacent(text, tokens[first - 1], tokens[first])) first--;
  if (first === f.candidate.first) return f;
  // (`Minister of State della Rovere`: a role that read the particle as its connector ends before it.)
  const role = f.candidate.role;
  const held = role !== undefined && role.last >= first ? (role.first < first ? { ...role, last: first - 1 } : undefined) : role;
  return { view: f.view, candidate: { ...f.candidate, first, role: held } };
}

/**
 * `body` as a string of its own. An article's body is a slice of its
 * bulletin, and V8 reads each character of a slice through its parent: the
 * scans here read every character, at about 1.4 times the cost of reading a
 * flat string. Joining two halves is one native copy (splitting at every
 * line cost a string per line; `+` would only make a pair of slices).
 */
function flatCopy(body: string): string {
  const half = body.length >> 1;
  return [body.slice(0, half), body.slice(half)].join('');
}

/**
 * `the Museum für Asiatische Kunst`, `Deutsche Gesellschaft für Internationale Zusammenarbeit`: the German `für` is read as
 * the `for` it means, so a body's name goes on through it as through `for`. The same length keeps every offset, and
 * spans and roles are cut from the body as written.
 */
function withEnglishFor(flat: string): string {
  return flat.includes(' für ') ? flat.replaceAll(' für ', ' for ') : flat;
}

function lineViews(body: string, lexicon: NameLexicon, mask: Uint8Array): LineView[] {
  const views: LineView[] = [];
  let from = 0;
  while (from <= body.length) {
    let to = body.indexOf('\n', from);
    if (to < 0) to = body.length;
    const end = to > from && body[to - 1] === '\r' ? to - 1 : to;
    views.push(viewLine(body, from, end, lexicon, mask));
    from = to + 1;
  }
  return views;
}

/** `President Of France Emmanuel Macron`: in a title-case headline a capitalised `Of` still joins a role. */
function markCapitalisedConnectors(v: LineView): void {
  // (Not a Vietnamese surname the line's passes read: `Party General Secretary To Lam Receives …`, nor a name's particle
  // between its words: `Eni CEO Claudio De Santis`.)
  for (let k = 1; k < v.tokens.length; k++) {
    if (v.tokens[k].upper && CONNECTORS.has(v.tokens[k].lower) && !isVietnameseSurname(v, k) && !isParticleInName(v, k)) v.cls[k] = 'connector';
  }
}

/** Token `k` is a particle between name words, maybe with other particles beside it (`Luis De La Fuente`). */
function isParticleInName(v: LineView, k: number): boolean {
  if (v.cls[k] !== 'particle') return false;
  let [before, after] = [k - 1, k + 1];
  while (v.cls[before] === 'particle') before--;
  while (v.cls[after] === 'particle') after++;
  return v.cls[before] === 'name' && v.cls[after] === 'name';
}

/** `… Ortiz Barrios Due to Corruption`: in a title-case headline a preposition's first word before `to` ends a name. */
function markPrepositionsBeforeTo(v: LineView): void {
  for (let k = 1; k + 1 < v.tokens.length; k++) {
    if (v.cls[k] === 'name' && v.tokens[k + 1].text === 'to' && PREPOSITIONS_BEFORE_TO.has(v.tokens[k].lower)) v.cls[k] = 'stop';
  }
}

/** `Due to`, `Thanks to`, `Owing to`, `According to`, `Prior to`: (not surnames such as `Hunt` in `Jeremy Hunt to Visit …`). */
const PREPOSITIONS_BEFORE_TO: ReadonlySet<string> = new Set(['due', 'thanks', 'owing', 'according', 'prior']);

function isVietnameseSurname(v: LineView, k: number): boolean {
  return v.cls[k] === 'name' && WORDS_ALSO_VIETNAMESE_SURNAMES.has(v.tokens[k].lower);
}

/** A headline whose every content word is capitalised (`Priority Areas of Cooperation were Discussed`). */
function isTitleCase(v: LineView): boolean {
  // A lower-case name particle stays lower in a headline too (`… Condolences to Abdel Fattah el-Sisi`).
  return v.tokens.every((t, k) => t.kind === 'gap' ? false : t.kind !== 'word' || t.upper || SMALL_WORDS.has(t.lower) || t.text.length <= 2 || v.cls[k] === 'name');
}

/** Two name words (`Dag Sjoogren`, `KISHIDA Fumio`) or an initial and a surname (`A. Syrigos`); not acronyms alone (`OSCE PA`). */
function hasFullNameShape(v: LineView, c: Candidate): boolean {
  let names = 0;
  let initials = 0;
  let words = 0;
  for (let k = c.first; k <= c.last; k++) {
    const t = v.tokens[k];
    if (v.cls[k] === 'name') names++;
    // `Louis XIV`, `Peter I`: a ruler's numeral after a given name rulers reign by (not `Phase II`, `Basel III`).
    if (v.cls[k] === 'numeral' && REGNAL_NUMERAL.test(t.text) && k === c.first + 1 && k === c.last && REGNAL_GIVEN_NAME_SET.has(v.tokens[c.first].lower)) return names > 0;
    if (t.kind === 'initial' || t.kind === 'dotted') initials++;
    // A word in capitals counts when it is long enough to be a surname (`KISHIDA`), not an acronym (`EU`).
    else if ((v.cls[k] === 'name' || (v.cls[k] === 'caps' && t.text.length >= 4)) && t.kind === 'word') words++;
  }
  return names > 0 && (words >= 2 || (words === 1 && initials > 0));
}

/** The role is written after a name and a comma, as that name's apposition (`A, Chairman of …`). */
function inAppositionOfName(v: LineView, role: { first: number } | undefined): boolean {
  return role !== undefined && v.cls[role.first - 1] === 'comma' && v.cls[role.first - 2] === 'name';
}

/** `ACWA Power`, `KEGOC Grid`: an acronym and a common English word name a company, unlike `KISHIDA Fumio`. */
function isAcronymAndWord(v: LineView, c: Candidate, lexicon: NameLexicon): boolean {
  let caps = false;
  for (let k = c.first; k <= c.last && !caps; k++) caps = v.cls[k] === 'caps';
  for (let k = c.first; k <= c.last && caps; k++) if (v.cls[k] === 'name' && !lexicon.isCommonEnglish(v.tokens[k].lower)) return false;
  return caps;
}

/**
 * `Vice Minister Park held talks`: a word that heads organisations (`Park`) is still a surname after a
 * title when the article names the person in full (`Park Ji-hoon`) and no organisation's name follows;
 * a Korean surname that is also a word is one alone too (`Park said`), with no capitalised word beside it.
 * So is the Chinese surname `He` of a name the article gives in full, opening a sentence before an
 * apposition with `also` (`He, also a member of …`), which a pronoun does not open, or before the given name;
 * and a state's name that is such a person's surname (see isStateNamedSurname).
 */
function knownSurnamesAfterTitles(view: LineView, known: KnownWords, lowercaseWords: WordUse, found: Found[]): void {
  const { tokens, cls, text } = view;
  for (let k = 0; k < tokens.length; k++) {
    // Most tokens are none of these: one look at the class passes them.
    const he = isSentenceInitialHe(view, k);
    if (cls[k] !== 'org' && cls[k] !== 'country' && cls[k] !== 'stop' && cls[k] !== 'title' && !he) continue;
    if (cls[k] !== 'country' && !he && isWordNamedSurname(view, k, known)) {
      cls[k] = 'name';
      judgeAlone(view, k, lowercaseWords, found);
      continue;
    }
    if ((cls[k] === 'stop' || cls[k] === 'title') && !he) continue;
    if (he && known.has('he') && cls[k + 1] === 'name' && known.has(tokens[k + 1].lower)) {
      // `He Lifeng, also …` opening a sentence, where the article names Vice Premier He Lifeng.
      const given = found.find((f) => f.view === view && f.candidate.first === k + 1);
      if (given) given.candidate.first = k;
      continue;
    }
    if (isSurnameBeforeAlso(view, k) && known.has('he')) {
      cls[k] = 'name';
      judgeAlone(view, k, lowercaseWords, found);
      continue;
    }
    if (isStateNamedSurname(view, k, known)) {
      cls[k] = 'name';
      judgeAlone(view, k, lowercaseWords, found);
      continue;
    }
    // `a textile park` is no `Park`: only a capitalised word.
    if (cls[k] !== 'org' || !tokens[k].upper || tokens[k].allCaps || !known.has(tokens[k].lower)) continue;
    const [previous, next] = [tokens[k - 1], tokens[k + 1]];
    const joinedBefore = previous !== undefined && adjacent(text, previous, tokens[k]);
    // `Mr. Park noted`: a form of address vouches as a title does.
    const afterTitle = joinedBefore && (cls[k - 1] === 'title' || cls[k - 1] === 'honorific') && !inShrinesName(view, k);
    const alone = WORDS_ALSO_KOREAN_SURNAMES.has(tokens[k].lower) && !(joinedBefore && (previous.upper || previous.lower === 'the'));
    if (!(afterTitle || alone) || (next !== undefined && next.upper && adjacent(text, tokens[k], next))) continue;
    cls[k] = 'name';
    judgeAlone(view, k, lowercaseWords, found);
  }
}

/**
 * `Montenegro recalled …`, `Mr. Jordan`, `Montenegro thanked his host`, `Montenegro, for his part, said`, `Jordan’s widow`:
 * a state's name that closes a name the article gives in full (`Luís Montenegro`), before a verb of speaking or a kin
 * word, opening a sentence before a verb and `his` or a person's part, or after a form of address or a title, is that person (`Israel said` after `Israel Katz` stays the state).
 */
function isStateNamedSurname(view: LineView, k: number, known: KnownWords): boolean {
  const t = view.tokens[k];
  if (view.cls[k] !== 'country' || t.kind !== 'word' || !t.upper || t.allCaps || !known.closesFullName(t.lower)) return false;
  // (Only opening its sentence, and before `his`: `her` may be the verb's object, and `The people of Montenegro welcomed
  // his words` names the state.)
  // (`Montenegro, for his part, said …`: or its comma and a person's part.)
  const after = view.text.slice(t.end, t.end + PERSONS_VERB_READ);
  const personsVerb = isSentenceStart(view, k) && (PERSONS_VERB_AFTER.test(after) || PERSONS_PART.test(after) || WHO_AFTER.test(after) || isAgeAt(view.text, t.end));
  return speaksAt(view, k + 1) || personsVerb || isKinAfter(after) || isAddressedAlone(view, k);
}

/**
 * Token `k` comes right after a form of address, or a capitalised title with no capitalised word after it (`President
 * Montenegro to Astana`; not a chair, which a state may hold: `Chair Montenegro to Host Summit`).
 */
function isAddressedAlone(view: LineView, k: number): boolean {
  const [before, t, next] = [view.tokens[k - 1], view.tokens[k], view.tokens[k + 1]];
  if (before === undefined || !adjacent(view.text, before, t)) return false;
  if (view.cls[k - 1] === 'honorific') return true;
  return view.cls[k - 1] === 'title' && before.upper && !STATES_CHAIRS.has(before.lower) && !(next !== undefined && next.upper && adjacent(view.text, t, next));
}

/** Chairs a state holds in a body (`Chair Montenegro`, `the Presidency`). */
const STATES_CHAIRS: ReadonlySet<string> = new Set(['chair', 'chairmanship', 'presidency', 'chairman-in-office', 'chair-in-office']);

/**
 * `in the presence of Jordan’s widow`: kin after a possessive are a person's (not a kin word naming a relation of things:
 * `Montenegro’s sister republic`, `daughter company`, `mother tongue`).
 */
function isKinAfter(after: string): boolean {
  const kin = POSSESSIVE_KIN.exec(after);
  return kin !== null && KIN.has(kin[1]) && !(KIN_OF_THINGS.has(kin[1]) && kin[2] !== undefined && !CLAUSE_WORD_AFTER.test(kin[2]));
}

/**
 * `Mills, 24, won …`, `Bishop, 58, Broadway’s …`: an age between commas after a word at `end` (not a count or a score in a
 * list: `Jordan, 12, and Kazakhstan, 9, …`, `Georgia, 1, Kazakhstan, 0`, `Jordan, 12, ahead of Kazakhstan, 9`).
 */
function isAgeAt(text: string, end: number): boolean {
  return AGE_AFTER.test(text.slice(end, end + AGE_READ));
}
const PERSONS_VERB_AFTER = /^ [a-z]+ed his /;
/** A verb in the past right after a word. */
const PAST_VERB_AFTER = /^ [a-z]{2,}ed(?![a-z])/;
/** Rulers' titles, which alone before a `who` or a description name the ruler. */
const RULERS_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'sultan', 'emir', 'amir', 'emperor', 'empress', 'pope', 'prince', 'princess', 'shah']);
/** A possessive's ending and the word after it, which is captured, and a lower-case word after that. */
const POSSESSIVE_KIN = /^['’]s ([a-z]+)(?: ([a-z]+))?/;
/**
 * Words after a word that make it a clause's subject or a list's item, no noun's modifier (`Montenegro’s mother died`,
 * `daughter and son`, `Julian met`).
 */
const CLAUSE_WORD_AFTER = /^(?:and|or|[a-z]+ed|is|was|has|had|will|said|says|met|led|made|took|gave|spoke|told|held)$/;
/** Kin words that name a relation of things before a noun. */
const KIN_OF_THINGS: ReadonlySet<string> = new Set(['daughter', 'mother', 'sister']);
/** `Bishop, who led …`: a `who` apposition. */
const WHO_AFTER = /^, who /;
/** An age between commas, with no other word and number in a list after it in the sentence. */
const AGE_AFTER = /^, \d{1,3}, (?![^.;]*\p{Lu}[\p{L}\p{M}'’-]*,? \d)/u;
/** Characters read after a word for an age and a list. */
const AGE_READ = 60;
/** `Bishop, an American choreographer, …`: a described apposition, which after a state's name may describe the state. */
const DESCRIBED_AFTER = /^, an? [A-Za-z]/;
/** Characters read after the state's name for such a verb. */
const PERSONS_VERB_READ = 24;

/**
 * `Winter noted that …`, `In turn, Winter stressed`, `Bishop, who led …`, `King, 37, said` where the article names
 * Stefan Winter, Samantha Bishop or Harry King: a common word, title or body's word closing a full name the article
 * gives, opening its sentence or after a comma, before a verb of speaking, is that person; so is one opening its
 * sentence before an age, a `who` or a described apposition.
 */
function isWordNamedSurname(view: LineView, k: number, known: KnownWords): boolean {
  const t = view.tokens[k];
  if (t.kind !== 'word' || !t.upper || t.allCaps) return false;
  const opening = isSentenceStart(view, k);
  if (!opening && view.cls[k - 1] !== 'comma') return false;
  // (Asked last: most words here close no known name, and the shape after them is cheaper to read.)
  const after = view.text.slice(t.end, t.end + PERSONS_VERB_READ);
  // (A ruler's title alone before a `who` or a description is the ruler's: `Sultan, who ruled Oman …`.)
  const described = WHO_AFTER.test(after) || DESCRIBED_AFTER.test(after);
  const apposition = opening && (isAgeAt(view.text, t.end) || (described && !RULERS_TITLES.has(t.lower)));
  // (`Sultan replaced Major X` where the article names Daniyar Sultan: a title word opening its sentence before a verb in
  // the past; not a common word, which may qualify the noun after it: `Early registered voters …`.)
  const acts = opening && view.cls[k] === 'title' && PAST_VERB_AFTER.test(after);
  return (apposition || acts || speaksAt(view, k + 1)) && known.closesFullName(t.lower);
}

/** Judges token `k` of a line as a name of its own, re-classed as one. */
function judgeAlone(view: LineView, k: number, lowercaseWords: WordUse, found: Found[]): void {
  for (const candidate of judgeSegment(view, { first: k, last: k, runFirst: k, runLast: k, orgAfter: false }, lowercaseWords)) found.push({ view, candidate });
}

/** `He, also a member of …` opening a sentence at token `k`. */
function isSurnameBeforeAlso(view: LineView, k: number): boolean {
  const { tokens, text } = view;
  return isSentenceInitialHe(view, k) && tokens[k + 1]?.text === ',' && text.startsWith('also ', tokens[k + 2]?.start ?? -1);
}

function isSentenceInitialHe({ tokens }: LineView, k: number): boolean {
  const t = tokens[k];
  return t.lower === 'he' && t.upper && (k === 0 || tokens[k - 1].text === '.');
}

/**
 * A title-case headline capitalises every word: there one anchored word (`President Congratulates`)
 * needs the body's confirmation, a full name after a title does not. So does a name made of words
 * that are common English words (`Ministers Hold Phone Conversation`).
 */
function isVouched(v: LineView, c: Candidate, lexicon: NameLexicon): boolean {
  return c.anchored && hasFullNameShape(v, c) && !hasCommonWord(v, c, lexicon);
}

function hasCommonWord(v: LineView, c: Candidate, lexicon: NameLexicon): boolean {
  for (let k = c.first; k <= c.last; k++) if (v.cls[k] === 'name' && lexicon.isCommonEnglish(v.tokens[k].lower)) return true;
  return false;
}

/**
 * The name words of what was found, to confirm other mentions by: a word
 * written with or without its diacritics confirms either spelling
 * (`Erdogan` in a headline, `Erdoğan` in the body).
 */
class KnownWords {
  private readonly words = new Set<string>();
  /** Long words by their match keys, for spellings one edit apart; built on first need. */
  private byKey: Map<string, string[]> | undefined;

  /** Surnames written after an initial, with it (`o bektenov` of `O. Bektenov`). */
  private readonly initialed = new Set<string>();
  /** The last words of full names (`montenegro` of `Luís Montenegro`). */
  private readonly lastWords = new Set<string>();

  constructor(found: Found[]) {
    for (const { view, candidate } of found) {
      if (candidate.last > candidate.first) this.lastWords.add(withoutDiacritics(view.tokens[candidate.last].lower));
      for (let k = candidate.first; k <= candidate.last; k++) {
        if ((view.cls[k] !== 'name' && view.cls[k] !== 'caps') || inBalineseOpening(view.tokens, k)) continue;
        const word = withoutDiacritics(view.tokens[k].lower);
        this.words.add(word);
        // (`al-Mansouri` is known as `Mansouri` too, so that `Al Mansoori said` spells it.)
        if (ARABIC_ARTICLE_GLUED.test(word)) this.words.add(word.slice(3));
        const before = view.tokens[k - 1];
        if (k > candidate.first && before.kind === 'initial') this.initialed.add(`${before.lower[0]} ${word}`);
      }
    }
  }

  has(lowerWord: string): boolean {
    return this.words.has(withoutDiacritics(lowerWord));
  }

  /** The word closes a full name the article gives (not `Israel` of `Israel Katz`). */
  closesFullName(lowerWord: string): boolean {
    return this.lastWords.has(withoutDiacritics(lowerWord));
  }

  /**
   * Token `k` of a line is a known word or spelling (`Kokhir` over the body's `Qohir`), or a given
   * name whose initial the article writes before the known surname after it (the headline's
   * `Olzhas Bektenov` over the body's `O. Bektenov`), or an initial before such a word.
   */
  confirms(v: LineView, k: number): boolean {
    const token = v.tokens[k];
    // `S. Japarov Signs …` over the body's `Sadyr Japarov`: an initial goes with the confirmed word after it.
    if (token.kind === 'initial' || (token.kind === 'dotted' && v.cls[k] === 'name')) return v.cls[k + 1] === 'name' && v.tokens[k + 1].start <= token.end + 1 && this.confirms(v, k + 1);
    const word = token.lower;
    if (this.confirmsWord(v, k)) return true;
    const next = v.tokens[k + 1];
    return this.initialed.size > 0 && next !== undefined && v.cls[k + 1] === 'name' &&
      this.initialed.has(`${withoutDiacritics(word)[0]} ${withoutDiacritics(next.lower)}`);
  }

  /**
   * The word of token `k` is known, or another spelling of a known one but for a place's (`held in Berlin and Weimar`, not
   * `Weimer`) or a state's adjective (`He speaks Kazakh, Russian …`, not `Ruslan`).
   */
  confirmsWord(v: LineView, k: number): boolean {
    const word = v.tokens[k].lower;
    // (`Tokayev and Aliyev Discuss Allied Partnership`: nor a common English word.)
    return this.has(word) || (this.hasSpelling(word) && !afterPlacePreposition(v, k) && !isNationality(word) && !isCommonEnglishWord(word) && !this.isAdjectiveOfKnown(v, k));
  }

  /**
   * `a Victorian education mission`, `Victorian universities` where the article names Victoria Park: a known word with an
   * adjective's ending after an article or before a noun (`Julian said`, `Julian noted` may still be a name).
   */
  private isAdjectiveOfKnown(v: LineView, k: number): boolean {
    const next = v.tokens[k + 1];
    const beforeNoun = next !== undefined && !next.upper && next.kind !== 'punct' && !speaksAt(v, k + 1) && !CLAUSE_WORD_AFTER.test(firstWordOf(v.text, next));
    if (!ARTICLES.has(v.tokens[k - 1]?.lower ?? '') && !beforeNoun) return false;
    const word = withoutDiacritics(v.tokens[k].lower);
    return ADJECTIVE_ENDINGS.some((ending) => word.endsWith(ending) && this.words.has(word.slice(0, -ending.length)));
  }

  /** `Zhumagaly` after `Askhat Zhumagali`, `Zhaparov` after `Sadyr Japarov`: the word or, when long, another spelling of it. */
  hasSpelling(lowerWord: string): boolean {
    const word = withoutDiacritics(lowerWord);
    if (this.words.has(word)) return true;
    if (word.length < MIN_VARIANT) return false;
    const isVariant = (known: string) => isSpellingVariant(known, word);
    // An article knows a few dozen words: scanning them costs less than indexing them, but for many.
    if (this.words.size <= SCAN_LIMIT) {
      for (const known of this.words) if (isVariant(known)) return true;
      return false;
    }
    this.byKey ??= this.keyIndex();
    return variantKeys(word).some((key) => this.byKey!.get(key)?.some(isVariant));
  }

  private keyIndex(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const word of this.words) {
      if (word.length < MIN_VARIANT) continue;
      for (const key of variantKeys(word)) {
        const list = index.get(key);
        if (list) list.push(word);
        else index.set(key, [word]);
      }
    }
    return index;
  }
}

/** Adjectives' endings after a name's word (`Victoria` → `Victorian`). */
const ADJECTIVE_ENDINGS: readonly string[] = ['n', 'an', 'ian'];

/** Token `k` follows a place preposition, or one and a place and `and` (`in Berlin and Weimar`). */
function afterPlacePreposition(v: LineView, k: number): boolean {
  return followsPlacePreposition(v, k) || (v.tokens[k - 1]?.lower === 'and' && v.tokens[k - 2]?.upper === true && followsPlacePreposition(v, k - 2));
}

/** Keys under which two spellings of a word meet: its match keys (one edit) and its transliteration key. */
function variantKeys(word: string): string[] {
  return [...matchKeys(word), `~${transliterationKey(word)}`];
}

/** The shortest word whose variant spelling (one edit away) confirms it. */
const MIN_VARIANT = 6;
/** Above this many known words, variants are found through an index of match keys. */
const SCAN_LIMIT = 64;

/** The longest stretches of a headline candidate made of name words that `keep` (the body confirms them, or not). */
function partsWhere({ view, candidate }: Found, keep: (k: number) => boolean): Found[] {
  const out: Found[] = [];
  let start = -1;
  // `Crown Prince Al Hussein Opens …`: particles right before a kept word open its part.
  let particles = -1;
  for (let k = candidate.first; k <= candidate.last + 1; k++) {
    const particle = view.cls[k] === 'particle';
    if (particle && start < 0 && k <= candidate.last) {
      if (particles < 0) particles = k;
      continue;
    }
    // `Pope Leo XIV`: a regnal numeral goes with the name word before it, as a particle inside one does.
    const ok = k <= candidate.last && ((!particle && keep(k)) || (start >= 0 && (particle || view.cls[k] === 'numeral')));
    if (ok) {
      if (start < 0) start = particles >= 0 ? particles : k;
      particles = -1;
      continue;
    }
    particles = -1;
    if (start >= 0) {
      let last = k - 1;
      while (last > start && view.cls[last] === 'particle') last--;
      // The role is written before the name: it stays with a part that keeps the first word (`Penny Wong` of `Penny Wong Speaks`).
      out.push({ view, candidate: { first: start, last, anchored: true, role: start === candidate.first ? candidate.role : undefined } });
    }
    start = -1;
  }
  return out;
}

/** Built by assignment, not a literal, for the reason countryMention (countries.ts) gives; keys in the order the exports print. */
function toMention({ view, candidate }: Found, text: string): Mention {
  const { tokens } = view;
  const start = tokens[candidate.first].start;
  const end = tokens[candidate.last].end;
  const mention = new Object() as Mention;
  mention.type = 'official';
  mention.text = text.slice(start, end);
  mention.start = start;
  mention.end = end;
  if (candidate.role) mention.role = text.slice(tokens[candidate.role.first].start, tokens[candidate.role.last].end);
  return mention;
}
