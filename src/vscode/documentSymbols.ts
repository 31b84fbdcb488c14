import * as vscode from 'vscode';
import type { AnnotatedArticle, Annotation, EntityType } from '../core';
import { articleLabel } from '../core/outline/entities';
import { contentEnd } from '../core/outline/locate';
import { BULLETIN_LANGUAGE } from './analysisStore';
import type { Services } from './extension';

const ENTITY_KINDS: Readonly<Record<EntityType, vscode.SymbolKind>> = {
  official: vscode.SymbolKind.Object,
  country: vscode.SymbolKind.Enum,
  date: vscode.SymbolKind.Event,
};

/** Outline, breadcrumbs and Go to Symbol: each article, with its mentions as children. */
export function registerDocumentSymbols(services: Services): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    { language: BULLETIN_LANGUAGE },
    {
      async provideDocumentSymbols(document, token) {
        try {
          const bulletin = await services.store.getAsync(document, token);
          if (!bulletin || token.isCancellationRequested) return [];
          return bulletin.articles.map((article) => articleSymbol(document, bulletin.text, article));
        } catch (error) {
          services.log.error('Document symbols', error);
          return [];
        }
      },
    },
    { label: 'Bulletin articles' },
  );
}

/**
 * An article from its stamp to its last non-blank character (not into the
 * next stamp's line, which would make the breadcrumbs name the wrong article);
 * its title is what the editor selects.
 */
export function articleExtent(text: string, article: AnnotatedArticle): { start: number; end: number } {
  return { start: article.start, end: contentEnd(text, article, article.stamp.end) };
}

function articleSymbol(document: vscode.TextDocument, text: string, article: AnnotatedArticle): vscode.DocumentSymbol {
  const extent = articleExtent(text, article);
  const name = article.title ?? article.stamp.dateTime;
  const selection = toRange(document, name.start, name.end);
  const range = toRange(document, extent.start, Math.max(extent.end, name.end));
  const symbol = new vscode.DocumentSymbol(articleLabel(article), article.stamp.dateTime.text, vscode.SymbolKind.Module, range, selection);
  symbol.children = article.annotations.map((a) => mentionSymbol(document, a));
  return symbol;
}

function mentionSymbol(document: vscode.TextDocument, annotation: Annotation): vscode.DocumentSymbol {
  const range = toRange(document, annotation.start, annotation.end);
  const detail = [annotation.normalized, annotation.role].filter((d) => d !== undefined && d !== annotation.text).join(' · ');
  return new vscode.DocumentSymbol(annotation.text, detail, ENTITY_KINDS[annotation.type], range, range);
}

function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
