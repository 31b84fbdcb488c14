/**
 * Whether a short form of a name may stand for a fuller one:
 * `D. Mussayev` ~ `Danat Mussayev`, `Wang` ~ `Wang Yi`, `Ataide Amaral` ~
 * `Jose Ataide Amaral`, `M.Al-Maaytah` ~ `Musa Al-Maaytah`, and, for two
 * spellings in one article, `Isetov` ~ `Arman Issetov`.
 */
import { ARABIC_ARTICLES, DIGRAPH_INITIALS, FATHERS_NAME_SUFFIXES, KOREAN_SURNAME_SPELLINGS, LINEAGE_PARTICLES, NAME_PARTICLES, PATRONYMIC_PARTICLES } from '../data/name-particles';
import { hasLower, withoutDiacritics } from './name-chars';

export interface NameForm {
  text: string;
  /** Lower-case words, hyphenated ones split (`amir-abdollahian` ~ `amir abdollahian`); an initial keeps its dot. */
  words: string[];
  /** Words that are neither initials, particles nor patronymics: how full the form is. */
  fullness: number;
  /** Patronymics (`Vladimirovna`): between two forms as full, the one that has one is fuller. */
  patronymics: number;
  /**
   * `[from, to)`: the words from the first `bin`/`ibn`/`bint` up to the family
   * name (`Al Thani`) or the end, the names of the father and forefathers
   * (`bin Hamad` of `Tamim bin Hamad Al Thani`); absent without such a word.
   */
  lineage?: [number, number];
  /** `SULTANGAZIYEV Marat`: a surname in capitals written first, moved after the given names (`marat sultangaziyev`). */
  givenFirst?: string[];
  /** `min` and `seok` of `Hong Seok-min`: a lower-case part after a hyphen and the part before it, pieces of one name, not names of their own. */
  syllables?: string[];
  /** `innes` and `stubb` of `Suzanne Innes-Stubb`: the pieces of hyphenated words, each no whole word of the name. */
  hyphenPieces?: string[];
  /** `li wenjun` of `Li Wen-jun`: the words with each such syllable glued back to the piece before it, as pinyin also writes them. */
  gluedSyllables?: string[];
}

const PARTICLES = new Set(NAME_PARTICLES);
/** Each Korean surname's spelling, mapped to its first spelling. */
const KOREAN_SURNAME_CLASS: ReadonlyMap<string, string> = new Map(KOREAN_SURNAME_SPELLINGS.flatMap((spellings) => spellings.map((w) => [w, spellings[0]])));
const LOWER_START = /^\p{Ll}/u;
const hasLowerStart = (w: string) => LOWER_START.test(w);
const HYPHEN = /[-‑‐]/;
const HYPHENS = /[-‑‐]/g;
/** Filipino particles written as one word (`Dela Cruz`, `Delos Santos`), read as the two they join (`de la Cruz`). */
const GLUED_PARTICLES: ReadonlyMap<string, string[]> = new Map([['dela', ['de', 'la']], ['delos', ['de', 'los']]]);

/** A written word's match words: its hyphen's pieces, or the particles a glued one joins. */
function wordsOfKey(key: string): string[] {
  return GLUED_PARTICLES.get(key) ?? key.split(HYPHEN);
}
/** A regnal numeral, as a name's word in lower case (`ii`, `xiv`). */
export const NUMERAL = /^[ivx]+$/;
/** `Sergey Viktorovich`: a patronymic with a given name is a form of address, not a surname. */
export const PATRONYMIC = /^\p{L}{3,}(?:ovich|evich|ovna|evna|ichna|yevich|yevna)$/u;
/** `Kadyrbekuly`, `Serikovna`: a Kazakh or Kyrgyz patronymic by its ending. */
export const TURKIC_PATRONYMIC = /^\p{L}{3,}(?:uly|ulu|kyzy|qyzy|ovna|evna)$/u;

/** A lower-case word is a patronymic, Slavic or Turkic. */
export function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(word) || TURKIC_PATRONYMIC.test(word);
}
/** The shortest words that may match one edit apart. */
const FUZZY_MIN = 5;
export const NAME_WORD = new RegExp(`(?:${DIGRAPH_INITIALS.join('|')})\\.|\\p{Lu}\\.|\\p{Lu}-\\p{Lu}\\.|[\\p{L}\\p{M}]+(?:[-‑‐'’‘][\\p{L}\\p{M}]+)*`, 'gu');
/** `J-P.`: a hyphenated given name's initials with one full stop, each an initial. */
const HYPHENED_INITIALS = /^\p{Lu}-\p{Lu}\.$/u;

/**
 * A name word in lower case, its typographic apostrophes and Uzbek turned commas as the typewriter's apostrophe:
 * `O’Connell` and `O'Connell`, `Xo‘jayev` and `Xo'jayev` are one spelling.
 */
function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return APOSTROPHES.test(lower) ? lower.replace(APOSTROPHES_ALL, "'") : lower;
}

const APOSTROPHES = /[‘’ʻʼ]/;
const APOSTROPHES_ALL = /[‘’ʻʼ]/g;

export function nameForm(text: string): NameForm {
  const written = text.match(NAME_WORD) ?? [];
  const words = written.flatMap((w) => (HYPHENED_INITIALS.test(w) ? [`${w[0].toLowerCase()}.`, w.slice(2).toLowerCase()] : wordsOfKey(wordKey(w))));
  // `Karpovich` alone, `S. Lukashevich`: a surname; a patronymic stands after a given name written out.
  const patronymics = words.filter((_, k) => isPatronymicAt(words, k)).length;
  // `Do` alone (of `Do Thanh Hai`): a particle written alone is a surname, and so is one closing a name (`V. Ten`).
  const fullness = words.length === 1 && !words[0].endsWith('.') ? 1 : words.filter((w, k) => !w.endsWith('.') && (!PARTICLES.has(w) || k === words.length - 1)).length - patronymics;
  const form: NameForm = { text, words, fullness, patronymics };
  const surnameWords = surnameWordsFirst(written);
  if (surnameWords > 0) form.givenFirst = [...words.slice(surnameWords), ...words.slice(0, surnameWords)];
  // `Abenov Serik Kairatovich`, `Seitkali Nurlan Kadyrbekuly`, as decrees list people: a patronymic
  // closing three words puts the surname first (not after `kazhy`: `Nauryzbai kazhy Taganuly`).
  else if (written.length === 3 && isClosingPatronymic(written.map((w) => w.toLowerCase()))) form.givenFirst = [...words.slice(1), words[0]];
  // Read only where a hyphen is: most names have none.
  // (`Halla` of `Jussi Halla-aho`: so is the piece before such a syllable.)
  if (HYPHEN.test(text)) {
    const glued = written.map(gluedSyllables);
    const syllables = glued.flat().map((w) => w.toLowerCase());
    if (syllables.length > 0) {
      form.syllables = syllables;
      form.gluedSyllables = written.map((w, k) => (glued[k].length > 0 ? w.toLowerCase().replace(HYPHENS, '') : w.toLowerCase()));
    }
    form.hyphenPieces = written.filter((w) => HYPHEN.test(w)).flatMap((w) => w.toLowerCase().split(HYPHEN));
  }
  const from = words.findIndex((w) => LINEAGE.has(w));
  if (from < 0) return form;
  const family = words.findIndex((w, k) => k > from && FAMILY.has(w) && !LINEAGE.has(words[k - 1]));
  // `Badr bin Hamad Albusaidi`: a last word after the father's name, with no article, is the family's name too.
  // Not a regnal numeral (`Al Hussein bin Abdullah II`).
  const last = words[words.length - 1];
  const glued = family < 0 && words.length - from >= 3 && !LINEAGE.has(words[words.length - 2]) && !NUMERAL.test(last) ? words.length - 1 : family;
  form.lineage = [from, glued < 0 ? words.length : glued];
  return form;
}

/** `Stubb` is a piece of `Innes-Stubb`: a one-word form that is only a piece of the fuller one's hyphenated word. */
export function isHyphenPiece(short: NameForm, full: NameForm): boolean {
  return short.words.length === 1 && full.hyphenPieces !== undefined && full.hyphenPieces.includes(short.words[0]);
}

/** The pieces of a hyphenated word that name no one alone: those in lower case after a hyphen, and the one before each. */
function gluedSyllables(word: string): string[] {
  const pieces = word.split(HYPHEN);
  return pieces.filter((p, k) => (k > 0 && hasLowerStart(p)) || (k + 1 < pieces.length && hasLowerStart(pieces[k + 1])));
}

/**
 * `KISHIDA Fumio`, `LØKKE RASMUSSEN Lars`: how many unhyphenated words in capitals open the name before words in normal
 * case (0 for none).
 */
function surnameWordsFirst(written: string[]): number {
  let n = 0;
  while (n < written.length - 1 && !hasLower(written[n]) && !HYPHEN.test(written[n])) n++;
  // (`EL SEWEDY Mohamed`: a particle may open them.)
  return n > 0 && written.slice(0, n).some((w) => w.length > 2) && written.slice(n).every(hasLower) ? n : 0;
}

/** The lineage particles (`bin`, `ibn`, `bint`); not `ben`, which opens surnames such as `Ben Ali`. */
export const LINEAGE: ReadonlySet<string> = new Set(LINEAGE_PARTICLES);
/** Opens a family name after the lineage (`Al Thani`, `Al-Khulaifi`). */
export const FAMILY: ReadonlySet<string> = new Set(ARABIC_ARTICLES);

/**
 * `Abdullah II` is not `Al Hussein bin Abdullah II`, nor `Hamad` `Tamim bin Hamad Al Thani`:
 * a form that names only the fuller one's father or forefathers is another person.
 */
function namesOwnOrFamily(short: NameForm, full: NameForm, fuzzy: boolean): boolean {
  // `Bin Towar` for `Mohamed bin Towar Al Kuwari`: a form opening with its `bin` names the man by his father, as the Gulf
  // press does (a bare `Towar` would be the father).
  if (full.lineage === undefined || short.lineage?.[0] === 0) return true;
  const [from, to] = full.lineage;
  return short.words.some((w) => !PARTICLES.has(w) && full.words.some((t, k) => (k < from || k >= to) && wordMatches(w, t, fuzzy)));
}

/**
 * `Salman bin Abdulaziz` is not `Mohammed bin Salman bin Abdulaziz`, his son: when both forms name a
 * father, the shorter one's own names (before its `bin`) must be among the fuller one's own names.
 */
function sameOwnName(short: NameForm, full: NameForm, fuzzy: boolean): boolean {
  if (short.lineage === undefined || full.lineage === undefined || short.lineage[0] === 0) return true;
  const own = full.words.slice(0, full.lineage[0]);
  return short.words.slice(0, short.lineage[0]).some((w) => !PARTICLES.has(w) && own.some((t) => wordMatches(w, t, fuzzy)));
}

/**
 * Each word of `short` matches a later word of `full`, in order: the same
 * word, an initial of it, or (when `fuzzy`) a spelling one edit away; and
 * the short form has at least one word that is not an initial.
 */
export function mayStandFor(short: NameForm, full: NameForm, fuzzy: boolean): boolean {
  // One word more than `full` may still match: an initial it leaves out (see `wordsInOrder`).
  if (short.fullness === 0 || short.words.length > full.words.length + 1) return false;
  if (fuzzy && isKoreanSurnameSpelling(short, full)) return true;
  // `Min` is not `Hong Seok-min`: a name's syllable alone names no one.
  if (short.words.length === 1 && full.syllables?.includes(short.words[0])) return false;
  // `King Hamad` is not `Sabah Khaled Al-Hamad Al-Mubarak Al-Sabah`: a word written without the article a family's name
  // has there names no one of that family alone.
  if (short.words.length === 1 && onlyAfterArticle(short.words[0], full.words, full.lineage, fuzzy)) return false;
  if (!keepsRegnalNumeral(short.words, full.words)) return false;
  if (short.words.length === 1 && gluesFamilyName(short.words[0], full.words, fuzzy)) return true;
  const inOrder =
    wordsInOrder(short.words, full, fuzzy) ||
    wordsInOrder(initialsFirst(short.words), full, fuzzy) ||
    (short.givenFirst !== undefined && wordsInOrder(short.givenFirst, full, fuzzy)) ||
    (full.givenFirst !== undefined && wordsInOrder(short.words, { ...full, words: full.givenFirst }, fuzzy)) ||
    // (`K. Nurzhanov` ~ `Nurzhanov K.M.`: the fuller form in the Russian order.)
    (full.words[full.words.length - 1].endsWith('.') && wordsInOrder(short.words, { ...full, words: initialsFirst(full.words) }, fuzzy)) ||
    isReversed(short.words, full.words, fuzzy) ||
    isSurnameInTwoWords(short.words, full.words, fuzzy) ||
    // (Spelt exactly so: `Kim Hyunjun` is no `Kim Hyun-jin`.)
    (full.gluedSyllables !== undefined && wordsInOrder(short.words, { ...full, words: full.gluedSyllables }, false)) ||
    (fuzzy && (standsForGluedSurname(short, full, fuzzy) || standsForGluedSurname(full, short, fuzzy, true)));
  return inOrder && namesOwnOrFamily(short, full, fuzzy) && sameOwnName(short, full, fuzzy);
}

/** A Korean name as written: a surname and a given name of two hyphenated syllables, either way round (`Park Sung-ho`). */
const KOREAN_FULL_NAME = /^(?:(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+[-‑‐]\p{Ll}+|\p{Lu}\p{Ll}+[-‑‐]\p{Ll}+ (\p{Lu}\p{Ll}+))$/u;

/**
 * `Pak` ~ `Park Sung-ho`, `S. Choe` ~ `Choi Sung-ho`: a surname alone, maybe after initials, in another romanisation of the
 * surname of a name written as Korean (not `Yi` of `Wang Yi` nor `Jo` of `Jo Stevens`, a given name).
 */
function isKoreanSurnameSpelling(short: NameForm, full: NameForm): boolean {
  const surname = short.words[short.words.length - 1];
  const spelling = KOREAN_SURNAME_CLASS.get(surname);
  if (spelling === undefined || short.words.slice(0, -1).some((w) => !w.endsWith('.'))) return false;
  const written = KOREAN_FULL_NAME.exec(full.text);
  const fullSurname = (written?.[1] ?? written?.[2])?.toLowerCase();
  return fullSurname !== undefined && fullSurname !== surname && KOREAN_SURNAME_CLASS.get(fullSurname) === spelling;
}

/**
 * `word` matches some of `full`, each right after an Arabic article inside the name (`Al-Hamad` of `Sabah Khaled Al-Hamad
 * Al-Sabah`), or closing a name that counts its forefathers, whose last word is a dynasty's (`Nahyan` of `Mohamed bin
 * Zayed Al Nahyan`); not the last word of a name without them, the surname a man is called by (`Jubeir` of `Adel
 * al-Jubeir`).
 */
function onlyAfterArticle(word: string, full: readonly string[], lineage: NameForm['lineage'], fuzzy: boolean): boolean {
  let matched = false;
  for (let k = 0; k < full.length; k++) {
    if (!wordMatches(word, full[k], fuzzy)) continue;
    if (k === 0 || (k === full.length - 1 && lineage === undefined) || !FAMILY.has(full[k - 1])) return false;
    matched = true;
  }
  return matched;
}

/** `Charles III` is not `Keisha Mohammed-Charles`: a ruler's numeral closing the shorter form is in the fuller one. */
function keepsRegnalNumeral(short: string[], full: string[]): boolean {
  const last = short[short.length - 1];
  return short.length < 2 || !NUMERAL.test(last) || full.includes(last);
}

/**
 * `Szijjártó Péter` ~ `Péter Szijjártó`, `Iwaya Takeshi` ~ `Takeshi Iwaya`: two names written in either order;
 * `B. Battsetseg` ~ `Battsetseg Batmunkh`: the Mongolian patronymic's initial written before the given name.
 */
function isReversed(a: string[], b: string[], fuzzy: boolean): boolean {
  // `Zandanshatar Gombojav` ~ `Gombojavyn Zandanshatar`: the father's name may be bare in one and in the genitive in the other.
  // (`Y. Sarsenbaev` ~ `Sarsenbayev Yerlan`: in one article, the surname spelt another way.)
  if (a.length !== 2 || b.length !== 2 || a[1].endsWith('.') || b[1].endsWith('.')) return false;
  // (Not a surname made from the other's given name: `S. Nurlanov` is no `Nurlan Smagulov`, `R. Karimi` no `Karim Rostami`.)
  const variant = fuzzy && withinOneEdit(a[1], b[0]) && a[1].slice(-2) === b[0].slice(-2) && wordMatches(a[1], b[0], true);
  if (!(a[1] === b[0] || isMongolianGenitive(a[1], b[0]) || variant)) return false;
  return a[0] === b[1] || (a[0].endsWith('.') && initialMatches(a[0], b[1], false));
}

/**
 * `Almansouri` ~ `Abdullah bin Ahmed Al-Mansouri`: the family's name closing the full one, written with its article glued
 * on (not a short one, which is as often a given name: `Almas`, `Alnur`).
 */
function gluesFamilyName(word: string, full: readonly string[], fuzzy: boolean): boolean {
  const k = full.length - 2;
  return word.length >= MIN_GLUED_FAMILY && k >= 0 && FAMILY.has(full[k]) && wordMatches(word, full[k] + full[k + 1], fuzzy);
}

/** Fewest letters of a family's name written with its article glued on (`Althani`). */
const MIN_GLUED_FAMILY = 7;

/** `Abdel Atty` ~ `Badr Abdelatty`: a surname written in two words that the fuller form writes as one, its last. */
function isSurnameInTwoWords(words: string[], full: string[], fuzzy: boolean): boolean {
  if (words.length !== 2 || full.length < 2 || words[0].endsWith('.') || words[1].endsWith('.')) return false;
  return wordMatches(words[0] + words[1], full[full.length - 1], fuzzy);
}

/**
 * `M. Abdelrahman` ~ `Mostafa El-Sayed Abdel-Rahman`: a surname hyphenated in the fuller form, written as one word; or,
 * `reversed`, hyphenated in the shorter form (`Hamid Mousavi-Zadeh` ~ `Hamid Reza Mousavizadeh`).
 */
function standsForGluedSurname(short: NameForm, full: NameForm, fuzzy: boolean, reversed = false): boolean {
  const pieces = full.hyphenPieces;
  const n = full.words.length;
  // (Not a given name's syllables: `Zhang Weiming` is no shorter `Zhang Wei-ming`.)
  if (pieces === undefined || n < 2 || pieces.length < 2 || pieces[pieces.length - 1] !== full.words[n - 1] || pieces[pieces.length - 2] !== full.words[n - 2] || full.syllables?.includes(full.words[n - 1])) return false;
  const glued = { ...full, words: [...full.words.slice(0, n - 2), full.words[n - 2] + full.words[n - 1]] };
  return reversed ? wordsInOrder(glued.words, short, fuzzy) : wordsInOrder(short.words, glued, fuzzy);
}

/** `Tokayev K.-J.` read as `K.-J. Tokayev`: initials written after a surname, moved before it; none to move gives no words. */
function initialsFirst(words: string[]): string[] {
  let k = words.length;
  while (k > 1 && words[k - 1].endsWith('.')) k--;
  return k === words.length ? [] : [...words.slice(k), ...words.slice(0, k)];
}

/** `oglu`, `qizi`: after a father's name, inside a name or closing it. */
export const PATRONYMIC_PARTICLE_SET: ReadonlySet<string> = new Set(PATRONYMIC_PARTICLES);
/** Words closing a father's name: the particles, and the Kyrgyz and Kazakh `uulu`, `kyzy`, `uly` (son, daughter of). */
const FATHERS_NAME_CLOSERS: ReadonlySet<string> = new Set([...PATRONYMIC_PARTICLES, ...FATHERS_NAME_SUFFIXES]);

/**
 * Each word matches a later word of `full`, but for a patronymic (in one
 * article) and the initial of one after a given name's initial, which a
 * fuller form often leaves out (`N.A. Nazarbayev` ~ `Nursultan Nazarbayev`).
 */
function wordsInOrder(words: string[], full: NameForm, fuzzy: boolean): boolean {
  if (words.length === 0) return false;
  let j = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const k = matchFrom(w, full.words, j, fuzzy);
    // `Heydar Aliyev` is not `Ilham Heydar oglu Aliyev`: a word before `oglu` there is the father's name, no given name.
    // (`Toktogul` is not `Aigul Toktogul kyzy`: nor before the Kyrgyz and Kazakh `kyzy`, `uulu`, `uly`.)
    if (i === 0 && k > 0 && FATHERS_NAME_CLOSERS.has(full.words[k + 1] ?? '') && words[1] !== full.words[k + 1]) return false;
    const patronymicInitial = isPatronymicInitial(words, i);
    // `Sh.M. Mirziyoyev` ~ `Shavkat Mirziyoyev`: the patronymic's initial leaves the surname's letter to the surname.
    if (k >= 0) j = patronymicInitial && wordMatches(words[i + 1], full.words[k], fuzzy) ? j : k + 1;
    // (`A. Dvorkovich`: after an initial, a word ending as a patronymic does is the surname, never left out.)
    else if (!(fuzzy && isPatronymicAt(words, i)) && !patronymicInitial) return false;
  }
  return true;
}

/**
 * The first word of `full` from `from` on that `w` matches, or -1. An initial
 * passes over no other initial: `A.N.` is not the `A.` of `N.A.B.`.
 */
function matchFrom(w: string, full: readonly string[], from: number, fuzzy: boolean): number {
  const initial = w.endsWith('.');
  for (let k = from; k < full.length; k++) {
    if (wordMatches(w, full[k], fuzzy)) return k;
    if (initial && full[k].endsWith('.')) return -1;
  }
  return -1;
}

/** The second of two initials before a surname (`N.A.`). */
function isClosingPatronymic(words: readonly string[]): boolean {
  return PATRONYMIC.test(words[2]) || (TURKIC_PATRONYMIC.test(words[2]) && !PARTICLES.has(words[1]) && !TURKIC_PATRONYMIC.test(words[0]));
}

function isPatronymicInitial(words: string[], i: number): boolean {
  return i === 1 && words[0].endsWith('.') && words[1].endsWith('.') && words.length === 3 && !words[2].endsWith('.');
}

function wordMatches(w: string, target: string, fuzzy: boolean): boolean {
  if (w === target) return true;
  if (w.endsWith('.')) return initialMatches(w, target, fuzzy);
  if (!fuzzy) return false;
  // `Rinkevics` ~ `Rinkēvičs`, `Ba` ~ `Bá`: the same letters but for their accents, however many and however short the word.
  if (w.length === target.length && withoutDiacritics(w) === withoutDiacritics(target)) return true;
  // `al-Sisi` ~ `El-Sisi`: the Arabic article written either way.
  if (FAMILY.has(w) && FAMILY.has(target)) return true;
  // `Schaefer` ~ `Schäfer`, `Mueller` ~ `Müller`: a German umlaut written out.
  if (HAS_UMLAUT.test(w) !== HAS_UMLAUT.test(target) && umlautsWrittenOut(w) === umlautsWrittenOut(target)) return true;
  // `Çelik` ~ `Chelik`, `Şahin` ~ `Shahin`: a Turkish cedilla's letter written out, as English transliterations do (not a
  // short one: `Şen` is no `Shen`, `Koç` no `Koch`).
  if (Math.min(w.length, target.length) >= FUZZY_MIN && HAS_CEDILLA.test(w) !== HAS_CEDILLA.test(target) && cedillasWrittenOut(w) === cedillasWrittenOut(target)) return true;
  // `Yuri` ~ `Yury`, `Önal` ~ `Onal`: a short word matches only the same spelling with `y` for `i` or without accents.
  if (w.length < FUZZY_MIN || target.length < FUZZY_MIN) return w.length >= 3 && sameShortWord(w, target);
  // `Zhang` and `Jiang`: two pinyin syllables are two surnames, never spellings of one.
  if (PINYIN_SYLLABLE.test(w) && PINYIN_SYLLABLE.test(target)) return false;
  return !isOtherGender(w, target) && (isSpellingVariant(w, target) || isMongolianGenitive(w, target));
}


/** `Ukhnaa` ~ `Ukhnaagiin`, `Gombojav` ~ `Gombojavyn`: a Mongolian father's name, bare and in the genitive that opens a full name. */
function isMongolianGenitive(w: string, target: string): boolean {
  return target.length > w.length + 1 && target.startsWith(w) && MONGOLIAN_GENITIVES.has(target.slice(w.length));
}

const MONGOLIAN_GENITIVES = new Set(['giin', 'iin', 'yn']);

/** `Petrov` and `Petrova`, `Aliyev` and `Aliyeva`: a Slavic or Turkic surname and its feminine form name two people. */
function isOtherGender(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // (`Valiyeva` and `Ualiyev`: past a first letter spelt another way too.)
  return long.length === short.length + 1 && long.endsWith('a') && long.slice(1).startsWith(short.slice(1)) && MASCULINE_ENDING.test(short);
}

const MASCULINE_ENDING = /(?:ov|ev|yov|in|yn|sky|ski)$/;

const UMLAUTS = /[äöüß]/g;
const HAS_UMLAUT = /[äöüß]/;
const WRITTEN_OUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

function umlautsWrittenOut(word: string): string {
  return word.replace(UMLAUTS, (c) => WRITTEN_OUT[c]);
}

const HAS_CEDILLA = /[çş]/;
const CEDILLAS = /[çş]/g;

/** The word with `ç` and `ş` written `ch` and `sh`, and without its other accents (`Gökçe` → `gokche`). */
function cedillasWrittenOut(word: string): string {
  return withoutDiacritics(word.replace(CEDILLAS, (c) => (c === 'ç' ? 'ch' : 'sh')));
}

/** One syllable of pinyin (`zhang`, `jiang`, `xiong`, `huang`): an initial, a vowel cluster and maybe a nasal ending. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouv]|ü){1,3}(?:ng|n|r)?';
const PINYIN_SYLLABLE = new RegExp(`^${SYLLABLE}$`);
/** A syllable of pinyin with one of its finals only (`jian`, `ping`; not `mar`, `nur`), for a word that must be pinyin. */
const STRICT_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxzcsyw]|r(?=ao|an|e|i|o|u))?(?:iang|iong|uang|ueng|iao|ian|ing|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|ü)';
const PINYIN_GIVEN_NAME = new RegExp(`^(?:${STRICT_SYLLABLE}){1,2}$`);

/** `jianping`, `lifeng`, `wei`: a Chinese given name's one or two syllables of pinyin, in lower case. */
export function isPinyinGivenName(word: string): boolean {
  return PINYIN_GIVEN_NAME.test(word);
}

/** `Smadiyar` ~ `Smadiyarov`, `Nurtleu` ~ `Nurtleuov`: a Kazakh surname written with and without its Russian ending. */
function isSurnameEnding(short: string, long: string): boolean {
  return short.length >= 5 && long.length - short.length <= 3 && long.startsWith(short) && RUSSIAN_ENDINGS.has(long.slice(short.length));
}

const RUSSIAN_ENDINGS = new Set(['ov', 'ev', 'yev', 'ova', 'eva', 'yeva']);

/**
 * A father's name with its ending: the Kazakh and Kyrgyz `-uly`, `-uulu` (son of) and `-kyzy` (daughter of), or the
 * Russian surname's ending made from it (`Nurlanuly` ~ `Nurlanov`, `Kuanyshuly` ~ `Kuanyshev`).
 */
const FATHERS_NAME = /^(\p{L}{4,}?)(uly|uli|ulu|uulu|kyzy|qyzy|ov|ev|yev|ova|eva|yeva)$/u;
const SON_OR_DAUGHTER = new Set(['uly', 'uli', 'ulu', 'uulu', 'kyzy', 'qyzy']);

/** `Nurlanuly` ~ `Nurlanov`: one father's name, once with the Kazakh ending and once with the Russian. */
function isSonOrDaughterOf(a: string, b: string): boolean {
  // Most pairs part within a father's name's four letters: no pattern is run for them.
  if (a.length < 6 || b.length < 6 || !a.startsWith(b.slice(0, 4))) return false;
  const [x, y] = [FATHERS_NAME.exec(a), FATHERS_NAME.exec(b)];
  return x !== null && y !== null && x[1] === y[1] && SON_OR_DAUGHTER.has(x[2]) !== SON_OR_DAUGHTER.has(y[2]);
}

/** The key two words sharing a father's name share (`=nurlan` of `nurlanuly` and `nurlanov`), if the word ends so. */
function fathersNameKey(word: string): string | undefined {
  const stem = FATHERS_NAME.exec(word)?.[1];
  return stem === undefined ? undefined : `=${stem}`;
}

/** Whether `a` and `b` are one word but for `y` written for `i` and letters without their accents (`yuri`, `önal`). */
function sameShortWord(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a.charCodeAt(i), b.charCodeAt(i)];
    if (x === y || ((x === Y || x === I) && (y === Y || y === I))) continue;
    if ((x < 128 && y < 128) || baseLetter(x) !== baseLetter(y)) return false;
  }
  return true;
}

const Y = 0x79;
const I = 0x69;
const baseLetters = new Map<number, number>();

/** The letter a character is written on (`ö` → `o`), remembered per character. */
function baseLetter(code: number): number {
  if (code < 128) return code;
  let base = baseLetters.get(code);
  if (base === undefined) baseLetters.set(code, (base = withoutDiacritics(String.fromCharCode(code)).charCodeAt(0)));
  return base;
}

/**
 * `Zhumagaly` ~ `Zhumagali` (one edit), `Zhaparov` ~ `Japarov`, `Alexander` ~ `Aleksandr`
 * (transliterations of one Cyrillic spelling): two spellings of one long word.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  const longer = Math.abs(a.length - b.length);
  if (longer > 3) return false;
  if (a[0] === b[0] && ((withinOneEdit(a, b) && !isConsonantSwap(a, b)) || isVowelMetathesis(a, b))) return true;
  if (isYeSpelling(a, b) || isYeSpelling(b, a) || isSurnameEnding(a, b) || isSurnameEnding(b, a) || isSonOrDaughterOf(a, b)) return true;
  // (`Yessenov` ~ `Esenov`: a surname's initial vowel written both ways, and another letter apart besides; not given names:
  // `Elina` is no `Yelena`.)
  // (A woman's is no man's: `Ermekova` is no `Yermekov`.)
  if (a[0] !== b[0] && (a.startsWith('ye') || b.startsWith('ye')) && (a[0] === 'e' || b[0] === 'e') && SLAVIC_SURNAME_END.test(a) && SLAVIC_SURNAME_END.test(b) && a.endsWith('a') === b.endsWith('a')) {
    return a[0] === 'y' ? isSpellingVariant(a.slice(1), b) : isSpellingVariant(a, b.slice(1));
  }
  // Most pairs differ in their first letter as transliterated: asked before the keys are looked up.
  // (`Juraeva` ~ `Dzhurayeva`: three letters apart as written, one as transliterated.)
  if (keyInitial(a) !== keyInitial(b)) return false;
  const [x, y] = [transliterationKey(a), transliterationKey(b)];
  return withinOneEdit(x, y) && !isConsonantSwap(x, y);
}

const MIN_METATHESIS = 7;
/** A surname's Slavic or Turkic ending (`-ov`, `-eva`, `-in`). */
const SLAVIC_SURNAME_END = /(?:ov|ev|ova|eva|in|ina)$/;

/** `Agrawal` ~ `Agarwal`: a vowel and a consonant next to each other written in either order. */
function isVowelMetathesis(a: string, b: string): boolean {
  // (Not a short one: `Burns` and `Bruns`, `Pardo` and `Prado` are other surnames.)
  if (a.length !== b.length || a.length < MIN_METATHESIS) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  const [x, y] = [a[i], a[i + 1]];
  return y !== undefined && x === b[i + 1] && y === b[i] && VOWELS.includes(x) !== VOWELS.includes(y) && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * `Rakesh` and `Ramesh`: two words of one length that differ in one pair of consonants no transliteration swaps are two
 * names (`Mohammed` ~ `Mohammad` differ in a vowel, `Kasym` ~ `Qasym` in a pair that is swapped).
 */
function isConsonantSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  const [x, y] = [a[i], b[i]];
  return !VOWELS.includes(x) && !VOWELS.includes(y) && !SWAPPED_CONSONANTS.has(x + y) && !SWAPPED_CONSONANTS.has(y + x);
}

/**
 * Consonants one transliteration writes for another's (`Kozhakhmet` ~ `Qozhakhmet`, `Vasiliy` ~ `Wasiliy`, `Imanbayev` ~
 * `Imambayev`, `Yusuf` ~ `Yusup`, `Ilham` ~ `Ilgam`).
 */
const SWAPPED_CONSONANTS: ReadonlySet<string> = new Set(['kq', 'kc', 'sz', 'vw', 'dt', 'gk', 'jy', 'jz', 'fv', 'xh', 'hk', 'bp', 'cs', 'lr', 'mn', 'fp', 'hg', 'gj']);

/** The first letter of a word's transliteration key (`x`, `q`, `gh` → `k`, `y` → `i`, `w` and a Kazakh surname's `u` before a vowel → `v`, `kh` → `h`, `zh`/`dzh` → `j`). */
function keyInitial(word: string): string {
  const [c, next] = [word[0], word[1]];
  if (c === 'x' || c === 'q' || (c === 'g' && next === 'h')) return 'k';
  if (c === 'y') return 'i';
  // (`Valikhanov` ~ `Walikhanov`: German transliterations write the `в` as `w`.)
  if (c === 'w' || isKazakhU(word, 0)) return 'v';
  if (isTurkicJ(word, 0)) return 'j';
  if (c === 'k' && next === 'h') return 'h';
  if ((c === 'z' && next === 'h') || (c === 'd' && next === 'z' && word[2] === 'h')) return 'j';
  return c;
}

const VOWELS = 'aeiouy';

/** `Ceyhun` ~ `Jeyhun`, `Cevdet` ~ `Jevdet`: the Turkish and Azerbaijani `c` opening a name before a vowel, which English writes `j`. */
function isTurkicJ(word: string, i: number): boolean {
  return i === 0 && word[0] === 'c' && VOWELS.includes(word[1] ?? '');
}

/**
 * `Ualikhanov` ~ `Valikhanov`: the Kazakh `у` opening a surname before a vowel, which Russian spellings write `в` (not a
 * given name's: `Uakhap` and `Vakhap` are two men's).
 */
function isKazakhU(word: string, i: number): boolean {
  return i === 0 && word[0] === 'u' && 'aei'.includes(word[1] ?? 'u') && RUSSIAN_SURNAME_END.test(word);
}

const RUSSIAN_SURNAME_END = /(?:ov|ev|ova|eva)$/;

/** Keys already worked out, by word; dropped whole when full. */
const transliterated = new Map<string, string>();
const MAX_TRANSLITERATED = 20000;

/**
 * The word with the letters that English transliterations of Russian and Kazakh names write in
 * different ways made one: `x` as `ks`, `q` and `gh` as `k`, `zh` and `dzh` as `j`, `kh` as `h`, `yo` after a consonant as
 * `e`, `y` as `i`, no doubled letter; also a Turkic name's opening `c` before a vowel as `j`.
 */
export function transliterationKey(word: string): string {
  let key = transliterated.get(word);
  if (key !== undefined) return key;
  key = '';
  for (let i = 0; i < word.length; i++) {
    let c = word[i];
    const next = word[i + 1];
    if (c === 'x') {
      c = 'ks';
    } else if (c === 'q') {
      // `Toqaev` ~ `Tokayev`, `Qohir` ~ `Kokhir`: the Kazakh, Uzbek and Tajik `қ`.
      c = 'k';
    } else if (c === 'g' && next === 'h') {
      // `Araghchi` ~ `Araqchi`, `Ghalibaf` ~ `Qalibaf`: the Persian `ق` and `غ`, written `gh` or `q`.
      c = 'k';
      i++;
    } else if (c === 'y' && next === 'o' && i > 0 && !VOWELS.includes(word[i - 1])) {
      // `Likhachyov` ~ `Likhachev`, `Fyodor` ~ `Fedor`: the Russian `ё` after a consonant.
      c = 'e';
      i++;
    } else if (c === 'y' || c === 'ý') {
      // (`Ataýew` ~ `Atayev`: Turkmen writes the consonant `ý`.)
      c = 'i';
    } else if ((c === 'k' || c === 'z') && next === 'h') {
      c = c === 'k' ? 'h' : 'j';
      i++;
    } else if (c === 'd' && next === 'z' && word[i + 2] === 'h') {
      c = 'j';
      i += 2;
    } else if (isTurkicJ(word, i)) {
      c = 'j';
    } else if (isKazakhU(word, i)) {
      c = 'v';
    }
    if (!key.endsWith(c)) key += c;
  }
  if (transliterated.size >= MAX_TRANSLITERATED) transliterated.clear();
  transliterated.set(word, key);
  return key;
}

/** `D.` ~ `Danat`; in one article also `E.` ~ `Yerlan`, the other transliteration of the same letter. */
function initialMatches(initial: string, target: string, fuzzy: boolean): boolean {
  if (target.endsWith('.') || target.length < initial.length) return false;
  const letter = initial.slice(0, -1);
  // `E. Rousseau-Vidal` ~ `Émilie Rousseau-Vidal`: an initial is written without the accent.
  if (target.startsWith(letter) || withoutDiacritics(target[0]) === letter) return true;
  // `Sh. Mustafayev` ~ `Şahin Mustafayev`, `Ch.` ~ `Çingiz`: a digraph's initial for a letter with a cedilla or a caron.
  if (DIGRAPH_LETTERS.get(letter)?.includes(target[0])) return true;
  // `Zh. Kulubaev` ~ `Jeenbek Kulubaev`, `J. Kulubaev` ~ `Zheenbek Kulubaev`: the Kyrgyz and Kazakh `Ж` is written `Zh` and `J`; `H. Bozorov` ~ `Khayrullo
  // Bozorov`: the Uzbek `Х` is written `H` and `Kh`.
  if (fuzzy && ((initial === 'zh.' && target.startsWith('j')) || (initial === 'j.' && target.startsWith('zh')))) return true;
  if (fuzzy && initial === 'h.' && target.startsWith('kh')) return true;
  // (`Kh. Valiyev` ~ `Hasan Ualiyev`, `J. Valiyeva` ~ `Dzhamilya Ualiyeva`, `Dzh.` ~ `Jamshid` or `Djanibek`: the other way round too.)
  if (fuzzy && ((initial === 'kh.' && target.startsWith('h')) || (initial === 'j.' && target.startsWith('dzh')) || (initial === 'dzh.' && (target.startsWith('j') || target.startsWith('dj'))))) return true;
  return fuzzy && initial === 'e.' && target.startsWith('ye');
}

/** Letters with a cedilla or a caron, by the digraph that transliterates them. */
const DIGRAPH_LETTERS: ReadonlyMap<string, string> = new Map([['sh', 'şš'], ['ch', 'çč'], ['zh', 'ž']]);

/** `Yermek` ~ `Ermek`, `Yerzhan` ~ `Erzhan`: two transliterations of the same Kazakh and Russian initial vowel. */
function isYeSpelling(ye: string, e: string): boolean {
  return e.startsWith('e') && ye === 'y' + e;
}

/**
 * The words of `short` that every form it may stand for holds as written or
 * one edit away (neither initials nor patronymics); none when it may stand
 * for no form.
 */
function keyWords(short: NameForm): string[] {
  return short.fullness === 0 ? [] : short.words.filter((w, k) => !w.endsWith('.') && !isPatronymicAt(short.words, k));
}

/** Word `k` of a name's lower-case words is a patronymic: one by its ending, after a given name written out. */
function isPatronymicAt(words: readonly string[], k: number): boolean {
  return k > 0 && !words[k - 1].endsWith('.') && PATRONYMIC.test(words[k]);
}

/**
 * The word and, when long enough to match fuzzily, each spelling of it with
 * one letter left out: two words one edit apart share a key (some farther
 * apart do too, so a shared key only makes a pair worth comparing).
 */
export function matchKeys(word: string): string[] {
  const keys = [word];
  if (word.length >= FUZZY_MIN) for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  const fathers = word.length >= FUZZY_MIN ? fathersNameKey(word) : undefined;
  if (fathers !== undefined) keys.push(fathers);
  return keys;
}

/** Levenshtein distance <= 1, in linear time. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Items holding name forms, by their words' match keys: for many forms, the
 * few worth comparing with one of them in `mayStandFor`, where comparing all
 * pairs would be quadratic.
 */
export class NameKeyIndex<T extends { form: NameForm }> {
  private readonly byKey = new Map<string, T[]>();

  constructor(items: Iterable<T>) {
    for (const item of items) {
      for (const word of new Set(item.form.words)) {
        for (const key of matchKeys(word)) {
          const list = this.byKey.get(key);
          if (list) list.push(item);
          else this.byKey.set(key, [item]);
        }
      }
    }
  }

  /**
   * Every item whose form `short` may stand for is among these (with repeats
   * and others): those sharing a key with the key word of `short` that the
   * fewest share, so a word common to many names (`al`) is passed over.
   */
  candidates(short: NameForm): T[] {
    let best: T[][] = [];
    let bestSize = Infinity;
    for (const word of keyWords(short)) {
      const lists = matchKeys(word).map((key) => this.byKey.get(key) ?? []);
      const size = lists.reduce((n, list) => n + list.length, 0);
      if (size < bestSize) [best, bestSize] = [lists, size];
    }
    return best.flat();
  }
}
