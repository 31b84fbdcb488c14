import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
import { parseBulletin } from '../../src/core/parse/parser';
import { ENTITY_TYPES } from '../../src/core/types';
import { buildGold } from '../../src/eval/gold-build';
import { parseGoldSource } from '../../src/eval/gold-source';
import { GOLD_DIR, loadGoldSet } from '../../scripts/eval-load';

const ISO_CODES = new Set(countries.map((c) => c.cca2));
const ISO_DAY = String.raw`\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?|\d{4}-W\d{2}`;
const ISO_DATE = new RegExp(`^(?:${ISO_DAY})(?:/(?:${ISO_DAY}))?$`);
const gold = loadGoldSet();

describe('quality: the gold set', () => {
  it('covers the three samples', () => {
    assert.deepEqual(
      gold.map((g) => [g.gold.source, g.gold.articles.length]),
      [['2026-02-25.txt', 9], ['dev-1.txt', 15], ['dev-2.txt', 15]],
    );
  });

  for (const { gold: doc, text } of gold) {
    describe(doc.source, () => {
      const annotations = doc.articles.flatMap((a) => a.annotations);

      it('is what the hand-made source list builds (regenerate with scripts/eval-build-gold.ts)', () => {
        const name = doc.source.replace(/\.txt$/, '');
        const source = parseGoldSource(readFileSync(join(GOLD_DIR, 'src', `${name}.gold.txt`), 'utf8'));
        assert.deepEqual(buildGold(parseBulletin(text), source, doc.source), doc);
      });

      it('has spans that are exactly their text, on one line, at the right line and character', () => {
        for (const a of annotations) {
          assert.equal(text.slice(a.start, a.end), a.text, `${a.text}@${a.start}`);
          assert.ok(a.text.length > 0 && !/[\r\n]/.test(a.text) && a.text.trim() === a.text, a.text);
          const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
          assert.equal(a.line, text.slice(0, a.start).split('\n').length - 1, `line of ${a.text}@${a.start}`);
          assert.equal(a.character, a.start - lineStart, `character of ${a.text}@${a.start}`);
        }
      });

      it('keeps each annotation inside its article, in offset order, without overlaps', () => {
        for (const article of doc.articles) {
          article.annotations.forEach((a, i) => {
            assert.ok(a.start >= article.start && a.end <= article.end, `${a.text}@${a.start} outside #${article.index}`);
            const next = article.annotations[i + 1];
            if (next) assert.ok(a.end <= next.start, `${a.text}@${a.start} overlaps ${next.text}@${next.start}`);
          });
        }
      });

      it('has valid types, ISO values, and roles only on officials', () => {
        for (const a of annotations) {
          assert.ok(ENTITY_TYPES.includes(a.type), a.type);
          assert.equal(a.origin, 'manual');
          assert.ok(a.normalized, `${a.text} has no normalized value`);
          if (a.type === 'country') assert.ok(ISO_CODES.has(a.normalized), `${a.text}: ${a.normalized}`);
          if (a.type === 'date') assert.match(a.normalized, ISO_DATE, a.text);
          if (a.type !== 'official') assert.equal(a.role, undefined, a.text);
        }
      });

      it('opens every article with its stamp date', () => {
        for (const article of doc.articles) {
          const first = article.annotations[0];
          assert.deepEqual([first.type, first.start, first.normalized], ['date', article.start, article.published]);
        }
      });
    });
  }
});

describe('quality: building gold from a source list', () => {
  const text = 'date 2026-01-02\n01.01.2026, 10:00 5\nKazakh envoy meets Kazakhstan partner\nThe Republic of Kazakhstan and Kazakhstan.\n';
  const build = (list: string) => buildGold(parseBulletin(text), parseGoldSource(list), 't.txt');

  it('reads entries with occurrence marks, normalized values and roles', () => {
    const [article] = parseGoldSource('# comment\n== 0\nO Al Nur #2 | Ali Nur | Ambassador\nC Kazakh * | KZ\nD 2026 | 2026\nD? three decades\n');
    assert.deepEqual(article.entries, [
      { type: 'official', text: 'Al Nur', occurrence: 2, optional: false, normalized: 'Ali Nur', role: 'Ambassador', sourceLine: 3 },
      { type: 'country', text: 'Kazakh', occurrence: 'all', optional: false, normalized: 'KZ', sourceLine: 4 },
      { type: 'date', text: '2026', occurrence: undefined, optional: false, normalized: '2026', sourceLine: 5 },
      { type: 'date', text: 'three decades', occurrence: undefined, optional: true, sourceLine: 6 },
    ]);
  });

  it('lets a longer mention hold its words and `*` take the rest, whole words only', () => {
    const doc = build('== 0\nC Republic of Kazakhstan | KZ\nC Kazakhstan * | KZ\nC Kazakh | KZ\n');
    assert.deepEqual(
      doc.articles[0].annotations.map((a) => [a.type, a.text, a.start]),
      [['date', '01.01.2026, 10:00', 16], ['country', 'Kazakh', 36], ['country', 'Kazakhstan', 55], ['country', 'Republic of Kazakhstan', 78], ['country', 'Kazakhstan', 105]],
    );
  });

  it('keeps optional mentions out of the annotations, in their own list', () => {
    const doc = build('== 0\nC? Kazakh | KZ\nC Kazakhstan #1 | KZ\n');
    assert.deepEqual(doc.optional, [{ type: 'country', text: 'Kazakh', start: 36, end: 42 }]);
    assert.deepEqual(doc.articles[0].annotations.map((a) => a.text), ['01.01.2026, 10:00', 'Kazakhstan']);
  });

  it('fails loudly on a missing, ambiguous, out-of-range or overlapping mention', () => {
    assert.throws(() => build('== 0\nC Estonia | EE\n'), /not found/);
    assert.throws(() => build('== 0\nC Kazakhstan | KZ\n'), /occurs 3 times/);
    assert.throws(() => build('== 0\nC Kazakhstan #4 | KZ\n'), /only 3 occurrence/);
    assert.throws(() => build('== 0\nC Republic of Kazakhstan | KZ\nC Kazakhstan #2 | KZ\n'), /overlaps/);
    assert.throws(() => build('== 1\n'), /do not match articles/);
    assert.throws(() => parseGoldSource('== 0\nC Kazakh\n'), /needs a normalized value/);
  });
});
