/**
 * Splits one line of an article into the tokens the official finder reasons
 * about: words (letters with inner hyphens and apostrophes), initials (`A.`,
 * the `M.` of `M.Al-Maaytah`), dotted abbreviations (`H.E.`, `U.S.`),
 * possessive endings, numbers and single punctuation marks. A hand-written
 * scanner: linear, one pass, no Unicode-property regex on the hot path.
 *
 * Most words of an article are ordinary lower-case words that matter only as
 * breaks between names; a stretch of them becomes one `gap` token, without
 * copying its text. Lower-case words the finder looks at (connectors,
 * particles, titles: `keep`, by hash) stay tokens of their own.
 */
import { hasLower, hasUpper, isJoiner, isLetter, isLower, isSpace, isUpper, startsUpper } from './name-chars';

export type TokenKind = 'word' | 'initial' | 'dotted' | 'possessive' | 'number' | 'punct' | 'gap';

export interface Token {
  text: string;
  /** Offsets into the text the line was cut from. */
  start: number;
  end: number;
  kind: TokenKind;
  lower: string;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Two or more letters and none in lower case (`KAZINFORM`, `TOKAYEV`). */
  allCaps: boolean;
  /** How many words the token stands for: 1 for a word, the stretch's length for a gap, 0 otherwise. */
  words: number;
}

/** The hash `keep` sets hold: of a lower-case word, computed while scanning it. */
export function wordHash(word: string): number {
  return hashOf(word, 0, word.length);
}

/**
 * Hashes are cut to 30 bits: V8 keeps such a number unboxed (a small
 * integer), where a full 32-bit one would cost an allocation per look-up.
 */
const HASH_MASK = 0x3fffffff;

/** The hash of `text.slice(start, end)`, without slicing. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h & HASH_MASK;
}

/** Short words whose full stop belongs to them (`Mr.`, `Dr.`, `St.`). */
const DOTTED_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'capt', 'sen', 'gov', 'amb', 'adm', 'hon', 'rev', 'messrs', 'msgr', 'fr']);

/** Words whose closing apostrophe belongs to them (`Dato’`, the Malay honorific). */
const APOSTROPHE_WORDS = new Set(['dato']);

/** What a token's characters imply, worked out once per distinct spelling. */
interface Spelling {
  text: string;
  lower: string;
  upper: boolean;
  /** Two or more letters and none in lower case. */
  capitals: boolean;
}

/**
 * Spellings seen before, by a hash of their characters. Names, titles and
 * connectors repeat throughout a bulletin: one shared string per spelling
 * saves a slice and a lower-casing per token, and every later Set or Map
 * look-up reuses the hash V8 caches in that string. Entries are checked
 * against the text, so a hash collision only costs a fresh entry. Only short
 * spellings are kept: V8 copies a short slice, whereas a long one would keep
 * the whole bulletin it was cut from alive in this table.
 */
const spellings = new Map<number, Spelling>();
const MAX_SPELLINGS = 1 << 16;
const MAX_SPELLING_LENGTH = 12;

function spellingAt(text: string, start: number, end: number): Spelling {
  const h = hashOf(text, start, end);
  const known = spellings.get(h);
  if (known !== undefined && known.text.length === end - start && text.startsWith(known.text, start)) return known;
  const spelling = newSpelling(text.slice(start, end));
  if (end - start <= MAX_SPELLING_LENGTH) {
    if (spellings.size >= MAX_SPELLINGS) spellings.clear();
    spellings.set(h, spelling);
  }
  return spelling;
}

/** Whether `token.text` is a short copy, not a view into the bulletin: safe to key a long-lived memo with. */
export function hasSharedText(token: Token): boolean {
  return token.text.length <= MAX_SPELLING_LENGTH;
}

function newSpelling(text: string): Spelling {
  const upper = startsUpper(text);
  return { text, lower: upper || hasUpper(text) ? text.toLowerCase() : text, upper, capitals: upper && text.length >= 2 && !hasLower(text) };
}

/** The token `text.slice(start, end)`. */
function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const s = spellingAt(text, start, end);
  return {
    text: s.text,
    start,
    end,
    kind,
    lower: s.lower,
    upper: s.upper,
    allCaps: s.capitals && (kind === 'word' || kind === 'dotted'),
    words: kind === 'word' ? 1 : 0,
  };
}

/** Tokens of `text.slice(from, to)` (one line, no line break), offsets into `text`. */
export function tokenizeLine(text: string, from: number, to: number, keep: ReadonlySet<number>): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isLower(code)) i = scanLowerWord(text, i, to, tokens, keep);
    else if (isLetter(code)) i = scanLetters(text, i, to, tokens);
    else if (code >= 48 && code <= 57) i = scanNumber(text, i, to, tokens);
    else {
      if (!isSpace(code)) tokens.push(makeToken(text, i, i + 1, 'punct'));
      i++;
    }
  }
  return tokens;
}

/** A word starting in lower case: its own token when kept, else part of a gap. */
function scanLowerWord(text: string, i: number, to: number, tokens: Token[], keep: ReadonlySet<number>): number {
  if (text[i + 1] === '.') {
    const end = lowerDottedEnd(text, i, to);
    if (end > i) {
      tokens.push(makeToken(text, i, end, 'dotted'));
      return end;
    }
  }
  let j = i;
  let h = 0;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (!isLetter(c)) break;
    h = (Math.imul(h, 31) + c) | 0;
    j++;
  }
  const joined = j + 1 < to && isJoiner(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1));
  if (joined) return scanLetters(text, i, to, tokens);
  if (j - i <= 2 || keep.has(h & HASH_MASK)) return pushWord(text, i, j, to, tokens);
  const prev = tokens[tokens.length - 1];
  if (prev !== undefined && prev.kind === 'gap') {
    prev.end = j;
    prev.words++;
  } else {
    tokens.push({ text: '', start: i, end: j, kind: 'gap', lower: '', upper: false, allCaps: false, words: 1 });
  }
  return j;
}

/** `a.i.`, `e.g.`: where a lower-case dotted abbreviation starting at `i` ends, or `i` when there is none. */
function lowerDottedEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j + 1 < to && isLower(text.charCodeAt(j)) && text[j + 1] === '.') j += 2;
  return j - i >= 4 && (j >= to || !isLetter(text.charCodeAt(j))) ? j : i;
}

function upperDot(text: string, i: number, to: number): boolean {
  return i + 1 < to && isUpper(text.charCodeAt(i)) && text[i + 1] === '.';
}

/** A dotted abbreviation, an initial, or a word starting at `i`; returns where it ends. */
function scanLetters(text: string, i: number, to: number, tokens: Token[]): number {
  if (upperDot(text, i, to)) {
    let j = i;
    while (upperDot(text, j, to)) j += 2;
    if (j - i >= 4) {
      tokens.push(makeToken(text, i, j, 'dotted'));
      return j;
    }
    const next = i + 2 < to ? text.charCodeAt(i + 2) : -1;
    if (next === -1 || isSpace(next) || isUpper(next)) {
      tokens.push(makeToken(text, i, i + 2, 'initial'));
      return i + 2;
    }
  }
  let j = i;
  for (;;) {
    while (j < to && isLetter(text.charCodeAt(j))) j++;
    if (j + 1 < to && isJoiner(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return pushWord(text, i, j, to, tokens);
}

function pushWord(text: string, start: number, end: number, to: number, tokens: Token[]): number {
  const last = end - 1;
  if (end - start > 2 && (text[last] === 's' || text[last] === 'S') && (text[last - 1] === '’' || text[last - 1] === "'")) {
    tokens.push(makeToken(text, start, end - 2, 'word'));
    tokens.push(makeToken(text, end - 2, end, 'possessive'));
    return end;
  }
  if (end < to && (text[end] === '’' || text[end] === "'") && APOSTROPHE_WORDS.has(spellingAt(text, start, end).lower)) {
    tokens.push(makeToken(text, start, end + 1, 'word'));
    return end + 1;
  }
  if (end < to && text[end] === '.' && DOTTED_WORDS.has(spellingAt(text, start, end).lower)) {
    tokens.push(makeToken(text, start, end + 1, 'word'));
    return end + 1;
  }
  tokens.push(makeToken(text, start, end, 'word'));
  return end;
}

function scanNumber(text: string, i: number, to: number, tokens: Token[]): number {
  let j = i;
  for (;;) {
    while (j < to && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const sep = text[j];
    const digitNext = j + 1 < to && text.charCodeAt(j + 1) >= 48 && text.charCodeAt(j + 1) <= 57;
    if ((sep === '.' || sep === ',' || sep === ':') && digitNext) j++;
    else break;
  }
  tokens.push(makeToken(text, i, j, 'number'));
  return j;
}

/** Whether `b` directly follows `a` in one name: one space between, or none after an initial. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start === a.end) return a.kind === 'initial' || a.kind === 'dotted';
  return b.start === a.end + 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0');
}
