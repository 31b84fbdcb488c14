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

/**
 * Lower-case words by their hash, computed while scanning them. Most words
 * of an article are in no such set: a bitmap of the hashes' low bits turns
 * them away before a Set look-up.
 */
export class WordHashes {
  private readonly bits = new Uint32Array(BITMAP_BITS / 32);
  private readonly hashes = new Set<number>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const h = hashOf(word, 0, word.length);
      this.hashes.add(h);
      this.bits[(h & (BITMAP_BITS - 1)) >>> 5] |= 1 << (h & 31);
    }
  }

  has(hash: number): boolean {
    return (this.bits[(hash & (BITMAP_BITS - 1)) >>> 5] & (1 << (hash & 31))) !== 0 && this.hashes.has(hash);
  }
}

const BITMAP_BITS = 1 << 16;

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

function spellingAt(text: string, start: number, end: number, hash = hashOf(text, start, end)): Spelling {
  if (end - start > MAX_SPELLING_LENGTH) return newSpelling(text.slice(start, end));
  const known = spellings.get(hash);
  if (known !== undefined && sameText(known.text, text, start, end)) return known;
  const spelling = newSpelling(text.slice(start, end));
  if (spellings.size >= MAX_SPELLINGS) spellings.clear();
  spellings.set(hash, spelling);
  return spelling;
}

/** Whether `short` is `text.slice(start, end)`; a loop beats `startsWith` on a dozen characters. */
function sameText(short: string, text: string, start: number, end: number): boolean {
  if (short.length !== end - start) return false;
  for (let k = 0; k < short.length; k++) if (short.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
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
function makeToken(text: string, start: number, end: number, kind: TokenKind, hash?: number): Token {
  const s = spellingAt(text, start, end, hash);
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
export function tokenizeLine(text: string, from: number, to: number, keep: WordHashes): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    // Spaces are the commonest character after lower-case letters.
    if (code === 32) i++;
    else if (isLower(code)) i = scanLowerWord(text, i, to, tokens, keep);
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
function scanLowerWord(text: string, i: number, to: number, tokens: Token[], keep: WordHashes): number {
  if (text.charCodeAt(i + 1) === FULL_STOP) {
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
  if (j - i <= 2 || keep.has(h & HASH_MASK)) return pushWord(text, i, j, to, tokens, h & HASH_MASK);
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
  let h = 0;
  for (;;) {
    for (let c = text.charCodeAt(j); j < to && isLetter(c); c = text.charCodeAt(++j)) h = (Math.imul(h, 31) + c) | 0;
    if (!(j + 1 < to && isJoiner(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1)))) break;
    h = (Math.imul(h, 31) + text.charCodeAt(j)) | 0;
    j++;
  }
  return pushWord(text, i, j, to, tokens, h & HASH_MASK);
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const FULL_STOP = 46;

/** The word `text.slice(start, end)`, whose hash is `hash`, with what belongs to it. */
function pushWord(text: string, start: number, end: number, to: number, tokens: Token[], hash: number): number {
  const last = text.charCodeAt(end - 1);
  if (end - start > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2))) {
    tokens.push(makeToken(text, start, end - 2, 'word'));
    tokens.push(makeToken(text, end - 2, end, 'possessive'));
    return end;
  }
  const next = end < to ? text.charCodeAt(end) : -1;
  const owns = isApostrophe(next) ? APOSTROPHE_WORDS : next === FULL_STOP ? DOTTED_WORDS : undefined;
  if (owns !== undefined && owns.has(spellingAt(text, start, end, hash).lower)) {
    tokens.push(makeToken(text, start, end + 1, 'word'));
    return end + 1;
  }
  tokens.push(makeToken(text, start, end, 'word', hash));
  return end;
}

function isApostrophe(code: number): boolean {
  return code === RIGHT_QUOTE || code === APOSTROPHE;
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
