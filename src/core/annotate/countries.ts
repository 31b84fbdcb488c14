import type { Mention } from '../types';
import { countryEntries, NON_COUNTRY_PHRASES } from '../data/countries';
import {
  GIVEN_NAME_COUNTRIES,
  HYPHEN_PREFIXES,
  INSTITUTION_WORDS,
  LANGUAGE_AND_CURRENCY_NOUNS,
  SENTENCE_OPENERS,
} from '../data/country-context';

export type CountryFinder = (body: string) => Mention[];

/** A gazetteer form as matched: a country (with its code) or a non-country phrase (without). */
interface Form {
  text: string;
  code?: string;
  /** Whether the form may be a given name (`Jordan`, `Chad`) and needs the context check. */
  givenName: boolean;
}

/**
 * Forms keyed by their first two characters, longest first: at a word start,
 * the first form the text starts with (and that ends at a word boundary) is
 * the longest match. Candidate starts come from a plain regex of the forms'
 * first characters: V8 runs it natively, where Unicode property classes would
 * make it several times slower.
 */
class FormIndex {
  private readonly byPair = new Map<number, Form[]>();
  private readonly startPattern: RegExp;

  constructor(forms: Iterable<Form>) {
    const firstChars = new Set<string>();
    for (const form of forms) {
      const key = pair(form.text, 0);
      const list = this.byPair.get(key) ?? [];
      list.push(form);
      this.byPair.set(key, list);
      firstChars.add(form.text[0]);
    }
    for (const list of this.byPair.values()) list.sort((a, b) => b.text.length - a.text.length);
    // First characters are letters (`buildIndex`), never special in a class. ASCII
    // look-behind only: `longestAt` checks the full Unicode word boundary.
    this.startPattern = new RegExp(`(?<![A-Za-z0-9])[${[...firstChars].join('')}]`, 'g');
  }

  /** A fresh scanner of candidate starts (a `g` regex is stateful). */
  starts(): RegExp {
    this.startPattern.lastIndex = 0;
    return this.startPattern;
  }

  /** The longest form that starts a word at `start`. */
  longestAt(body: string, start: number): Form | undefined {
    const candidates = this.byPair.get(pair(body, start));
    if (!candidates || (start > 0 && isWordChar(body.charCodeAt(start - 1)))) return undefined;
    return candidates.find((form) => body.startsWith(form.text, start) && endsAtBoundary(body, form.text, start));
  }
}

function pair(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

const STARTS_WITH_LETTER = /^\p{L}/u; // only a form that starts with a letter can start a word
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NEXT_WORD = / (\p{Lu}[\p{L}\p{M}’'-]*)/uy;
const SENTENCE_START = /[\n.!?:"“(]\s*$/u;
const HONORIFIC = /(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.? $/;
const PREVIOUS_CAPITALISED = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*) $/u;
const FOLLOWING_NOUN = /\$|[\s-]([a-z]+)(?![\p{L}\p{M}])/uy;
const LONG_WORD = /[A-Za-z][A-Za-z'’-]{3,}/g;
const HYPHEN = 0x2d;
const CONTEXT = 40;

/**
 * Finds countries by name, official form, alternate or adjective (guide §2
 * `country`), `normalized` to the alpha-2 code. The longest form at a word
 * start wins (`Republic of Kazakhstan`, not `Kazakhstan` in it); a form must
 * end at a word boundary, so `Oman` is not found in `Romania` but
 * `Kazakhstan’s` gives `Kazakhstan` and `Kazakh-Italian` gives both. Forms
 * match as written or in capitals (`KAZAKHSTAN`). Not reported: matches of a
 * non-country phrase (`Central Asia`, `Mexico City`), adjectives glued to a
 * relational prefix (`inter-Korean`, `pan-African`), language and currency uses
 * (`Kazakh language`, `US dollars`), and a given-name country inside a
 * personal name (`Jordan Peterson said`, `Michael Jordan`).
 */
export function createCountryFinder(extra?: readonly { name: string; code: string }[]): CountryFinder {
  const index = buildIndex(extra);
  return (body) => {
    const found: Mention[] = [];
    const starts = index.starts();
    // `test` moves `lastIndex` past the one-character match without building a result.
    while (starts.test(body)) {
      const start = starts.lastIndex - 1;
      const form = index.longestAt(body, start);
      if (!form) continue;
      const end = start + form.text.length;
      if (form.code && isCountryUse(form, body, start, end)) {
        found.push({ type: 'country', text: form.text, start, end, normalized: form.code });
      }
      starts.lastIndex = end;
    }
    return found;
  };
}

function isLetter(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return NON_ASCII_LETTER.test(String.fromCharCode(code));
}

function isWordChar(code: number): boolean {
  if (code < 0x80) return isLetter(code) || (code >= 0x30 && code <= 0x39);
  return NON_ASCII_WORD_CHAR.test(String.fromCharCode(code));
}

function buildIndex(extra: readonly { name: string; code: string }[] | undefined): FormIndex {
  const forms = new Map<string, Form>();
  const add = (form: Form) => {
    if (form.text.length > 1 && STARTS_WITH_LETTER.test(form.text) && !forms.has(form.text)) forms.set(form.text, form);
  };
  const countries = countryEntries(extra);
  const exact: Form[] = [
    ...countries.map((e) => ({ text: e.name, code: e.code, givenName: GIVEN_NAME_COUNTRIES.has(e.name) })),
    ...NON_COUNTRY_PHRASES.map((text) => ({ text, givenName: false })),
  ];
  exact.forEach(add);
  // Capitals come second so that an exact form (`US`) is never shadowed by another's capitals.
  for (const form of exact) add({ ...form, text: form.text.toUpperCase(), givenName: false });
  return new FormIndex(forms.values());
}

function endsAtBoundary(body: string, text: string, start: number): boolean {
  const end = start + text.length;
  // `U.S.` ends in punctuation: whatever follows cannot extend it.
  return end >= body.length || !isWordChar(text.charCodeAt(text.length - 1)) || !isWordChar(body.charCodeAt(end));
}

function isCountryUse(form: Form, body: string, start: number, end: number): boolean {
  if (body.charCodeAt(start - 1) === HYPHEN && followsPrefix(body, start - 1)) return false;
  FOLLOWING_NOUN.lastIndex = end;
  const noun = FOLLOWING_NOUN.exec(body);
  if (noun && (noun[1] === undefined || LANGUAGE_AND_CURRENCY_NOUNS.has(noun[1]))) return false;
  return !(form.givenName && isPersonalName(body, start, end));
}

/** `inter-Korean`: the hyphen at `hyphen` closes a lowercase prefix. */
function followsPrefix(body: string, hyphen: number): boolean {
  let start = hyphen;
  while (start > 0 && isLetter(body.charCodeAt(start - 1))) start--;
  return HYPHEN_PREFIXES.has(body.slice(start, hyphen)) && !(start > 0 && isWordChar(body.charCodeAt(start - 1)));
}

/**
 * A given-name country read as part of a personal name: after a capitalised
 * word that does not open sentences (`Michael Jordan`) or an honorific
 * (`Mr. Jordan`), or opening a sentence, a line or a quote before a
 * capitalised word that is not an institution word (`Jordan Peterson said`).
 * After a lowercase word (`of Jordan Musa Al-Maaytah`) or a comma it stays a
 * country, and so it does in a title-case headline (`Tokayev Visits Jordan`,
 * `Israel Supports the Initiative`), where capitals say nothing.
 */
function isPersonalName(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - CONTEXT), start);
  const previous = PREVIOUS_CAPITALISED.exec(before)?.[1];
  const afterNameWord = (previous !== undefined && !SENTENCE_OPENERS.has(previous)) || HONORIFIC.test(before);
  const opensName =
    (previous !== undefined || SENTENCE_START.test(start < CONTEXT ? `\n${before}` : before)) &&
    isSurnameLike(body, end);
  return (afterNameWord || opensName) && !isTitleCase(lineAround(body, start));
}

function isSurnameLike(body: string, at: number): boolean {
  NEXT_WORD.lastIndex = at;
  const next = NEXT_WORD.exec(body)?.[1];
  return next !== undefined && !INSTITUTION_WORDS.has(next);
}

function lineAround(body: string, at: number): string {
  const end = body.indexOf('\n', at);
  return body.slice(body.lastIndexOf('\n', at) + 1, end === -1 ? body.length : end);
}

/** Most words of four letters or more are capitalised, as in headlines. */
function isTitleCase(line: string): boolean {
  const words = line.match(LONG_WORD) ?? [];
  return words.length >= 3 && words.filter((w) => w[0] !== w[0].toLowerCase()).length >= words.length * 0.75;
}
