/**
 * Splits one line of an article into the tokens the official finder reasons
 * about: words (letters with inner hyphens and apostrophes), initials (`A.`,
 * the `M.` of `M.Al-Maaytah`), dotted abbreviations (`H.E.`, `U.S.`),
 * possessive endings, numbers and single punctuation marks.
 */

export type TokenKind = 'word' | 'initial' | 'dotted' | 'possessive' | 'number' | 'punct';

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
}

// Alternatives in order: dotted abbreviation, initial (followed by a space, a
// capital or the end), word, number, any other single character.
const TOKEN = /(\p{Lu}\.(?:\p{Lu}\.)+)|(\p{Lu}\.)(?=\s|\p{Lu}|$)|([\p{L}\p{M}]+(?:[-‑‐'’][\p{L}\p{M}]+)*)|(\d+(?:[.,:]\d+)*)|(\S)/gu;
const POSSESSIVE_END = /['’]s$/u;
const LOWER_LETTER = /\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
/** Short words whose full stop belongs to them (`Mr.`, `Dr.`, `St.`). */
const DOTTED_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'capt', 'sen', 'gov', 'amb', 'adm', 'hon', 'rev', 'messrs']);

function makeToken(text: string, start: number, kind: TokenKind): Token {
  const letters = kind === 'word' || kind === 'dotted';
  return {
    text,
    start,
    end: start + text.length,
    kind,
    lower: text.toLowerCase(),
    upper: UPPER_START.test(text),
    allCaps: letters && text.length >= 2 && !LOWER_LETTER.test(text),
  };
}

/** Tokens of `text.slice(from, to)` (one line, no line break), offsets into `text`. */
export function tokenizeLine(text: string, from: number, to: number): Token[] {
  const line = text.slice(from, to);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m !== null; m = TOKEN.exec(line)) {
    const start = from + m.index;
    if (m[1] !== undefined) tokens.push(makeToken(m[1], start, 'dotted'));
    else if (m[2] !== undefined) tokens.push(makeToken(m[2], start, 'initial'));
    else if (m[3] !== undefined) pushWord(tokens, m[3], start, line, m.index);
    else if (m[4] !== undefined) tokens.push(makeToken(m[4], start, 'number'));
    else tokens.push(makeToken(m[0], start, 'punct'));
  }
  return tokens;
}

function pushWord(tokens: Token[], word: string, start: number, line: string, at: number): void {
  if (word.length > 2 && POSSESSIVE_END.test(word)) {
    tokens.push(makeToken(word.slice(0, -2), start, 'word'));
    tokens.push(makeToken(word.slice(-2), start + word.length - 2, 'possessive'));
    return;
  }
  if (line[at + word.length] === '.' && DOTTED_WORDS.has(word.toLowerCase())) {
    tokens.push(makeToken(word + '.', start, 'word'));
    TOKEN.lastIndex++;
    return;
  }
  tokens.push(makeToken(word, start, 'word'));
}

/** Whether `b` directly follows `a` in one name: one space between, or none after an initial. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start === a.end) return a.kind === 'initial' || a.kind === 'dotted';
  return b.start === a.end + 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0');
}
