import type { AnnotatedArticle, EntityType } from '../types';
import { entityValue } from './entities';

export interface BulletinCounts {
  articles: number;
  /** Distinct normalised values per type: people, countries, dates. */
  distinct: Record<EntityType, number>;
  /** Every mention per type. */
  mentions: Record<EntityType, number>;
}

export function countEntities(articles: readonly AnnotatedArticle[]): BulletinCounts {
  const values: Record<EntityType, Set<string>> = { date: new Set(), official: new Set(), country: new Set() };
  const mentions: Record<EntityType, number> = { date: 0, official: 0, country: 0 };
  for (const article of articles) {
    for (const annotation of article.annotations) {
      values[annotation.type].add(entityValue(annotation));
      mentions[annotation.type]++;
    }
  }
  return {
    articles: articles.length,
    distinct: { date: values.date.size, official: values.official.size, country: values.country.size },
    mentions,
  };
}
