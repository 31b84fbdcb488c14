import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { createAnalyzer } from '../../src/core';
import type { AnnotatedBulletin } from '../../src/core';
import { bulletinLineSteps, bulletinSize, textLines } from '../../src/core/editor/textLines';
import type { TextSource } from '../../src/core/editor/textLines';
import { documentSymbolSteps, foldingSteps } from '../../src/core/editor/outline';
import type { SymbolMaker } from '../../src/core/editor/outline';
import { semanticTokenSteps } from '../../src/core/editor/semanticTokens';
import { BulletinModel } from '../../src/core/model/bulletinModel';
import { PiecesText } from '../../src/core/model/piecesText';
import { runNow } from '../../src/core/steps';
import { LineIndex } from '../../src/core/text/lines';
import { articleTreeSteps } from '../../src/vscode/articleTreeNodes';

const FIXTURES = ['2026-02-25.txt', 'dev-1.txt', 'dev-2.txt'].map((f) => readFileSync(`test/fixtures/${f}`, 'utf8'));
const SAMPLE = FIXTURES[0];
const crlfBom = (text: string) => `\ufeff${text.replace(/\r?\n/g, '\r\n')}`;

/** Texts whose pieces meet mid-line: the sample's header on its first stamp's line, indented stamps, lone CRs. */
const TEXTS = [
  ...FIXTURES,
  ...FIXTURES.map(crlfBom),
  'date 2026-02-25 24.02.2026, 15:00 7\nTitle\n\n   23.02.2026, 09:00\nItaly\n\t22.02.2026, 08:00 3\r\nLast',
  'Preamble\r\r  24.02.2026, 15:00\rTitle\r\r23.02.2026, 09:00\r',
  '24.02.2026, 15:00\n',
];

/** The model's bulletin of `text`, and the text source its features read. */
function modelSource(model: BulletinModel): { bulletin: AnnotatedBulletin; source: TextSource } {
  const bulletin = model.bulletin('b.txt');
  const source = runNow(bulletinLineSteps(bulletin));
  assert.ok(source instanceof PiecesText);
  return { bulletin, source };
}

const plainSymbol: SymbolMaker<unknown> = {
  article: (name, detail, range, selection, children) => ({ name, detail, range, selection, children }),
  mention: (annotation, detail, range) => ({ name: annotation.text, detail, range }),
};

/** Asserts that `source` reads exactly like `text`: length, lines, every offset's position, slices across pieces. */
function assertReadsLike(source: TextSource, text: string): void {
  const flat = textLines(text, new LineIndex(text));
  assert.equal(source.length, text.length);
  const lines = text.split(/\r\n|\r|\n/);
  for (let line = 0; line < lines.length; line++) assert.equal(source.lineText(line), lines[line], `line ${line}`);
  for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(source.position(offset), flat.position(offset), `offset ${offset}`);
  // Backwards too: a source remembers its last answer, so far jumps take another path.
  for (let offset = text.length; offset >= 0; offset -= 97) assert.deepEqual(source.position(offset), flat.position(offset), `offset ${offset}`);
  for (let start = 0; start <= text.length; start += 37) {
    for (const size of [0, 1, 15, 400, 3000, text.length]) {
      const end = Math.min(text.length, start + size);
      assert.equal(source.slice(start, end), text.slice(start, end), `slice ${start}-${end}`);
    }
  }
}

describe('PiecesText, a model bulletin’s text source', () => {
  it('reads like the flat text on the fixtures, their CRLF+BOM copies, indented stamps and headers on a stamp’s line', () => {
    for (const text of TEXTS) {
      const model = new BulletinModel(createAnalyzer(), text);
      assert.ok(model.articleCount >= 1);
      const { bulletin, source } = modelSource(model);
      assertReadsLike(source, bulletin.text);
      assert.equal(bulletin.text, text.replace(/^\ufeff/, ''));
    }
  });

  it('reads like the flat text after random edits', function () {
    this.timeout(120_000);
    const inserts = ['\n', '\r\n', '\r', 'x', '  ', '24.02.2026, 15:00 12\n', 'date 2026-03-01 ', 'Italy ', ''];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(30), fc.constantFrom(...inserts)), { minLength: 1, maxLength: 5 }),
        (edits) => {
          const model = new BulletinModel(createAnalyzer(), SAMPLE);
          let expected = SAMPLE;
          for (const [where, length, insert] of edits) {
            const start = Math.floor(where * expected.length);
            const end = Math.min(expected.length, start + length);
            model.applyEdit(start, end, insert);
            expected = expected.slice(0, start) + insert + expected.slice(end);
          }
          assertReadsLike(modelSource(model).source, expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps reading the version its bulletin belongs to after the model is edited', () => {
    const model = new BulletinModel(createAnalyzer(), SAMPLE);
    const { bulletin, source } = modelSource(model);
    const second = model.articles()[1];
    model.applyEdit(second.stamp.start - 1, second.stamp.start + 5, 'inserted\n\n');
    assertReadsLike(source, SAMPLE);
    assert.equal(bulletin.text, SAMPLE);
    assert.equal(bulletinSize(bulletin), SAMPLE.length);
  });
});

describe('A model bulletin’s text', () => {
  const text = Array.from({ length: 40 }, () => SAMPLE.slice(SAMPLE.indexOf('\n') + 1)).join('');

  it('is not joined when the bulletin is built after an edit, only when read, and then kept', async () => {
    const model = new BulletinModel(createAnalyzer(), text);
    const at = model.articles()[100].paragraphs[0].start + 2;
    model.applyEdit(at, at, 'x');
    const bulletin = await model.bulletinAsync('b.txt', async () => undefined, () => false);
    assert.ok(bulletin);
    const descriptor = () => Object.getOwnPropertyDescriptor(bulletin, 'text');
    assert.equal(typeof descriptor()?.get, 'function');
    assert.equal(descriptor()?.value, undefined);
    assert.equal(bulletinSize(bulletin), text.length + 1);
    // What the editor's passes read: none of them joins the text.
    const source = runNow(bulletinLineSteps(bulletin));
    source.lineText(source.position(at).line);
    assert.equal(typeof descriptor()?.get, 'function');
    const expected = text.slice(0, at) + 'x' + text.slice(at);
    assert.equal(bulletin.text, expected);
    assert.equal(descriptor()?.value, expected);
    assert.equal(descriptor()?.enumerable, true);
  });

  it('is not read by the editor’s passes, which give what they give over the flat text', () => {
    const edited = `${text.slice(0, 5000)}Tokayev in Italy ${text.slice(5000)}`;
    const model = new BulletinModel(createAnalyzer(), text);
    model.applyEdit(5000, 5000, 'Tokayev in Italy ');
    const bulletin = model.bulletin('b.txt');
    const plain = createAnalyzer().annotate(edited, 'b.txt');
    const passes = (b: AnnotatedBulletin) =>
      runNow(
        (function* () {
          const lines = yield* bulletinLineSteps(b);
          return {
            tokens: [...(yield* semanticTokenSteps(lines, b.articles))],
            symbols: yield* documentSymbolSteps(b, lines, plainSymbol),
            folds: yield* foldingSteps(b, lines),
            tree: (yield* articleTreeSteps('file:///b.txt', b, { text: 'italy' }, 'date')).shown.map((n) => n.article.index),
            size: bulletinSize(b),
          };
        })(),
      );
    const got = passes(bulletin);
    assert.equal(typeof Object.getOwnPropertyDescriptor(bulletin, 'text')?.get, 'function');
    assert.deepEqual(got, passes(plain));
    assert.equal(got.size, edited.length);
    assert.equal(got.folds.length, 320);
  });

  it('is seen by JSON and deep comparison like a plain field, in its place', () => {
    const bulletin = new BulletinModel(createAnalyzer(), SAMPLE).bulletin('b.txt');
    const plain = createAnalyzer().annotate(SAMPLE, 'b.txt');
    assert.equal(JSON.stringify(bulletin), JSON.stringify(plain));
    assert.deepEqual(bulletin, plain);
    assert.deepEqual(Object.keys(bulletin), Object.keys(plain));
  });
});
