/**
 * Sorts each token of a line into the class the official finder reasons
 * with: title words, honorifics, name-like words, country words (from the
 * country finder), organisation heads, common words, connectors.
 */
import { BARE_HONORIFIC_TITLES, TITLES_OPENING_BODIES, CHAIN_HONORIFICS, DEGREE_TITLES, HONORARY_TITLE_OPENERS, HONORIFIC_PHRASES, HONORIFICS, KIN_WORDS, LOWER_QUALIFIERS, ROLE_CONNECTORS, TITLE_QUALIFIERS, TITLE_WORDS, TITLES_ALSO_NAMES, RANKS_ALSO_GIVEN_NAMES, RETIRED_MARKS, CAPS_ONLY_TITLES, CAPITALISED_ONLY_TITLES } from '../data/titles';
import { NON_COUNTRY_PHRASES } from '../data/country-exclusions';
import { capitalCities, countryEntries, demonymPlurals } from '../data/countries';
import { COUNTRY_ADDITIONS } from '../data/country-additions';
import { ACRONYM_HEADS, FIELD_ACRONYMS, SURNAMES_LIKE_NOUNS, STOP_WORDS_ALSO_GIVEN_NAMES, STOP_WORDS_ALSO_SURNAMES, PLACE_WORDS_ALSO_SURNAMES, AGENCY_WORDS, CALENDAR_WORDS, CAPITALS_ALSO_NAMES, COMMON_WORDS, REGIONAL_CITIES, DIRECTIONS_ALSO_SURNAMES, KOREAN_SURNAMES_ALSO_WORDS, SHORT_SURNAMES_IN_CAPS, VIETNAMESE_SURNAMES_ALSO_WORDS, SURNAMES_LISTED_AS_WORDS, GIVEN_NAMES_LISTED_AS_WORDS, HEADLINE_SMALL_WORDS, NAMES_LIKE_PEOPLE, HEADLINE_PLURAL_VERBS, HEADLINE_VERBS, HEADS_BEFORE_NAMES, LEGAL_FORMS, OCCUPATION_WORDS, LOWER_ORG_HEADS, MONTH_ABBREVIATIONS, MONTHS_ALSO_GIVEN_NAMES, MULTIWORD_PLACES, ORG_HEADS, PLACE_CLOSERS, PLACE_DIRECTIONS, PLACE_WORDS } from '../data/name-stopwords';
import { ARTICLE_PREFIX, SEAT_LETTERS, CAPS_POST_NOMINALS, UNDOTTED_POST_NOMINALS, DOTTED_ACRONYMS, DOTTED_DEGREES, DOTTED_LEGAL_FORMS, LINEAGE_PARTICLES, NAME_PARTICLES, NAME_SUFFIXES, POST_NOMINALS, REGNAL_NUMERAL } from '../data/name-particles';
import COMMON_ENGLISH from '../data/generated/common-words.json';
import { WordHashes, type Token } from './name-tokens';
import { CLOSING_DOUBLE_QUOTES, hasLower, hasUpper, OPENING_DOUBLE_QUOTES, startsUpper } from './name-chars';

export type TokenClass =
  | 'title' // Minister, Ambassador: anchors a name, starts a role
  | 'qualifier' // Foreign, Deputy Police, Permanent: inside a role only
  | 'honorific' // Mr., H.E., Sheikh: anchors a name, no role
  | 'name' // may be part of a name
  | 'caps' // an all-capitals word that may be a surname (KISHIDA)
  | 'particle' // de, bin, Al, Van: inside a name only
  | 'numeral' // regnal numeral after a name
  | 'country' // marked by the country finder
  | 'org' // head of an organisation or place name
  | 'stop' // any other capitalised word that is not a name
  | 'connector' // of, for, to, the, and ...
  | 'comma'
  | 'possessive'
  | 'other';

const HYPHEN = /[-‑‐]/;
/** Capitalised words of letters joined by hyphens (`Park-Lee`, `Villa-Lobos`, `Holder-Nurse`). */
export const DOUBLE_SURNAME = /^\p{Lu}\p{Ll}+(?:[-‑‐]\p{Lu}\p{Ll}+)+$/u;

const SAINTS = new Set(['saint', 'sainte', 'st']);
/** Offices' bodies written before `-General` (`Directorate-General`, `Secretariat-General`). */
const BODIES_BEFORE_GENERAL: ReadonlySet<string> = new Set(['directorate', 'secretariat', 'inspectorate', 'procuratorate', 'commissariat']);
/** Rulers' titles that open hyphenated given names (`Sultan-Akhmet`, `Amir-Temir`). */
const RULERS_ALSO_GIVEN_NAMES = new Set(['sultan', 'amir', 'emir', 'khan']);
const PARTICIPLE_END = /^[a-z]+(?:ed|led|based|owned|made|run|built)$|^(?:era|style|type|class|wide|level|scale|linked|bound|born|funded|backed|sponsored|oriented|related|specific|old)$/;
/** A German firm's compound (`Bergbautechnik`, `Stahlbau`, `Stadtwerke`, `Versicherungsgesellschaft`): a company's word. */
const GERMAN_FIRM_END = /(?:technik|bau|werke|gesellschaft|versicherung)$/;
/**
 * Endings of English abstract nouns and adjectives that no name in this genre
 * has (`Reconstruction`, `Traditional`, `Religions`, `Partnership`); `-ing`,
 * `-ence` and `-ment` are left out for `Jennings`, `Florence`, `Clement` (and `-ments` after `Cle`: `Clements`), and
 * `-ktion` for `Galaktion`, and `-dom` after `wis` for `Wisdom` (a given name in Ghana).
 */
const COMMON_SUFFIX = /(?:(?<!k)tion|sion|gion|ions|(?<!^cle)ments|ship|ships|ity|ities|ism|isms|ional|ical|ative|atives|ious|eous|ology|agogy|(?<!wis)doms?)$/;

/** An acronym with lower-case letters inside (`AfDB`, `AfCFTA`, `KazNU`, `KStJ`): three capitals at most three letters apart. */
const MIXED_ACRONYM = /^\p{Lu}\p{Ll}{0,3}\p{Lu}\p{Ll}?\p{Lu}/u;
/** Such an acronym opening with a syllable (`KazNU`), not with a Scottish or Dutch name's prefix (`MacDONALD`, `VanDYKE`). */
const SYLLABLE = /^(?!Mac|Van|Von)\p{Lu}\p{Ll}{2}/u;
/**
 * Bodies' words, and a rank's, that end double-barrelled surnames too (`McKenzie-Hall`, `Pintér-Major`), and are surnames
 * of their own before an apposition (`Nicholas Bridge, the British Ambassador`).
 */
export const SURNAME_HEADS: ReadonlySet<string> = new Set(['hall', 'house', 'church', 'park', 'banks', 'major', 'bridge']);
/** Those, and place's words that close only a double surname (`Ashworth-Mills`; not `Baiterek Mills, the Director …`). */
const DOUBLE_SURNAME_HEADS: ReadonlySet<string> = new Set([...SURNAME_HEADS, 'mills', 'woods', 'fields']);
/**
 * A company's name written in camel case (`KazMunayGas`, `PetroChina`, `TotalEnergies`), or closing in two to four
 * capitals (`HaskoningDHV`; not a name's `AbdulRAHMAN`); names written so have a short prefix (`McDonald`, `DeSantis`) or one of these (`MacArthur`, the
 * Gaelic `NicIllFhinnein`, `VanDyke`).
 */
const CAMEL_CASE_COMPANY = /^(?!(?:Mac|Nic|Van|Von|Del|Abu|Abd|Bin|Ibn)\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}(?:\p{Ll}|\p{Lu}{1,3}$)/u;

/** `TAMIM BIN HAMAD AL THANI`: the Arabic name particles a headline in capitals still joins (not `DE`, `LA`, `VAN`, often words or acronyms). */
const CAPS_PARTICLES = new Set(['bin', 'bint', 'binti', 'ibn', 'al']);
/** Forms of address written in capitals without full stops (`HE Minister`, `HH the Amir`); `he` is a pronoun. */
const CAPS_HONORIFICS = new Set(['he', 'hh']);

const toSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

function classMap(groups: [Set<string>, TokenClass][]): Map<string, TokenClass> {
  const map = new Map<string, TokenClass>();
  for (const [words, cls] of groups) for (const w of words) if (!map.has(w)) map.set(w, cls);
  return map;
}

/**
 * `dell’Acqua`, `dall'Oglio`: an Italian particle elided before a capitalised name. Not the French `d'`, which places
 * write as often (`Cortina d’Ampezzo`, `Valle d'Aosta`).
 */
const ELIDED_PARTICLE = /^(?:dell|dall|degl)['’]\p{Lu}/u;

/** `d’Estaing`: the French or Italian `d’` glued to a capitalised surname (or a place's name: `Cortina d’Ampezzo`). */
export const ELIDED_SURNAME = /^d['’]\p{Lu}/u;

/** `al-Sisi`: a lower-case Arabic article glued to a capitalised name; or an elided particle. */
function isPrefixedName(text: string): boolean {
  if (ELIDED_PARTICLE.test(text)) return true;
  if (text.length < 4 || !HYPHEN.test(text)) return false;
  const prefix = ARTICLE_PREFIX.exec(text);
  return prefix !== null && startsUpper(text.slice(prefix[0].length));
}

/**
 * Whether a token of class `c` is a word a run of capitalised words or a role may hold: every class
 * but these four. Compared, not looked up in a Set: the scans test every token, and a Set look-up
 * per token cost more than the rest of a scan.
 */
export function isWordClass(c: TokenClass): boolean {
  return c !== 'other' && c !== 'connector' && c !== 'comma' && c !== 'possessive';
}

/** Longest syllable of a Korean given name (`kyo` of `In-kyo`, `hyeong` of `Do-hyeong`). */
const MAX_SYLLABLE = 6;

/**
 * `In-kyo`, `Do-hyun`: a capitalised syllable, a hyphen and a lower-case syllable no English word spells; or one of the
 * Korean syllables that English words spell, after a syllable no English word spells (`Jun-young`, `Mi-song`; not `Sing-song`).
 */
function isKoreanGivenName(parts: string[]): boolean {
  const [first, second] = parts;
  if (parts.length !== 2 || first.length > MAX_SYLLABLE || second.length > MAX_SYLLABLE || hasUpper(second)) return false;
  return !isCommonEnglishWord(second) || (KOREAN_SYLLABLES_ALSO_WORDS.has(second) && !isCommonEnglishWord(first.toLowerCase()));
}

/** Korean given names' syllables that English words spell. */
const KOREAN_SYLLABLES_ALSO_WORDS: ReadonlySet<string> = new Set(['young', 'song', 'soon', 'sun', 'won', 'bin', 'sung']);

let nationalities: ReadonlySet<string> | undefined;

/**
 * One-word country adjectives (`kazakh`, `korean`), not demonym nouns (`luxembourger`, `new zealander`); also those the
 * gazetteer keeps as a short name too (`Saudi`, which the hand-kept additions list as an adjective).
 */
export function isNationality(lowerWord: string): boolean {
  nationalities ??= new Set(
    [...countryEntries().filter((e) => e.kind === 'adjective').map((e) => e.name), ...Object.values(COUNTRY_ADDITIONS).flatMap((a) => a.adjectives ?? [])]
      .filter((name) => !name.includes(' ') && !name.endsWith('er'))
      .map((name) => name.toLowerCase()),
  );
  return nationalities.has(lowerWord);
}

let commonEnglish: ReadonlySet<string> | undefined;

/** US parties' letters before a state's or a district's name in a tag (`R-Texas`, `D-Fla.`, `I-Vt.`). */
const PARTY_LETTERS: ReadonlySet<string> = new Set(['R', 'D', 'I']);

/** Whether `word` (lower case) is only ever a common English word, never a name (`appointed`, `invest`). */
export function isCommonEnglishWord(word: string): boolean {
  commonEnglish ??= new Set(COMMON_ENGLISH.filter((w) => !SURNAMES_LISTED_AS_WORDS.includes(w) && !GIVEN_NAMES_LISTED_AS_WORDS.includes(w)));
  return commonEnglish.has(word);
}

/** What the line passes (name-segments) look for; their cues are worked out from the same sets. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS);
export const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set(MONTHS_ALSO_GIVEN_NAMES);
export const CHAIN_HONORIFIC_SET: ReadonlySet<string> = new Set(CHAIN_HONORIFICS);
export const HONORIFIC_PHRASE_STARTS: ReadonlySet<string> = new Set([...HONORIFIC_PHRASES.map((p) => p.split(' ')[0]), ...CHAIN_HONORIFICS]);
export const BARE_TITLES: ReadonlySet<string> = new Set(BARE_HONORIFIC_TITLES);
export const NAME_TITLES: ReadonlySet<string> = new Set(TITLES_ALSO_NAMES);
export const SURNAME_DIRECTIONS: ReadonlySet<string> = new Set(DIRECTIONS_ALSO_SURNAMES);
export const WORDS_ALSO_KOREAN_SURNAMES: ReadonlySet<string> = new Set(KOREAN_SURNAMES_ALSO_WORDS);
export const SHORT_CAPS_SURNAMES: ReadonlySet<string> = new Set(SHORT_SURNAMES_IN_CAPS);
export const WORDS_ALSO_VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set(VIETNAMESE_SURNAMES_ALSO_WORDS);
export const STOP_SURNAMES: ReadonlySet<string> = new Set(STOP_WORDS_ALSO_SURNAMES);
/** Words of places and firms that close a name after a title (`Ambassador Linda Hall`). */
export const TITLED_SURNAMES: ReadonlySet<string> = new Set(PLACE_WORDS_ALSO_SURNAMES);
export const STOP_GIVEN_NAMES: ReadonlySet<string> = new Set(STOP_WORDS_ALSO_GIVEN_NAMES);
export const HEADLINE_VERB_SET: ReadonlySet<string> = new Set(HEADLINE_VERBS);
const HEADLINE_PLURAL_VERB_SET: ReadonlySet<string> = new Set(HEADLINE_PLURAL_VERBS);

/** `Discuss`, `Hold` in a headline: the bare verb of a plural subject (`Lavrov, Kazakh Ambassador Discuss …`). */
export function isPluralHeadlineVerb(token: { upper: boolean; lower: string } | undefined): boolean {
  return token !== undefined && token.upper && HEADLINE_PLURAL_VERB_SET.has(token.lower);
}
/** A lower-case stretch opening with a plural verb's bare form (`discuss BRICS` after `X, Chinese FM`). */
export function opensWithPluralVerb(text: string, token: { upper: boolean; kind: string; start: number; end: number } | undefined): boolean {
  if (token === undefined || token.upper || (token.kind !== 'gap' && token.kind !== 'word')) return false;
  const space = text.indexOf(' ', token.start);
  return HEADLINE_PLURAL_VERB_SET.has(text.slice(token.start, space < 0 || space > token.end ? token.end : space));
}
export const PLACE_DIRECTION_SET: ReadonlySet<string> = new Set(PLACE_DIRECTIONS);
export const PLACE_CLOSER_SET: ReadonlySet<string> = new Set(PLACE_CLOSERS);
export const OCCUPATION_SET: ReadonlySet<string> = new Set(OCCUPATION_WORDS);
export const LEGAL_FORM_SET: ReadonlySet<string> = new Set(DOTTED_LEGAL_FORMS);
const POST_NOMINAL_SET = new Set(POST_NOMINALS);

/** A token's letters in lower case, without the full stops of a dotted one (`T.D.` → `td`). */
export function lettersOf(t: Token): string {
  return t.kind === 'dotted' ? t.lower.replaceAll('.', '') : t.lower;
}

const SEAT_LETTER_SET: ReadonlySet<string> = new Set(SEAT_LETTERS);

/** A member's letters for a seat (`MP`, `T.D.`, `MLA`), in capitals. */
export function isSeatLetters(t: Token): boolean {
  return t.upper && SEAT_LETTER_SET.has(lettersOf(t));
}

const DOTTED_DEGREE_SET: ReadonlySet<string> = new Set(DOTTED_DEGREES);

/** Letters that are a name's word in mixed case: Nigeria's Commander of the Order of the Niger (`CON`, not `Nguyen Van Con`). */
const CAPS_POST_NOMINAL_SET = new Set(CAPS_POST_NOMINALS);
const UNDOTTED_POST_NOMINAL_SET: ReadonlySet<string> = new Set(UNDOTTED_POST_NOMINALS);

/** `MP`, `CBE`, `T.D.`, `M.Sc.`: letters written after a name, no part of it (dotted or not; some only dotted, some only in capitals). */
export function isPostNominal(t: Token): boolean {
  const letters = lettersOf(t);
  const caps = CAPS_POST_NOMINAL_SET.has(letters) && t.allCaps && !(t.kind === 'dotted' && UNDOTTED_POST_NOMINAL_SET.has(letters));
  return POST_NOMINAL_SET.has(letters) || (t.kind === 'dotted' && DOTTED_DEGREE_SET.has(letters)) || caps;
}

/** `S.A.`, `T.D.`: dotted letters that are initials only right before a name word (`S.A. Melikov`, `T.D. Jakes`). */
export function isDottedNonInitials(t: Token): boolean {
  return t.kind === 'dotted' && (LEGAL_FORM_SET.has(t.lower) || isPostNominal(t));
}
const LEGAL_WORDS: ReadonlySet<string> = new Set(LEGAL_FORMS);

/** `ltd`, `jsc`, `gmbh`: a company's legal form, in lower case and without full stops. */
export function isLegalFormWord(lower: string): boolean {
  return LEGAL_WORDS.has(lower);
}
export const GIVEN_NAME_RANKS: ReadonlySet<string> = new Set(RANKS_ALSO_GIVEN_NAMES);
export const LINEAGE_LINKS: ReadonlySet<string> = new Set(LINEAGE_PARTICLES);
export const HONORARY_OPENERS: ReadonlySet<string> = new Set(HONORARY_TITLE_OPENERS);
export const DEGREES: ReadonlySet<string> = new Set(DEGREE_TITLES);

/**
 * Cues: spellings by which a later pass over a line (name-segments) may
 * re-class its tokens. A pass runs only on the lines holding its cue, and
 * most lines hold none: passes over every token cost more than classifying.
 */
export const CUE_PLACE = 1; // may start a multi-word place (`Abu Dhabi`)
export const CUE_MONTH = 2; // a capitalised month abbreviation (`Jan Smit`)
export const CUE_BARE_TITLE = 4; // a title that is also a form of address (`Chief`), or a post its neighbours tell (`Special Plenipotentiary`, `Principal of …`, `Goodwill Ambassador`, `Grand Master`)
export const CUE_PHRASE = 8; // may start a form of address of several words (`Tan Sri`)
export const CUE_ANCHOR = 16; // a title, honorific or country word
export const CUE_QUOTE = 32; // a double quotation mark or guillemet (the title of a work may follow), a straight single one (or one), or an opening single one (a nickname)
export const CUE_NAME_TITLE = 64; // a title that is also a given name (`Amir`)
export const CUE_DIRECTION = 128; // a capitalised direction, which may be a surname (`Catherine West`)
export const CUE_KOREAN_SURNAME = 256; // a capitalised word that is also a Korean or Vietnamese surname (`Park Joon-young`, `Do Thanh Binh`)
export const CUE_HONORARY = 512; // may open an honorary title or a degree (`People's Artist of`, `Doctor of`)
export const CUE_LEGAL_INITIALS = 2048; // a dotted legal form, which may be initials (`S.A. Melikov`)
export const CUE_STOP_SURNAME = 1024; // a stop word that is also a surname (`Michael Bloomberg`, `Hassan Omar Said`)
export const CUE_PLUS = 16384; // a plus sign, which may close a programme's or a group's name (`OPEC+`, `Erasmus+`)
export const CUE_BODY_OF = 8192; // a body whose name goes on after `of` (`Order of the Rising Sun`, `University of Gadjah Mada`)
export const CUE_HYPHEN = 32768; // a hyphen standing alone, which may join a number to a noun (`a 70-member team`)
export const CUE_BRACKET = 65536; // an opening bracket, which may hold a nickname inside a name (`Nicolaas Peter (Nico) Schermers`)
export const CUE_AFTER = 4096; // `after`, which may close `named after` (`University named after Al-Farabi`, a headline's `Named After`), and its abbreviation `n.a.`
export const CUE_RARE = 131072; // a word a rule reads with its neighbours (`provincial`, `defender`, `Sangha`, `Wat`, `ACM`, `UN Women`)

/** The words of `CUE_RARE`. */
export const RARE_CUE_WORDS: ReadonlySet<string> = new Set(['provincial', 'municipal', 'defender', 'sangha', 'wat', 'gurdwara', 'exercise', 'operation', 'ben', 'ait', 'women', 'un-habitat', 'un-women', ...TITLES_OPENING_BODIES]);

/** Heads written before the name a place or institution bears (`Stade Hassan II`, `Universitas Gadjah Mada`). */
export const HEAD_BEFORE_NAME_SET: ReadonlySet<string> = new Set(HEADS_BEFORE_NAMES);

/** Bodies (and a commemorative year) whose own name follows `of`, a place or an honoree, never a person holding office there (`the Year of Magtymguly Pyragy`). */
export const BODIES_NAMED_AFTER_OF: ReadonlySet<string> = new Set([
  'order', 'year', 'university', 'institute', 'academy', 'college', 'school', 'museum', 'house-museum', 'mosque', 'mausoleum', 'tomb', 'shrine', 'madrasa', 'cathedral', 'church', 'archdiocese', 'diocese', 'parish', 'basilica',
]);

/** A spelling's class and cues, worked out once. */
export interface Spelled {
  cls: TokenClass;
  cues: number;
}

const POSSESSIVE: Spelled = { cls: 'possessive', cues: 0 };
const COMMA: Spelled = { cls: 'comma', cues: 0 };
const OTHER: Spelled = { cls: 'other', cues: 0 };
const PLUS: Spelled = { cls: 'other', cues: CUE_PLUS };
const QUOTE: Spelled = { cls: 'other', cues: CUE_QUOTE };
const HYPHEN_MARK: Spelled = { cls: 'other', cues: CUE_HYPHEN };
const BRACKET: Spelled = { cls: 'other', cues: CUE_BRACKET };

export interface NameLexicon {
  /** Sets `cls[i]` to the class of `tokens[i]` (`countryMask[j]` marks country characters); returns the line's cues. */
  classifyLine(tokens: readonly Token[], countryMask: Uint8Array, cls: TokenClass[]): number;
  /** The multi-word place names that start with `word` (lower case), each as its lower-case words. */
  placesStartingWith(word: string): readonly (readonly string[])[] | undefined;
  /** Whether `word` (lower case) is only ever a common English word, never a name (`appointed`, `phone`). */
  isCommonEnglish(word: string): boolean;
  /** Whether `word` (lower case) is one the finder reads as no name word when capitalised (`Affairs`, `Expatriates`). */
  isStopWord(word: string): boolean;
  /** Hashes of the lower-case words the finder looks at; the tokenizer folds the others into gaps. */
  readonly keepLower: WordHashes;
}

/** Phrases of two or more words, split into words and grouped by their first word. */
function phrasesByFirstWord(phrases: Iterable<string>): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    if (words.length < 2) continue;
    const group = byFirst.get(words[0]);
    if (group) group.push(words);
    else byFirst.set(words[0], [words]);
  }
  return byFirst;
}

/** The country data's capitals that are never a person's name: one-word ones and phrases apart. */
function capitalPlaces(): { words: string[]; phrases: string[] } {
  const names = toSet(CAPITALS_ALSO_NAMES);
  const capitals = capitalCities().filter((c) => !names.has(c.toLowerCase()));
  return { words: capitals.filter((c) => !c.includes(' ')), phrases: capitals.filter((c) => c.includes(' ')) };
}

const CAPS_ONLY: ReadonlySet<string> = new Set(CAPS_ONLY_TITLES);

function setWithout(words: ReadonlySet<string>, left: readonly string[]): Set<string> {
  const kept = new Set(words);
  for (const w of left) kept.delete(w);
  return kept;
}

export function createNameLexicon(extraTitles: readonly string[] = []): NameLexicon {
  const titles = toSet(TITLE_WORDS);
  const qualifiers = toSet(TITLE_QUALIFIERS);
  // Extra titles may be phrases (`Chief Adviser`): their last word anchors, the rest qualify.
  for (const phrase of extraTitles) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    words.forEach((w, i) => (i === words.length - 1 ? titles : qualifiers).add(w));
  }
  const honorifics = toSet(HONORIFICS);
  const orgHeads = toSet(ORG_HEADS);
  const capitals = capitalPlaces();
  const stops = toSet([...COMMON_WORDS, ...HEADLINE_VERBS, ...OCCUPATION_WORDS, ...OCCUPATION_WORDS.map((w) => `${w}s`), ...CALENDAR_WORDS, ...AGENCY_WORDS, ...LEGAL_FORMS, ...PLACE_WORDS, ...MULTIWORD_PLACES, ...capitals.words, ...REGIONAL_CITIES, ...demonymPlurals()]);
  const particles = toSet(NAME_PARTICLES);
  const agencies = toSet(AGENCY_WORDS);
  const acronyms = toSet([...DOTTED_ACRONYMS, ...DOTTED_LEGAL_FORMS]);
  // The country finder's non-country phrases (`British Columbia`, `Chinese Taipei`) are places too.
  // Names of several words that are no person's: places, and firms or things named as people are.
  const places = toSet([...MULTIWORD_PLACES, ...NAMES_LIKE_PEOPLE, ...NON_COUNTRY_PHRASES, ...capitals.phrases]);
  const placesByStart = phrasesByFirstWord(places);
  // One look-up per word: the first group that holds a word decides its class.
  const lowerWords = classMap([
    [particles, 'particle'], [toSet(ROLE_CONNECTORS), 'connector'], [honorifics, 'honorific'], [toSet(KIN_WORDS), 'honorific'],
    // `Turkish leader`, `foreign minister`, `Chargé d’Affaires`: titles in lower case still give roles.
    [setWithout(titles, CAPITALISED_ONLY_TITLES), 'title'],
    // `the hakim of Mary velayat`: a title that is also a given name is a title in lower case.
    [toSet(TITLES_ALSO_NAMES), 'title'],
    [toSet(LOWER_ORG_HEADS), 'org'],
    [toSet(NAME_SUFFIXES), 'numeral'],
  ]);
  // `MP` stays a title (`MP Ivan Petrov`); other letters after a name (`OBE`, `PhD`) are no name words.
  const postNominals = POST_NOMINAL_SET;
  const upperWords = classMap([[toSet(SURNAMES_LIKE_NOUNS), 'name'], [toSet(NAME_SUFFIXES), 'numeral'], [titles, 'title'], [honorifics, 'honorific'], [qualifiers, 'qualifier'], [orgHeads, 'org'], [stops, 'stop'], [postNominals, 'stop'], [particles, 'particle']]);
  // `FM`, `PM`, `KAZINFORM`; any other word in capitals may be an acronym or a surname.
  // `PRESIDENT OF FRANCE`: a connector in capitals still joins a role (`DE` stays a particle).
  const capsConnectors = toSet(ROLE_CONNECTORS.filter((w) => !particles.has(w)));
  // `TOKAYEV RECEIVES …`: a headline's verb in capitals is no surname.
  // (`BEKTENOV CHAIRS GOVERNMENT MEETING`: a headline's verb that is also a plural title is the verb in capitals.)
  const capsWords = classMap([
    [CAPS_PARTICLES, 'particle'], [toSet(HEADLINE_VERBS), 'stop'], [titles, 'title'], [honorifics, 'honorific'], [CAPS_HONORIFICS, 'honorific'], [agencies, 'stop'], [toSet(FIELD_ACRONYMS), 'stop'], [toSet(LEGAL_FORMS), 'stop'], [postNominals, 'stop'], [CAPS_POST_NOMINAL_SET, 'stop'],
    [capsConnectors, 'connector'], [toSet(ACRONYM_HEADS), 'org'],
  ]);

  function classifyWord(token: Token): TokenClass {
    const w = token.lower;
    // `ex-President`, `then-President`, `governor-elect`: a former or future office is still a title; `al-Adha` of `Eid
    // al-Adha` is a holiday's, not an Arabic name's.
    if (!token.upper) return lowerWords.get(w) ?? (isPrefixedName(token.text) && !stops.has(w) ? 'name' : isDatedTitle(w) ? 'title' : isFormerQualifier(w) ? 'qualifier' : isOrgsCompound(w) ? 'org' : 'other');
    if (token.allCaps) {
      if (token.text.length <= 5 && REGNAL_NUMERAL.test(token.text)) return 'numeral';
      return capsWords.get(w) ?? 'caps';
    }
    // An English plural of a head (`Ministries` aside): not a Spanish surname made of one (`Palacios`).
    const known = (CAPS_ONLY.has(w) ? undefined : upperWords.get(w)) ?? (w.length > 4 && w.endsWith('s') && !w.endsWith('os') && orgHeads.has(w.slice(0, -1)) ? 'org' : undefined);
    if (known) return known;
    if (w.length > 2 && HYPHEN.test(w)) return classifyHyphenated(token.text);
    if (CAMEL_CASE_COMPANY.test(token.text)) return 'org';
    // `AfCFTA`, `AfDB`: an acronym written with a lower-case letter inside (a name has at most two capitals: `McDonald`); one
    // opening with a syllable is a body's (`KazNU`, `KazATO`), unlike a post-nominal's letters (`KStJ`).
    if (MIXED_ACRONYM.test(token.text)) return SYLLABLE.test(token.text) ? 'org' : 'caps';
    if (w.length >= 8 && GERMAN_FIRM_END.test(w)) return 'org';
    return (w.length >= 6 && COMMON_SUFFIX.test(w)) || (w.length >= 9 && w.endsWith('ment')) || isCommonForm(w) ? 'stop' : 'name';
  }

  function isDatedTitle(w: string): boolean {
    // (`chancellor-designate`, `governor-elect`: and an office still to be taken.)
    return (w.startsWith('ex-') && titles.has(w.slice(3))) || (w.startsWith('then-') && titles.has(w.slice(5))) ||
      (w.endsWith('-designate') && titles.has(w.slice(0, -10))) || (w.endsWith('-elect') && titles.has(w.slice(0, -6)));
  }

  /** `then-Foreign Minister`: a former office's qualifier. */
  function isFormerQualifier(w: string): boolean {
    return (w.startsWith('ex-') && qualifiers.has(w.slice(3))) || (w.startsWith('then-') && qualifiers.has(w.slice(5)));
  }

  // `Developing Countries`, `Organising Committee`: a common English word in -ing or -ed (`Jinping` is none).
  function isCommonForm(w: string): boolean {
    return (w.length >= 7 && (w.endsWith('ing') || w.endsWith('ed')) && isCommonEnglishWord(w)) || isCommonNoun(w);
  }

  // `Readiness`, `Competitiveness`, not the surnames `Magness`, `Holness`: a long word in -ness or one made from a common word.
  function isCommonNoun(w: string): boolean {
    if (!w.endsWith('ness') || w.length < 6) return false;
    const stem = w.slice(0, -4);
    return w.length >= 10 || isCommonEnglishWord(stem) || (stem.endsWith('i') && isCommonEnglishWord(`${stem.slice(0, -1)}y`));
  }

  /** `school-lyceum`, `school-gymnasium`: bodies' heads joined by a hyphen, as machine translation names a school. */
  function isOrgsCompound(w: string): boolean {
    const parts = w.split(HYPHEN);
    return parts.length === 2 && parts.every((p) => lowerWords.get(p) === 'org');
  }

  // `Vice-President`, `Minister-Counsellor` are titles, `Mission-Designate` and `EU-Central` are not
  // names, `Kassym-Jomart` and `Al-Maaytah` are.
  function classifyHyphenated(text: string): TokenClass {
    const parts = text.split(HYPHEN);
    // `R-Texas`, `D-Las Vegas`: a US party's letter and a state or a district, no name.
    if (PARTY_LETTERS.has(parts[0])) return 'stop';
    const lower = parts.map((p) => p.toLowerCase());
    // `Sultan-Akhmet Khodzhikov`: a ruler's title joined to a name word is a given name.
    if (RULERS_ALSO_GIVEN_NAMES.has(lower[0]) && parts.length === 2 && startsUpper(parts[1]) && !upperWords.has(lower[1])) return 'name';
    // `Vice-Chairman`; but `Al-Sultan`, `Al-Amir` are family names after the Arabic article, and a title's word joined to a
    // capitalised name word is a double surname (`Louise Cardinal-Dumont`).
    const nameWord = (p: string, k: number) => startsUpper(parts[k]) && !titles.has(p) && !qualifiers.has(p) && !stops.has(p) && !orgHeads.has(p) && hasLower(parts[k]);
    // (`Directorate-General for Migration`: an office's body before `General` is a body; `Army-General` stays a title.)
    if (parts.length === 2 && BODIES_BEFORE_GENERAL.has(lower[0]) && lower[1] === 'general') return 'org';
    if (!ARTICLE_PREFIX.test(text.toLowerCase()) && lower.some((p) => titles.has(p)) && !lower.some(nameWord)) return 'title';
    // `Hermes-covered`, `Chevron-led`, `Cold War-era`: a lower-case participle or suffix closing the word makes it no name.
    if (PARTICIPLE_END.test(parts[parts.length - 1])) return 'stop';
    // Only capitalised parts can be common words: the `in` of `Jae-in` is a syllable.
    // A month abbreviation joined to a name word is a given name (`Pieter-Jan`, not `Jan-Feb`).
    const named = lower.some((p) => !MONTH_WORDS.has(p) && !stops.has(p));
    // `Saint-Martin`, `Saint-Exupéry`: a saint's name joined to `Saint` is a surname (known places are stops before this),
    // maybe a double one (`Saint-Exupéry-Nguyen`).
    const saint = (k: number) => k === 0 && SAINTS.has(lower[0]) && parts.length <= 3 && parts.slice(1).every(startsUpper);
    // `McKenzie-Hall`, `Bonham-Church`, `Whitmore-Banks`: a surname's last part that is a body's word too, after a name's part.
    const surnamePart = (p: string, k: number) => k > 0 && k === parts.length - 1 && DOUBLE_SURNAME_HEADS.has(p) && !upperWords.has(lower[0]);
    // `Pintér-Major`: a surname's last part is no field's.
    const fieldQualifier = (p: string) => qualifiers.has(p) && !SURNAME_HEADS.has(p);
    // `Per-Olof`: a common word that is also a given name, joined to a name word.
    const givenPart = (p: string, k: number) => k === 0 && parts.length === 2 && STOP_GIVEN_NAMES.has(p) && startsUpper(parts[1]) && !stops.has(lower[1]);
    // (`Tjin-A-Koeng`: a Surinamese Chinese name's middle letter is no word, between parts not all English: `Face-A-Face`.)
    const lettered = (p: string, k: number) => p.length === 1 && k > 0 && k < parts.length - 1 && !lower.every((q, j) => j === k || isCommonEnglishWord(q));
    const common = (p: string, k: number) =>
      startsUpper(parts[k]) && !lettered(p, k) && !saint(k) && !surnamePart(p, k) && !givenPart(p, k) && (orgHeads.has(p) || (stops.has(p) && !(named && MONTH_WORDS.has(p))) || fieldQualifier(p));
    if (isKoreanGivenName(parts)) return 'name';
    // `Samruk-Energy Chairman of the Board`: a company's own word joined to its field names the company (not a double
    // surname: `Whitmore-Banks`, `McKenzie-Hall`).
    if (parts.length === 2 && startsUpper(parts[1]) && fieldQualifier(lower[1]) && !orgHeads.has(lower[1]) && !common(lower[0], 0) && hasLower(parts[0])) return 'org';
    if (lower.some(common) || parts.some((p) => p.length >= 2 && !hasLower(p))) return 'stop';
    return 'name';
  }

  // A word's class depends on its spelling alone, and spellings repeat: each is classified once, and
  // the class kept on the spelling for this lexicon.
  const self = {};
  function remembered(token: Token): Spelled | undefined {
    return token.kind === 'word' && token.spelling.classedBy === self ? token.spelling.classed : undefined;
  }

  // The rest of the tokens: words met for the first time or too long to remember, and the other kinds.
  function spelledNow(token: Token): Spelled {
    switch (token.kind) {
      case 'word':
        return spelledWord(token);
      case 'initial':
        return spelled(token, 'name');
      case 'dotted':
        return spelled(token, classifyDotted(token));
      case 'possessive':
        return POSSESSIVE;
      case 'punct':
        return token.text === ',' ? COMMA : OPENING_DOUBLE_QUOTES.has(token.text) || CLOSING_DOUBLE_QUOTES.has(token.text) || token.text === '‘' || token.text === "'" ? QUOTE : token.text === '+' ? PLUS : token.text === '-' ? HYPHEN_MARK : token.text === '(' ? BRACKET : OTHER;
      default:
        return OTHER;
    }
  }

  function spelledWord(token: Token): Spelled {
    const known = spelled(token, classifyWord(token));
    token.spelling.classed = known;
    token.spelling.classedBy = self;
    return known;
  }

  // `Chargé d’Affaires a.i.`: a lower-case abbreviation qualifies a title or is no name at all.
  function classifyDotted(token: Token): TokenClass {
    // (`Dr. h.c. X`: a lower-case one of two letters' stops may be a form of address.)
    if (honorifics.has(token.lower) && (token.upper || token.lower.indexOf('.') < token.lower.length - 1)) return 'honorific';
    if (!token.upper) return qualifiers.has(token.lower) ? 'qualifier' : 'other';
    return acronyms.has(token.lower) || isPostNominal(token) ? 'stop' : 'name';
  }

  function spelled(token: Token, cls: TokenClass): Spelled {
    let cues = cls === 'title' || cls === 'honorific' ? CUE_ANCHOR : 0;
    if (BARE_TITLES.has(token.lower) || token.lower === 'plenipotentiary' || token.lower === 'principal' || token.lower === 'senior' || token.lower === 'lead' || token.lower === 'justice' || token.lower === 'goodwill' || token.lower === 'grand') cues |= CUE_BARE_TITLE;
    if (NAME_TITLES.has(token.lower)) cues |= CUE_NAME_TITLE;
    if (isDottedNonInitials(token)) cues |= CUE_LEGAL_INITIALS;
    if (token.text === 'after' || token.text === 'After' || token.text === 'n.a.') cues |= CUE_AFTER;
    if (RARE_CUE_WORDS.has(token.lower)) cues |= CUE_RARE;
    // (`Giscard d’Estaing`: an elided particle may close a surname.)
    if (token.text.charCodeAt(0) === 100 && ELIDED_SURNAME.test(token.text)) cues |= CUE_STOP_SURNAME;
    // (`Maria Park-Lee`: so may a double surname of common words.)
    if (cls === 'stop' && DOUBLE_SURNAME.test(token.text)) cues |= CUE_STOP_SURNAME;
    if (token.upper) {
      if (placesByStart.has(token.lower)) cues |= CUE_PLACE;
      if (MONTH_WORDS.has(token.lower) || MONTH_GIVEN_NAMES.has(token.lower)) cues |= CUE_MONTH;
      if (HONORIFIC_PHRASE_STARTS.has(token.lower)) cues |= CUE_PHRASE;
      if (SURNAME_DIRECTIONS.has(token.lower)) cues |= CUE_DIRECTION;
      // (`Le` of `Le Van Minh` and `WEI` of `WEI Yi` too.)
      if (WORDS_ALSO_KOREAN_SURNAMES.has(token.lower) || WORDS_ALSO_VIETNAMESE_SURNAMES.has(token.lower) || token.text === 'Le' || (token.allCaps && SHORT_CAPS_SURNAMES.has(token.lower))) cues |= CUE_KOREAN_SURNAME;
      if (STOP_SURNAMES.has(token.lower) || STOP_GIVEN_NAMES.has(token.lower) || TITLED_SURNAMES.has(token.lower)) cues |= CUE_STOP_SURNAME;
      if (HONORARY_OPENERS.has(token.lower) || DEGREES.has(token.lower) || token.lower === 'honorary') cues |= CUE_HONORARY;
      if (BODIES_NAMED_AFTER_OF.has(token.lower)) cues |= CUE_BODY_OF;
    }
    return { cls, cues };
  }

  return {
    classifyLine(tokens: readonly Token[], countryMask: Uint8Array, cls: TokenClass[]): number {
      let cues = 0;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        // Most tokens are remembered words and gaps: only the others take a call.
        const s = token.kind === 'gap' ? OTHER : (remembered(token) ?? spelledNow(token));
        cues |= s.cues;
        // `Hong Kong-Kazakhstan Forum`: a word whose last part is a country is no name word.
        if (countryMask[token.start] === 1 || (countryMask[token.end - 1] === 1 && token.kind === 'word')) {
          cls[i] = 'country';
          cues |= CUE_ANCHOR;
        } else {
          cls[i] = s.cls;
        }
      }
      return cues;
    },
    isCommonEnglish: isCommonEnglishWord,
    isStopWord: (word: string) => stops.has(word),
    // (A lower-case form of address written with its full stop, `habil.`, is kept by its letters; the tokenizer adds the stop.)
    // (`… of emergency situations major general of civil protection X`: `major`, mostly an adjective in lower case, is kept
    // a word of its own, so that a rank after an office can be told from the office's words.)
    keepLower: new WordHashes([...lowerWords.keys(), ...[...honorifics].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)), ...LOWER_QUALIFIERS, ...HEADLINE_SMALL_WORDS, ...RETIRED_MARKS, 'major']),
    placesStartingWith: (word: string) => placesByStart.get(word),
  };
}
