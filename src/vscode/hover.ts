import * as vscode from 'vscode';
import type { AnnotatedArticle, AnnotatedBulletin, Annotation } from '../core';
import { countryName } from '../core/data/countries';
import { officialCountSteps } from '../core/outline/counts';
import type { MentionCount } from '../core/outline/counts';
import { BULLETIN_LANGUAGE } from './analysisStore';
import type { Services } from './extension';
import { runPass } from './passes';
import { bulletinSize } from '../core/editor/textLines';

/** Hover on an annotation: its type and normalised value, and for an official the role and mention count. */
export function registerHover(services: Services): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: BULLETIN_LANGUAGE },
    {
      async provideHover(document, position, token) {
        try {
          // The full name and mention count need the whole bulletin: a large one is annotated in slices, not at once.
          const bulletin = services.store.getIfReady(document) ?? (await services.store.getAsync(document, token));
          if (!bulletin || token.isCancellationRequested) return undefined;
          const found = annotationAt(bulletin, document.offsetAt(position));
          if (!found) return undefined;
          const { article, annotation } = found;
          const counts = annotation.type === 'official' ? await officialCounts(bulletin) : undefined;
          if (token.isCancellationRequested) return undefined;
          const range = new vscode.Range(document.positionAt(annotation.start), document.positionAt(annotation.end));
          return new vscode.Hover(describe(article, annotation, counts), range);
        } catch (error) {
          services.log.error(`Hover in ${document.uri.toString()}`, error);
          return undefined;
        }
      },
    },
  );
}

/** The annotation covering `offset` (end inclusive, so the cursor just after a word still counts). */
export function annotationAt(bulletin: AnnotatedBulletin, offset: number): { article: AnnotatedArticle; annotation: Annotation } | undefined {
  const article = findLast(bulletin.articles, (a) => a.start <= offset);
  if (!article || offset > article.end) return undefined;
  const annotation = article.annotations.find((a) => a.start <= offset && offset <= a.end);
  return annotation && { article, annotation };
}

/** The last element satisfying a predicate that holds for a prefix of the (sorted) list. */
function findLast<T>(items: readonly T[], holds: (item: T) => boolean): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? items[lo - 1] : undefined;
}

const TYPE_LABELS = { date: 'Date', official: 'Official', country: 'Country' } as const;

/**
 * Backslash-escapes every ASCII punctuation character Markdown could read as
 * syntax, HTML or an entity. Unlike `appendText`, spaces stay spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:]/g, '\\$&');
}

/**
 * Bulletin text is untrusted: it only ever enters the hover escaped, and the
 * hover runs no commands or HTML. `counts`: the bulletin's officials' mention counts.
 */
export function describe(article: AnnotatedArticle, annotation: Annotation, counts?: ReadonlyMap<string, MentionCount>): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${TYPE_LABELS[annotation.type]}**: ${escapeMarkdown(annotation.text)}`);
  const line = (label: string, value: string) => md.appendMarkdown(`  \n${label}: ${escapeMarkdown(value)}`);
  const { normalized } = annotation;
  switch (annotation.type) {
    case 'date':
      if (normalized !== undefined) line('ISO 8601', normalized);
      if (annotation.start === article.stamp.dateTime.start) line('Stamp of article', `${article.index + 1}${article.stamp.views === undefined ? '' : `, ${article.stamp.views} views`}`);
      break;
    case 'country':
      if (normalized !== undefined) line('State', `${countryName(normalized) ?? annotation.text} (${normalized})`);
      break;
    case 'official': {
      const name = normalized ?? annotation.text;
      line('Full name', name);
      if (annotation.role !== undefined) line('Role', annotation.role);
      const { mentions, articles } = counts?.get(name) ?? { mentions: 0, articles: 0 };
      line('Mentioned', `${mentions} ${mentions === 1 ? 'time' : 'times'} in ${articles} ${articles === 1 ? 'article' : 'articles'} of this bulletin`);
      break;
    }
  }
  return md;
}

/** Each finished bulletin's official mention counts: counted once (a large bulletin in slices) for every hover on it. */
const countsByBulletin = new WeakMap<AnnotatedBulletin, Promise<ReadonlyMap<string, MentionCount>>>();

function officialCounts(bulletin: AnnotatedBulletin): Promise<ReadonlyMap<string, MentionCount>> {
  let counts = countsByBulletin.get(bulletin);
  if (!counts) {
    // Never cancelled: the counts serve the next hover even if this one is gone.
    counts = runPass(bulletinSize(bulletin), officialCountSteps(bulletin.articles), () => false).then((found) => found ?? new Map());
    countsByBulletin.set(bulletin, counts);
  }
  return counts;
}
