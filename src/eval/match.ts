import type { EntityType } from '../core/types';

/** What scoring needs of an annotation, from the gold or from a system. */
export interface ScoredSpan {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  normalized?: string;
  role?: string;
}

export interface Pair<T> {
  gold: T;
  system: T;
}

/** A one-to-one alignment of gold and system spans of one file. */
export interface Matching<T> {
  pairs: Pair<T>[];
  /** Gold spans with no partner (false negatives). */
  missed: T[];
  /** System spans with no partner (false positives). */
  spurious: T[];
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Pairs spans of the same type with the same start and end; a duplicate system span is spurious. */
export function matchExact<T extends ScoredSpan>(gold: readonly T[], system: readonly T[]): Matching<T> {
  const waiting = new Map<string, T[]>();
  for (const s of system) {
    const key = spanKey(s);
    waiting.set(key, [...(waiting.get(key) ?? []), s]);
  }
  const pairs: Pair<T>[] = [];
  const missed: T[] = [];
  for (const g of gold) {
    const partner = waiting.get(spanKey(g))?.shift();
    if (partner) pairs.push({ gold: g, system: partner });
    else missed.push(g);
  }
  return { pairs, missed, spurious: [...waiting.values()].flat() };
}

/**
 * Pairs spans of the same type that share at least one character: exact
 * pairs first, then each remaining gold span (in offset order) with the first
 * unpaired overlapping system span. So overlap counts are never below exact ones.
 */
export function matchOverlap<T extends ScoredSpan>(gold: readonly T[], system: readonly T[]): Matching<T> {
  const exact = matchExact(gold, system);
  const pairs = [...exact.pairs];
  const free = [...exact.spurious].sort((a, b) => a.start - b.start);
  const missed: T[] = [];
  for (const g of [...exact.missed].sort((a, b) => a.start - b.start)) {
    const at = free.findIndex((s) => s.type === g.type && overlaps(s, g));
    if (at === -1) missed.push(g);
    else pairs.push({ gold: g, system: free.splice(at, 1)[0] });
  }
  return { pairs, missed, spurious: free };
}

function spanKey(s: ScoredSpan): string {
  return `${s.type}:${s.start}:${s.end}`;
}
