import type { EntityType, Mention } from '../types';

/** When two finders claim overlapping text, the longer span wins; on a tie, this order. */
const PRIORITY: Record<EntityType, number> = { official: 0, date: 1, country: 2 };

/**
 * Returns the mentions sorted by offset, without overlaps and without any span
 * that would cross a line break (the guide forbids both).
 */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const ranked = mentions
    .filter((m) => m.end > m.start && !/[\r\n]/.test(m.text))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.type] - PRIORITY[b.type] || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of ranked) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
