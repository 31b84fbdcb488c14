import { toExportDocument } from '../core/export/model';
import { LineIndex } from '../core/text/lines';
import type { AnnotatedArticle, Annotation, Article, ParsedBulletin, Span } from '../core/types';
import type { GoldDocument } from './evaluate';
import type { GoldEntry, GoldSourceArticle } from './gold-source';
import type { ScoredSpan } from './match';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Turns a hand-made gold source into the export contract's document (every
 * annotation `origin: 'manual'`), plus the unscored optional mentions, by
 * locating each listed mention in its article. Throws on anything doubtful: a
 * mention not found, an occurrence that does not exist, an unnumbered text
 * that occurs more than once, overlapping mentions, or articles that do not
 * line up with the source's sections.
 */
export function buildGold(parsed: ParsedBulletin, source: readonly GoldSourceArticle[], name: string): GoldDocument {
  const listed = source.map((s) => s.index).join(',');
  const present = parsed.articles.map((a) => a.index).join(',');
  if (listed !== present) throw new Error(`${name}: gold sections [${listed}] do not match articles [${present}]`);
  const lines = new LineIndex(parsed.text);
  const optional: ScoredSpan[] = [];
  const articles: AnnotatedArticle[] = parsed.articles.map((article, i) => {
    const located = locateAll(parsed.text, article, source[i].entries, name);
    optional.push(...located.filter((l) => l.optional).map(({ type, text, start, end }) => ({ type, text, start, end })));
    const spans = [stampSpan(article), ...located.filter((l) => !l.optional).map(({ optional: _, ...span }) => span)];
    spans.sort((a, b) => a.start - b.start);
    return { ...article, annotations: spans.map((s) => ({ ...s, ...lines.position(s.start), origin: 'manual' as const })) };
  });
  const bulletin = { source: name, text: parsed.text, hadBom: parsed.hadBom, bulletinDate: parsed.bulletinDate, articles };
  optional.sort((a, b) => a.start - b.start);
  return { ...toExportDocument(bulletin), optional };
}

type Located = Omit<Annotation, 'line' | 'character' | 'origin'> & { optional?: boolean };

function stampSpan(article: Article): Located {
  const { dateTime, published } = article.stamp;
  return { type: 'date', text: dateTime.text, start: dateTime.start, end: dateTime.end, normalized: published };
}

/** Longer texts first, so `*` entries skip what a longer mention already holds (`Kazakhstan` in `Republic of Kazakhstan`). */
function locateAll(text: string, article: Article, entries: readonly GoldEntry[], name: string): Located[] {
  const ordered = [...entries].sort(
    (a, b) => b.text.length - a.text.length || Number(a.occurrence === 'all') - Number(b.occurrence === 'all'),
  );
  const taken: Located[] = [];
  for (const entry of ordered) {
    const where = `${name} article ${article.index}, source line ${entry.sourceLine} ("${entry.text}")`;
    const all = wordOccurrences(text, entry.text, article.stamp.end, article.end);
    const found = entry.occurrence === undefined ? all.filter((start) => !isTaken(taken, start, entry.text)) : all;
    const before = taken.length;
    for (const start of pick(found, entry, where)) {
      const span = { start, end: start + entry.text.length };
      const clash = taken.find((t) => overlaps(t, span));
      if (clash && entry.occurrence === 'all') continue;
      if (clash) throw new Error(`${where}: overlaps "${clash.text}" at ${clash.start}`);
      taken.push(located(entry, span));
    }
    if (taken.length === before) throw new Error(`${where}: nothing left to mark`);
  }
  return taken;
}

function isTaken(taken: readonly Located[], start: number, text: string): boolean {
  return taken.some((t) => overlaps(t, { start, end: start + text.length }));
}

function pick(found: number[], entry: GoldEntry, where: string): number[] {
  if (found.length === 0) throw new Error(`${where}: not found`);
  if (entry.occurrence === 'all') return found;
  if (entry.occurrence === undefined) {
    if (found.length > 1) throw new Error(`${where}: occurs ${found.length} times, say which`);
    return found;
  }
  const at = found[entry.occurrence - 1];
  if (at === undefined) throw new Error(`${where}: only ${found.length} occurrence(s)`);
  return [at];
}

function located(entry: GoldEntry, span: Span): Located {
  const result: Located = { type: entry.type, text: entry.text, ...span };
  if (entry.optional) result.optional = true;
  if (entry.normalized !== undefined) result.normalized = entry.normalized;
  if (entry.role !== undefined) result.role = entry.role;
  return result;
}

/** Starts of `needle` in `text[from, to)` that are not glued to a letter or digit on either side. */
export function wordOccurrences(text: string, needle: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + needle.length] ?? '';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) starts.push(at);
  }
  return starts;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
