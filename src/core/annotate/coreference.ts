/**
 * Within-bulletin coreference of officials (guide §2 `normalized`): every
 * official mention gets the fullest form of the same person in the bulletin.
 *
 * Rules: a form stands for a fuller one when its words match the fuller
 * one's in order, as the same word or an initial (`D. Mussayev` -> `Danat
 * Mussayev`, `Wang` -> `Wang Yi`, `Kallas` -> `Kaja Kallas`). Within one
 * article a word one edit away also matches (`Isetov` ~ `Issetov`); across
 * articles spellings must agree, since different articles may well name
 * different people. The same article is searched first, then the bulletin,
 * so an ambiguous surname goes to the person of its own article. Ties go to
 * the form written first; a word in capitals takes the bulletin's
 * normal-case spelling (`TOKAYEV` -> `Tokayev`).
 *
 * `role` is left as each mention has it: the guide defines it as the title
 * written with that mention, so it is not copied between mentions.
 */
import type { Mention } from '../types';
import { mayStandFor, nameForm, NAME_WORD, type NameForm } from './name-match';

interface Entry {
  form: NameForm;
  article: number;
}

const LOWER = /\p{Ll}/u;

export function linkOfficials(articles: Mention[][]): void {
  const entries: Entry[] = [];
  const byKey = new Map<string, Entry>();
  articles.forEach((mentions, article) => {
    for (const m of mentions) {
      const key = `${article}\u0000${m.text}`;
      if (m.type === 'official' && !byKey.has(key)) {
        const entry = { form: nameForm(m.text), article };
        byKey.set(key, entry);
        entries.push(entry);
      }
    }
  });
  const spelling = normalCaseSpellings(entries);
  const resolved = new Map<Entry, string>();
  articles.forEach((mentions, article) => {
    for (const m of mentions) {
      if (m.type !== 'official') continue;
      const entry = byKey.get(`${article}\u0000${m.text}`) as Entry;
      let normalized = resolved.get(entry);
      if (normalized === undefined) {
        normalized = withNormalCase(fullestForm(entry, entries).form.text, spelling);
        resolved.set(entry, normalized);
      }
      m.normalized = normalized;
    }
  });
}

function fullestForm(entry: Entry, entries: Entry[]): Entry {
  const inArticle = fullest(entry, entries, (e) => e.article === entry.article, true);
  return fullest(inArticle, entries, () => true, inArticle.form.fullness >= 2);
}

/** The fullest entry among `entries` that `from` may stand for (itself included); ties go to the first. */
function fullest(from: Entry, entries: Entry[], within: (e: Entry) => boolean, fuzzy: boolean): Entry {
  let best = from;
  for (const e of entries) {
    if (e === best || !within(e) || !mayStandFor(from.form, e.form, fuzzy)) continue;
    const fuller = e.form.fullness > best.form.fullness;
    const earlierTie = e.form.fullness === best.form.fullness && entries.indexOf(e) < entries.indexOf(best);
    if (fuller || earlierTie) best = e;
  }
  return best;
}

/** Lower-case word -> its first spelling in the bulletin that is not all capitals. */
function normalCaseSpellings(entries: Entry[]): Map<string, string> {
  const spelling = new Map<string, string>();
  for (const { form } of entries) {
    for (const w of form.text.match(NAME_WORD) ?? []) {
      const key = w.toLowerCase();
      if (LOWER.test(w) && !spelling.has(key)) spelling.set(key, w);
    }
  }
  return spelling;
}

function withNormalCase(text: string, spelling: Map<string, string>): string {
  return text.replace(NAME_WORD, (w) => (w.length > 2 && !LOWER.test(w) ? spelling.get(w.toLowerCase()) ?? w : w));
}
