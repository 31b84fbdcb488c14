import type { AnnotatedBulletin } from '../types';
import { toExportArticle } from './model';

const ARTICLE_INDENT = '\n    ';

/**
 * The bulletin's JSON document, one article per chunk. Byte-identical to
 * `JSON.stringify(toExportDocument(bulletin), null, 2) + '\n'`: each article is
 * stringified alone and indented to its depth (JSON strings hold no raw
 * line breaks, so indenting after every `\n` is safe).
 */
export function* jsonChunks(bulletin: AnnotatedBulletin): Generator<string> {
  const source = JSON.stringify(bulletin.source);
  const date = JSON.stringify(bulletin.bulletinDate ?? null);
  yield `{\n  "source": ${source},\n  "bulletinDate": ${date},\n  "articles": [`;
  if (bulletin.articles.length === 0) {
    yield ']\n}\n';
    return;
  }
  let separator = '';
  for (const article of bulletin.articles) {
    const body = JSON.stringify(toExportArticle(article), null, 2).replace(/\n/g, ARTICLE_INDENT);
    yield `${separator}${ARTICLE_INDENT}${body}`;
    separator = ',';
  }
  yield '\n  ]\n}\n';
}

/** One line per article, each carrying the bulletin's `source` and `bulletinDate`. */
export function* jsonlChunks(bulletin: AnnotatedBulletin): Generator<string> {
  const bulletinDate = bulletin.bulletinDate ?? null;
  for (const article of bulletin.articles) {
    yield `${JSON.stringify({ source: bulletin.source, bulletinDate, ...toExportArticle(article) })}\n`;
  }
}
