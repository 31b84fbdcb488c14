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
import { isJoiner, isLetter, isLower, isSpace, isUpper } from './name-chars';
import { HASH_MASK, NO_SPELLING, sameText, spellingAt, type Spelling, type WordHashes } from './name-spellings';
import { DOTTED, GAP, INITIAL, NUMBER, POSSESSIVE, PUNCT, WORD, type TokenKind, type TokenStore } from './name-token-store';

export { WordHashes } from './name-spellings';

/** Short words whose full stop belongs to them (`Mr.`, `Dr.`, `St.`). */
const DOTTED_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'capt', 'sen', 'gov', 'amb', 'adm', 'hon', 'rev', 'messrs', 'msgr', 'fr']);

/** Words whose closing apostrophe belongs to them (`Dato’`, the Malay honorific). */
const APOSTROPHE_WORDS = new Set(['dato']);

/** Adds the token `text.slice(start, end)`. */
function pushToken(text: string, start: number, end: number, kind: TokenKind, store: TokenStore, hash?: number): void {
  store.push(spellingAt(text, start, end, hash), start, end, kind, kind === WORD ? 1 : 0);
}

/** Adds the tokens of `text.slice(from, to)` (one line, no line break) to `store`, offsets into `text`. */
export function tokenizeLine(text: string, from: number, to: number, keep: WordHashes, store: TokenStore): void {
  const first = store.length;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    // Spaces are the commonest character after lower-case letters.
    if (code === 32) i++;
    else if (isLower(code)) i = scanLowerWords(text, i, to, store, keep, first);
    else if (isLetter(code)) i = scanLetters(text, i, to, store);
    else if (isDigit(code)) i = scanNumber(text, i, to, store);
    else {
      if (!isSpace(code)) pushToken(text, i, i + 1, PUNCT, store, code);
      i++;
    }
  }
}

/**
 * Lower-case words from `i` on: each its own token when kept, else part of a
 * gap. Most of a line's characters are in such stretches, so one call runs on
 * over the single spaces between their words.
 */
function scanLowerWords(text: string, i: number, to: number, store: TokenStore, keep: WordHashes, lineFirst: number): number {
  // The line's last token, when a gap, takes in the words that follow it.
  let gap = store.length > lineFirst && store.kinds[store.length - 1] === GAP ? store.length - 1 : -1;
  for (;;) {
    let j = i;
    let h = 0;
    let next = -1;
    for (; j < to; j++) {
      const c = text.charCodeAt(j);
      if (!isLetter(c)) {
        next = c;
        break;
      }
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (next === FULL_STOP && j === i + 1) {
      const end = lowerDottedEnd(text, i, to);
      if (end > i) {
        pushToken(text, i, end, DOTTED, store);
        return end;
      }
    }
    if (isJoiner(next) && j + 1 < to && isLetter(text.charCodeAt(j + 1))) return scanLetters(text, i, to, store);
    const kept = keep.spellingOf(h & HASH_MASK);
    if (kept !== undefined || j - i <= 2) {
      j = pushWord(text, i, j, to, store, h & HASH_MASK, kept);
      gap = -1;
    } else if (gap < 0) {
      gap = store.length;
      store.push(NO_SPELLING, i, j, GAP, 1);
    } else {
      store.ends[gap] = j;
      store.words[gap]++;
    }
    if (!(j + 1 < to && text.charCodeAt(j) === 32 && isLower(text.charCodeAt(j + 1)))) return j;
    i = j + 1;
  }
}

/** `a.i.`, `e.g.`: where a lower-case dotted abbreviation starting at `i` ends, or `i` when there is none. */
function lowerDottedEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j + 1 < to && isLower(text.charCodeAt(j)) && text.charCodeAt(j + 1) === FULL_STOP) j += 2;
  return j - i >= 4 && (j >= to || !isLetter(text.charCodeAt(j))) ? j : i;
}

function upperDot(text: string, i: number, to: number): boolean {
  return i + 1 < to && isUpper(text.charCodeAt(i)) && text.charCodeAt(i + 1) === FULL_STOP;
}

/** A dotted abbreviation, an initial, or a word starting at `i`; returns where it ends. */
function scanLetters(text: string, i: number, to: number, store: TokenStore): number {
  let j = i;
  let h = 0;
  for (;;) {
    for (let c = text.charCodeAt(j); j < to && isLetter(c); c = text.charCodeAt(++j)) h = (Math.imul(h, 31) + c) | 0;
    // A single capital before a full stop: an initial or the start of an abbreviation.
    if (j === i + 1 && upperDot(text, i, to)) return scanDotted(text, i, to, store) ?? pushWord(text, i, j, to, store, h & HASH_MASK);
    if (!(j + 1 < to && isJoiner(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1)))) break;
    h = (Math.imul(h, 31) + text.charCodeAt(j)) | 0;
    j++;
  }
  return pushWord(text, i, j, to, store, h & HASH_MASK);
}

/** `H.E.`, `U.S.`, or the initial `A.`, at `i`: where it ends, or nothing when the capital is a word of its own. */
function scanDotted(text: string, i: number, to: number, store: TokenStore): number | undefined {
  let j = i;
  while (upperDot(text, j, to)) j += 2;
  if (j - i >= 4) {
    pushToken(text, i, j, DOTTED, store);
    return j;
  }
  const next = i + 2 < to ? text.charCodeAt(i + 2) : -1;
  if (next === -1 || isSpace(next) || isUpper(next)) {
    pushToken(text, i, i + 2, INITIAL, store);
    return i + 2;
  }
  return undefined;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const FULL_STOP = 46;
const COMMA = 44;
const COLON = 58;

/**
 * The word `text.slice(start, end)`, whose hash is `hash`, with what belongs
 * to it; `kept` is the spelling the kept words have for that hash.
 */
function pushWord(text: string, start: number, end: number, to: number, store: TokenStore, hash: number, kept?: Spelling): number {
  const last = text.charCodeAt(end - 1);
  if (end - start > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2))) {
    pushToken(text, start, end - 2, WORD, store);
    pushToken(text, end - 2, end, POSSESSIVE, store);
    return end;
  }
  // `of`, `in`: spellingAt finds a word of two ASCII letters by its codes, without comparing texts.
  const spelling = kept !== undefined && end - start > 2 && sameText(kept.text, text, start, end) ? kept : spellingAt(text, start, end, hash);
  const next = end < to ? text.charCodeAt(end) : -1;
  const owns = isApostrophe(next) ? APOSTROPHE_WORDS : next === FULL_STOP ? DOTTED_WORDS : undefined;
  if (owns !== undefined && owns.has(spelling.lower)) {
    pushToken(text, start, end + 1, WORD, store);
    return end + 1;
  }
  store.push(spelling, start, end, WORD, 1);
  return end;
}

function isApostrophe(code: number): boolean {
  return code === RIGHT_QUOTE || code === APOSTROPHE;
}

/** Digits, with inner `.`, `,` or `:` between digits (`1,500`, `15:00`). */
function scanNumber(text: string, i: number, to: number, store: TokenStore): number {
  let j = i;
  for (;;) {
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    const sep = text.charCodeAt(j);
    if ((sep === FULL_STOP || sep === COMMA || sep === COLON) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) j++;
    else break;
  }
  pushToken(text, i, j, NUMBER, store);
  return j;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
