import type { EntityType } from '../core/types';

/**
 * The hand-made gold source format (test/fixtures/gold/src/*.gold.txt), one
 * mention per line, grouped under `== <article index>` lines:
 *
 *   <D|O|C>[?] <exact text>[ #<n>| *][ | <normalized>[ | <role>]]
 *
 * `#n` picks the n-th occurrence (1-based) of the text in the article, counted
 * over every whole-word occurrence after the stamp line; `*` takes every
 * occurrence not already inside a longer listed mention; with neither, the
 * text must occur exactly once outside longer listed mentions. Officials' `normalized` defaults to the text.
 * A `?` after the type marks a mention the guide calls "not required" (a
 * language adjective, a currency's `US`): a system may mark it or not, and
 * either way it is not scored. `#` starts a comment line. Stamps are not
 * listed: the builder adds them.
 */
export interface GoldEntry {
  type: EntityType;
  text: string;
  /** 1-based occurrence, `all`, or undefined for "the only one". */
  occurrence: number | 'all' | undefined;
  normalized?: string;
  role?: string;
  /** Not required by the guide: neither a miss when absent nor a false alarm when found. */
  optional: boolean;
  /** 1-based line in the source file, for error messages. */
  sourceLine: number;
}

export interface GoldSourceArticle {
  index: number;
  entries: GoldEntry[];
}

const TYPE_CODES: Readonly<Record<string, EntityType>> = { D: 'date', O: 'official', C: 'country' };
const ARTICLE_LINE = /^== (\d+)$/;
const MENTION_LINE = /^([DOC])(\?)? (.+?)(?: #(\d+)| (\*))?$/;

export function parseGoldSource(source: string): GoldSourceArticle[] {
  const articles: GoldSourceArticle[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const header = ARTICLE_LINE.exec(line);
    if (header) {
      articles.push({ index: Number(header[1]), entries: [] });
      return;
    }
    const current = articles[articles.length - 1];
    if (!current) throw new Error(`gold source line ${i + 1}: mention before any "== <index>" line`);
    current.entries.push(parseEntry(line, i + 1));
  });
  return articles;
}

function parseEntry(line: string, sourceLine: number): GoldEntry {
  const [mention, normalized, role, ...rest] = line.split(' | ').map((part) => part.trim());
  const match = MENTION_LINE.exec(mention);
  if (!match || rest.length > 0) throw new Error(`gold source line ${sourceLine}: cannot read "${line}"`);
  const type = TYPE_CODES[match[1]];
  const optional = match[2] === '?';
  const occurrence = match[5] ? 'all' : match[4] ? Number(match[4]) : undefined;
  const entry: GoldEntry = { type, text: match[3], occurrence, optional, sourceLine };
  const value = normalized || (type === 'official' ? match[3] : undefined);
  if (value) entry.normalized = value;
  else if (!optional) throw new Error(`gold source line ${sourceLine}: ${type} needs a normalized value`);
  if (role) {
    if (type !== 'official') throw new Error(`gold source line ${sourceLine}: only officials have a role`);
    entry.role = role;
  }
  return entry;
}
