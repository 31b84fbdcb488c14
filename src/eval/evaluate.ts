import type { Analyzer } from '../core/analyzer';
import type { ExportDocument } from '../core/export/model';
import { ENTITY_TYPES } from '../core/types';
import type { EntityType } from '../core/types';
import { matchExact, matchOverlap, overlaps } from './match';
import type { Matching, ScoredSpan } from './match';
import { countMatches, normalizedAgrees, prf, ratio, roleAgrees } from './metrics';
import type { Counts, Prf, Ratio } from './metrics';

/** A gold file: the export contract's document, plus mentions the guide does not require (never scored). */
export interface GoldDocument extends ExportDocument {
  optional: ScoredSpan[];
}

/** A gold document with the text (BOM dropped) its offsets refer to. */
export interface GoldFile {
  gold: GoldDocument;
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
    const system = run(file).filter((s) => wanted(s) && !isOptional(file.gold, gold, s));
    return { file, exact: matchExact(gold, system), overlap: matchOverlap(gold, system), system };
  });
  const keys: ScoreKey[] = [...types, 'overall'];
  return { files: matches, rows: keys.map((key) => ({ key, score: score(matches, key === 'overall' ? undefined : key) })) };
}

/**
 * A system span on a mention the guide leaves optional (`three decades`, a
 * language's `Kazakh`) is neither right nor wrong, whatever its exact extent,
 * unless it also touches a required mention of its type.
 */
function isOptional(gold: GoldDocument, required: readonly ScoredSpan[], s: ScoredSpan): boolean {
  const touches = (o: ScoredSpan) => o.type === s.type && overlaps(o, s);
  return gold.optional.some(touches) && !required.some(touches);
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

/** The project's annotator as a system to score. */
export function analyzerRun(analyzer: Analyzer): SystemRun {
  return (file) => analyzer.annotate(file.text, file.gold.source).articles.flatMap((a) => a.annotations);
}
