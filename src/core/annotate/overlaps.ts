import type { EntityType, Mention } from '../types';

/** When two finders claim overlapping text, the longer span wins; on a tie, this order. */
const PRIORITY: Record<EntityType, number> = { official: 0, date: 1, country: 2 };

/**
 * Returns the mentions of `runs` (one list per finder) sorted by offset, the
 * earlier run first on a tie, without overlaps and without any span that would
 * cross a line break (the guide forbids both).
 */
export function resolveOverlaps(...runs: (readonly Mention[])[]): Mention[] {
  // Each finder's mentions come sorted, so merging them gives what a stable sort of them
  // joined gives, without the joined copy and the sort's work; a run out of order is sorted.
  const byStart = runs.every(isSortedByStart) ? mergeByStart(runs) : runs.flat().filter(onOneLine).sort((a, b) => a.start - b.start);
  // Finders seldom claim the same text, so most articles need no ranking at all.
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

/** Whether `m` is a non-empty span on one line. */
function onOneLine(m: Mention): boolean {
  return m.end > m.start && m.text.indexOf('\n') < 0 && m.text.indexOf('\r') < 0;
}

function isSortedByStart(run: readonly Mention[]): boolean {
  for (let i = 1; i < run.length; i++) if (run[i].start < run[i - 1].start) return false;
  return true;
}

/** The mentions on one line of sorted `runs`, merged by start; on a tie the earlier run's first. */
function mergeByStart(runs: readonly (readonly Mention[])[]): Mention[] {
  const out: Mention[] = [];
  const next = runs.map(() => 0);
  for (;;) {
    let from = -1;
    for (let r = 0; r < runs.length; r++) {
      if (next[r] < runs[r].length && (from < 0 || runs[r][next[r]].start < runs[from][next[from]].start)) from = r;
    }
    if (from < 0) return out;
    const m = runs[from][next[from]++];
    if (onOneLine(m)) out.push(m);
  }
}

function disjoint(byStart: readonly Mention[]): boolean {
  for (let i = 1; i < byStart.length; i++) if (byStart[i].start < byStart[i - 1].end) return false;
  return true;
}

/**
 * Whether a pending name overlaps a mention of `kept` (as `resolveOverlaps` returns them: disjoint,
 * in order) other than an official inside it: the bulletin may confirm `Kassym-Jomart Tokayev`,
 * whose article confirmed `Tokayev` alone.
 */
export function blocksPending(kept: readonly Mention[], pending: Mention): boolean {
  for (let at = firstEndingAfter(kept, pending.start); at < kept.length && kept[at].start < pending.end; at++) {
    const m = kept[at];
    if (!(m.type === 'official' && m.start >= pending.start && m.end <= pending.end)) return true;
  }
  return false;
}

/** Index of the first of `sorted` (disjoint spans by start) that ends after `offset`, by halving. */
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
