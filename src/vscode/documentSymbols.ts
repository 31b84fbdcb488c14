import * as vscode from 'vscode';
import type { AnnotatedBulletin, EntityType } from '../core';
import { documentSymbolSteps } from '../core/editor/outline';
import type { LineRange, SymbolMaker } from '../core/editor/outline';
import { bulletinLineSteps, bulletinSize } from '../core/editor/textLines';
import type { Steps } from '../core/steps';
import { BULLETIN_LANGUAGE } from './analysisStore';
import type { Services } from './extension';
import { runPass } from './passes';

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
          return (await runPass(bulletinSize(bulletin), symbolSteps(bulletin), () => token.isCancellationRequested)) ?? [];
        } catch (error) {
          services.log.error('Document symbols', error);
          return [];
        }
      },
    },
    { label: 'Bulletin articles' },
  );
}

function* symbolSteps(bulletin: AnnotatedBulletin): Steps<vscode.DocumentSymbol[]> {
  const lines = yield* bulletinLineSteps(bulletin);
  return yield* documentSymbolSteps(bulletin, lines, makeSymbol);
}

const makeSymbol: SymbolMaker<vscode.DocumentSymbol> = {
  article(name, detail, range, selection, children) {
    const symbol = new vscode.DocumentSymbol(name, detail, vscode.SymbolKind.Module, toRange(range), toRange(selection));
    symbol.children = children;
    return symbol;
  },
  mention(annotation, detail, range) {
    const at = toRange(range);
    return new vscode.DocumentSymbol(annotation.text, detail, ENTITY_KINDS[annotation.type], at, at);
  },
};

function toRange({ start, end }: LineRange): vscode.Range {
  return new vscode.Range(start.line, start.character, end.line, end.character);
}
