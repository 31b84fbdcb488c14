import type { EntityType } from '../core/types';
import type { Matching, Pair, ScoredSpan } from './match';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface Ratio {
  correct: number;
  total: number;
}

/** Counts of one type (or of all types when `type` is undefined), summed over files. */
export function countMatches(matchings: readonly Matching<ScoredSpan>[], type?: EntityType): Counts {
  const of = (spans: readonly ScoredSpan[]) => spans.filter((s) => type === undefined || s.type === type).length;
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const m of matchings) {
    counts.tp += m.pairs.filter((p) => type === undefined || p.gold.type === type).length;
    counts.fp += of(m.spurious);
    counts.fn += of(m.missed);
  }
  return counts;
}

/** Precision, recall and F1; with nothing to find and nothing found, all three are 1. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** A ratio as a number in [0, 1]; 0 when there is nothing to judge. */
export function rate({ correct, total }: Ratio): number {
  return total === 0 ? 0 : correct / total;
}

export function ratio(pairs: readonly Pair<ScoredSpan>[], agrees: (pair: Pair<ScoredSpan>) => boolean): Ratio {
  return { correct: pairs.filter(agrees).length, total: pairs.length };
}

/** Letter case of officials' names is not scored (guide §2); dates and codes must be identical. */
export function normalizedAgrees({ gold, system }: Pair<ScoredSpan>): boolean {
  if (gold.type === 'official') return foldText(gold.normalized) === foldText(system.normalized);
  return gold.normalized === system.normalized;
}

/** Roles compare without case, apostrophe style or spacing; a missing role equals an empty one. */
export function roleAgrees({ gold, system }: Pair<ScoredSpan>): boolean {
  return foldText(gold.role) === foldText(system.role);
}

function foldText(value: string | undefined): string {
  return (value ?? '').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}
