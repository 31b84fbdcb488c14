import * as vscode from 'vscode';
import type { AnnotatedBulletin } from '../core';
import { foldingSteps } from '../core/editor/outline';
import { bulletinLineSteps, bulletinSize } from '../core/editor/textLines';
import type { Steps } from '../core/steps';
import { BULLETIN_LANGUAGE } from './analysisStore';
import type { Services } from './extension';
import { runPass } from './passes';

/** Folds each article from its stamp line to its last non-blank line. */
export function registerFolding(services: Services): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(
    { language: BULLETIN_LANGUAGE },
    {
      async provideFoldingRanges(document, _context, token) {
        try {
          const bulletin = await services.store.getAsync(document, token);
          if (!bulletin || token.isCancellationRequested) return [];
          return (await runPass(bulletinSize(bulletin), rangeSteps(bulletin), () => token.isCancellationRequested)) ?? [];
        } catch (error) {
          services.log.error('Folding ranges', error);
          return [];
        }
      },
    },
  );
}

function* rangeSteps(bulletin: AnnotatedBulletin): Steps<vscode.FoldingRange[]> {
  const folds = yield* foldingSteps(bulletin, yield* bulletinLineSteps(bulletin));
  return folds.map((fold) => new vscode.FoldingRange(fold.start, fold.end));
}
