import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createAnalyzer } from '../../src/core';
import { BulletinModel } from '../../src/core/model/bulletinModel';
import { mentionsInWindow } from '../../src/core/model/window';

const sample = readFileSync(join(__dirname, '../fixtures/2026-02-25.txt'), 'utf8');

/** Pieces that make and break the format's structure when typed in. */
const PIECES = ['\n', '\r\n', '\r', 'x', ' ', '24.02.2026, 15:00 12\n', '01.03.2026, 09:30\n', ' date 2026-02-25 ', 'Italy ', 'Tokayev ', '2025', '.', ''];

function fresh(text: string) {
  return createAnalyzer().annotate(text, 'b.txt');
}

describe('BulletinModel', () => {
  it('gives the same bulletin as a full annotation of the same text', () => {
    const model = new BulletinModel(createAnalyzer(), sample);
    assert.deepEqual(model.bulletin('b.txt'), fresh(sample));
    assert.equal(model.articleCount, 9);
  });

  it('re-reads the first stamp after the header on its line when a line is typed before the header', () => {
    const model = new BulletinModel(createAnalyzer(), sample);
    model.applyEdit(0, 0, '\n');
    model.applyEdit(0, 0, ' date 2026-02-25 ');
    const text = ` date 2026-02-25 \n${sample}`;
    assert.deepEqual(model.bulletin('b.txt'), fresh(text));
    // The header is read on the first line only: the second line's stamp no longer stands alone.
    assert.equal(model.articleCount, 8);
  });

  it('stays equal to a full annotation after any sequence of edits', function () {
    this.timeout(180_000);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(40), fc.constantFrom(...PIECES)), { maxLength: 6 }),
        (edits) => {
          const model = new BulletinModel(createAnalyzer(), sample);
          let expected = sample;
          for (const [where, length, insert] of edits) {
            const start = Math.floor(where * expected.length);
            const end = Math.min(expected.length, start + length);
            model.applyEdit(start, end, insert);
            expected = expected.slice(0, start) + insert + expected.slice(end);
          }
          assert.equal(model.text, expected);
          assert.equal(model.length, expected.length);
          assert.deepEqual(model.bulletin('b.txt'), fresh(expected));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stays equal to a full annotation after edits in the header and the first articles', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(120), fc.nat(20), fc.constantFrom(...PIECES, 'date 2026-03-01', '\n\n')), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const model = new BulletinModel(createAnalyzer(), sample);
          let expected = sample;
          for (const [start, length, insert] of edits) {
            const end = Math.min(expected.length, start + length);
            model.applyEdit(start, end, insert);
            expected = expected.slice(0, start) + insert + expected.slice(end);
          }
          assert.equal(model.text, expected);
          assert.deepEqual(model.bulletin('b.txt'), fresh(expected));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('stays equal to a full annotation after edits right around a stamp (indenting it, or writing before it on its line)', function () {
    this.timeout(60_000);
    const stamps = new BulletinModel(createAnalyzer(), sample).articles().map((a) => a.stamp.start);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(stamps.length - 1), fc.integer({ min: -3, max: 2 }), fc.nat(2), fc.constantFrom(' ', '\t', 'x', '\n', 'date 2026-03-01 ', '')), { minLength: 1, maxLength: 3 }),
        (edits) => {
          const model = new BulletinModel(createAnalyzer(), sample);
          let expected = sample;
          for (const [which, offset, length, insert] of edits) {
            const start = Math.max(0, Math.min(expected.length, stamps[which] + offset));
            const end = Math.min(expected.length, start + length);
            model.applyEdit(start, end, insert);
            expected = expected.slice(0, start) + insert + expected.slice(end);
          }
          assert.deepEqual(model.bulletin('b.txt'), fresh(expected));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('re-parses only the header and the article on its line when the header is edited', () => {
    const model = new BulletinModel(createAnalyzer(), sample);
    const at = sample.indexOf('2026-02-25');
    assert.deepEqual(model.applyEdit(at + 9, at + 10, '6'), { reparsedArticles: 1, articleCount: 9 });
    assert.equal(model.bulletinDate, '2026-02-26');
    assert.deepEqual(model.bulletin('b.txt'), fresh(model.text));
  });

  it('re-parses and re-annotates only the article a one-character edit touches', () => {
    const analyzer = createAnalyzer();
    const articlesOnly = `${sample.slice(sample.indexOf('24.02.2026')).trimEnd()}\n`;
    const model = new BulletinModel(analyzer, articlesOnly.repeat(20));
    model.bulletin('b.txt');
    const before = analyzer.stats.articlesComputed;
    const middle = model.articles()[90];
    const at = middle.paragraphs[0].start + 3;
    const result = model.applyEdit(at, at, 'z');
    assert.deepEqual(result, { reparsedArticles: 1, articleCount: 180 });
    const annotations = model.annotationsInRange(at, at + 1);
    assert.ok(annotations.every((a) => model.text.slice(a.start, a.end) === a.text));
    assert.equal(analyzer.stats.articlesComputed - before, 1);
    model.bulletin('b.txt');
    assert.equal(analyzer.stats.articlesComputed - before, 1);
  });

  it('merges an article into the one before when its stamp is broken', () => {
    const model = new BulletinModel(createAnalyzer(), sample);
    const second = model.articles()[1];
    model.applyEdit(second.stamp.start, second.stamp.start + 1, 'x');
    assert.equal(model.articleCount, 8);
    assert.deepEqual(model.bulletin('b.txt'), fresh(model.text));
  });

  it('keeps columns right when an edit leaves a stamp indented', () => {
    const model = new BulletinModel(createAnalyzer(), sample);
    model.applyEdit(0, 16, '01.03.2026, 09:30\n');
    assert.deepEqual(model.bulletin('b.txt'), fresh(model.text));
    assert.equal(model.bulletin('b.txt').articles[1].annotations[0].character, 1);
  });

  it('finds the article at an offset', () => {
    const model = new BulletinModel(createAnalyzer(), sample);
    const articles = model.articles();
    assert.equal(model.articleIndexAt(0), -1);
    assert.equal(model.articleIndexAt(articles[3].start), 3);
    assert.equal(model.articleIndexAt(articles[3].start - 1), 2);
    assert.equal(model.articleIndexAt(sample.length), 8);
  });
});

describe('mentionsInWindow', () => {
  const analyzer = createAnalyzer();
  const full = fresh(sample).articles.flatMap((a) => a.annotations);

  it('finds in a window exactly what a full annotation finds there, officials unlinked', () => {
    for (const [start, end] of [[0, 200], [1000, 1500], [sample.length - 300, sample.length], [5000, 5001]]) {
      const expected = full
        .filter((a) => a.end > start && a.start < end)
        .map((a) => [a.type, a.text, a.start, a.end]);
      const got = mentionsInWindow(analyzer, sample, start, end).map((m) => [m.type, m.text, m.start, m.end]);
      assert.deepEqual(got, expected, `window ${start}-${end}`);
    }
  });

  it('returns nothing for text without articles, and never loops on leading blank lines', () => {
    assert.deepEqual(mentionsInWindow(analyzer, '\n\n\nplain text\n', 5, 8), []);
  });
});

describe('BulletinModel on a bulletin of very many articles', () => {
  it('builds and edits a model of 150 000 articles (more than a call may take as arguments)', () => {
    const count = 150_000;
    const text = Array.from({ length: count }, (_, i) => `01.02.2026, 10:00 ${i}\nT${i}\n`).join('');
    const model = new BulletinModel(createAnalyzer({ types: ['date'] }), text);
    assert.equal(model.articleCount, count);
    const at = text.indexOf('T74999');
    assert.deepEqual(model.applyEdit(at, at, 'x'), { reparsedArticles: 1, articleCount: count });
    assert.equal(model.articles()[74999].title?.text, 'xT74999');
    assert.equal(model.articles()[count - 1].start, text.length + 1 - `01.02.2026, 10:00 ${count - 1}\nT${count - 1}\n`.length);
  });
});

describe('BulletinModel edited above its first stamp', () => {
  it('re-parses the header alone, not the 150 000 articles after it', () => {
    const count = 150_000;
    const text = 'date 2026-02-01\n\n' + Array.from({ length: count }, (_, i) => `01.02.2026, 10:00 ${i}\nT${i}\n`).join('');
    const analyzer = createAnalyzer({ types: ['date'] });
    let parsedChars = 0;
    const counting = { ...analyzer, parse: (t: string) => ((parsedChars += t.length), analyzer.parse(t)) };
    const model = new BulletinModel(counting, text);
    parsedChars = 0;
    assert.deepEqual(model.applyEdit(14, 15, '9'), { reparsedArticles: 0, articleCount: count });
    assert.equal(parsedChars, 'date 2026-02-09\n\n'.length);
    assert.equal(model.bulletinDate, '2026-02-09');
    assert.deepEqual(model.applyEdit(0, 0, '01.01.2026, 09:00 1\nNew\n'), { reparsedArticles: 1, articleCount: count + 1 });
    assert.equal(model.articles()[1].start, '01.01.2026, 09:00 1\nNew\ndate 2026-02-09\n\n'.length);
    assert.equal(model.articles()[count].title?.text, `T${count - 1}`);
    assert.equal(model.bulletin('b.txt').articles[count].annotations[0].line, 2 + 2 + 2 * (count - 1));
  });
});

describe('BulletinModel.bulletinAsync', () => {
  // The sample's 8 articles after its first line, 13 times: with the sample, 113 articles.
  const many = Array.from({ length: 13 }, () => sample.slice(sample.indexOf('\n') + 1)).join('');

  it('builds the same bulletin as bulletin(), pausing between batches of articles', async () => {
    const model = new BulletinModel(createAnalyzer(), sample + many);
    let pauses = 0;
    // (A clock that stands still: the batches are counted, never timed.)
    const built = await model.bulletinAsync('b.txt', async () => void pauses++, () => false, () => 0);
    assert.deepEqual(built, fresh(sample + many));
    assert.equal(model.articleCount, 113);
    // Batches of 25 articles: four pauses while annotating, four while assembling.
    assert.equal(pauses, 8);
    assert.equal(await model.bulletinAsync('b.txt', async () => assert.fail('no work left to pause in'), () => false), built);
  });

  it('ends a batch of annotation after 15 ms of work, however few its articles', async () => {
    const model = new BulletinModel(createAnalyzer(), sample + many);
    let [pauses, now] = [0, 0];
    // Each article takes 20 ms by this clock: a batch is timed from its first article's end, so it holds two.
    const built = await model.bulletinAsync('b.txt', async () => void pauses++, () => false, () => (now += 20));
    assert.deepEqual(built, fresh(sample + many));
    // 56 batches of two while annotating (the 113th article ends no batch), four while assembling.
    assert.equal(pauses, 60);
  });

  it('gives up when cancelled, and when the model is edited meanwhile', async () => {
    const text = sample + many;
    const cancelled = new BulletinModel(createAnalyzer(), text);
    assert.equal(await cancelled.bulletinAsync('b.txt', async () => undefined, () => true), undefined);
    const edited = new BulletinModel(createAnalyzer(), text);
    const at = text.indexOf('Italy');
    const result = await edited.bulletinAsync('b.txt', async () => void edited.applyEdit(at, at, 'x'), () => false);
    assert.equal(result, undefined);
    assert.equal(edited.builtBulletin('b.txt'), undefined);
    assert.deepEqual(edited.bulletin('b.txt'), fresh(edited.text));
  });
});
