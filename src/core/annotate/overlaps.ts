import type { EntityType, Mention } from '../types';

/** When two finders claim overlapping text, the longer span wins; on a tie, this order. */
const PRIORITY: Record<EntityType, number> = { official: 0, date: 1, country: 2 };

/**
 * Returns the mentions sorted by offset, without overlaps and without any span
 * that would cross a line break (the guide forbids both).
 */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  // Each finder's mentions come sorted, so this sort merges a few sorted runs; and finders seldom
  // claim the same text, so most articles need no ranking at all.
  const byStart = mentions.filter((m) => m.end > m.start && m.text.indexOf('\n') < 0 && m.text.indexOf('\r') < 0).sort((a, b) => a.start - b.start);
  if (disjoint(byStart)) return byStart;
  const ranked = byStart.sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.type] - PRIORITY[b.type] || a.start - b.start);
  // Kept spans are disjoint, so in order of start they are in order of end too: the first one
  // ending after a new span's start is the only one that can overlap it.
  const kept: Mention[] = [];
  for (const m of ranked) {
    const at = firstEndingAfter(kept, m.start);
    if (at === kept.length || kept[at].start >= m.end) kept.splice(at, 0, m);
  }
  return kept;
}

function disjoint(byStart: readonly Mention[]): boolean {
  for (let i = 1; i < byStart.length; i++) if (byStart[i].start < byStart[i - 1].end) return false;
  return true;
}

/** Index of the first of `sorted` (disjoint spans by start) that ends after `offset`. */
function firstEndingAfter(sorted: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
