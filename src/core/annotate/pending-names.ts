/**
 * Names an article alone could not confirm, confirmed by the bulletin. The
 * official finder is a function of one article, so that its result can be
 * cached; a single word that no title vouches for and that no name of its
 * article contains (a headline's `Tokayev Meets Heads of Companies` over a
 * body that says only `the President`) is kept aside as pending. Here a
 * pending name counts when each of its words is a word of a full name (two
 * name words or more) that the bulletin's officials write somewhere, with or
 * without diacritics; a hyphenated word whose parts different names confirm
 * is two people's surnames.
 */
import type { Mention } from '../types';
import { isList, type ArticleMentions } from './coreference';
import { withoutDiacritics } from './name-chars';
import { isSpellingVariant, nameForm } from './name-match';
import { SliceBudget, type Steps } from '../steps';
import { GIVEN_NAME_COUNTRIES } from '../data/country-context';
import { CAPITALS_ALSO_NAMES } from '../data/name-stopwords';

/** States and capitals that are given names too (`Georgia`, `Jordan`, `Sofia`), in lower case. */
const PLACES_ALSO_GIVEN_NAMES: ReadonlySet<string> = new Set([...[...GIVEN_NAME_COUNTRIES].map((w) => w.toLowerCase()), ...CAPITALS_ALSO_NAMES]);

/** Articles, or mentions in them, read between two yields. */
const ARTICLES_PER_STEP = 200;
const MENTIONS_PER_STEP = 5000;

/**
 * Each article's pending names that the bulletin confirms (undefined for an
 * article with none), given the articles' mentions and their pending names.
 */
export function* confirmedPendingSteps(
  articles: readonly ArticleMentions[],
  pending: readonly (readonly Mention[] | undefined)[],
): Steps<(Mention[] | undefined)[]> {
  // A pending text's words, split once per distinct text.
  const words = new Map<string, string[]>();
  for (const list of pending) for (const p of list ?? []) if (!words.has(p.text)) words.set(p.text, keyWords(p.text));
  const wanted = new Set<string>();
  for (const list of words.values()) for (const w of list) wanted.add(w);
  if (wanted.size === 0) return pending.map(() => undefined);
  // The full names that confirm each wanted word: a hyphenated pending word whose parts no one
  // name holds together is two people's surnames (`the Tokayev-Mirziyoyev talks`).
  const confirmed = new Map<string, string[]>();
  const seen = new Set<string>();
  const reading = new SliceBudget(ARTICLES_PER_STEP, MENTIONS_PER_STEP);
  for (const mentions of articles) {
    for (let j = 0; j < mentions.length; j++) {
      const text = officialText(mentions, j);
      if (text === undefined || seen.has(text)) continue;
      seen.add(text);
      const form = nameForm(text);
      if (form.fullness < 2) continue;
      for (const [k, w] of form.words.entries()) {
        const key = withoutDiacritics(w);
        // `Atlanta, Georgia` is no `Georgia Hamilton` of another article: a place's name is confirmed by a surname only.
        if (!wanted.has(key) || (k === 0 && PLACES_ALSO_GIVEN_NAMES.has(key))) continue;
        const names = confirmed.get(key);
        if (names === undefined) confirmed.set(key, [text]);
        else names.push(text);
      }
    }
    if (reading.spend(mentions.length)) yield;
  }
  return pending.map((list) => {
    const kept = list?.flatMap((p) => {
      const needed = words.get(p.text) ?? [];
      if (needed.length === 0 || !needed.every((w) => confirmed.has(w))) return [];
      return needed.length > 1 && isOneWord(p.text) && !heldTogether(needed, confirmed) ? hyphenParts(p) : [p];
    });
    return kept && kept.length > 0 ? [...kept, ...variantsOfKept(list!, kept, words)] : undefined;
  });
}

/**
 * `Kassym-Jomart Tokayev Receives …` over `Tokaev underlined …`: a one-word pending name that spells a word of a
 * name its article's bulletin confirmed is the same person (guide: spelling variants in one article).
 */
function variantsOfKept(list: readonly Mention[], kept: readonly Mention[], words: Map<string, string[]>): Mention[] {
  // The words of the names kept (a headline holds one or two), so that each pending word is compared a few times.
  const keptWords = [...new Set(kept.flatMap((m) => words.get(m.text) ?? []))].slice(0, MAX_VARIANT_WORDS);
  if (keptWords.length === 0) return [];
  const keptSet = new Set(kept);
  return list.filter((p) => {
    if (keptSet.has(p)) return false;
    const needed = words.get(p.text) ?? [];
    return needed.length === 1 && keptWords.some((w) => w !== needed[0] && isSpellingVariant(needed[0], w));
  });
}

/** Most words of an article's kept full names that its pending words are compared with. */
const MAX_VARIANT_WORDS = 8;

function isOneWord(text: string): boolean {
  return !/\s/.test(text);
}

/** Whether one full name holds all of `words` (`Hossein Amir-Abdollahian` holds `amir` and `abdollahian`). */
function heldTogether(words: string[], confirmed: Map<string, string[]>): boolean {
  return (confirmed.get(words[0]) ?? []).some((name) => words.every((w) => confirmed.get(w)?.includes(name)));
}

/** One mention per part of a hyphenated word (`Tokayev-Mirziyoyev` → `Tokayev`, `Mirziyoyev`). */
function hyphenParts(m: Mention): Mention[] {
  const parts: Mention[] = [];
  for (const part of m.text.matchAll(/[^-‑‐]+/g)) {
    const start = m.start + part.index;
    parts.push({ type: 'official', text: part[0], start, end: start + part[0].length });
  }
  return parts;
}

/** The words a pending name needs confirmed: neither initials nor particles, without diacritics. */
function keyWords(text: string): string[] {
  const form = nameForm(text);
  return form.fullness === 0 ? [] : form.words.filter((w) => !w.endsWith('.')).map(withoutDiacritics);
}

function officialText(mentions: ArticleMentions, j: number): string | undefined {
  if (isList(mentions)) return mentions[j].type === 'official' ? mentions[j].text : undefined;
  return mentions.type(j) === 'official' ? mentions.text(j) : undefined;
}
