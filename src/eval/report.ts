import { ENTITY_TYPES } from '../core/types';
import type { EntityType } from '../core/types';
import type { Evaluation, FileMatch, TypeScore } from './evaluate';
import { goldSpans } from './evaluate';
import { overlaps } from './match';
import type { ScoredSpan } from './match';
import { normalizedAgrees, rate, roleAgrees } from './metrics';
import type { Ratio } from './metrics';

const HEADER =
  'type      |  exact:  TP   FP   FN  prec  rec   F1   | overlap: TP   FP   FN  prec  rec   F1   | normalized     | role';

/**
 * The per-type table: exact and overlap P/R/F1, then `normalized` and `role`
 * agreement on exact matches (`-` where the system gives no such values).
 */
export function formatTable(evaluation: Evaluation, withValues = true): string[] {
  return [HEADER, ...evaluation.rows.map(({ key, score }) => formatRow(key, score, withValues))];
}

function formatRow(key: string, s: TypeScore, withValues: boolean): string {
  const counts = (c: TypeScore['exact']) =>
    `${pad(c.tp, 4)} ${pad(c.fp, 4)} ${pad(c.fn, 4)} ${fixed(c.precision)} ${fixed(c.recall)} ${fixed(c.f1)}`;
  const normalized = withValues ? formatRatio(s.normalized) : '-'.padEnd(15);
  const role = withValues && s.role.total > 0 ? formatRatio(s.role) : '-';
  return `${key.padEnd(9)} |  exact: ${counts(s.exact)} | overlap: ${counts(s.overlap)} | ${normalized} | ${role}`;
}

function formatRatio(r: Ratio): string {
  return `${fixed(rate(r))} (${r.correct}/${r.total})`.padEnd(15);
}

/** Gold mentions per file and type, to show what the figures are out of. */
export function formatGoldCounts(evaluation: Evaluation, types: readonly EntityType[]): string[] {
  return evaluation.files.map(({ file }) => {
    const spans = goldSpans(file.gold);
    const parts = types.map((t) => `${t} ${spans.filter((s) => s.type === t).length}`);
    return `${file.gold.source}: ${file.gold.articles.length} articles, ${parts.join(', ')}, total ${spans.length}`;
  });
}

/** Every miss and false alarm (exact-span), with the overlapping span from the other side for near misses. */
export function formatErrors(evaluation: Evaluation): string[] {
  const lines: string[] = [];
  for (const m of evaluation.files) {
    for (const g of m.exact.missed) lines.push(`MISS   ${where(m, g)}${near(m.system, g)}`);
    for (const s of m.exact.spurious) lines.push(`FALSE  ${where(m, s)}${near(goldSpans(m.file.gold), s)}`);
  }
  return lines;
}

/** Exact matches whose `normalized` or (for officials) `role` differs from the gold. */
export function formatValueErrors(evaluation: Evaluation): string[] {
  const lines: string[] = [];
  for (const m of evaluation.files) {
    for (const pair of m.exact.pairs) {
      const { gold, system } = pair;
      if (!normalizedAgrees(pair)) lines.push(`NORM   ${where(m, gold)} gold=${show(gold.normalized)} got=${show(system.normalized)}`);
      if (gold.type === 'official' && !roleAgrees(pair)) lines.push(`ROLE   ${where(m, gold)} gold=${show(gold.role)} got=${show(system.role)}`);
    }
  }
  return lines;
}

/** The report's last line. */
export function summaryLine(evaluation: Evaluation): string {
  const overall = evaluation.rows.find((r) => r.key === 'overall')?.score;
  if (!overall) throw new Error('evaluation has no overall row');
  return `overall exact F1=${fixed(overall.exact.f1)} overlap F1=${fixed(overall.overlap.f1)} normalized-acc=${fixed(rate(overall.normalized))}`;
}

function where(m: FileMatch, s: ScoredSpan): string {
  const article = m.file.gold.articles.find((a) => s.start >= a.start && s.start < a.end);
  return `${m.file.gold.source} #${article?.index ?? '-'} ${s.type.padEnd(8)} ${JSON.stringify(s.text)} @${s.start}`;
}

function near(others: readonly ScoredSpan[], s: ScoredSpan): string {
  const hits = others.filter((o) => overlaps(o, s));
  return hits.length === 0 ? '' : `  ~ ${hits.map((o) => `${o.type} ${JSON.stringify(o.text)} @${o.start}`).join(', ')}`;
}

function show(value: string | undefined): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}

function fixed(x: number): string {
  return x.toFixed(3);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width);
}

/**
 * The whole report of one run: gold counts, the annotator's table, any extra
 * blocks (a baseline), every error so it can be read, and the summary line last.
 */
export function formatReport(goldTitle: string, system: Evaluation, extra: readonly string[] = []): string[] {
  const errors = formatErrors(system);
  const valueErrors = formatValueErrors(system);
  return [
    `== ${goldTitle} ==`,
    ...formatGoldCounts(system, ENTITY_TYPES),
    '',
    '== annotator (src/core createAnalyzer) ==',
    ...formatTable(system),
    '',
    ...extra,
    `== misses and false alarms, exact span (${errors.length}) ==`,
    ...errors,
    '',
    `== wrong normalized value or role on exact matches (${valueErrors.length}) ==`,
    ...valueErrors,
    '',
    summaryLine(system),
  ];
}
