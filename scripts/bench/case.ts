import { readFileSync } from 'node:fs';
import { createAnalyzer, EXPORT_FORMATS } from '../../src/core';
import { exportChunks } from '../../src/core/export';
import { BulletinModel } from '../../src/core/model/bulletinModel';
import { mentionsInWindow } from '../../src/core/model/window';
import { regexCeiling } from './ceiling';
import { longestPassMs, stretchMeter } from './editorPasses';
import { meanMs, medianMs, rate } from './measure';
import { StandInDocument } from './standInDocument';

const nothing = () => undefined;

/** Offset of the start of line `line` (or the end of the text). */
function lineOffset(text: string, line: number, from = 0): number {
  let at = from;
  for (let i = 0; i < line && at !== -1; i++) at = text.indexOf('\n', at) + 1 || -1;
  return at === -1 ? text.length : at;
}

function compromiseMsPerArticle(text: string): number {
  // Loaded here only: the product never loads compromise on this path.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (t: string) => { people(): { out(f: string): unknown } };
  const articles = createAnalyzer().parse(text).articles.slice(0, 20);
  const t0 = process.hrtime.bigint();
  for (const a of articles) nlp(text.slice(a.start, a.end)).people().out('array');
  return Number(process.hrtime.bigint() - t0) / 1e6 / articles.length;
}

/** Edits timed in one stretch: the edited article grows by this many characters, at every size alike. */
const EDITS_TIMED = 500;

function editCost(text: string) {
  const analyzer = createAnalyzer();
  const model = new BulletinModel(analyzer, text);
  model.bulletin('bench.txt');
  const middle = model.articles()[Math.floor(model.articleCount / 2)];
  const at = (middle.paragraphs[0] ?? middle.stamp).start + 3;
  let reparsed = 0;
  let reannotated = 0;
  // Each edit inserts a character, so its article is new to the analyzer's cache every time.
  const ms = meanMs(EDITS_TIMED, () => {
    const before = analyzer.stats.articlesComputed;
    reparsed = model.applyEdit(at, at, 'x').reparsedArticles;
    model.annotationsInRange(at, at + 1);
    reannotated = analyzer.stats.articlesComputed - before;
  });
  return { ms, reparsed, reannotated };
}

/**
 * Longest stretches between pauses on the editor's path for a large bulletin
 * (module code already compiled by the measures before): opening it (the
 * model read from a stand-in document a run of lines at a time, then the
 * whole bulletin annotated and linked in slices), and re-linking it after a
 * 1-character edit mid-file.
 */
export async function longestBlockMs(text: string): Promise<{ openMs: number; relinkMs: number }> {
  const document = new StandInDocument(text);
  const opening = stretchMeter();
  const model = await BulletinModel.fromLines(createAnalyzer(), document.reader(opening.pause), opening.pause, () => false);
  if (!model) throw new Error('the bench model was not built');
  await model.bulletinAsync('bench.txt', opening.pause, () => false);
  await opening.pause();
  const at = model.articles()[Math.floor(model.articleCount / 2)].stamp.end + 3;
  const relinking = stretchMeter();
  model.applyEdit(at, at, 'x');
  await model.bulletinAsync('bench.txt', relinking.pause, () => false);
  await relinking.pause();
  return { openMs: opening.longestMs(), relinkMs: relinking.longestMs() };
}

/**
 * Peak memory of what a user does with the file, in a process of its own:
 * read, annotate the whole bulletin once, stream its JSON export. (The timing
 * case holds several analyses at once and says little about memory.)
 */
export function memoryCase(file: string): { peakRssMB: number } {
  const text = readFileSync(file, 'utf8');
  const bulletin = createAnalyzer().annotate(text, 'bench.txt');
  let size = 0;
  for (const chunk of exportChunks(bulletin, 'json')) size += chunk.length;
  return { peakRssMB: size > 0 ? process.resourceUsage().maxRSS / 1024 : 0 };
}

export async function runCase(file: string) {
  const text = readFileSync(file, 'utf8');
  const n = text.length;
  const runs = n > 20e6 ? 3 : 5;
  // Making an analyzer compiles its gazetteers: that is done in the setup, outside the timing.
  const parseMs = medianMs(runs, () => createAnalyzer(), (a) => a.parse(text));
  const ceilingMs = medianMs(runs, nothing, () => regexCeiling(text));
  const annotateMs = medianMs(runs, () => createAnalyzer(), (a) => a.annotate(text, 'bench.txt'));
  const articles = createAnalyzer().parse(text).articles.length;
  const compromiseMs = compromiseMsPerArticle(text);
  const edit = editCost(text);
  const screenEnd = lineOffset(text, 100);
  const midStart = lineOffset(text, 0, Math.floor(n / 2));
  const midEnd = lineOffset(text, 100, midStart);
  const firstScreenMs = medianMs(runs, () => createAnalyzer(), (a) => mentionsInWindow(a, text, 0, screenEnd));
  const middleScreenMs = medianMs(runs, () => createAnalyzer(), (a) => mentionsInWindow(a, text, midStart, midEnd));
  const wholeTokensMs = medianMs(3, () => createAnalyzer(), (a) => mentionsInWindow(a, text, 0, n));
  const treeMs = medianMs(runs, () => createAnalyzer(), (a) => new BulletinModel(a, text).articles());
  const bulletin = createAnalyzer().annotate(text, 'bench.txt');
  const block = await longestBlockMs(text);
  const exportMBs = Object.fromEntries(
    EXPORT_FORMATS.map((f) => [f, rate(n, medianMs(3, nothing, () => {
      let size = 0;
      for (const chunk of exportChunks(bulletin, f)) size += chunk.length;
      return size;
    }))]),
  );
  return {
    file, chars: n, articles,
    parseMBs: rate(n, parseMs), ceilingMBs: rate(n, ceilingMs), annotateMBs: rate(n, annotateMs),
    annotateToCeiling: annotateMs / ceilingMs,
    ourMsPerArticle: annotateMs / articles, compromiseMsPerArticle: compromiseMs,
    compromiseSpeedup: compromiseMs / (annotateMs / articles),
    editMs: edit.ms, editReparsed: edit.reparsed, editReannotated: edit.reannotated,
    firstScreenMs, middleScreenMs, wholeTokensMs, treeMs, exportMBs,
    longestBlockMs: block.openMs, longestRelinkMs: block.relinkMs,
    longestPassMs: await longestPassMs(bulletin),
  };
}
