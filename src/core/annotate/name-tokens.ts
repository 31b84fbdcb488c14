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
import { ABBREVIATED_GIVEN_NAMES, DIGRAPH_INITIALS, DOTTED_DEGREES, DOTTED_LEGAL_FORMS, POST_NOMINALS } from '../data/name-particles';
import { HONORIFICS, RETIRED_MARKS, TITLE_QUALIFIERS, TITLE_WORDS } from '../data/titles';
import { HASH_MASK, isGluedParticle, NO_SPELLING, sameText, spellingAt, type Spelling, type WordHashes } from './name-spellings';

export { WordHashes } from './name-spellings';

export type TokenKind = 'word' | 'initial' | 'dotted' | 'possessive' | 'number' | 'punct' | 'gap';

/**
 * A token of a line. Its characters' properties are those of its spelling,
 * shared by every token written the same way: a token holds the spelling, not
 * copies of its fields.
 */
export class Token {
  constructor(
    readonly spelling: Spelling,
    /** Offsets into the text the line was cut from. */
    readonly start: number,
    public end: number,
    readonly kind: TokenKind,
    /** How many words the token stands for: 1 for a word, the stretch's length for a gap, 0 otherwise. */
    public words: number,
  ) {}

  get text(): string {
    return this.spelling.text;
  }

  get lower(): string {
    return this.spelling.lower;
  }

  /** Starts with an upper-case letter. */
  get upper(): boolean {
    return this.spelling.upper;
  }

  /** Two or more letters and none in lower case (`KAZINFORM`, `TOKAYEV`). */
  get allCaps(): boolean {
    return this.spelling.capitals && (this.kind === 'word' || this.kind === 'dotted');
  }
}

/**
 * Short words whose full stop belongs to them: the forms of address, titles and qualifiers written so (`Mr.`, `Gen.`, `Dra.`, `Dep.`), `St.`, `Ss.`,
 * `Jr.`, `ret.`; not `Barr.`, also a surname closing a sentence (`… by William Barr. The President …`): see isBarristersStyle.
 */
const DOTTED_WORDS = new Set([
  ...[...HONORIFICS, ...TITLE_WORDS, ...TITLE_QUALIFIERS].filter((w) => w.endsWith('.') && !w.slice(0, -1).includes('.') && w !== 'barr.').map((w) => w.slice(0, -1)),
  // (`retired.` ends a sentence: only the marks' abbreviations.)
  ...RETIRED_MARKS.filter((mark) => mark.length <= 4), 'st', 'ss', 'jr', 'sr',
]);

/** Words whose closing apostrophe belongs to them (`Dato’`, the Malay honorific). */
const APOSTROPHE_WORDS = new Set(['dato']);

/** The token `text.slice(start, end)`. */
function makeToken(text: string, start: number, end: number, kind: TokenKind, hash?: number): Token {
  return tokenOf(spellingAt(text, start, end, hash), start, end, kind);
}

/** A token spelt `s`. */
function tokenOf(s: Spelling, start: number, end: number, kind: TokenKind): Token {
  return new Token(s, start, end, kind, kind === 'word' ? 1 : 0);
}

/** A gap of the one word `start..end`; the stretch's later words extend it. */
function gapOf(start: number, end: number): Token {
  return new Token(NO_SPELLING, start, end, 'gap', 1);
}

/** Tokens of `text.slice(from, to)` (one line, no line break), offsets into `text`. */
export function tokenizeLine(text: string, from: number, to: number, keep: WordHashes): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    // Spaces are the commonest character after lower-case letters.
    if (code === 32) i++;
    else if (isLower(code)) i = scanLowerWords(text, i, to, tokens, keep);
    else if (isLetter(code)) i = scanLetters(text, i, to, tokens);
    else if (isDigit(code)) i = scanNumber(text, i, to, tokens);
    else {
      if (!isSpace(code)) tokens.push(makeToken(text, i, i + 1, 'punct', code));
      i++;
    }
  }
  return tokens;
}

/**
 * Lower-case words from `i` on: each its own token when kept, else part of a
 * gap. Most of a line's characters are in such stretches, so one call runs on
 * over the single spaces between their words.
 */
function scanLowerWords(text: string, i: number, to: number, tokens: Token[], keep: WordHashes): number {
  const last = tokens[tokens.length - 1];
  let gap = last !== undefined && last.kind === 'gap' ? last : undefined;
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
        tokens.push(makeToken(text, i, end, 'dotted'));
        return end;
      }
    }
    if (isJoiner(next) && j + 1 < to && isLetter(text.charCodeAt(j + 1))) return scanLetters(text, i, to, tokens);
    const kept = keep.spellingOf(h & HASH_MASK);
    if (kept !== undefined || j - i <= 2 || isGluedParticle(text, i, j)) {
      j = pushWord(text, i, j, to, tokens, h & HASH_MASK, kept);
      gap = undefined;
    } else if (gap === undefined) {
      tokens.push((gap = gapOf(i, j)));
    } else {
      gap.end = j;
      gap.words++;
    }
    // `the district veterans' council`: a plural's apostrophe between lower-case words keeps the stretch going.
    if (gap !== undefined && isPluralApostropheBeforeWord(text, j, to)) gap.end = ++j;
    if (!(j + 1 < to && text.charCodeAt(j) === 32 && isLower(text.charCodeAt(j + 1)))) return j;
    i = j + 1;
  }
}

/** An apostrophe at `j` closes a plural ending in `s` and a lower-case word follows after a space. */
function isPluralApostropheBeforeWord(text: string, j: number, to: number): boolean {
  return j + 2 < to && text.charCodeAt(j - 1) === 115 && isApostrophe(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 32 && isLower(text.charCodeAt(j + 2));
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
function scanLetters(text: string, i: number, to: number, tokens: Token[]): number {
  let j = i;
  let h = 0;
  for (;;) {
    for (let c = text.charCodeAt(j); j < to && isLetter(c); c = text.charCodeAt(++j)) h = (Math.imul(h, 31) + c) | 0;
    // A single capital before a full stop: an initial or the start of an abbreviation.
    if (j === i + 1 && upperDot(text, i, to)) return scanDotted(text, i, to, tokens) ?? pushWord(text, i, j, to, tokens, h & HASH_MASK);
    if ((j === i + 2 || j === i + 3) && isDigraphInitial(text, i, j, to)) return pushInitial(text, i, j + 1, tokens);
    // `J-P. Morel`: a hyphenated given name's initials with one full stop.
    if (j === i + 1 && text.charCodeAt(j) === HYPHEN && isHyphenedInitials(text, i, to)) return pushInitial(text, i, i + 4, tokens);
    if (text.charCodeAt(j) === FULL_STOP && isAbbreviatedGivenName(text, i, j, to)) return pushInitial(text, i, j + 1, tokens);
    // `Ph.D.`: a short word and a dotted capital that spell a degree.
    if (j - i <= 2 && j > i + 1 && isSplitDegree(text, i, j, to)) {
      tokens.push(makeToken(text, i, j + 3, 'dotted'));
      return j + 3;
    }
    if (!(j + 1 < to && isJoiner(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) || isHonorificSuffix(text, i, j, to)) break;
    h = (Math.imul(h, 31) + text.charCodeAt(j)) | 0;
    j++;
  }
  return pushWord(text, i, j, to, tokens, h & HASH_MASK);
}

/** `J-P. M`: a capital, a hyphen, a capital and a full stop from `i`, then a space and a capital. */
function isHyphenedInitials(text: string, i: number, to: number): boolean {
  return isUpper(text.charCodeAt(i)) && upperDot(text, i + 2, to) && i + 5 < to && text.charCodeAt(i + 4) === 32 && isUpper(text.charCodeAt(i + 5));
}

/** The Japanese forms of address written after a name with a hyphen (`Nakamura-san`, `Tanaka-sama`). */
const HONORIFIC_SUFFIXES = ['san', 'sama'];

/** At the hyphen `j` of a capitalised word from `i`, a form of address closes the word (`Nakamura-san`): no part of the name. */
function isHonorificSuffix(text: string, i: number, j: number, to: number): boolean {
  if (text.charCodeAt(j) !== HYPHEN || !isUpper(text.charCodeAt(i))) return false;
  return HONORIFIC_SUFFIXES.some((s) => text.startsWith(s, j + 1) && (j + 1 + s.length >= to || !isLetter(text.charCodeAt(j + 1 + s.length))));
}

const DEGREE_SIGN = 0xb0;

/** `H.E.`, `U.S.`, or the initial `A.`, at `i`: where it ends, or nothing when the capital is a word of its own. */
function scanDotted(text: string, i: number, to: number, tokens: Token[]): number | undefined {
  const legal = Math.max(mixedLegalFormEnd(text, i, to), mixedPostNominalEnd(text, i, to));
  if (legal > i) {
    tokens.push(makeToken(text, i, legal, 'dotted'));
    return legal;
  }
  let j = i;
  while (upperDot(text, j, to)) j += 2;
  if (j - i >= 4) {
    tokens.push(makeToken(text, i, j, 'dotted'));
    return j;
  }
  const next = i + 2 < to ? text.charCodeAt(i + 2) : -1;
  // `Partners A/S.`: the letter after a Nordic legal form's slash, before the sentence's full stop, is no initial; nor is
  // a unit's after a degree sign (`+32°C. Thunderstorms …`).
  if (isAfterLegalSlash(text, i) || text.charCodeAt(i - 1) === DEGREE_SIGN) return undefined;
  if (next === -1 || isSpace(next) || isUpper(next) || (next === COMMA && followsCapitalisedWord(text, i))) {
    return pushInitial(text, i, i + 2, tokens);
  }
  // `K.-J. Tokayev`: the initials of a hyphenated given name are one initial.
  if (next === HYPHEN && upperDot(text, i + 3, to)) return pushInitial(text, i, i + 5, tokens);
  return undefined;
}

const SLASH = 0x2f;

/** The letter at `i` follows a lone capital and a slash (`A/S`, `K/S`). */
function isAfterLegalSlash(text: string, i: number): boolean {
  return i >= 2 && text.charCodeAt(i - 1) === SLASH && isUpper(text.charCodeAt(i - 2)) && (i === 2 || !isLetter(text.charCodeAt(i - 3)));
}

/** Dotted legal forms written in mixed case (`S.p.A.`, `S.r.l.`), in lower case. */
const MIXED_LEGAL_FORMS = new Set(DOTTED_LEGAL_FORMS.filter((form) => form.length >= 6));

/** `S.p.A.` at `i`: where a dotted legal form in mixed case ends, or `i` when none starts there. */
function mixedLegalFormEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j + 1 < to && isLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === FULL_STOP && j - i < MAX_LEGAL_FORM) j += 2;
  if (j - i < 6 || (j < to && isLetter(text.charCodeAt(j)))) return i;
  // The upper-case forms are scanned as abbreviations already; only a lower-case letter inside needs this.
  const form = text.slice(i, j);
  return form !== form.toUpperCase() && MIXED_LEGAL_FORMS.has(form.toLowerCase()) ? j : i;
}

const MAX_LEGAL_FORM = 8;

/** Letters after a name, those written only dotted among them. */
const DEGREE_LETTERS: ReadonlySet<string> = new Set([...POST_NOMINALS, ...DOTTED_DEGREES]);
/** Most letters after the initial of a mixed-case dotted degree (`M.Sc.`, `P.Eng.`). */
const MAX_DEGREE_TAIL = 3;

/** `Ph.D.` from the word at `i`…`j`: its stop, a capital and a stop spell a degree, and no letter follows. */
function isSplitDegree(text: string, i: number, j: number, to: number): boolean {
  if (j + 2 >= to || text.charCodeAt(j) !== FULL_STOP || !isUpper(text.charCodeAt(j + 1)) || text.charCodeAt(j + 2) !== FULL_STOP) return false;
  return (j + 3 >= to || !isLetter(text.charCodeAt(j + 3))) && DEGREE_LETTERS.has((text.slice(i, j) + text[j + 1]).toLowerCase());
}

/** `M.Sc.`, `M.Si.`, `P.Eng.`: a capital, its stop, a short word and its stop that spell a degree; their end. */
function mixedPostNominalEnd(text: string, i: number, to: number): number {
  let j = i + 2;
  while (j < to && j - i - 2 < MAX_DEGREE_TAIL && isLetter(text.charCodeAt(j))) j++;
  if (j === i + 2 || j >= to || text.charCodeAt(j) !== FULL_STOP || (j + 1 < to && isLetter(text.charCodeAt(j + 1)))) return i;
  return DEGREE_LETTERS.has((text[i] + text.slice(i + 2, j)).toLowerCase()) ? j + 1 : i;
}

function pushInitial(text: string, start: number, end: number, tokens: Token[]): number {
  tokens.push(makeToken(text, start, end, 'initial'));
  return end;
}

const DIGRAPHS = new Set(DIGRAPH_INITIALS);

/** A two- or three-letter initial from `i` to `j` (`Zh.`, `Dzh.`): one of the digraphs, a full stop, then a space, a capital or the end. */
function isDigraphInitial(text: string, i: number, j: number, to: number): boolean {
  if (j >= to || text.charCodeAt(j) !== FULL_STOP || !DIGRAPHS.has(text.slice(i, j)) || isUnitOrSymbolAt(text, i)) return false;
  const next = j + 1 < to ? text.charCodeAt(j + 1) : -1;
  return next === -1 || isSpace(next) || isUpper(next) || (next === COMMA && followsCapitalisedWord(text, i));
}

/** `a dose of 2 Gy.`, `caesium (Cs.)`: letters at `i` after a number or a bracket are a unit's or an element's. */
function isUnitOrSymbolAt(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  return before === OPEN_BRACKET || (isSpace(before) && i >= 2 && isDigit(text.charCodeAt(i - 2)));
}

const OPEN_BRACKET = 0x28;

/**
 * `Dzhakupova Sh.,`: the initial at `i` follows a capitalised word and one space, as initials after a surname do; `Bekturganov
 * K.Zh.,`, `Kim Ch.S.,`: or such an initial glued before it.
 */
function followsCapitalisedWord(text: string, i: number): boolean {
  if (i >= 4 && text.charCodeAt(i - 1) === FULL_STOP && isUpper(text.charCodeAt(i - 2)) && !isLetter(text.charCodeAt(i - 3))) return followsCapitalisedWord(text, i - 2);
  // (`Kim Ch.S.,`: or a digraph's.)
  if (i >= 5 && text.charCodeAt(i - 1) === FULL_STOP && DIGRAPHS.has(text.slice(i - 3, i - 1)) && !isLetter(text.charCodeAt(i - 4))) return followsCapitalisedWord(text, i - 3);
  if (i < 3 || text.charCodeAt(i - 1) !== 32) return false;
  let k = i - 2;
  while (k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
  return i - 2 > k && isUpper(text.charCodeAt(k));
}

const ABBREVIATED = new Set(ABBREVIATED_GIVEN_NAMES);
const MAX_ABBREVIATED = Math.max(...ABBREVIATED_GIVEN_NAMES.map((w) => w.length));

/** `Ma.` at `i` (its letters end at `end`, a full stop follows) before a space and a capital: an abbreviated given name. */
function isAbbreviatedGivenName(text: string, i: number, end: number, to: number): boolean {
  return end - i <= MAX_ABBREVIATED && end + 2 < to && text.charCodeAt(end + 1) === 32 && isUpper(text.charCodeAt(end + 2)) && ABBREVIATED.has(text.slice(i, end));
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const FULL_STOP = 46;
const HYPHEN = 45;
const COMMA = 44;
const COLON = 58;
const NO_BREAK_SPACE = 0xa0;

/**
 * The word `text.slice(start, end)`, whose hash is `hash`, with what belongs
 * to it; `kept` is the spelling the kept words have for that hash.
 */
function pushWord(text: string, start: number, end: number, to: number, tokens: Token[], hash: number, kept?: Spelling): number {
  const last = text.charCodeAt(end - 1);
  if (end - start > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2))) {
    tokens.push(makeToken(text, start, end - 2, 'word'));
    tokens.push(makeToken(text, end - 2, end, 'possessive'));
    return end;
  }
  if (isPluralPossessive(text, start, end, to)) {
    tokens.push(makeToken(text, start, end, 'word'));
    tokens.push(makeToken(text, end, end + 1, 'possessive'));
    return end + 1;
  }
  // `of`, `in`: spellingAt finds a word of two ASCII letters by its codes, without comparing texts.
  const spelling = kept !== undefined && end - start > 2 && sameText(kept.text, text, start, end) ? kept : spellingAt(text, start, end, hash);
  const next = end < to ? text.charCodeAt(end) : -1;
  const owns = isApostrophe(next) ? APOSTROPHE_WORDS : next === FULL_STOP ? DOTTED_WORDS : undefined;
  if ((owns !== undefined && owns.has(spelling.lower) && !closesNameAtStop(spelling, text, end, to, tokens)) || (next === FULL_STOP && isBarristersStyle(spelling, text, end, to, tokens))) {
    tokens.push(makeToken(text, start, end + 1, 'word'));
    return end + 1;
  }
  tokens.push(tokenOf(spelling, start, end, 'word'));
  return end;
}

/**
 * `Ms. Tan Hui Min.`, `Samdech Techo Hun Sen.`: `Min` or `Sen` right after a capitalised word that is no title's closes a
 * name, and the full stop ends the sentence (`Foreign Min. X` keeps the abbreviation, and so does `Texas Sen. Ted Cruz`
 * before a name).
 */
function closesNameAtStop(s: Spelling, text: string, end: number, to: number, tokens: Token[]): boolean {
  if (s.lower !== 'min' && s.lower !== 'sen') return false;
  const before = tokens[tokens.length - 1];
  if (before === undefined || before.kind !== 'word' || !before.upper || TITLE_WORD_SET.has(before.lower)) return false;
  if (s.lower === 'min' || end + 1 >= to) return true;
  const spaced = isSpace(text.charCodeAt(end + 1));
  const at = spaced ? end + 2 : end + 1;
  if (at >= to) return true;
  const next = text.charCodeAt(at);
  const after = text.slice(at, at + MAX_NICKNAME);
  // (`Texas Sen.Ted Cruz`, `Sen.-elect`, `Sen.-designate`: the abbreviation glued to a name or its suffix; not `Hun Sen.The …`
  // nor `Hun Sen.-led`.)
  if (!spaced) return !(isUpper(next) && NAME_AFTER.test(after)) && !OFFICE_SUFFIX.test(after);
  // (`Democratic Sen. and former …`, `Texas Sen. Ted Cruz`, `Texas Sen. 'Ted' Cruz`, `US Sen. (R-Texas) X`: the abbreviation
  // before a lower-case word, a name, a nickname or a party's or retirement's bracket; `Hun Sen. "We are ready," …` closes
  // the name.)
  if (isUpper(next)) return !NAME_AFTER.test(after);
  return !isLower(next) && !NICKNAME_AFTER.test(after) && !TAG_AFTER.test(after);
}

/** An office's suffix glued on (`-elect`, `-designate`). */
const OFFICE_SUFFIX = /^-(?:elect|designate)(?![a-z])/;
/** A nickname in quotes before a capitalised word (`'Ted' Cruz`). */
const NICKNAME_AFTER = /^['"‘“]\p{Lu}\p{L}*['"’”] \p{Lu}/u;
/** A party's tag or a retirement's mark in brackets (`(R-Texas)`, `(ret.)`). */
const TAG_AFTER = /^\((?:[RDI]-|ret\b|rtd\b|retd\b)/i;
/** Longest stretch read for it. */
const MAX_NICKNAME = 24;

const TITLE_WORD_SET: ReadonlySet<string> = new Set([...TITLE_WORDS, ...TITLE_QUALIFIERS]);

/**
 * `Barr.` is a barrister's style before a name or a bracket (`…, Barr. Obinna X`, `led by Barr. Chidi Okonkwo`, `said Barr.
 * Okafor.`, `Barr. (Mrs.) X`) after no capitalised word; elsewhere it is a surname closing a sentence (`William Barr.`), and
 * so it is before a word that opens sentences (`said Barr. The …`, `by Barr. On Monday …`).
 */
function isBarristersStyle(s: Spelling, text: string, end: number, to: number, tokens: Token[]): boolean {
  if (s.lower !== 'barr' || end + 2 >= to || text.charCodeAt(end + 1) !== 32) return false;
  const before = tokens[tokens.length - 1];
  if (before !== undefined && before.kind === 'word' && before.upper && !before.text.endsWith('.')) return false;
  return text.charCodeAt(end + 2) === 0x28 || NAME_AFTER.test(text.slice(end + 2, end + 2 + MAX_OPENER + 1));
}

/** A capitalised word that is no word opening sentences (`The`, `On`, `In`, `He`). */
const NAME_AFTER = /^(?!(?:The|This|That|These|Those|There|On|In|At|As|After|Before|During|Since|Following|Later|Earlier|Meanwhile|He|She|It|They|We|His|Her|Its|Their|Our|A|An)(?![\p{L}]))\p{Lu}/u;
/** Longest such opener. */
const MAX_OPENER = 'Following'.length;

/**
 * The initial `V.` read again as a word and the sentence's full stop after it: `King Harald V.` at a
 * sentence's end is a regnal numeral, which only the words around it can tell.
 */
export function numeralAndStop(text: string, initial: Token): [Token, Token] {
  const dot = initial.end - 1;
  return [makeToken(text, initial.start, dot, 'word'), makeToken(text, dot, initial.end, 'punct')];
}

/** How far back an opening single quote makes an apostrophe after `s` its closing one. */
const QUOTE_REACH = 80;

/**
 * `Writers' Union`, `Veterans’ Council`: an apostrophe after a word in `s`, before a space and a
 * capital, is a plural's possessive; not the closing quote of `‘Open Skies’ Treaty`.
 */
function isPluralPossessive(text: string, start: number, end: number, to: number): boolean {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 115 || end + 2 >= to || !isApostrophe(text.charCodeAt(end))) return false;
  if (text.charCodeAt(end + 1) !== 32 || !isUpper(text.charCodeAt(end + 2))) return false;
  for (let k = start - 1; k >= 0 && k >= start - QUOTE_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === LEFT_QUOTE || (c === APOSTROPHE && (k === 0 || text.charCodeAt(k - 1) === 32))) return false;
  }
  return true;
}

const LEFT_QUOTE = 0x2018;

function isApostrophe(code: number): boolean {
  return code === RIGHT_QUOTE || code === APOSTROPHE;
}

/** Digits, with inner `.`, `,` or `:` between digits (`1,500`, `15:00`). */
function scanNumber(text: string, i: number, to: number, tokens: Token[]): number {
  let j = i;
  for (;;) {
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    const sep = text.charCodeAt(j);
    if ((sep === FULL_STOP || sep === COMMA || sep === COLON) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) j++;
    else break;
  }
  // `C-130J`, `5G`: capitals glued to a number are part of it, no initial or word of a name (an ordinal's `th` is a word).
  while (j < to && isUpper(text.charCodeAt(j))) j++;
  tokens.push(makeToken(text, i, j, 'number'));
  return j;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Three capitals or more with no vowel (`CNPC`, `KTZ`): a body's letters, no surname in capitals. */
export function isVowellessLetters(t: Token): boolean {
  return t.allCaps && t.text.length >= 3 && !VOWEL.test(t.lower);
}

const VOWEL = /[aeiouy]/;

/** The first word of a token, in lower case (a gap stands for several lower-case words). */
export function firstWordOf(text: string, t: Token): string {
  if (t.kind !== 'gap') return t.lower;
  const space = text.indexOf(' ', t.start);
  return text.slice(t.start, space < 0 || space > t.end ? t.end : space);
}

/** Whether `b` directly follows `a` in one name: one space between, or none after an initial. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start === a.end) return a.kind === 'initial' || a.kind === 'dotted';
  if (b.start !== a.end + 1) return false;
  const between = text.charCodeAt(a.end);
  return between === 32 || between === NO_BREAK_SPACE;
}

const SUSPENDING_ANDS = /^(?:und|och|og|en)$/;

/**
 * Token `i` is the hyphen of a compound's first word whose second half a Germanic `and` shares with the next, capitalised
 * word (`Rohstoff- und Energiewerke`, `Gruv- och Metallaktiebolaget`).
 */
export function isSuspendingHyphen(text: string, tokens: readonly Token[], i: number): boolean {
  // (Asked of every token on a role's walk: the hyphen first, before any slice or lookup.)
  const hyphen = tokens[i];
  if (hyphen?.text !== '-') return false;
  const [word, and, next] = [tokens[i - 1], tokens[i + 1], tokens[i + 2]];
  return word?.upper === true && word.end === hyphen.start && and !== undefined && and.start > hyphen.end &&
    SUSPENDING_ANDS.test(text.slice(and.start, and.end)) && next?.upper === true && next.kind === 'word';
}
