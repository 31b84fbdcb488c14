/**
 * Public data types of the core. Plain data only: no editor types, no I/O.
 * Offsets are UTF-16 code units into the text as the editor holds it
 * (after a leading byte-order mark is dropped), end exclusive.
 */

export type EntityType = 'date' | 'official' | 'country';
export const ENTITY_TYPES: readonly EntityType[] = ['date', 'official', 'country'];

export interface Span {
  start: number;
  end: number;
}

/** A piece of the file's text with its exact range: `fileText.slice(start, end) === text`. */
export interface TextRange extends Span {
  text: string;
}

export interface Stamp extends TextRange {
  /** Publication date-time as ISO 8601 without seconds, e.g. `2026-02-24T15:00`. */
  published: string;
  /** The stamp's counter (view count) when present. */
  views?: number;
  /** Range of the date-and-time part (`24.02.2026, 15:00`), without the counter. */
  dateTime: TextRange;
}

export interface Article extends Span {
  /** Zero-based position in the bulletin. */
  index: number;
  stamp: Stamp;
  /** The first non-empty line after the stamp; absent for a stamp at the end of the file. */
  title?: TextRange;
  /** Every following non-empty line up to the next stamp. */
  paragraphs: TextRange[];
}

export interface ParsedBulletin {
  /** The text that offsets refer to (BOM removed). */
  text: string;
  /** Whether a leading U+FEFF was removed from the input. */
  hadBom: boolean;
  /** `YYYY-MM-DD` from the `date` header, when present and valid. */
  bulletinDate?: string;
  header?: TextRange;
  /** Text before the first stamp other than the header, when non-blank. */
  preamble?: TextRange;
  articles: Article[];
}

export type Origin = 'auto' | 'manual';

export interface Annotation extends TextRange {
  type: EntityType;
  /** Zero-based line and UTF-16 character of `start`, as in the editor. */
  line: number;
  character: number;
  /** ISO date, ISO alpha-2 code, or the official's fullest name in the bulletin. */
  normalized?: string;
  /** For officials: the title or office the text gives with the name. */
  role?: string;
  origin: Origin;
}

/**
 * What an annotator finds in one article, with offsets relative to the
 * article's start. Line/character are added by the facade, which knows the file.
 */
export interface Mention extends TextRange {
  type: EntityType;
  normalized?: string;
  role?: string;
}

export interface AnnotatedArticle extends Article {
  annotations: Annotation[];
}

export interface AnnotatedBulletin {
  /** File name or URI the bulletin came from, as given by the caller. */
  source: string;
  text: string;
  hadBom: boolean;
  bulletinDate?: string;
  articles: AnnotatedArticle[];
}

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'md';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'csv', 'md'];
