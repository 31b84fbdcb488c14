/**
 * A lone word the sentence uses as a place, which no full name of the bulletin
 * makes a person's: a town may share a surname (`in Ridder`, the town named
 * after `Philipp Ridder`).
 */
import type { Found } from './name-context';
import { DASHES, followsPlacePreposition, type LineView } from './role-phrase';
import { CAPITALS_ALSO_NAMES } from '../data/name-stopwords';

/** Special zones named after a place (`the Navoi free economic zone`). */
const ZONE = '(?:(?:free|special|economic|industrial|trade|tourist) ){1,2}zone';

/**
 * `the Ridder school-lyceum`, `the Ridder mine`, `the Navoi free economic zone`, `the Lena delta`: a word between `the`
 * and a site named after a place (not `the Tinubu administration` nor `the Abai reading room`, which name the person).
 */
const SITE_AFTER = new RegExp(String.raw`^ (?:[a-z]+-)?(?:(?:hydropower|hydroelectric|power|thermal) )?(?:school|lyceum|gymnasium|college|mine|mining|complex|combine|plant|factory|smelter|deposit|field|airport|station|district|region|street|avenue|highway|park|square|river|delta|basin|valley|gorge|canyon|glacier|range|reservoir|dam|lake|canal|cascade|${ZONE})s?\b`);

const CLOSED_AFTER = /^(?:[.;:!?)]|,? (?:and|or) (?!\p{Lu})|, (?!\p{Lu})| (?:is|are|was|were|has|have)\b| (?:in|of) (?!(?:the )?\d))/u;

/** `Ridder is a town with …`, `… is an old mining city`. */
const PLACE_DEFINITION_AFTER = /^ (?:is|was) an? (?:[a-z-]+ ){0,2}(?:town|city|village|settlement|port|region|district|province|oblast)\b/;

/** `Oskemen, Ridder and Glubokoe district`: a list whose last member a place's unit closes, or the one word before it. */
// `Abai, Al-Farabi and Raiymbek avenues`, `on Abai street`: or streets.
// `the Isatay and Abai offshore blocks`: or oil and gas blocks, fields and deposits, maybe after one word.
// `the Shakhan and Abay mining towns`: a town's, a village's or a field's kind may go before its noun (not a verb in the past:
// `Hoffmann, Germany financed field hospital equipment`).
// `the Navoi and Jizzakh free economic zones`: or special zones.
const LISTED_PLACE_AFTER = new RegExp(String.raw`^(?:,? (?:and |or )?\p{Lu}[\p{L}-]*)* (?:(?:district|region|province|oblast|city|street|avenue|square|boulevard|highway|river|valley|delta)s?|(?:(?![a-z]+ed )[a-z]+ )?(?:block|field|deposit|town|village|settlement)s?|${ZONE}s)\b`, 'u');

const CAPITALS_ALSO_NAMES_SET: ReadonlySet<string> = new Set(CAPITALS_ALSO_NAMES);

/** `a visit to`, `travelled to`: a journey's word before `to` and a place. */
const JOURNEY_BEFORE = /(?:^|\s)(?:visits?|trip|journey|travel(?:s|l?ed|l?ing)?|fl(?:y|ies|ew)|returned|headed|moved|relocated)\s$/;
/** Longest stretch read back before `to` for such a word. */
const JOURNEY = 12;

/** How far after the word the tests above read. */
const AFTER = 80;

/** Most places of a list read back to its preposition. */
const MAX_LISTED_PLACES = 6;

/**
 * `events in Bogotá, Lima and Santiago`: a word after a comma or `and` in a list that a lower-case `in` or `at` opens
 * (not a sentence's opening `In Astana, X …`), going on or closing with `and`.
 */
function listedAfterPlacePreposition(view: LineView, k: number): boolean {
  const closes = view.tokens[k - 1]?.lower === 'and';
  if (!closes && !(view.tokens[k - 1]?.text === ',' && view.tokens[k + 1]?.lower === 'and')) return false;
  for (let j = k - 2, listed = 0; j >= 1 && listed < MAX_LISTED_PLACES; j -= 2, listed++) {
    if (!view.tokens[j].upper || view.tokens[j].kind !== 'word') return false;
    // (`in Addis Ababa and Lima`: a place of a few words.)
    // (Not over name words: `received in Akorda Olzhas Bektenov and Zhumangarin`.)
    for (let words = 1; words < MAX_PLACE_WORDS && j > 1 && view.tokens[j - 1].upper && view.tokens[j - 1].kind === 'word' && view.cls[j] !== 'name'; words++) j--;
    const before = view.tokens[j - 1];
    if (PLACE_PREPOSITIONS_WRITTEN.has(before.text)) return true;
    if (before.text !== ',') return false;
  }
  return false;
}

const PLACE_PREPOSITIONS_WRITTEN: ReadonlySet<string> = new Set(['in', 'at']);
/** Most words of one place in such a list. */
const MAX_PLACE_WORDS = 3;

/** Whether a single word that no title vouches for is written as a place. */
export function standsAsPlace({ view, candidate }: Found): boolean {
  const k = candidate.first;
  if (k !== candidate.last || candidate.role !== undefined) return false;
  const [before, next] = [view.tokens[k - 1], view.tokens[k + 1]];
  if (next?.kind === 'possessive') return false;
  // `arrived in Ridder`, `In Ridder, the Head of State …`, `paid a working visit to Sofia`.
  if (followsPlacePreposition(view, k) || endsBodysName(view, k)) return true;
  if (before?.lower === 'to' && JOURNEY_BEFORE.test(view.text.slice(Math.max(0, before.start - JOURNEY), before.start))) return true;
  // `Ischgl, St. Anton and Kitzbühel`: a saint's name is a place's.
  if (before?.text === 'St.' && before.end + 1 === view.tokens[k].start) return true;
  const after = view.text.slice(view.tokens[k].end, view.tokens[k].end + AFTER);
  // (`demand for the Altai and the Charyn Canyon`, `the Ural in spring`: one word between `the` and a clause's mark, a
  // verb, `in`, `of` or a link before a lower-case word is a place's name; not a list of names before their noun: `the
  // Trump and Biden administrations`, `the Mirziyoyev, Tokayev and Japarov summits`, nor a person at a time: `the
  // Satpayev of the 1990s`.)
  if (before?.lower === 'the' && (SITE_AFTER.test(after) || CLOSED_AFTER.test(after))) return true;
  // `the Kazakh-Australian Association of Victoria`: a capital or state that is a given name too, after a body's `of`.
  if (before?.lower === 'of' && view.cls[k - 2] === 'org' && view.tokens[k - 2].upper && CAPITALS_ALSO_NAMES_SET.has(view.tokens[k].lower)) return true;
  return PLACE_DEFINITION_AFTER.test(after) || listedBeforePlaceNoun(view, k);
}

/**
 * `events in Bogotá, Lima and Santiago`: a lone word listed after a place's preposition, which only a person the article
 * names in full (`in Seoul, Cho and Iwaya discussed …` after `Cho Hyun` and `IWAYA Takeshi`) makes a surname.
 */
export function listedAsPlace({ view, candidate }: Found, known: boolean): boolean {
  const k = candidate.first;
  // (Not before a possessive: `Talks in Addis Ababa and Abiy's speech`.)
  if (k !== candidate.last || candidate.role !== undefined || view.tokens[k + 1]?.kind === 'possessive') return false;
  if (listedAfterPlaces(view, k)) return true;
  return listedAfterPlacePreposition(view, k) && (!known || !listClosesBeforeVerb(view, k));
}

/**
 * `the northern regions of Portugal, including Braga and Viana do Castelo`: a word listed after `including` (or `such as`)
 * that follows a plural noun of places.
 */
function listedAfterPlaces(view: LineView, k: number): boolean {
  let j = k - 1;
  for (let steps = 0; j > 0 && steps < MAX_LIST_TOKENS && (view.tokens[j].upper || view.tokens[j].text === ',' || view.tokens[j].lower === 'and' || LIST_PARTICLES.has(view.tokens[j].lower)); j--, steps++);
  const opener = view.tokens[j];
  if (opener === undefined || opener.upper) return false;
  const before = view.text.slice(Math.max(0, opener.end - PLACES_READ), opener.end);
  // (Not a list of people of those places: `The presidents of the Central Asian states, including Tokayev, …`.)
  return PLACES_BEFORE_LIST.test(before) && !PEOPLE_BEFORE_LIST.test(before);
}

/** People's plural nouns that make a list after places' noun one of people (`leaders of the Turkic states, such as …`). */
const PEOPLE_BEFORE_LIST = /\b(?:presidents|leaders|heads|ministers|representatives|officials|akims|governors|mayors|envoys|ambassadors|delegates|delegations|members|chiefs|speakers|deputies|senators|premiers|kings|partners|guests|participants)\b/i;

/** Most tokens of a list read back to its `including`. */
const MAX_LIST_TOKENS = 16;
/** Lower-case particles inside places' names (`Viana do Castelo`, `Rio de Janeiro`). */
const LIST_PARTICLES: ReadonlySet<string> = new Set(['do', 'da', 'de', 'del', 'di', 'el', 'al', 'la']);
/** Characters read before the list's opener for the places' noun. */
const PLACES_READ = 60;
/** A plural noun of places, maybe of a state or a region, then the list's `including` or `such as`. */
const PLACES_BEFORE_LIST = /\b(?:regions|cities|provinces|districts|oblasts|towns|villages|municipalities|states|countries|areas|capitals|ports)(?: of (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)?,? (?:including|such as)$/u;

/** The list through token `k` ends before lower-case words, as a sentence's subject does before its verb. */
function listClosesBeforeVerb(view: LineView, k: number): boolean {
  let j = k;
  while ((view.tokens[j + 1]?.text === ',' || view.tokens[j + 1]?.lower === 'and') && view.tokens[j + 2]?.upper) j += 2;
  return view.tokens[j + 1]?.kind === 'gap';
}

/** `Abai, Al-Farabi and Raiymbek avenues`: token `k` is listed with places a unit's or a street's noun closes. */
export function listedBeforePlaceNoun(view: LineView, k: number): boolean {
  return LISTED_PLACE_AFTER.test(view.text.slice(view.tokens[k].end, view.tokens[k].end + AFTER));
}

/** `the University of Wisconsin–Madison`: a word a dash glues to a body's or a state's name goes on that name. */
function endsBodysName(view: LineView, k: number): boolean {
  const [dash, word] = [view.tokens[k - 1], view.tokens[k]];
  const owner = view.tokens[k - 2];
  return dash !== undefined && owner !== undefined && DASHES.has(dash.text) && dash.end === word.start && owner.end === dash.start
    && (view.cls[k - 2] === 'org' || view.cls[k - 2] === 'country');
}
