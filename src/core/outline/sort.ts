import type { Article } from '../types';

export type ArticleOrder = 'file' | 'date';

/** A sorted copy: file order, or publication date (oldest first; ties keep file order). */
export function sortArticles<T extends Article>(articles: readonly T[], order: ArticleOrder): T[] {
  if (order === 'file') return [...articles];
  return [...articles].sort((a, b) => (a.stamp.published < b.stamp.published ? -1 : a.stamp.published > b.stamp.published ? 1 : a.index - b.index));
}
