import type { AnnotatedBulletin } from '../types';
import { sortedAnnotations } from './model';

export const CSV_COLUMNS = [
  'source', 'article', 'published', 'title', 'type', 'text', 'normalized', 'role',
  'line', 'character', 'start', 'end', 'origin',
] as const;

const ROW_END = '\r\n';
// A spreadsheet reads a cell opening with one of these as a formula (or, for
// TAB and CR, may strip them and then read one).
const FORMULA_START = /^[=+\-@\t\r]/;
// ...but a plain negative number is data, not a formula, and keeps its value.
const PLAIN_NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell: a text opening with = + - @ TAB or CR (other than a plain
 * negative number) gets a leading apostrophe so spreadsheets show it as text;
 * then RFC 4180 quoting when it holds a quote, comma, CR or LF.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let cell = String(value);
  if (FORMULA_START.test(cell) && !PLAIN_NEGATIVE_NUMBER.test(cell)) cell = `'${cell}`;
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvRow(cells: readonly (string | number | undefined)[]): string {
  return cells.map(csvCell).join(',') + ROW_END;
}

export const CSV_HEADER = csvRow(CSV_COLUMNS);

/** One row per annotation, one chunk per article; the header row is written by the caller, once per stream. */
export function* csvChunks(bulletin: AnnotatedBulletin): Generator<string> {
  for (const article of bulletin.articles) {
    const title = article.title?.text;
    let rows = '';
    for (const a of sortedAnnotations(article)) {
      rows += csvRow([
        bulletin.source, article.index, article.stamp.published, title, a.type, a.text,
        a.normalized, a.role, a.line, a.character, a.start, a.end, a.origin,
      ]);
    }
    if (rows) yield rows;
  }
}
