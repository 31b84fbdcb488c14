import { articleLabel } from '../outline/entities';
import type { ArticleTexts } from '../outline/filter';
import { contentEnd } from '../outline/locate';
import { SliceBudget, type Steps } from '../steps';
import type { AnnotatedArticle, AnnotatedBulletin, Annotation, Span } from '../types';
import type { LinePosition, TextSource } from './textLines';

/** Articles, or mentions of them, turned into symbols or folds between two pauses: a few milliseconds' work. */
const ARTICLES_PER_STEP = 200;
const MENTIONS_PER_STEP = 2000;

export interface LineRange {
  start: LinePosition;
  end: LinePosition;
}

/** Makes the editor's symbol objects from what the core decides; `S` is the adapter's symbol type. */
export interface SymbolMaker<S> {
  article(name: string, detail: string, range: LineRange, selection: LineRange, children: S[]): S;
  mention(annotation: Annotation, detail: string, range: LineRange): S;
}

/**
 * An article from its stamp to its last non-blank character (not into the
 * next stamp's line, which would make the breadcrumbs name the wrong article).
 */
export function articleExtent(text: ArticleTexts, article: AnnotatedArticle): Span {
  // The article's own text only (a model's bulletin holds it in one piece, read without a copy).
  const body = text.slice(article.start, article.end);
  return { start: article.start, end: article.start + contentEnd(body, { start: 0, end: body.length }, article.stamp.end - article.start) };
}

/** Outline symbols: each article, its title as what the editor selects, with its mentions as children. */
export function* documentSymbolSteps<S>(bulletin: AnnotatedBulletin, lines: TextSource, make: SymbolMaker<S>): Steps<S[]> {
  const range = (start: number, end: number): LineRange => ({ start: lines.position(start), end: lines.position(end) });
  const symbols: S[] = [];
  const budget = new SliceBudget(ARTICLES_PER_STEP, MENTIONS_PER_STEP);
  for (const article of bulletin.articles) {
    const extent = articleExtent(lines, article);
    const name = article.title ?? article.stamp.dateTime;
    const children = article.annotations.map((a) => make.mention(a, mentionDetail(a), range(a.start, a.end)));
    const whole = range(extent.start, Math.max(extent.end, name.end));
    symbols.push(make.article(articleLabel(article), article.stamp.dateTime.text, whole, range(name.start, name.end), children));
    if (budget.spend(article.annotations.length)) yield;
  }
  return symbols;
}

/** What a mention's symbol says beside its text: the normalised value and role, where they differ from it. */
function mentionDetail(annotation: Annotation): string {
  return [annotation.normalized, annotation.role].filter((d) => d !== undefined && d !== annotation.text).join(' · ');
}

/** Folds each article from its stamp line to its last non-blank line: first and last lines. */
export function* foldingSteps(bulletin: AnnotatedBulletin, lines: TextSource): Steps<Array<{ start: number; end: number }>> {
  const folds: Array<{ start: number; end: number }> = [];
  const budget = new SliceBudget(ARTICLES_PER_STEP * 5, Infinity);
  for (const article of bulletin.articles) {
    const { start, end } = articleExtent(lines, article);
    const first = lines.position(start).line;
    const last = lines.position(end).line;
    if (last > first) folds.push({ start: first, end: last });
    if (budget.spend(1)) yield;
  }
  return folds;
}
