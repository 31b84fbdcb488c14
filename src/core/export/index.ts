import type { AnnotatedBulletin, ExportFormat } from '../types';
import { EXPORT_FORMATS } from '../types';
import { CSV_HEADER, csvChunks } from './csv';
import { jsonChunks, jsonlChunks } from './json';
import { markdownChunks } from './markdown';

export type { ExportAnnotation, ExportArticle, ExportDocument } from './model';
export { toExportArticle, toExportDocument } from './model';
export { csvCell, CSV_COLUMNS } from './csv';
export { escapeMarkdown } from './markdown';

interface FormatWriter {
  /** Written once at the start of a stream, however many bulletins it holds. */
  streamHeader: string;
  /** Written between two bulletins of one stream. */
  separator: string;
  bulletin(bulletin: AnnotatedBulletin): Iterable<string>;
}

const WRITERS: Record<ExportFormat, FormatWriter> = {
  json: { streamHeader: '', separator: '', bulletin: jsonChunks },
  jsonl: { streamHeader: '', separator: '', bulletin: jsonlChunks },
  csv: { streamHeader: CSV_HEADER, separator: '', bulletin: csvChunks },
  md: { streamHeader: '', separator: '\n', bulletin: markdownChunks },
};

/** The file name extension of a format's output (without the dot). */
export function exportExtension(format: ExportFormat): string {
  return format;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Exports many bulletins into one stream: JSONL lines and CSV rows follow
 * each other under one CSV header; JSON documents are concatenated (one
 * complete document per bulletin, as `jq` reads them); Markdown reports are
 * separated by a blank line. Bulletins are taken from the iterable one at a
 * time, and no chunk holds more than one article's output (or a header).
 */
export function* exportManyChunks(bulletins: Iterable<AnnotatedBulletin>, format: ExportFormat): Generator<string> {
  if (!isExportFormat(format)) throw new Error(`Unknown export format: ${String(format)}`);
  const writer = WRITERS[format];
  if (writer.streamHeader) yield writer.streamHeader;
  let first = true;
  for (const bulletin of bulletins) {
    if (!first && writer.separator) yield writer.separator;
    first = false;
    yield* writer.bulletin(bulletin);
  }
}

/** One bulletin's export in chunks of at most one article each, for writing to a stream. */
export function exportChunks(bulletin: AnnotatedBulletin, format: ExportFormat): Iterable<string> {
  return exportManyChunks([bulletin], format);
}

/** One bulletin's export as one string: the chunks of `exportChunks`, joined. */
export function exportBulletin(bulletin: AnnotatedBulletin, format: ExportFormat): string {
  let out = '';
  for (const chunk of exportChunks(bulletin, format)) out += chunk;
  return out;
}
