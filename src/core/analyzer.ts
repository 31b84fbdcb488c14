import { parseBulletin } from './parse/parser';
import { findDates } from './annotate/dates';
import { createCountryFinder } from './annotate/countries';
import { createOfficialFinder } from './annotate/officials';
import { officialNames } from './annotate/coreference';
import { blocksPending, resolveOverlaps } from './annotate/overlaps';
import { MentionTable } from './annotate/mentionTable';
import { confirmedPendingSteps } from './annotate/pending-names';
import { shiftMention } from './annotate/shiftMention';
import { runNow } from './steps';
import type { AnnotatorOptions, ArticleContext } from './annotate/context';
import { LineIndex } from './text/lines';
import { FifoCache } from './text/fifoCache';
import { StringPool } from './text/stringPool';
import { ENTITY_TYPES } from './types';
import type { AnnotatedArticle, AnnotatedBulletin, Annotation, Article, EntityType, Mention, ParsedBulletin } from './types';

export interface Analyzer {
  parse(text: string): ParsedBulletin;
  /** Parses and annotates a whole bulletin. Unchanged articles come from the cache. */
  annotate(text: string, source: string): AnnotatedBulletin;
  /** Annotates a parsed bulletin (lets a caller reuse its parse). */
  annotateParsed(parsed: ParsedBulletin, source: string): AnnotatedBulletin;
  /**
   * One article's mentions (its stamp's date first), with offsets into `text`,
   * before coreference. Cached by the article's content.
   */
  articleMentions(text: string, article: Article): Mention[];
  /**
   * The officials of one article that the article alone could not confirm
   * (see `confirmedPendingSteps`), with offsets into `text`. Cached with its mentions.
   */
  articlePending(text: string, article: Article): Mention[];
  /** How many articles were annotated afresh (not from the cache) since the analyzer was made. */
  readonly stats: { articlesComputed: number; articlesFromCache: number };
}

const CACHE_LIMIT = 20000;
/** Bodies kept under one cache key (publication time and length). */
const BODIES_PER_KEY = 8;
/** Distinct mention texts and values kept once each: the 10 MB bench bulletin has some 3 400. */
const STRINGS_LIMIT = 100000;

interface CachedBody {
  body: string;
  mentions: MentionTable;
}

/**
 * The core's facade: wires the parser, the three finders and officials'
 * coreference. Annotating an article is a pure function of its text after the
 * stamp and its publication date, so results are cached by that content and an
 * edit recomputes only the articles it touched.
 */
export function createAnalyzer(options: AnnotatorOptions = {}): Analyzer {
  const types = new Set(options.types ?? ENTITY_TYPES);
  const findCountries = createCountryFinder(options.extraCountries);
  const findOfficials = createOfficialFinder(options.extraTitles, findCountries);
  const cache = new FifoCache<string, CachedBody[]>(CACHE_LIMIT);
  const strings = new StringPool(STRINGS_LIMIT);
  const stats = { articlesComputed: 0, articlesFromCache: 0 };

  function findInBody(body: string, context: ArticleContext): MentionTable {
    // The official finder consults the same article's countries: find them once.
    const countries = types.has('country') || types.has('official') ? findCountries(body) : [];
    const dates = types.has('date') ? findDates(body, context) : [];
    const pending: Mention[] = [];
    const officials = types.has('official') ? findOfficials(body, context, countries, pending) : [];
    const kept = resolveOverlaps(dates, officials, types.has('country') ? countries : []);
    const free = pending.filter((p) => !blocksPending(kept, p));
    return new MentionTable(kept, strings, free.length > 0 ? free : undefined);
  }

  /**
   * Mentions of one article's body, relative to the end of its stamp. The
   * cache is keyed by the publication time and the body's length, the bodies
   * of that key then compared whole: a key holding the body itself would be
   * hashed, and first copied flat, on every call, some 30-60 ms per 10 MB,
   * where a fresh cache now reads no body and a warm one compares each once.
   */
  function bodyMentions(text: string, article: Article): MentionTable {
    const body = text.slice(article.stamp.end, article.end);
    const { published } = article.stamp;
    // Joined, not a template: a template's string of pieces would be kept, and flattened to be hashed.
    const key = [published, body.length].join('\u0000');
    const bodies = cache.get(key);
    const cached = bodies?.find((c) => c.body === body);
    if (cached) {
      stats.articlesFromCache++;
      return cached.mentions;
    }
    stats.articlesComputed++;
    const mentions = findInBody(body, { published });
    if (!bodies) cache.set(key, [{ body, mentions }]);
    // Bodies of one time and length are rare; a few kept keep a look-up short however many there are.
    else if (bodies.unshift({ body, mentions }) > BODIES_PER_KEY) bodies.pop();
    return mentions;
  }

  function articleMentions(text: string, article: Article): Mention[] {
    const body = bodyMentions(text, article);
    const out: Mention[] = [];
    if (types.has('date')) out.push(stampMention(article));
    const shift = article.stamp.end;
    for (let j = 0; j < body.length; j++) out.push(body.mention(j, shift));
    return out;
  }

  function articlePending(text: string, article: Article): Mention[] {
    const shift = article.stamp.end;
    return (bodyMentions(text, article).pending ?? []).map((m) => shiftMention(m, shift));
  }

  /** Annotations of one article from its cached body mentions, shifted once, with the linked names. */
  function articleAnnotations(article: Article, body: MentionTable, names: (string | undefined)[], lines: LineIndex): Annotation[] {
    const first = types.has('date') ? 1 : 0;
    // Sized up front: a list grown by `push` keeps room to spare, and every article's list is kept.
    const out: Annotation[] = new Array(first + body.length);
    if (first) {
      const { dateTime, published } = article.stamp;
      out[0] = toAnnotation('date', dateTime.text, dateTime.start, dateTime.end, published, undefined, lines);
    }
    const shift = article.stamp.end;
    for (let j = 0; j < body.length; j++) {
      const start = body.start(j) + shift;
      const end = body.end(j) + shift;
      out[first + j] = toAnnotation(body.type(j), body.text(j), start, end, names[j] ?? body.normalized(j), body.role(j), lines);
    }
    return out;
  }

  function annotateParsed(parsed: ParsedBulletin, source: string): AnnotatedBulletin {
    const { text } = parsed;
    const cached = parsed.articles.map((article) => bodyMentions(text, article));
    const confirmed = runNow(confirmedPendingSteps(cached, cached.map((table) => table.pending)));
    const perArticle = cached.map((table, i) => (confirmed[i] ? table.with(confirmed[i], strings) : table));
    const names = officialNames(perArticle);
    const lines = new LineIndex(text);
    const articles: AnnotatedArticle[] = parsed.articles.map((article, i) =>
      annotatedArticle(article, articleAnnotations(article, perArticle[i], names[i], lines)),
    );
    return { source, text, hadBom: parsed.hadBom, bulletinDate: parsed.bulletinDate, articles };
  }

  return Object.freeze({
    parse: parseBulletin,
    annotate: (text: string, source: string) => annotateParsed(parseBulletin(text), source),
    annotateParsed,
    articleMentions,
    articlePending,
    stats,
  });
}

/** `article` with its annotations, as one literal: a copy by `Object.assign` or a spread goes through V8's generic copy. */
function annotatedArticle(article: Article, annotations: Annotation[]): AnnotatedArticle {
  const { index, start, end, stamp, title, paragraphs } = article;
  return title === undefined
    ? { index, start, end, stamp, paragraphs, annotations }
    : { index, start, end, stamp, paragraphs, title, annotations };
}

function stampMention(article: Article): Mention {
  const { dateTime, published } = article.stamp;
  return { type: 'date', text: dateTime.text, start: dateTime.start, end: dateTime.end, normalized: published };
}

/**
 * An annotation of these fields. One literal per set of fields: adding a field
 * to a built object would give it a second, out-of-object store, and this runs
 * for every mention.
 */
function toAnnotation(
  type: EntityType, text: string, start: number, end: number, normalized: string | undefined, role: string | undefined, lines: LineIndex,
): Annotation {
  const line = lines.lineOf(start);
  const character = start - lines.lineStart(line);
  if (normalized === undefined) {
    return role === undefined
      ? { type, text, start, end, line, character, origin: 'auto' }
      : { type, text, start, end, line, character, origin: 'auto', role };
  }
  return role === undefined
    ? { type, text, start, end, line, character, origin: 'auto', normalized }
    : { type, text, start, end, line, character, origin: 'auto', normalized, role };
}
