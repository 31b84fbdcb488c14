import type { AnnotatedArticle, Annotation, EntityType } from '../types';

/** The order the tree and the outline list entity groups in: who, where, when. */
export const GROUP_ORDER: readonly EntityType[] = ['official', 'country', 'date'];

/** One distinct entity of an article (a person, a country, a date) and where it is mentioned. */
export interface EntityEntry {
  type: EntityType;
  /** The normalised value, or the mention's text when the annotator gave none. */
  value: string;
  mentions: Annotation[];
}

export interface EntityGroup {
  type: EntityType;
  entries: EntityEntry[];
}

export function entityValue(annotation: Annotation): string {
  return annotation.normalized ?? annotation.text;
}

/**
 * An article's annotations grouped by type, then by normalised value; groups in
 * `GROUP_ORDER`, entries in order of first mention, empty groups left out.
 */
export function groupEntities(annotations: readonly Annotation[]): EntityGroup[] {
  const byType = new Map<EntityType, Map<string, EntityEntry>>();
  for (const annotation of annotations) {
    let entries = byType.get(annotation.type);
    if (!entries) byType.set(annotation.type, (entries = new Map()));
    const value = entityValue(annotation);
    const entry = entries.get(value);
    if (entry) entry.mentions.push(annotation);
    else entries.set(value, { type: annotation.type, value, mentions: [annotation] });
  }
  return GROUP_ORDER.filter((type) => byType.has(type)).map((type) => ({
    type,
    entries: [...(byType.get(type) as Map<string, EntityEntry>).values()],
  }));
}

/** What a reader calls the article: its title, or its stamp when the title is missing. */
export function articleLabel(article: AnnotatedArticle): string {
  return article.title?.text.trim() || article.stamp.text.trim();
}
