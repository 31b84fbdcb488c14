import type { ExportDocument } from '../core/export/model';
import { ENTITY_TYPES } from '../core/types';
import type { EntityType } from '../core/types';
import { matchExact, matchOverlap } from './match';
import type { Matching, ScoredSpan } from './match';
import { countMatches, normalizedAgrees, prf, ratio, roleAgrees } from './metrics';
import type { Counts, Prf, Ratio } from './metrics';

/** A gold document with the text (BOM dropped) its offsets refer to. */
export interface GoldFile {
  gold: ExportDocument;
  text: string;
}

export interface FileMatch {
  file: GoldFile;
  exact: Matching<ScoredSpan>;
  overlap: Matching<ScoredSpan>;
  /** Every system span of the scored types, for showing near misses. */
  system: ScoredSpan[];
}

export interface TypeScore {
  exact: Counts & Prf;
  overlap: Counts & Prf;
  /** `normalized` agreement on exact matches. */
  normalized: Ratio;
  /** `role` agreement on exact matches of officials (total 0 for other types). */
  role: Ratio;
}

export type ScoreKey = EntityType | 'overall';

export interface Evaluation {
  files: FileMatch[];
  rows: { key: ScoreKey; score: TypeScore }[];
}

export type SystemRun = (file: GoldFile) => readonly ScoredSpan[];

/** Scores a system against the gold set on the given types (all three by default). */
export function evaluate(files: readonly GoldFile[], run: SystemRun, types: readonly EntityType[] = ENTITY_TYPES): Evaluation {
  const wanted = (s: ScoredSpan) => types.includes(s.type);
  const matches = files.map((file): FileMatch => {
    const gold = goldSpans(file.gold).filter(wanted);
    const system = run(file).filter(wanted);
    return { file, exact: matchExact(gold, system), overlap: matchOverlap(gold, system), system };
  });
  const keys: ScoreKey[] = [...types, 'overall'];
  return { files: matches, rows: keys.map((key) => ({ key, score: score(matches, key === 'overall' ? undefined : key) })) };
}

export function goldSpans(doc: ExportDocument): ScoredSpan[] {
  return doc.articles.flatMap((a) => a.annotations);
}

function score(matches: readonly FileMatch[], type: EntityType | undefined): TypeScore {
  const exactCounts = countMatches(matches.map((m) => m.exact), type);
  const overlapCounts = countMatches(matches.map((m) => m.overlap), type);
  const pairs = matches.flatMap((m) => m.exact.pairs).filter((p) => type === undefined || p.gold.type === type);
  return {
    exact: { ...exactCounts, ...prf(exactCounts) },
    overlap: { ...overlapCounts, ...prf(overlapCounts) },
    normalized: ratio(pairs, normalizedAgrees),
    role: ratio(pairs.filter((p) => p.gold.type === 'official'), roleAgrees),
  };
}
