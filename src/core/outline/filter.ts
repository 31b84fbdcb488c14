import { runNow, SliceBudget, type Steps } from '../steps';
import type { AnnotatedArticle } from '../types';

/** Where an article's text is read: the file's text, or a source that holds it in pieces. */
export interface ArticleTexts {
  slice(start: number, end: number): string;
}

/** Articles, or characters of them, searched between two pauses of `filterArticleSteps`: a few milliseconds' work. */
const ARTICLES_PER_STEP = 500;
const CHARS_PER_STEP = 256 * 1024;

/** What the article tree is narrowed to; `codes` are the country codes the text names, if any. */
export interface ArticleQuery {
  text: string;
  codes?: ReadonlySet<string>;
}

/**
 * Whether an article mentions what the query names, ignoring case: its text
 * contains the query (`Tokayev`), or an annotation's normalised value does
 * (`Tokayev` for a `K. Tokayev` normalised to the full name; `2026-03` for a
 * date), or a country annotation carries one of the query's country codes (so
 * `Italy` finds an article that only says `Italian`). A blank query matches all.
 */
export function articleMatches(fileText: ArticleTexts, article: AnnotatedArticle, query: ArticleQuery): boolean {
  const needle = query.text.trim().toLowerCase();
  if (needle === '') return true;
  if (fileText.slice(article.start, article.end).toLowerCase().includes(needle)) return true;
  return article.annotations.some(
    (a) =>
      (a.normalized !== undefined && a.normalized.toLowerCase().includes(needle)) ||
      (a.type === 'country' && a.normalized !== undefined && query.codes?.has(a.normalized) === true),
  );
}

export function filterArticles<T extends AnnotatedArticle>(fileText: ArticleTexts, articles: readonly T[], query: ArticleQuery): T[] {
  return runNow(filterArticleSteps(fileText, articles, query));
}

/** `filterArticles`, pausing every few hundred articles or few hundred kilobytes of their text searched. */
export function* filterArticleSteps<T extends AnnotatedArticle>(fileText: ArticleTexts, articles: readonly T[], query: ArticleQuery): Steps<T[]> {
  const searching = query.text.trim() !== '';
  const kept: T[] = [];
  const budget = new SliceBudget(ARTICLES_PER_STEP, CHARS_PER_STEP);
  for (const article of articles) {
    if (articleMatches(fileText, article, query)) kept.push(article);
    if (budget.spend(searching ? article.end - article.start : 0)) yield;
  }
  return kept;
}
