/**
 * Within-bulletin coreference of officials (guide §2 `normalized`): every
 * official mention gets the fullest form of the same person in the bulletin.
 *
 * Rules: a form stands for a fuller one when its words match the fuller
 * one's in order, as the same word or an initial (`D. Mussayev` -> `Danat
 * Mussayev`, `Wang` -> `Wang Yi`, `Kallas` -> `Kaja Kallas`). Within one
 * article a word one edit away also matches (`Isetov` ~ `Issetov`), and a
 * patronymic may stand with the given name (`Sergey Viktorovich` ~ `Sergey
 * Lavrov`). Across articles a spelling variant counts only in a form of two or
 * more words (`Nursultan Nazarbaev` ~ `Nursultan Nazarbayev`): one word
 * (`Kalla`, `Kallas`) may well name another person. The same article is
 * searched first, then the bulletin, so an ambiguous surname goes to the
 * person of its own article. Ties go to the form written first; a word in
 * capitals takes the bulletin's normal-case spelling (`TOKAYEV` -> `Tokayev`).
 *
 * `role` is left as each mention has it: the guide defines it as the title
 * written with that mention, so it is not copied between mentions.
 *
 * Cost: each article compares its own few forms; the bulletin-wide step
 * compares distinct spellings that share a word (found through an index),
 * once per spelling, so a bulletin of thousands of articles stays linear.
 */
import type { EntityType, Mention } from '../types';
import { FAMILY, isHyphenPiece, LINEAGE, mayStandFor, nameForm, NameKeyIndex, NAME_WORD, NUMERAL, type NameForm } from './name-match';
import { runNow, SliceBudget, type Steps } from '../steps';
import { REGNAL_NUMERAL } from '../data/name-particles';

/** A distinct spelling, numbered in the order the bulletin first writes it. */
interface Spelling {
  form: NameForm;
  order: number;
  /** Whether no word but initials is in capitals, worked out on first need. */
  normalCase?: boolean;
  /** How many of its words are particles in lower case, worked out on first need. */
  lowerParticles?: number;
  /** A monarch's one word (`King Abdullah`), spelt apart from the same word written without the title. */
  monarch?: boolean;
  /** The monarchs' titles its mentions hold (`King` of `His Majesty King Abdullah II of Jordan`). */
  crowns?: Set<string>;
  /** Written alone with a pontiff's title (`Pope Francis`). */
  pontiff?: boolean;
  /** Written alone with a ruler's or a royal's title (`Crown Princess Victoria`). */
  royal?: boolean;
  /** Written with a ruler's or a royal's title in its role (`King Abdullah II`, `Crown Prince Al Hussein bin Abdullah II`). */
  crowned?: boolean;
}

/** A monarch's title in a role (`King`, `the King of Malaysia`, `Amir of the State of Qatar`). */
const MONARCHS_TITLE = /(?:^|\s)(King|Queen|Sultan|Emir|Amir|Emperor|Empress|Pope|Patriarch|Catholicos|Metropolitan)(?:\s|$)/;
/** Keys a monarch's one word apart from the same text in the spellings' map. */
const MONARCH_KEY = '\u0001';

const LOWER = /\p{Ll}/u;

/** Sets each official mention's `normalized` to its fullest form in the bulletin, in place. */
export function linkOfficials(articles: Mention[][]): void {
  officialNames(articles).forEach((names, i) => names.forEach((name, j) => {
    if (name !== undefined) articles[i][j].normalized = name;
  }));
}

/** One article's mentions as a list, or as a table that tells each one's type and text (as the analyzer's cache keeps them). */
export type ArticleMentions = readonly Mention[] | MentionTexts;

export interface MentionTexts {
  readonly length: number;
  type(i: number): EntityType;
  text(i: number): string;
  role(i: number): string | undefined;
}

/**
 * Each official mention's fullest form in the bulletin, aligned with
 * `articles` (undefined for the other types); the mentions stay untouched, so
 * a caller may pass cached ones.
 */
export function officialNames(articles: readonly ArticleMentions[]): (string | undefined)[][] {
  return runNow(officialNameSteps(articles));
}

/** Articles, or mentions in them, handled between two yields of `officialNameSteps`. */
const ARTICLES_PER_STEP = 200;
const MENTIONS_PER_STEP = 5000;

/** `officialNames` as steps, yielding every few hundred articles (see `Steps`). */
export function* officialNameSteps(articles: readonly ArticleMentions[]): Steps<(string | undefined)[][]> {
  const spellings = new Map<string, Spelling>();
  // Each mention's spelling, found once: looking a text up hashes and compares it.
  const spelled: (Spelling | undefined)[][] = [];
  const gathering = new SliceBudget(ARTICLES_PER_STEP, MENTIONS_PER_STEP);
  for (const mentions of articles) {
    spelled.push(officialSpellings(mentions, spellings));
    if (gathering.spend(mentions.length)) yield;
  }
  const sharingWord = globalCandidates(spellings);
  const normalCase = normalCaseSpellings(spellings);
  const global = new Map<Spelling, string>();
  const resolveGlobally = (s: Spelling): string => {
    let text = global.get(s);
    if (text === undefined) {
      text = withNormalCase(fullest(s, sharingWord(s), s.form.fullness >= 2).form.text, normalCase);
      global.set(s, text);
    }
    return text;
  };
  const names: (string | undefined)[][] = [];
  const naming = new SliceBudget(ARTICLES_PER_STEP, MENTIONS_PER_STEP);
  for (const own of spelled) {
    names.push(articleNames(own, resolveGlobally));
    if (naming.spend(own.length)) yield;
  }
  return names;
}

/** The spelling of each official mention (undefined for the other types). */
function officialSpellings(mentions: ArticleMentions, spellings: Map<string, Spelling>): (Spelling | undefined)[] {
  if (isList(mentions)) return mentions.map((m) => (m.type === 'official' ? titledSpelling(m.text, m.role, spellings) : undefined));
  const spelled: (Spelling | undefined)[] = new Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) spelled[i] = mentions.type(i) === 'official' ? titledSpelling(mentions.text(i), mentions.role(i), spellings) : undefined;
  return spelled;
}

/** The spelling of a mention with its role: a monarch's one word is a spelling of its own (see `reignsAs`). */
function titledSpelling(text: string, role: string | undefined, spellings: Map<string, Spelling>): Spelling {
  const crown = role === undefined ? undefined : MONARCHS_TITLE.exec(role)?.[1];
  const monarch = crown !== undefined && !text.includes(' ');
  const s = spellingOf(text, spellings, monarch ? MONARCH_KEY : '');
  if (monarch) s.monarch = true;
  if (crown !== undefined) (s.crowns ??= new Set()).add(crown);
  if (monarch && PONTIFFS_ROLE.test(role!)) s.pontiff = true;
  if (role !== undefined && !text.includes(' ') && ROYALS_ROLE.test(role)) s.royal = true;
  if (crown !== undefined || (role !== undefined && ROYALS_TITLE.test(role))) s.crowned = true;
  return s;
}

export function isList(mentions: ArticleMentions): mentions is readonly Mention[] {
  return Array.isArray(mentions);
}

/** The spelling of `text` (under `prefix`), numbered and added when new. */
function spellingOf(text: string, spellings: Map<string, Spelling>, prefix: string): Spelling {
  const key = prefix + text;
  let s = spellings.get(key);
  if (s === undefined) {
    s = { form: nameForm(text), order: spellings.size };
    spellings.set(key, s);
  }
  return s;
}

/** One article's names, from its mentions' spellings: each goes first to the fullest form of its own article, then of the bulletin. */
function articleNames(own: readonly (Spelling | undefined)[], resolveGlobally: (s: Spelling) => string): (string | undefined)[] {
  const local = new Set<Spelling>();
  for (const s of own) if (s) local.add(s);
  const nearby = localCandidates([...local]);
  // An article writes a name a few times: each spelling is resolved once.
  const resolved = new Map<Spelling, string>();
  return own.map((s) => {
    if (!s) return undefined;
    let name = resolved.get(s);
    if (name === undefined) {
      name = resolveGlobally(fullest(s, nearby(s), true));
      resolved.set(s, name);
    }
    return name;
  });
}

/**
 * Above this many spellings to compare, those that share a match key are
 * found through an index: comparing each with all would be quadratic.
 */
const SCAN_LIMIT = 32;

/** The article's spellings worth comparing with one of them: all, or in a long list those sharing a match key. */
function localCandidates(local: readonly Spelling[]): (s: Spelling) => readonly Spelling[] {
  if (local.length <= SCAN_LIMIT) return () => local;
  const index = new NameKeyIndex(local);
  return (s) => index.candidates(s.form);
}

/**
 * The fullest spelling among `candidates` that `from` may stand for (itself
 * included); ties go to the first written, so the order of `candidates` does
 * not matter. With `fuzzy`, a full name spelt as written comes before one a
 * letter away: `Mohamed` stands for the `Mohamed bin Zayed Al Nahyan` of its
 * article, not for another man's `Mohammed`.
 */
function fullest(from: Spelling, candidates: readonly Spelling[], fuzzy: boolean): Spelling {
  if (from.monarch) candidates = reignsAs(from, candidates);
  if (from.royal) candidates = royalsNames(from, candidates);
  const exact = fullestOf(from, candidates, false);
  if (!fuzzy || (exact.form.fullness >= 2 && exact !== from)) return exact;
  // (`Valiyev` is the `E. Valiyev` of its article, not another man's `Aidos Ualiyev` that the initial rules out.)
  const near = fullestOf(from, candidates, true);
  return exact !== from && near !== exact && !mayStandFor(exact.form, near.form, true) ? exact : near;
}

/**
 * A monarch's one word stands for a name written with the same monarch's title where one holds it (`King Abdullah` is
 * `Abdullah II`, not `Abdullah bin Zayed` nor `Queen Rania Al Abdullah`; `King Sihamoni` is `Norodom Sihamoni`), else for
 * a name it opens (`Sultan Ibrahim` is not `Anwar Ibrahim`), and a pontiff's only for his own with a regnal numeral.
 */
function reignsAs(from: Spelling, candidates: readonly Spelling[]): readonly Spelling[] {
  const word = from.form.words[0];
  const crowned = candidates.filter((c) => c !== from && c.form.words.includes(word) && sharesCrown(from, c));
  if (crowned.length > 0) return [from, ...crowned];
  // (A pontiff's name is his alone, or his with a regnal numeral: `Pope Francis` is no `Archbishop Francis Lewandowski`;
  // `Patriarch Tawadros` is `Tawadros II`.)
  if (from.pontiff) return candidates.filter((c) => c === from || (c.form.words[0] === word && c.form.words.length === 2 && NUMERAL.test(c.form.words[1])));
  return candidates.filter((c) => c === from || c.form.words[0] === word);
}

/**
 * A ruler's or a royal's one name, whose role opens with the title, stands only for a name written with such a title,
 * with a numeral or a lineage after the word or with a dynasty's Arabic article (`Crown Princess Victoria` is no
 * `Ambassador Victoria Lima Sobral`, `King Philippe` no cyclist `Philippe Gilbert`, `Prince William` no `William Ruto`;
 * `King Salman` may be `Salman bin Abdulaziz Al Saud`, `Prince Feisal` `Feisal Al Hussein`, `Queen Rania` `Rania Al
 * Abdullah`).
 */
function royalsNames(from: Spelling, candidates: readonly Spelling[]): readonly Spelling[] {
  return candidates.filter((c) => c === from || c.crowned || reignsBy(c.form.words[1] ?? '') || c.form.words.some(isDynastysWord));
}

/** `Al Thani`, `Al-Sabah`: a word of a dynasty's name after its Arabic article. */
function isDynastysWord(word: string): boolean {
  return FAMILY.has(word) || FAMILY.has(word.split('-')[0]);
}

/** A word after a ruler's name: a regnal numeral or a lineage's particle. */
function reignsBy(word: string): boolean {
  return NUMERAL.test(word) || LINEAGE.has(word);
}

/**
 * A pontiff's or a metropolitan's role opens with his title (`Pope`, `Catholicos-Patriarch of All Georgia`; a metropolitan
 * goes by his one monastic name); not `Adviser to the Pope`.
 */
const PONTIFFS_ROLE = /^(?:Pope|Patriarch|Catholicos|Metropolitan)\b/;
/** A ruler's or a royal's role opens with the title (`Crown Princess`, `King of Jordan`; not `Adviser to the King`). */
const ROYALS_ROLE = /^(?:Crown )?(?:King|Queen|Prince|Princess|Sultan|Emir|Amir|Emperor|Empress)\b/;
/** A royal's title anywhere in a role (`Crown Princess`, `Duchess of Västergötland`; not `Director of the Royal Library`). */
const ROYALS_TITLE = /\b(?:Prince|Princess|Duke|Duchess|Sheikh|Sheikha)\b/;

function sharesCrown(from: Spelling, c: Spelling): boolean {
  if (c.crowns === undefined) return false;
  for (const crown of from.crowns ?? []) if (c.crowns.has(crown)) return true;
  return false;
}

function fullestOf(from: Spelling, candidates: readonly Spelling[], fuzzy: boolean): Spelling {
  let best = from;
  // `Stubb` is `Alexander Stubb` rather than `Suzanne Innes-Stubb`: a name that holds the word whole goes before a fuller
  // one that holds it only as a piece of a hyphenated word.
  let bestIsPiece = false;
  // Indexed, not `for…of`: the loop then needs no iterator.
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // Whether `c` would beat the best so far is cheaper to ask than whether `from` may stand for it.
    const fuller = c.form.fullness > best.form.fullness || (c.form.fullness === best.form.fullness && fullerOrFirst(c, best));
    const piece = isHyphenPiece(from.form, c.form);
    const better = piece ? fuller && (bestIsPiece || best === from) : fuller || (bestIsPiece && c.form.fullness > from.form.fullness);
    if (better && mayStandFor(from.form, c.form, fuzzy)) {
      best = c;
      bestIsPiece = piece;
    }
  }
  return best;
}

/**
 * Between two forms as full: the one with a patronymic (`Maria Vladimirovna Zakharova`), else the
 * one with more initials (`Feridun H. Sinirlioğlu`), else one written in normal case (`Shigeru Ishiba`
 * rather than `ISHIBA Shigeru`, whose order the capitals mark), else the one with more particles in lower
 * case (`Luis de la Fuente` rather than a title-case headline's `Luis De La Fuente`), else the first written.
 */
function fullerOrFirst(c: Spelling, best: Spelling): boolean {
  if (c.form.patronymics !== best.form.patronymics) return c.form.patronymics > best.form.patronymics;
  if (c.form.words.length !== best.form.words.length) return c.form.words.length > best.form.words.length;
  const cased = inNormalCase(c);
  if (cased !== inNormalCase(best)) return cased;
  // (Only between spellings of the same letters: `Abdullah Bin Zayed` written first stays before `Abdulla bin Zayed`.)
  const [lower, bestLower] = [lowerParticles(c), lowerParticles(best)];
  return lower !== bestLower && sameLetters(c.form.text, best.form.text) ? lower > bestLower : c.order < best.order;
}

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && a.toLowerCase() === b.toLowerCase();
}

/** How many of a name's words are particles in lower case (`de`, `la`, `bin`; not a glued `al-`). */
function lowerParticles(s: Spelling): number {
  s.lowerParticles ??= (s.form.text.match(LOWER_PARTICLE) ?? []).length;
  return s.lowerParticles;
}

const LOWER_PARTICLE = /(?<!\S)\p{Ll}+(?!\S)/gu;

function inNormalCase(s: Spelling): boolean {
  s.normalCase ??= (s.form.text.match(NAME_WORD) ?? []).every((w, k) => !inCapitals(w, k === 0));
  return s.normalCase;
}

/**
 * The bulletin's spellings a spelling is compared with: those sharing a word
 * with it. When a word is common to many (`al`), only those among them that
 * also share a match key are, found through an index built on first need.
 */
function globalCandidates(spellings: Map<string, Spelling>): (s: Spelling) => Spelling[] {
  const byWord = new Map<string, Spelling[]>();
  for (const s of spellings.values()) {
    for (const w of new Set(s.form.words)) {
      const list = byWord.get(w);
      if (list) list.push(s);
      else byWord.set(w, [s]);
    }
  }
  let keys: NameKeyIndex<Spelling> | undefined;
  return (s) => {
    const lists = s.form.words.map((w) => byWord.get(w) ?? []);
    if (lists.every((list) => list.length <= SCAN_LIMIT)) return lists.flat();
    keys ??= new NameKeyIndex(spellings.values());
    return keys.candidates(s.form).filter((c) => c.form.words.some((w) => s.form.words.includes(w)));
  };
}

/** Lower-case word -> its first spelling in the bulletin that is not all capitals. */
function normalCaseSpellings(spellings: Map<string, Spelling>): Map<string, string> {
  const spelling = new Map<string, string>();
  for (const text of spellings.keys()) {
    for (const w of text.match(NAME_WORD) ?? []) {
      const key = w.toLowerCase();
      if (LOWER.test(w) && !spelling.has(key)) spelling.set(key, w);
    }
  }
  return spelling;
}

/** The name with the bulletin's normal-case spelling of words in capitals, and plain spaces (`Murat\u00A0Nurtleu`). */
function withNormalCase(text: string, spelling: Map<string, string>): string {
  return text.replace(NAME_WORD, (w, at: number) => (inCapitals(w, at === 0) ? spelling.get(w.toLowerCase()) ?? w : w)).replace(NO_BREAK_SPACES, ' ');
}

/**
 * A name's word in capitals: two letters or more, none small, and no regnal numeral after the opening word (`LI` of `LI
 * Mingyuan`, `XI` of `XI Jinping`; not `III` of `Charles III`).
 */
function inCapitals(w: string, opening: boolean): boolean {
  return w.length > 1 && !LOWER.test(w) && (opening || !REGNAL_NUMERAL.test(w));
}

const NO_BREAK_SPACES = /[\u00A0\u202F]/g;
