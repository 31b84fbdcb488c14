/**
 * Finds the role written with a name: a title phrase before it
 * (`Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Arman
 * Issetov`, `Ambassador of Kazakhstan to Spain, Danat Mussayev`) or an
 * apposition after it (`Kaja Kallas, the EU High Representative for ...`).
 *
 * Role conventions: the phrase as written, from its first title word or the
 * nationality, acronym or possessive that qualifies it (`Kazakh Foreign
 * Minister`, `EU High Representative`, `Spain’s Minister of Foreign Affairs`)
 * to its last capitalised word; no leading `the`, no honorific, no trailing
 * punctuation or connector; complements run through `of/for/to/in/at/and/the`
 * and inner commas (`Minister of Investment, Regional Development and ...`).
 */
import { GAP, NUMBER, type LineView } from './name-token-store';
import { isWordClass, type TokenClass } from './name-lexicon';
import { LOWER_QUALIFIERS } from '../data/titles';

/** Token indexes, both inclusive. */
export interface RoleSpan {
  first: number;
  last: number;
}

export interface RoleBefore {
  role: RoleSpan;
  /** The role reaches the name through a complement (`of X`), not a title word. */
  viaComplement: boolean;
  /** A comma stands between the role and the name (`Ambassador of Kazakhstan to Spain, Danat Mussayev`). */
  viaComma: boolean;
}

const MAX_WALK = 40;
const DASHES = new Set(['-', '–', '—']);
const LOWER_TITLE_QUALIFIERS = new Set(LOWER_QUALIFIERS);
/** How many lower-case words may stand between a name's comma and its role (`newly appointed`). */
const MAX_ROLE_LEAD = 2;

/** The role that ends at token `end` (the token just before a name), if any. */
export function roleBefore(v: LineView, end: number): RoleBefore | undefined {
  let i = end;
  while (i >= 0 && v.cls[i] === 'honorific') i--;
  const viaComma = i >= 0 && (v.cls[i] === 'comma' || DASHES.has(v.text(i)));
  if (viaComma) i--;
  const last = i;
  for (let steps = 0; i >= 0 && v.cls[i] !== 'title'; i--, steps++) {
    const c = v.cls[i];
    if (steps > MAX_WALK || !(isComplement(c) || (c === 'comma' && v.upper(i + 1)) || inOrgName(v, i))) return undefined;
  }
  if (i < 0 || isOrgTitle(v, i)) return undefined;
  // `Minister Vassilenko and Ataide Amaral`: a name right after the title belongs to someone else.
  if (i < last && v.cls[i + 1] === 'name' && v.joined(i)) return undefined;
  const first = outerTitle(v, titleStart(v, i));
  const lastWord = trimEnd(v, first, last);
  return lastWord < first ? undefined : { role: { first, last: lastWord }, viaComplement: i < last, viaComma };
}

/**
 * `the Kambarata-1 Company`, `Kazakh Invest national company`: a numeral glued to a word, or a
 * few lower-case words before a lower-case organisation noun, inside the name the role runs through.
 */
function inOrgName(v: LineView, i: number): boolean {
  const kind = v.kind(i);
  if (kind === NUMBER || v.text(i) === '-') return i > 0 && v.end(i - 1) === v.start(i);
  return kind === GAP && v.words(i) <= MAX_ROLE_LEAD && i + 1 < v.length && v.cls[i + 1] === 'org' && !v.upper(i + 1);
}

/** `General Assembly`, `President Hotel`: a title word that starts an organisation's name. */
function isOrgTitle(v: LineView, i: number): boolean {
  return v.cls[i + 1] === 'org' && v.joined(i);
}

/**
 * `Special Representative of the UN Secretary-General for Central Asia`: a
 * title inside the complement of an earlier one belongs to that one's role.
 */
function outerTitle(v: LineView, first: number): number {
  let k = first - 1;
  if (k >= 0 && v.lower(k) === 'the') k--;
  if (k < 1 || v.lower(k) !== 'of') return first;
  for (let i = k - 1, steps = 0; i >= 0 && steps <= MAX_WALK; i--, steps++) {
    if (v.cls[i] === 'title') return isOrgTitle(v, i) ? first : outerTitle(v, titleStart(v, i));
    if (!isComplement(v.cls[i])) return first;
  }
  return first;
}

/** Extends a title word leftwards over its qualifiers, compound titles and a possessive. */
function titleStart(v: LineView, title: number): number {
  let first = title;
  for (let i = title - 1; i >= 0; i--) {
    const c = v.cls[i];
    const joined = v.joined(i);
    if (isTitlePrefix(c) && joined) {
      // `Ambassador of Bulgaria Ambassador`: a country after `of` closes an earlier complement.
      if (c === 'country' && i > 0 && v.lower(i - 1) === 'of') break;
      first = i;
    } else if (joined && LOWER_TITLE_QUALIFIERS.has(v.lower(i)) && !v.upper(i)) {
      first = i;
    } else if (c === 'connector' && /^(?:and|of)$/.test(v.lower(i)) && (v.cls[i - 1] === 'title' || v.cls[i - 1] === 'qualifier')) {
      continue;
    } else if (c === 'possessive' && (v.cls[i - 1] === 'country' || v.cls[i - 1] === 'name')) {
      return i - 1;
    } else {
      break;
    }
  }
  return first;
}

function trimEnd(v: LineView, first: number, last: number): number {
  let i = last;
  while (i > first && !isCapitalised(v.cls[i])) i--;
  return i;
}

/** The role in an apposition after a name that ends before token `next`. */
export function roleAfter(v: LineView, next: number): RoleSpan | undefined {
  let i = skipParenthesis(v, next);
  if (v.cls[i] !== 'comma') return undefined;
  i++;
  for (let lead = 0; v.cls[i] === 'other' && v.words(i) > 0 && lead + v.words(i) <= MAX_ROLE_LEAD; i++) lead += v.words(i);
  if (i < v.length && v.lower(i) === 'the') i++;
  const first = i;
  let sawTitle = false;
  for (; i < v.length && isTitlePrefix(v.cls[i]); i++) {
    if (i > first && !v.joined(i - 1)) break;
    if (v.cls[i] === 'title') sawTitle = true;
  }
  if (!sawTitle) return undefined;
  let last = i - 1;
  for (; i < v.length; i++) {
    const c = v.cls[i];
    // `X, the Ambassador of Y, Ivan Petrov` or `X, met Police Chief Ivan Petrov`: the role belongs to the next name.
    if (nextNameStarts(v, i)) return undefined;
    if (isCapitalised(c)) last = i;
    else if (c === 'comma' && innerComma(v, i)) continue;
    else if (c !== 'connector') break;
  }
  return { first, last };
}

/** A word a title's complement runs through (`of the Republic of Kazakhstan`). */
function isComplement(c: TokenClass): boolean {
  return c === 'connector' || c === 'possessive' || (isWordClass(c) && c !== 'title' && c !== 'honorific');
}

function isCapitalised(c: TokenClass): boolean {
  return isWordClass(c) && c !== 'honorific';
}

/** A word that may open a role, before its title (`Kazakh Foreign Minister`, `EU High Representative`). */
function isTitlePrefix(c: TokenClass): boolean {
  return c === 'title' || c === 'qualifier' || c === 'country' || c === 'caps';
}

function nextNameStarts(v: LineView, i: number): boolean {
  const c = v.cls[i];
  if (c === 'comma') return v.cls[i + 1] === 'name' && v.cls[i + 2] === 'name';
  return c === 'name' && v.cls[i - 1] === 'title' && v.joined(i - 1);
}

/** `Minister of Ecology, Geology and Natural Resources`: a comma inside a list of portfolios, not one closing the role. */
function innerComma(v: LineView, i: number): boolean {
  const next = v.cls[i + 1];
  return next !== undefined && next !== 'title' && isCapitalised(next);
}

/** `Angelos Syrigos (Greece), OSCE PA Special Representative`: the role follows the bracket. */
function skipParenthesis(v: LineView, i: number): number {
  if (i >= v.length || v.text(i) !== '(') return i;
  for (let j = i + 1; j < v.length && j < i + 8; j++) if (v.text(j) === ')') return j + 1;
  return i;
}
