import type { AnnotatedArticle } from '../types';

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
export function articleMatches(fileText: string, article: AnnotatedArticle, query: ArticleQuery): boolean {
  const needle = query.text.trim().toLowerCase();
  if (needle === '') return true;
  if (fileText.slice(article.start, article.end).toLowerCase().includes(needle)) return true;
  return article.annotations.some(
    (a) =>
      (a.normalized !== undefined && a.normalized.toLowerCase().includes(needle)) ||
      (a.type === 'country' && a.normalized !== undefined && query.codes?.has(a.normalized) === true),
  );
}

export function filterArticles(fileText: string, articles: readonly AnnotatedArticle[], query: ArticleQuery): AnnotatedArticle[] {
  return articles.filter((article) => articleMatches(fileText, article, query));
}
