/**
 * Where the name tokenizer puts the tokens of an article, and the view of one
 * line's tokens the official finder reasons with. An article has about one
 * token per seven characters: an object per token cost more in allocation and
 * garbage collection than all the work done with it. So a token is an index
 * into parallel typed arrays, filled by the tokenizer and reused article after
 * article; its characters' properties are those of its spelling, shared by
 * every token written the same way.
 */
import { NO_SPELLING, type Spelling } from './name-spellings';
import type { TokenClass } from './name-lexicon';

/** Letters with inner hyphens and apostrophes (`Kassym-Jomart`), with an owned dot (`Mr.`). */
export const WORD = 0;
/** `A.`, the `M.` of `M.Al-Maaytah`. */
export const INITIAL = 1;
/** `H.E.`, `U.S.`, `a.i.` */
export const DOTTED = 2;
export const POSSESSIVE = 3;
export const NUMBER = 4;
export const PUNCT = 5;
/** A stretch of lower-case words the finder does not look at, without their text. */
export const GAP = 6;
export type TokenKind = typeof WORD | typeof INITIAL | typeof DOTTED | typeof POSSESSIVE | typeof NUMBER | typeof PUNCT | typeof GAP;

const INITIAL_CAPACITY = 1024;

/** Most tokens an article may leave the store holding room for; a longer article's arrays are dropped after it. */
const MAX_KEPT_TOKENS = 1 << 16;

/**
 * Tokens of one article, in the order they were read. A token takes at least
 * one character of its own, so an article has room for all its tokens from
 * the start: the arrays are never replaced while it is read, and views hold
 * them directly.
 */
export class TokenStore {
  length = 0;
  /** Offsets into the text the tokens were cut from. */
  starts = new Int32Array(INITIAL_CAPACITY);
  ends = new Int32Array(INITIAL_CAPACITY);
  /** How many words a token stands for: 1 for a word, the stretch's length for a gap, 0 otherwise. */
  words = new Int32Array(INITIAL_CAPACITY);
  kinds = new Uint8Array(INITIAL_CAPACITY);
  spellings: Spelling[] = new Array<Spelling>(INITIAL_CAPACITY).fill(NO_SPELLING);

  push(spelling: Spelling, start: number, end: number, kind: TokenKind, words: number): void {
    const i = this.length;
    this.spellings[i] = spelling;
    this.starts[i] = start;
    this.ends[i] = end;
    this.kinds[i] = kind;
    this.words[i] = words;
    this.length = i + 1;
  }

  /**
   * `use`'s answer for an article of `length` characters, with the store
   * emptied after it: views of an article's lines read the store until the
   * article is done. Emptying drops the spellings too, since a long one is a
   * slice that would keep its bulletin alive.
   */
  forArticle<T>(length: number, use: (store: TokenStore) => T): T {
    if (length > this.kinds.length) this.allocate(Math.max(length, 2 * this.kinds.length));
    try {
      return use(this);
    } finally {
      const used = this.length;
      this.length = 0;
      if (this.kinds.length > MAX_KEPT_TOKENS) this.allocate(INITIAL_CAPACITY);
      else this.spellings.fill(NO_SPELLING, 0, used);
    }
  }

  private allocate(capacity: number): void {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.words = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.spellings = new Array<Spelling>(capacity).fill(NO_SPELLING);
  }
}

const NO_BREAK_SPACE = 0xa0;

/**
 * The tokens of one line, `0..length - 1`, and their classes: a range of
 * the store's tokens.
 */
export class LineView {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly counts: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly spellings: Spelling[];

  constructor(
    /** The text the line was cut from (offsets are into it). */
    readonly body: string,
    store: TokenStore,
    /** The store index of the line's first token. */
    private readonly first: number,
    readonly length: number,
    readonly cls: TokenClass[],
  ) {
    this.starts = store.starts;
    this.ends = store.ends;
    this.counts = store.words;
    this.kinds = store.kinds;
    this.spellings = store.spellings;
  }

  start(k: number): number {
    return this.starts[this.first + k];
  }

  end(k: number): number {
    return this.ends[this.first + k];
  }

  kind(k: number): TokenKind {
    return this.kinds[this.first + k] as TokenKind;
  }

  words(k: number): number {
    return this.counts[this.first + k];
  }

  spelling(k: number): Spelling {
    return this.spellings[this.first + k];
  }

  /** As written; empty for a gap. */
  text(k: number): string {
    return this.spelling(k).text;
  }

  lower(k: number): string {
    return this.spelling(k).lower;
  }

  /** Starts with an upper-case letter. */
  upper(k: number): boolean {
    return this.spelling(k).upper;
  }

  /** Two or more letters and none in lower case (`KAZINFORM`, `TOKAYEV`). */
  allCaps(k: number): boolean {
    const kind = this.kind(k);
    return this.spelling(k).capitals && (kind === WORD || kind === DOTTED);
  }

  /** Whether token `k + 1` directly follows token `k` in one name: one space between, or none after an initial. */
  joined(k: number): boolean {
    const end = this.end(k);
    const next = this.start(k + 1);
    if (next === end) {
      const kind = this.kind(k);
      return kind === INITIAL || kind === DOTTED;
    }
    if (next !== end + 1) return false;
    const between = this.body.charCodeAt(end);
    return between === 32 || between === NO_BREAK_SPACE;
  }
}
