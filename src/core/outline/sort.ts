import { runNow, SliceBudget, type Steps } from '../steps';
import type { Article } from '../types';

export type ArticleOrder = 'file' | 'date';

/** Comparisons made between two pauses of `sortArticleSteps`: a few milliseconds' work. */
const COMPARISONS_PER_STEP = 5000;

/** A sorted copy: file order, or publication date (oldest first; ties keep file order). */
export function sortArticles<T extends Article>(articles: readonly T[], order: ArticleOrder): T[] {
  return runNow(sortArticleSteps(articles, order));
}

/** Publication date, then place in the file: a total order, so any correct sort gives one result. */
function byDate(a: Article, b: Article): number {
  return a.stamp.published < b.stamp.published ? -1 : a.stamp.published > b.stamp.published ? 1 : a.index - b.index;
}

/**
 * `sortArticles` as a bottom-up merge sort that pauses every few thousand
 * comparisons: tens of thousands of articles spread over a large heap take
 * tens of milliseconds to sort at once.
 */
export function* sortArticleSteps<T extends Article>(articles: readonly T[], order: ArticleOrder): Steps<T[]> {
  let from = [...articles];
  if (order === 'file') return from;
  let to = new Array<T>(from.length);
  const budget = new SliceBudget(COMPARISONS_PER_STEP, Infinity);
  for (let width = 1; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length);
      const hi = Math.min(lo + 2 * width, from.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // The left run's article first on a tie: the sort is stable.
        to[k++] = byDate(from[j], from[i]) < 0 ? from[j++] : from[i++];
        if (budget.spend(1)) yield;
      }
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    [from, to] = [to, from];
  }
  return from;
}
