import * as vscode from 'vscode';
import { BULLETIN_LANGUAGE } from './analysisStore';
import { articleExtent } from './documentSymbols';
import type { Services } from './extension';

/** Folds each article from its stamp line to its last non-blank line. */
export function registerFolding(services: Services): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(
    { language: BULLETIN_LANGUAGE },
    {
      async provideFoldingRanges(document, _context, token) {
        try {
          const bulletin = await services.store.getAsync(document, token);
          if (!bulletin || token.isCancellationRequested) return [];
          const ranges: vscode.FoldingRange[] = [];
          for (const article of bulletin.articles) {
            const { start, end } = articleExtent(bulletin.text, article);
            const first = document.positionAt(start).line;
            const last = document.positionAt(end).line;
            if (last > first) ranges.push(new vscode.FoldingRange(first, last));
          }
          return ranges;
        } catch (error) {
          services.log.error('Folding ranges', error);
          return [];
        }
      },
    },
  );
}
