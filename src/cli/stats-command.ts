import type { Analyzer, AnnotatedBulletin, EntityType } from '../core';
import { loadBulletins } from './inputs';

const COLUMNS = ['file', 'articles', 'dates', 'officials', 'countries'] as const;
const COUNTED: readonly EntityType[] = ['date', 'official', 'country'];

type Row = [string, ...number[]];

function countRow(file: string, bulletin: AnnotatedBulletin): Row {
  const perType = COUNTED.map((type) => bulletin.articles.reduce(
    (n, article) => n + article.annotations.filter((a) => a.type === type).length, 0,
  ));
  return [file, bulletin.articles.length, ...perType];
}

/** A plain-text table: file names left-aligned, counts right-aligned, two spaces between columns. */
export function formatTable(rows: readonly Row[]): string {
  const cells = [[...COLUMNS], ...rows.map((row) => row.map(String))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]): string =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return cells.map(line).join('\n') + '\n';
}

/** Articles and annotations per type for each bulletin, with a total row when there are several. */
export function runStats(paths: readonly string[], analyzer: Analyzer): string {
  const rows: Row[] = [];
  for (const { display, bulletin } of loadBulletins(paths, analyzer)) rows.push(countRow(display, bulletin));
  if (rows.length > 1) {
    const totals = COLUMNS.slice(1).map((_, i) => rows.reduce((n, row) => n + (row[i + 1] as number), 0));
    rows.push(['total', ...totals]);
  }
  return formatTable(rows);
}
