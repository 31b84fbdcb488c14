import { exportExtension } from '../export';
import type { ExportFormat } from '../types';

/** What a person picks from: each format's name in menus and save dialogs. */
export const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = { json: 'JSON', jsonl: 'JSON Lines', csv: 'CSV', md: 'Markdown' };

/**
 * The default name of a bulletin's export: its own name without the last
 * extension, a `.annotations` tag (or the given one) and the format's extension,
 * e.g. `2026-02-25.txt` → `2026-02-25.annotations.json`.
 * Works on a bare name or a `/`-separated relative path.
 */
export function exportFileName(source: string, format: ExportFormat, tag = 'annotations'): string {
  const slash = source.lastIndexOf('/');
  const dot = source.lastIndexOf('.');
  const stem = dot > slash + 1 ? source.slice(0, dot) : source;
  return `${stem}.${tag}.${exportExtension(format)}`;
}
