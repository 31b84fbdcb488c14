/**
 * Sorts each token of a line into the class the official finder reasons
 * with: title words, honorifics, name-like words, country words (from the
 * country finder), organisation heads, common words, connectors.
 */
import { HONORIFICS, ROLE_CONNECTORS, TITLE_QUALIFIERS, TITLE_WORDS } from '../data/titles';
import { AGENCY_WORDS, CALENDAR_WORDS, COMMON_WORDS, MULTIWORD_PLACES, ORG_HEADS, PLACE_WORDS } from '../data/name-stopwords';
import { ARTICLE_PREFIX, DOTTED_ACRONYMS, NAME_PARTICLES, REGNAL_NUMERAL } from '../data/name-particles';
import type { Token } from './name-tokens';

export type TokenClass =
  | 'title' // Minister, Ambassador: anchors a name, starts a role
  | 'qualifier' // Foreign, Deputy Police, Permanent: inside a role only
  | 'honorific' // Mr., H.E., Sheikh: anchors a name, no role
  | 'name' // may be part of a name
  | 'caps' // an all-capitals word that may be a surname (KISHIDA)
  | 'particle' // de, bin, Al, Van: inside a name only
  | 'numeral' // regnal numeral after a name
  | 'country' // marked by the country finder
  | 'org' // head of an organisation or place name
  | 'stop' // any other capitalised word that is not a name
  | 'connector' // of, for, to, the, and ...
  | 'comma'
  | 'possessive'
  | 'other';

const HYPHEN = /[-‑‐]/;
const LOWER = /\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const TITLE_PREFIXES = new Set(['vice', 'co', 'under', 'deputy', 'ex', 'acting']);

const toSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

export interface NameLexicon {
  classify(token: Token, inCountry: boolean): TokenClass;
  /** Whether `words` (lower case, 1-3 tokens) name a place that looks like a person. */
  isMultiwordPlace(words: string): boolean;
}

export function createNameLexicon(extraTitles: readonly string[] = []): NameLexicon {
  const titles = toSet(TITLE_WORDS);
  const qualifiers = toSet(TITLE_QUALIFIERS);
  // Extra titles may be phrases (`Chief Adviser`): their last word anchors, the rest qualify.
  for (const phrase of extraTitles) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    words.forEach((w, i) => (i === words.length - 1 ? titles : qualifiers).add(w));
  }
  const honorifics = toSet(HONORIFICS);
  const orgHeads = toSet(ORG_HEADS);
  const stops = toSet([...COMMON_WORDS, ...CALENDAR_WORDS, ...AGENCY_WORDS, ...PLACE_WORDS]);
  const particles = toSet(NAME_PARTICLES);
  const connectors = toSet(ROLE_CONNECTORS);
  const acronyms = toSet(DOTTED_ACRONYMS);
  const places = toSet(MULTIWORD_PLACES);

  function classifyWord(token: Token): TokenClass {
    const w = token.lower;
    if (!token.upper) {
      if (particles.has(w)) return 'particle';
      if (connectors.has(w)) return 'connector';
      if (honorifics.has(w)) return 'honorific';
      // `Turkish leader`, `foreign minister`, `Chargé d’Affaires`: titles in lower case still give roles.
      if (titles.has(w)) return 'title';
      return ARTICLE_PREFIX.test(token.text) ? 'name' : 'other';
    }
    if (token.allCaps && token.text.length <= 5 && REGNAL_NUMERAL.test(token.text)) return 'numeral';
    if (titles.has(w)) return 'title';
    if (honorifics.has(w)) return 'honorific';
    if (qualifiers.has(w)) return 'qualifier';
    if (orgHeads.has(w)) return 'org';
    if (stops.has(w) || places.has(w)) return 'stop';
    if (particles.has(w)) return 'particle';
    if (w.length > 2 && HYPHEN.test(w) && !token.allCaps) return classifyHyphenated(token.text);
    return token.allCaps ? 'caps' : 'name';
  }

  // `Vice-President` is a title, `Mission-Designate` and `EU-Central` are not
  // names, `Kassym-Jomart` and `Al-Maaytah` are.
  function classifyHyphenated(text: string): TokenClass {
    const parts = text.split(HYPHEN);
    const lower = parts.map((p) => p.toLowerCase());
    if (titles.has(lower[lower.length - 1]) && TITLE_PREFIXES.has(lower[0])) return 'title';
    // Only capitalised parts can be common words: the `in` of `Jae-in` is a syllable.
    const common = (p: string, k: number) => UPPER_START.test(parts[k]) && (orgHeads.has(p) || stops.has(p) || qualifiers.has(p));
    if (lower.some(common) || parts.some((p) => p.length >= 2 && !LOWER.test(p))) return 'stop';
    return 'name';
  }

  return {
    classify(token: Token, inCountry: boolean): TokenClass {
      if (inCountry) return 'country';
      switch (token.kind) {
        case 'word':
          return classifyWord(token);
        case 'initial':
          return 'name';
        case 'dotted':
          if (honorifics.has(token.lower)) return 'honorific';
          return acronyms.has(token.lower) ? 'stop' : 'name';
        case 'possessive':
          return 'possessive';
        case 'punct':
          return token.text === ',' ? 'comma' : 'other';
        default:
          return 'other';
      }
    },
    isMultiwordPlace: (words: string) => places.has(words),
  };
}
