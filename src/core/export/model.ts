import type { AnnotatedArticle, AnnotatedBulletin, Annotation, EntityType, Origin } from '../types';

/** One annotation as exported (guide §3). Optional keys are left out when empty. */
export interface ExportAnnotation {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  line: number;
  character: number;
  normalized?: string;
  role?: string;
  origin: Origin;
}

/** One article as exported: its stamp's data and its annotations, not the parser's whole structure. */
export interface ExportArticle {
  index: number;
  published: string;
  /** The stamp's counter; null when the stamp has none. */
  views: number | null;
  /** null for a stamp with no line after it. */
  title: string | null;
  start: number;
  end: number;
  annotations: ExportAnnotation[];
}

/** The JSON document of one bulletin. */
export interface ExportDocument {
  source: string;
  bulletinDate: string | null;
  articles: ExportArticle[];
}

/** Annotations in offset order (then by end and type), whatever order the caller kept them in. */
export function sortedAnnotations(article: AnnotatedArticle): Annotation[] {
  return [...article.annotations].sort((a, b) => a.start - b.start || a.end - b.end || compare(a.type, b.type));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Keys are listed one by one so the output's key order is fixed (origin last,
// as in the guide's example), whatever extra properties the caller's objects carry.
export function toExportAnnotation(a: Annotation): ExportAnnotation {
  return {
    type: a.type,
    text: a.text,
    start: a.start,
    end: a.end,
    line: a.line,
    character: a.character,
    ...(a.normalized === undefined ? {} : { normalized: a.normalized }),
    ...(a.role === undefined ? {} : { role: a.role }),
    origin: a.origin,
  };
}

export function toExportArticle(article: AnnotatedArticle): ExportArticle {
  return {
    index: article.index,
    published: article.stamp.published,
    views: article.stamp.views ?? null,
    title: article.title?.text ?? null,
    start: article.start,
    end: article.end,
    annotations: sortedAnnotations(article).map(toExportAnnotation),
  };
}

export function toExportDocument(bulletin: AnnotatedBulletin): ExportDocument {
  return {
    source: bulletin.source,
    bulletinDate: bulletin.bulletinDate ?? null,
    articles: bulletin.articles.map(toExportArticle),
  };
}
