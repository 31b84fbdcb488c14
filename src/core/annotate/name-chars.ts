/**
 * Character tests for the name tokenizer. Regexes with Unicode property
 * escapes run at a few MB/s in V8, so ASCII is tested by code and any other
 * character once, then remembered.
 */

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const seen = new Map<number, number>();
const IS_LETTER = 1;
const IS_UPPER = 2;
const IS_LOWER = 4;

/** Flags of a character outside ASCII. */
function flags(code: number): number {
  let f = seen.get(code);
  if (f === undefined) {
    const ch = String.fromCharCode(code);
    f = (LETTER.test(ch) ? IS_LETTER : 0) | (UPPER.test(ch) ? IS_UPPER : 0) | (LOWER.test(ch) ? IS_LOWER : 0);
    seen.set(code, f);
  }
  return f;
}

/** A letter or combining mark (UTF-16 code unit; astral letters do not occur in names here). */
export function isLetter(code: number): boolean {
  if (code < 128) return ((code | 32) - 97) >>> 0 < 26;
  return (flags(code) & IS_LETTER) !== 0;
}

export function isUpper(code: number): boolean {
  if (code < 128) return (code - 65) >>> 0 < 26;
  return (flags(code) & IS_UPPER) !== 0;
}

export function isLower(code: number): boolean {
  if (code < 128) return (code - 97) >>> 0 < 26;
  return (flags(code) & IS_LOWER) !== 0;
}

/**
 * Double quotation marks and guillemets that open and that close a quotation
 * (`“` closes one in German typography; `"` does both).
 */
export const OPENING_DOUBLE_QUOTES: ReadonlySet<string> = new Set(['“', '«', '„', '"']);
export const CLOSING_DOUBLE_QUOTES: ReadonlySet<string> = new Set(['”', '»', '"', '“']);

/** Hyphens and apostrophes that join the parts of one word (`Kassym-Jomart`, `O’Brien`; Uzbek `o‘g‘li`, `Oʻzbekiston`). */
export function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 0x2018 || code === 0x02bb || code === 0x2010 || code === 0x2011;
}

export function startsUpper(s: string): boolean {
  return s.length > 0 && isUpper(s.charCodeAt(0));
}

export function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isUpper(s.charCodeAt(i))) return true;
  return false;
}

export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLower(s.charCodeAt(i))) return true;
  return false;
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000;
}

const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;

/** Letters that no decomposition takes to a base letter, and the one English spellings write for them (`Məmmədov`, `Kərimli`, `Søreide`). */
const OWN_LETTERS: Readonly<Record<string, string>> = { ə: 'a', Ə: 'A', ı: 'i', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L' };
const OWN_LETTER = new RegExp(`[${Object.keys(OWN_LETTERS).join('')}]`, 'g');

/** `erdoğan` → `erdogan`, `məmmədov` → `mammadov`: a word without its diacritics, so that spellings with and without them meet. */
export function withoutDiacritics(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(MARKS, '').replace(OWN_LETTER, (c) => OWN_LETTERS[c]) : word;
}
