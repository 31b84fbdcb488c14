import nlp from 'compromise';
import type { EntityType } from '../core/types';
import type { GoldFile } from './evaluate';
import type { ScoredSpan } from './match';

interface TermJson {
  offset: { start: number; length: number };
}

/** What a general-purpose tagger alone finds: `compromise` people as officials, places as countries. */
export const BASELINE_TYPES: readonly EntityType[] = ['official', 'country'];

/** Runs compromise on each article of the file (so offsets stay article-local), as the baseline row of the report. */
export function compromiseSpans(file: GoldFile): ScoredSpan[] {
  return file.gold.articles.flatMap((article) => {
    const doc = nlp(file.text.slice(article.start, article.end));
    const spans = (type: EntityType, matches: { json(options: object): unknown }) =>
      (matches.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[])
        .filter((m) => m.terms.length > 0)
        .map((m) => termsSpan(file.text, article.start, type, m.terms));
    return [...spans('official', doc.people()), ...spans('country', doc.places())];
  });
}

/** From the first term's start to the last term's end: the terms' own offsets leave out surrounding punctuation. */
function termsSpan(text: string, base: number, type: EntityType, terms: TermJson[]): ScoredSpan {
  const last = terms[terms.length - 1].offset;
  const start = base + terms[0].offset.start;
  const end = base + last.start + last.length;
  return { type, text: text.slice(start, end), start, end };
}
