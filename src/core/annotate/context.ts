import type { EntityType } from '../types';

/** What an annotator may know about the article besides its text. */
export interface ArticleContext {
  /** The article's publication date-time (`YYYY-MM-DDTHH:MM`), for relative and year-less dates. */
  published: string;
}

/** Options the caller may set; plain data, never read from settings by the core. */
export interface AnnotatorOptions {
  /** Entity types to annotate (default: all). */
  types?: readonly EntityType[];
  /** Extra country names or aliases, merged into the gazetteer. `code` is ISO 3166-1 alpha-2. */
  extraCountries?: readonly { name: string; code: string }[];
  /** Extra official titles (e.g. `Chief Adviser`), merged into the title list. */
  extraTitles?: readonly string[];
}
