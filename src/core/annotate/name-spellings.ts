/**
 * What a token's characters imply (its lower case, whether it is
 * capitalised or in capitals), worked out once per distinct spelling and
 * shared by every token written that way. Names, titles and connectors
 * repeat throughout a bulletin: one shared string per spelling saves a slice
 * and a lower-casing per token, and every later Set or Map look-up reuses the
 * hash V8 caches in that string.
 */
import { hasLower, hasUpper, isUpper, startsUpper } from './name-chars';
import type { Spelled } from './name-lexicon';

export interface Spelling {
  readonly text: string;
  readonly lower: string;
  readonly upper: boolean;
  /** Two or more letters and none in lower case. */
  readonly capitals: boolean;
  /**
   * The class a name lexicon (`classedBy`) gave the word spelt so: kept here,
   * a field read per token costs less than a look-up by text.
   */
  classed: Spelled | undefined;
  classedBy: object | undefined;
}

/**
 * Hashes are cut to 30 bits: V8 keeps such a number unboxed (a small
 * integer), where a full 32-bit one would cost an allocation per look-up.
 */
export const HASH_MASK = 0x3fffffff;

/** The hash of `text.slice(start, end)`, without slicing; a scanner may compute it on the way, character by character. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h & HASH_MASK;
}

/**
 * V8 copies a slice this short, whereas a longer one is a view that would
 * keep the whole bulletin it was cut from alive in the table.
 */
const COPIED_SLICE_LENGTH = 12;


/** Read by isGluedParticle, which the table of single characters below already calls. */
const LETTER_D = 0x64;
/** The vowels of `de`, `di`, `da`, `du`. */
const GLUED_VOWELS: ReadonlySet<number> = new Set([0x65, 0x69, 0x61, 0x75]);

/** Longer spellings (rare) are not shared: each token gets its own. */
const MAX_SPELLING_LENGTH = 2 * COPIED_SLICE_LENGTH;

/** `text.slice(start, end)` (at most `MAX_SPELLING_LENGTH` long) as a copy, joined from pieces short enough to be copied. */
function copyOf(text: string, start: number, end: number): string {
  const cut = Math.min(end, start + COPIED_SLICE_LENGTH);
  return cut === end ? text.slice(start, end) : text.slice(start, cut) + text.slice(cut, end);
}

/**
 * Spellings seen before, in slots indexed by the low bits of their hash.
 * Entries are checked against the text, so two spellings that share a slot
 * only cost each other fresh entries; a slot is cheaper to find than a Map
 * entry.
 */
const SLOTS = 1 << 16;
const spellings: (Spelling | undefined)[] = new Array<Spelling | undefined>(SLOTS).fill(undefined);

/** The spelling of `text.slice(start, end)`; `hash`, when given, is its hash. */
export function spellingAt(text: string, start: number, end: number, hash?: number): Spelling {
  const length = end - start;
  if (length > MAX_SPELLING_LENGTH) return newSpelling(text.slice(start, end));
  if (length <= 2) {
    const ascii = asciiSpelling(text, start, length);
    if (ascii !== undefined) return ascii;
  }
  const slot = (hash ?? hashOf(text, start, end)) & (SLOTS - 1);
  const known = spellings[slot];
  if (known !== undefined && sameText(known.text, text, start, end)) return known;
  return (spellings[slot] = newSpelling(copyOf(text, start, end)));
}

/**
 * Punctuation and words of one or two letters (`of`, `UN`) are a large share
 * of all tokens: in ASCII their codes index a table of their own, which needs
 * neither a hash nor a check.
 */
const SINGLES = Array.from({ length: 128 }, (_, code) => newSpelling(String.fromCharCode(code)));
const PAIRS: (Spelling | undefined)[] = new Array<Spelling | undefined>(128 * 128).fill(undefined);

function asciiSpelling(text: string, start: number, length: number): Spelling | undefined {
  const a = text.charCodeAt(start);
  if (length === 1) return a < 128 ? SINGLES[a] : undefined;
  const b = text.charCodeAt(start + 1);
  if ((a | b) >= 128) return undefined;
  return (PAIRS[(a << 7) | b] ??= newSpelling(text.slice(start, start + 2)));
}

/** Whether `short` is `text.slice(start, end)`. */
export function sameText(short: string, text: string, start: number, end: number): boolean {
  return short.length === end - start && text.startsWith(short, start);
}

/**
 * A spelling of a word; a Polynesian glottal stop (ʻokina, U+02BB) may open a capitalised name (`ʻAisake`), and so may a
 * particle glued to the capital of a surname (`deBrum`, `deGraft-Johnson`, `diMaio`).
 */
function newSpelling(text: string): Spelling {
  const upper = startsUpper(text) || (text.charCodeAt(0) === 0x02bb && startsUpper(text.slice(1))) || isGluedParticle(text, 0, text.length);
  const lower = upper || hasUpper(text) ? lowerOf(text) : text;
  return { text, lower, upper, capitals: upper && text.length >= 2 && !hasLower(text), classed: undefined, classedBy: undefined };
}

/**
 * The word `text.slice(i, j)` is a surname with a lower-case particle glued to its capital (`deBrum`, `diMaio`, `vanDyke`):
 * the tokenizer keeps it a word of its own, and its spelling counts as capitalised.
 */
export function isGluedParticle(text: string, i: number, j: number): boolean {
  if (j - i < 4) return false;
  if (isUpper(text.charCodeAt(i + 2))) return text.charCodeAt(i) === LETTER_D && GLUED_VOWELS.has(text.charCodeAt(i + 1));
  return j - i > 4 && isUpper(text.charCodeAt(i + 3)) && (text.startsWith('van', i) || text.startsWith('von', i));
}

/** `İnşaat` is `inşaat`: JavaScript lowers the Turkish dotted capital to `i` and a combining dot, which no word list holds. */
function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  return text.includes('İ') ? lower.replaceAll('i\u0307', 'i') : lower;
}

/** The spelling of gaps, which stand for words without their text. */
export const NO_SPELLING = newSpelling('');

/**
 * Lower-case words by their hash, computed while scanning them. Most words
 * of an article are in no such set, and the few that are come again and
 * again: a small open-addressed table of hashes, in cache, answers both
 * faster than a Map.
 */
export class WordHashes {
  private readonly mask: number;
  /** Hashes by slot, -1 for an empty slot (hashes are never negative). */
  private readonly hashes: Int32Array;
  private readonly spellings: Spelling[];

  constructor(words: Iterable<string>) {
    const unique = [...new Set(words)];
    // At most one slot in four taken, so a miss ends at an empty slot within a probe or two.
    const size = 1 << Math.ceil(Math.log2(4 * unique.length + 1));
    this.mask = size - 1;
    this.hashes = new Int32Array(size).fill(-1);
    this.spellings = new Array<Spelling>(size);
    for (const word of unique) {
      const h = hashOf(word, 0, word.length);
      let slot = h & this.mask;
      while (this.hashes[slot] !== -1 && this.hashes[slot] !== h) slot = (slot + 1) & this.mask;
      if (this.hashes[slot] === h) continue;
      this.hashes[slot] = h;
      this.spellings[slot] = newSpelling(word);
    }
  }

  /** The spelling of the word whose hash is `hash`, if any; one of another word when two share the hash. */
  spellingOf(hash: number): Spelling | undefined {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const h = this.hashes[slot];
      if (h === hash) return this.spellings[slot];
      if (h === -1) return undefined;
    }
  }
}
