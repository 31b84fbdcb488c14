import { runNow, SliceBudget, type Steps } from '../steps';
import type { AnnotatedArticle, EntityType } from '../types';
import { entityValue } from './entities';

/** Articles, or annotations of them, counted between two pauses: a few milliseconds' work. */
const ARTICLES_PER_STEP = 500;
const ANNOTATIONS_PER_STEP = 10_000;

export interface BulletinCounts {
  articles: number;
  /** Distinct normalised values per type: people, countries, dates. */
  distinct: Record<EntityType, number>;
  /** Every mention per type. */
  mentions: Record<EntityType, number>;
}

export function countEntities(articles: readonly AnnotatedArticle[]): BulletinCounts {
  return runNow(countEntitySteps(articles));
}

/** `countEntities`, pausing every few thousand annotations. */
export function* countEntitySteps(articles: readonly AnnotatedArticle[]): Steps<BulletinCounts> {
  const budget = new SliceBudget(ARTICLES_PER_STEP, ANNOTATIONS_PER_STEP);
  const values: Record<EntityType, Set<string>> = { date: new Set(), official: new Set(), country: new Set() };
  const mentions: Record<EntityType, number> = { date: 0, official: 0, country: 0 };
  for (const article of articles) {
    for (const annotation of article.annotations) {
      values[annotation.type].add(entityValue(annotation));
      mentions[annotation.type]++;
    }
    if (budget.spend(article.annotations.length)) yield;
  }
  return {
    articles: articles.length,
    distinct: { date: values.date.size, official: values.official.size, country: values.country.size },
    mentions,
  };
}

/** How often one official is mentioned: mentions, and articles with at least one. */
export interface MentionCount {
  mentions: number;
  articles: number;
}

/** Each official's mention count, by linked name (or text when not linked), pausing every few thousand annotations. */
export function* officialCountSteps(articles: readonly AnnotatedArticle[]): Steps<ReadonlyMap<string, MentionCount>> {
  const counts = new Map<string, MentionCount>();
  const budget = new SliceBudget(ARTICLES_PER_STEP, ANNOTATIONS_PER_STEP);
  for (const article of articles) {
    const named = new Set<string>();
    for (const annotation of article.annotations) {
      if (annotation.type !== 'official') continue;
      const name = entityValue(annotation);
      let count = counts.get(name);
      if (!count) counts.set(name, (count = { mentions: 0, articles: 0 }));
      count.mentions++;
      if (!named.has(name)) count.articles++;
      named.add(name);
    }
    if (budget.spend(article.annotations.length)) yield;
  }
  return counts;
}
