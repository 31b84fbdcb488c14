import * as vscode from 'vscode';
import type { AnnotatorOptions, EntityType, ExportFormat } from '../core';
import { ENTITY_TYPES, EXPORT_FORMATS } from '../core';

/** A typed snapshot of the `bulletin.*` settings; the core never reads settings itself. */
export interface BulletinConfig {
  autoDetect: boolean;
  annotator: AnnotatorOptions;
  exportFormat: ExportFormat;
  /** Folder for exports; empty means next to the bulletin. */
  exportFolder: string;
  maxFileSizeMB: number;
}

const SECTION = 'bulletin';

/** Reads the settings, replacing invalid values with defaults and reporting each problem once. */
export function readConfig(report: (problem: string) => void): BulletinConfig {
  const c = vscode.workspace.getConfiguration(SECTION);
  const types = c.get<unknown[]>('entityTypes', [...ENTITY_TYPES]);
  const validTypes = Array.isArray(types) ? types.filter((t): t is EntityType => ENTITY_TYPES.includes(t as EntityType)) : [];
  if (!Array.isArray(types) || validTypes.length !== types.length) report(`bulletin.entityTypes: ignoring invalid entries (allowed: ${ENTITY_TYPES.join(', ')})`);
  const format = c.get<string>('export.defaultFormat', 'json');
  const maxSize = c.get<number>('maxFileSizeMB', 50);
  return {
    autoDetect: c.get<boolean>('autoDetect', true) !== false,
    annotator: {
      types: validTypes,
      extraCountries: readExtraCountries(c.get<unknown>('extraCountries', {}), report),
      extraTitles: readStrings(c.get<unknown>('extraTitles', []), 'bulletin.extraTitles', report),
    },
    exportFormat: EXPORT_FORMATS.includes(format as ExportFormat) ? (format as ExportFormat) : invalid('json', `bulletin.export.defaultFormat: unknown format "${format}"`, report),
    exportFolder: c.get<string>('export.folder', '') ?? '',
    maxFileSizeMB: typeof maxSize === 'number' && maxSize > 0 ? maxSize : invalid(50, 'bulletin.maxFileSizeMB must be a positive number', report),
  };
}

export function affectsBulletinConfig(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}

function invalid<T>(fallback: T, problem: string, report: (problem: string) => void): T {
  report(`${problem}; using ${JSON.stringify(fallback)}`);
  return fallback;
}

function readStrings(value: unknown, name: string, report: (problem: string) => void): string[] {
  if (!Array.isArray(value)) return invalid([], `${name} must be a list of strings`, report);
  const strings = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  if (strings.length !== value.length) report(`${name}: ignoring entries that are not non-empty strings`);
  return strings;
}

/** `{ "Kazakstan": "KZ" }`: name or alias to ISO 3166-1 alpha-2 code. */
function readExtraCountries(value: unknown, report: (problem: string) => void): { name: string; code: string }[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return invalid([], 'bulletin.extraCountries must be an object of name: code', report);
  const entries: { name: string; code: string }[] = [];
  for (const [name, code] of Object.entries(value as Record<string, unknown>)) {
    if (typeof code === 'string' && /^[A-Za-z]{2}$/.test(code) && name.trim() !== '') entries.push({ name: name.trim(), code: code.toUpperCase() });
    else report(`bulletin.extraCountries: ignoring "${name}" (the value must be a two-letter ISO code)`);
  }
  return entries;
}
