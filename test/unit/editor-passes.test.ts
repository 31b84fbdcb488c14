import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createAnalyzer, ENTITY_TYPES } from '../../src/core';
import type { AnnotatedBulletin, Annotation, Article } from '../../src/core';
import { documentSymbolSteps, foldingSteps } from '../../src/core/editor/outline';
import type { LineRange } from '../../src/core/editor/outline';
import { semanticTokens, semanticTokenSteps, TOKEN_MODIFIERS } from '../../src/core/editor/semanticTokens';
import { bulletinLineSteps, textLines } from '../../src/core/editor/textLines';
import { mentionsInWindow } from '../../src/core/model/window';
import { articleLinesAround } from '../../src/core/model/windowLines';
import { countEntities, countEntitySteps, officialCountSteps } from '../../src/core/outline/counts';
import { filterArticles, filterArticleSteps } from '../../src/core/outline/filter';
import { sortArticleSteps } from '../../src/core/outline/sort';
import { runInSlices, runNow, type Steps } from '../../src/core/steps';
import { LineIndex } from '../../src/core/text/lines';

const analyzer = createAnalyzer();
const SAMPLE = fs.readFileSync('test/fixtures/2026-02-25.txt', 'utf8');
/** The sample's articles without its header, to repeat into a large bulletin. */
const ARTICLES = SAMPLE.slice(SAMPLE.indexOf('24.02.2026, 15:00'));
const SAMPLE_CRLF_BOM = `\ufeff${SAMPLE.replace(/\r?\n/g, '\r\n')}`;
const FIXTURES = ['2026-02-25.txt', 'dev-1.txt', 'dev-2.txt'].map((f) => fs.readFileSync(`test/fixtures/${f}`, 'utf8'));

// Header, CRLF line ends, a BOM, non-ASCII letters and an astral emoji (two UTF-16 units) before mentions.
const SYNTHETIC = [
  '\ufeffdate 2026-02-25',
  '24.02.2026, 15:00 1 204',
  'Kazakh Président Meets Italy’s Envoy',
  '',
  '📰 On 15 March, Kazakh Foreign Minister Murat Nurtleu met Antonio Tajani — in Zürich — and Tajani thanked Kazakhstan.',
  '23.02.2026, 09:00',
  '',
  'Italy in 2025',
  '',
].join('\r\n');

/** Runs the steps in slices, counting the pauses. */
async function sliced<T>(steps: Steps<T>): Promise<{ value: T | undefined; pauses: number }> {
  let pauses = 0;
  const value = await runInSlices(steps, async () => void pauses++, () => false);
  return { value, pauses };
}

function* wholeTokens(bulletin: AnnotatedBulletin): Steps<Uint32Array> {
  const lines = yield* bulletinLineSteps(bulletin);
  return yield* semanticTokenSteps(lines, bulletin.articles);
}

/** The editor's delta encoding read back: line, character, length, type and modifier names per token. */
function decode(data: Uint32Array): Array<[number, number, number, string, string[]]> {
  const out: Array<[number, number, number, string, string[]]> = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    line += data[i];
    const modifiers = TOKEN_MODIFIERS.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
    out.push([line, character, data[i + 2], ENTITY_TYPES[data[i + 3]], modifiers]);
  }
  return out;
}

describe('LineIndex built in steps', () => {
  it('pauses on a large text and answers as the index built at once, on LF, CRLF and lone CR', () => {
    // Breaks land on both sides of the 1 MiB slice boundary, a CRLF straddling it.
    const filler = 'x'.repeat((1 << 20) - 3);
    for (const text of [`${filler}ab\r\ncd\ne\rf`, `${filler}a\r\n\r\nb`, `${filler}\n${filler}\r${filler}`]) {
      const steps = LineIndex.inSteps(text);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses++;
      const whole = new LineIndex(text);
      assert.equal(pauses >= 1, true);
      assert.equal(step.value.lineCount, whole.lineCount);
      for (let line = 0; line < whole.lineCount; line++) assert.equal(step.value.lineStart(line), whole.lineStart(line), `line ${line}`);
    }
  });
});

describe('textLines', () => {
  it('reads each line without its break, whatever the break', () => {
    const text = 'ab\r\ncd\n\ref\r\rg';
    const lines = textLines(text, new LineIndex(text));
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => lines.lineText(i)), ['ab', 'cd', '', 'ef', '', 'g']);
    assert.deepEqual(lines.position(9), { line: 3, character: 1 });
  });
});

describe('semantic tokens from the core', () => {
  it('encodes a CRLF bulletin with a BOM and non-ASCII text: positions in UTF-16 units, stamp, title and normalized', () => {
    const bulletin = analyzer.annotate(SYNTHETIC, 'synthetic.txt');
    assert.deepEqual(decode(runNow(wholeTokens(bulletin))), [
      [1, 0, 17, 'date', ['stamp']],
      [2, 0, 6, 'country', ['normalized', 'title']],
      [2, 23, 5, 'country', ['title']],
      [4, 6, 8, 'date', ['normalized']],
      [4, 16, 6, 'country', ['normalized']],
      [4, 40, 13, 'official', []],
      [4, 58, 14, 'official', []],
      [4, 91, 6, 'official', ['normalized']],
      [4, 106, 10, 'country', []],
      [5, 0, 17, 'date', ['stamp']],
      [7, 0, 5, 'country', ['title']],
      [7, 9, 4, 'date', ['title']],
    ]);
  });

  it('gives every annotation of the fixtures its own line and character, and the same tokens on CRLF with a BOM', () => {
    for (const text of FIXTURES) {
      const bulletin = analyzer.annotate(text, 'f.txt');
      const annotations = bulletin.articles.flatMap((a) => a.annotations);
      const tokens = decode(runNow(wholeTokens(bulletin)));
      assert.deepEqual(tokens.map(([line, character, length, type]) => [line, character, length, type]), annotations.map((a) => [a.line, a.character, a.end - a.start, a.type]));
      const crlf = analyzer.annotate(`\ufeff${text.replace(/\r?\n/g, '\r\n')}`, 'f.txt');
      assert.deepEqual(decode(runNow(wholeTokens(crlf))), tokens);
    }
  });

  it('pauses on a large bulletin and gives the same tokens as at once; a range sorts its mentions', async () => {
    const bulletin = analyzer.annotate(ARTICLES.repeat(60), 'big.txt');
    const { value, pauses } = await sliced(wholeTokens({ ...bulletin }));
    assert.deepEqual(value, runNow(wholeTokens(bulletin)));
    assert.equal(pauses >= 2, true);
    const article = bulletin.articles[3];
    const lines = textLines(bulletin.text, new LineIndex(bulletin.text));
    assert.deepEqual(semanticTokens(lines, [...article.annotations].reverse()), runNow(semanticTokenSteps(lines, [article])));
  });

  it('skips overlapping and empty mentions, as the editor cannot show them', () => {
    const text = 'Italy and Spain';
    const lines = textLines(text, new LineIndex(text));
    const m = (start: number, end: number) => ({ type: 'country' as const, start, end, text: text.slice(start, end) });
    assert.deepEqual(decode(semanticTokens(lines, [m(0, 5), m(2, 4), m(6, 6), m(10, 15)])), [
      [0, 0, 5, 'country', []],
      [0, 10, 5, 'country', []],
    ]);
  });
});

/** Line and character of an offset, counted the slow obvious way. */
function slowPosition(text: string, offset: number): number[] {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return [lines.length - 1, lines[lines.length - 1].length];
}

interface PlainSymbol {
  name: string;
  detail: string;
  range: number[];
  selection?: number[];
  children?: PlainSymbol[];
}

const flat = ({ start, end }: LineRange) => [start.line, start.character, end.line, end.character];
const plain = {
  article: (name: string, detail: string, range: LineRange, selection: LineRange, children: PlainSymbol[]) => ({ name, detail, range: flat(range), selection: flat(selection), children }),
  mention: (a: Annotation, detail: string, range: LineRange) => ({ name: a.text, detail, range: flat(range) }),
};

function* symbolsOf(bulletin: AnnotatedBulletin): Steps<PlainSymbol[]> {
  return yield* documentSymbolSteps(bulletin, yield* bulletinLineSteps(bulletin), plain);
}

describe('document symbols and folds from the core', () => {
  it('spans each article to its last character, selects its title, lists its mentions; the same on CRLF with a BOM', () => {
    const bulletin = analyzer.annotate(SAMPLE, '2026-02-25.txt');
    const symbols = runNow(symbolsOf(bulletin));
    assert.deepEqual(symbols.slice(0, 2).map((s) => s.range), [[0, 17, 3, 188], [4, 0, 12, 139]]);
    assert.deepEqual(symbols[8].range, [60, 0, 64, 162]);
    assert.deepEqual(
      symbols.map((s) => s.range),
      bulletin.articles.map((a) => [...slowPosition(SAMPLE, a.start), ...slowPosition(SAMPLE, SAMPLE.slice(0, a.end).trimEnd().length)]),
    );
    assert.equal(symbols[1].name, 'Prospects for Advancing the Strategic Partnership with Italy Discussed at the Kazakh Foreign Ministry');
    assert.equal(symbols[1].detail, '24.02.2026, 20:15');
    assert.deepEqual(symbols[1].selection, [5, 0, 5, 101]);
    assert.deepEqual(symbols[0].children?.find((c) => c.name === 'Estonia'), { name: 'Estonia', detail: 'EE', range: [1, 37, 1, 44] });
    for (const [i, article] of bulletin.articles.entries()) {
      assert.deepEqual(symbols[i].children?.map((c) => c.range), article.annotations.map((a) => [a.line, a.character, a.line, a.character + a.end - a.start]));
    }
    assert.deepEqual(runNow(symbolsOf(analyzer.annotate(SAMPLE_CRLF_BOM, '2026-02-25.txt'))), symbols);
  });

  it('folds each article from its stamp line to its last line, on LF and on CRLF with a BOM', () => {
    for (const text of [SAMPLE, SAMPLE_CRLF_BOM]) {
      const bulletin = analyzer.annotate(text, 'f.txt');
      const folds = runNow((function* () {
        return yield* foldingSteps(bulletin, yield* bulletinLineSteps(bulletin));
      })());
      assert.deepEqual(folds.map((f) => [f.start, f.end]), [[0, 3], [4, 12], [13, 21], [22, 28], [29, 36], [37, 43], [44, 48], [49, 59], [60, 64]]);
    }
  });

  it('leaves out the fold of a one-line article and names an untitled one by its stamp', () => {
    const bulletin = analyzer.annotate('24.02.2026, 15:00\nÜber Italy\n\n24.02.2026, 16:00', 'f.txt');
    const symbols = runNow(symbolsOf(bulletin));
    assert.deepEqual(symbols.map((s) => [s.name, s.range, s.selection]), [
      ['Über Italy', [0, 0, 1, 10], [1, 0, 1, 10]],
      ['24.02.2026, 16:00', [3, 0, 3, 17], [3, 0, 3, 17]],
    ]);
    assert.deepEqual(runNow(foldingSteps(bulletin, textLines(bulletin.text, new LineIndex(bulletin.text)))), [{ start: 0, end: 1 }]);
  });

  it('pauses on a large bulletin and gives the same symbols as at once', async () => {
    const bulletin = analyzer.annotate(ARTICLES.repeat(60), 'big.txt');
    const { value, pauses } = await sliced(symbolsOf({ ...bulletin }));
    assert.deepEqual(value, runNow(symbolsOf(bulletin)));
    assert.equal(pauses > 2, true);
  });
});

describe('counts and filters in steps', () => {
  const big = analyzer.annotate(ARTICLES.repeat(60), 'big.txt');

  it('counts as at once, pausing on a large bulletin', async () => {
    const { value, pauses } = await sliced(countEntitySteps(big.articles));
    assert.deepEqual(value, countEntities(big.articles));
    assert.equal(value?.articles, 540);
    assert.equal(pauses > 0, true);
  });

  it("counts each official's mentions and the articles naming them", () => {
    const counts = runNow(officialCountSteps(big.articles));
    assert.deepEqual(counts.get('Alar Karis'), { mentions: 180, articles: 60 });
    assert.deepEqual(runNow(officialCountSteps(analyzer.annotate(SAMPLE, 's.txt').articles)).get('Alar Karis'), { mentions: 3, articles: 1 });
  });

  it('sorts by date as a plain sort does, stable on ties, pausing on many articles', async () => {
    // Many copies of the articles, in a scrambled order: equal dates, distinct places in the file.
    const many = Array.from({ length: 40 }, (_, copy) => big.articles.map((a) => ({ ...a, index: (a.index * 7919 + copy * 104729) % 21600 }))).flat();
    const date = (a: Article) => a.stamp.published;
    const expected = [...many].sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a.index - b.index));
    const { value, pauses } = await sliced(sortArticleSteps(many, 'date'));
    assert.deepEqual(value?.map((a) => a.index), expected.map((a) => a.index));
    assert.equal(value?.[0].stamp.published, '2026-02-23T17:00');
    assert.equal(pauses > 5, true);
    assert.deepEqual(runNow(sortArticleSteps(many, 'file')), many);
  });

  it('filters as at once, pausing over the text searched', async () => {
    const { value, pauses } = await sliced(filterArticleSteps(big.text, big.articles, { text: 'vienna' }));
    assert.deepEqual(value, filterArticles(big.text, big.articles, { text: 'vienna' }));
    assert.deepEqual(value?.slice(0, 2).map((a) => a.index), [6, 15]);
    assert.equal(pauses > 0, true);
  });
});

describe('articleLinesAround: a visible range annotated from its lines, without the whole text', () => {
  const sourceOf = (text: string) => {
    const lines = text.split(/\r\n|\r|\n/);
    return { lineCount: lines.length, lineText: (i: number) => lines[i] };
  };

  it('reaches from the stamp line before to the stamp line after', () => {
    const lines = sourceOf(SAMPLE);
    assert.deepEqual(articleLinesAround(lines, 6, 7), { first: 4, last: 13 });
    assert.deepEqual(articleLinesAround(lines, 4, 13), { first: 4, last: 22 });
    // The header line (with the first stamp after it) is the first line; the last article runs to the end.
    assert.deepEqual(articleLinesAround(lines, 2, 2), { first: 0, last: 4 });
    assert.deepEqual(articleLinesAround(lines, 62, 62), { first: 60, last: lines.lineCount });
  });

  it('gives the mentions the whole text gives, on LF and on CRLF', () => {
    for (const text of [SAMPLE, SAMPLE.replace(/\n/g, '\r\n'), FIXTURES[1]]) {
      const index = new LineIndex(text);
      for (const [start, end] of [[0, 40], [900, 2500], [text.length - 300, text.length], [5000, 5001]]) {
        const { first, last } = articleLinesAround(sourceOf(text), index.lineOf(start), index.lineOf(Math.max(start, end - 1)));
        const from = index.lineStart(first);
        const region = text.slice(from, last < index.lineCount ? index.lineStart(last) : text.length);
        const shifted = mentionsInWindow(analyzer, region, start - from, end - from).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
        assert.deepEqual(shifted, mentionsInWindow(analyzer, text, start, end), `${start}-${end}`);
      }
    }
  });
});
