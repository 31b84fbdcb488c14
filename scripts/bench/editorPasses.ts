import type { AnnotatedBulletin } from '../../src/core';
import { documentSymbolSteps, foldingSteps } from '../../src/core/editor/outline';
import type { LineRange, SymbolMaker } from '../../src/core/editor/outline';
import { semanticTokenSteps } from '../../src/core/editor/semanticTokens';
import { bulletinLineSteps } from '../../src/core/editor/textLines';
import { countEntitySteps, officialCountSteps } from '../../src/core/outline/counts';
import { runInSlices, type Steps } from '../../src/core/steps';
import { articleTreeSteps } from '../../src/vscode/articleTreeNodes';

/** Pauses that await the event loop and record the longest stretch of work between two of them. */
export function stretchMeter(): { pause: () => Promise<void>; longestMs: () => number } {
  let longest = 0;
  let last = process.hrtime.bigint();
  const pause = async () => {
    const now = process.hrtime.bigint();
    longest = Math.max(longest, Number(now - last) / 1e6);
    await new Promise((resolve) => setImmediate(resolve));
    last = process.hrtime.bigint();
  };
  return { pause, longestMs: () => longest };
}

/** What the editor's `DocumentSymbol` holds, as plain objects. */
interface BenchSymbol {
  name: string;
  detail: string;
  range: LineRange;
  selectionRange: LineRange;
  children: BenchSymbol[];
}

const makeSymbol: SymbolMaker<BenchSymbol> = {
  article: (name, detail, range, selectionRange, children) => ({ name, detail, range, selectionRange, children }),
  mention: (annotation, detail, range) => ({ name: annotation.text, detail, range, selectionRange: range, children: [] }),
};

/** The editor's passes over a finished bulletin, as its features run them when it opens, each made when its turn comes. */
function* editorPasses(bulletin: AnnotatedBulletin): Iterable<Steps<unknown>> {
  yield (function* () {
    const lines = yield* bulletinLineSteps(bulletin);
    return yield* semanticTokenSteps(lines, bulletin.articles);
  })();
  yield (function* () {
    return yield* documentSymbolSteps(bulletin, yield* bulletinLineSteps(bulletin), makeSymbol);
  })();
  yield (function* () {
    return yield* foldingSteps(bulletin, yield* bulletinLineSteps(bulletin));
  })();
  yield articleTreeSteps('file:///bench.txt', bulletin, { text: '' }, 'file');
  yield articleTreeSteps('file:///bench.txt', bulletin, { text: 'minister' }, 'date');
  yield countEntitySteps(bulletin.articles);
  yield officialCountSteps(bulletin.articles);
}

/**
 * Longest stretch between pauses of the editor's own passes over a finished
 * bulletin (tokens, symbols, folding, the tree's nodes filtered and sorted,
 * the status bar's and hover's counts), run in slices as the editor runs a
 * large bulletin's.
 */
export async function longestPassMs(bulletin: AnnotatedBulletin): Promise<number> {
  const meter = stretchMeter();
  for (const steps of editorPasses(bulletin)) await runInSlices(steps, meter.pause, () => false);
  await meter.pause();
  return meter.longestMs();
}
