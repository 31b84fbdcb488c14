import * as assert from 'node:assert/strict';
import type { EntityType } from '../../src/core/types';
import { compromiseSpans } from '../../src/eval/baseline';
import { evaluate } from '../../src/eval/evaluate';
import type { GoldFile } from '../../src/eval/evaluate';
import { floorBreaches, floorOf } from '../../src/eval/floor';
import { matchExact, matchOverlap } from '../../src/eval/match';
import type { ScoredSpan } from '../../src/eval/match';
import { countMatches, normalizedAgrees, prf, roleAgrees } from '../../src/eval/metrics';
import { formatErrors, summaryLine } from '../../src/eval/report';

function span(type: EntityType, start: number, end: number, normalized?: string, role?: string): ScoredSpan {
  return { type, text: `${type}${start}`, start, end, normalized, role };
}

const gold = [span('date', 0, 4), span('official', 10, 20), span('country', 30, 37), span('country', 40, 45)];
const system = [span('date', 0, 4), span('official', 12, 20), span('country', 30, 37), span('country', 50, 55), span('official', 60, 65)];
const brief = (spans: ScoredSpan[]) => spans.map((s) => `${s.type}:${s.start}-${s.end}`);

describe('quality: exact and overlap matching', () => {
  it('pairs exact spans of the same type only', () => {
    const m = matchExact(gold, system);
    assert.deepEqual(m.pairs.map((p) => p.gold.start), [0, 30]);
    assert.deepEqual(brief(m.missed), ['official:10-20', 'country:40-45']);
    assert.deepEqual(brief(m.spurious), ['official:12-20', 'country:50-55', 'official:60-65']);
  });

  it('adds overlapping spans of the same type, one to one', () => {
    const m = matchOverlap(gold, system);
    assert.equal(m.pairs.length, 3);
    assert.deepEqual(brief(m.missed), ['country:40-45']);
    assert.deepEqual(brief(m.spurious), ['country:50-55', 'official:60-65']);
  });

  it('never pairs spans of different types, and counts a duplicate as a false alarm', () => {
    const other = matchOverlap([span('country', 0, 10)], [span('official', 0, 10), span('country', 2, 5), span('country', 3, 8)]);
    assert.deepEqual([other.pairs.length, other.missed.length, other.spurious.length], [1, 0, 2]);
    const dup = matchExact([span('date', 0, 4)], [span('date', 0, 4), span('date', 0, 4)]);
    assert.deepEqual([dup.pairs.length, dup.missed.length, dup.spurious.length], [1, 0, 1]);
  });

  it('touching spans do not overlap', () => {
    const m = matchOverlap([span('date', 0, 4)], [span('date', 4, 8)]);
    assert.deepEqual([m.pairs.length, m.missed.length, m.spurious.length], [0, 1, 1]);
  });
});

describe('quality: metrics', () => {
  it('counts per type and overall', () => {
    const exact = [matchExact(gold, system)];
    assert.deepEqual(countMatches(exact), { tp: 2, fp: 3, fn: 2 });
    assert.deepEqual(countMatches(exact, 'official'), { tp: 0, fp: 2, fn: 1 });
    assert.deepEqual(countMatches(exact, 'country'), { tp: 1, fp: 1, fn: 1 });
  });

  it('computes precision, recall and F1, with the empty cases defined', () => {
    assert.deepEqual(prf({ tp: 2, fp: 3, fn: 2 }), { precision: 0.4, recall: 0.5, f1: 0.8 / 1.8 });
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 5 }), { precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(prf({ tp: 0, fp: 2, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
  });

  it('compares officials’ names and roles without letter case, dates and codes exactly', () => {
    const pair = (g: ScoredSpan, s: ScoredSpan) => ({ gold: g, system: s });
    assert.equal(normalizedAgrees(pair(span('official', 0, 5, 'Kassym-Jomart Tokayev'), span('official', 0, 5, 'KASSYM-JOMART TOKAYEV'))), true);
    assert.equal(normalizedAgrees(pair(span('official', 0, 5, 'Arman Issetov'), span('official', 0, 5, 'Arman Isetov'))), false);
    assert.equal(normalizedAgrees(pair(span('country', 0, 5, 'KZ'), span('country', 0, 5, 'kz'))), false);
    assert.equal(normalizedAgrees(pair(span('date', 0, 5, '2026-03-15'), span('date', 0, 5))), false);
    assert.equal(roleAgrees(pair(span('official', 0, 5, 'x', 'Spain’s Minister'), span('official', 0, 5, 'x', "spain's  minister"))), true);
    assert.equal(roleAgrees(pair(span('official', 0, 5, 'x'), span('official', 0, 5, 'x', ''))), true);
    assert.equal(roleAgrees(pair(span('official', 0, 5, 'x', 'President'), span('official', 0, 5, 'x'))), false);
  });
});

describe('quality: evaluation, floor and report', () => {
  const text = 'date 2026-01-02\n01.01.2026, 10:00 1\nPresident Emmanuel Macron met John Smith in France for three decades.\n';
  const goldSpans = [
    { ...span('date', 16, 33, '2026-01-01T10:00'), text: '01.01.2026, 10:00', line: 1, character: 0, origin: 'manual' as const },
    { ...span('official', 46, 61, 'Emmanuel Macron', 'President'), text: 'Emmanuel Macron', line: 2, character: 10, origin: 'manual' as const },
    { ...span('official', 66, 76, 'John Smith'), text: 'John Smith', line: 2, character: 30, origin: 'manual' as const },
    { ...span('country', 80, 86, 'FR'), text: 'France', line: 2, character: 44, origin: 'manual' as const },
  ];
  const file: GoldFile = {
    text,
    gold: {
      source: 't.txt',
      bulletinDate: '2026-01-02',
      articles: [{ index: 0, published: '2026-01-01T10:00', views: 1, title: null, start: 16, end: text.length, annotations: goldSpans }],
      optional: [span('date', 91, 104)],
    },
  };
  const run = () => [
    span('date', 16, 33, '2026-01-01T10:00'),
    span('official', 36, 61, 'Emmanuel Macron', 'President'),
    span('official', 66, 76, 'john smith'),
    span('country', 80, 86, 'FR'),
    span('date', 87, 104, '2026'),
  ];

  it('scores each type and overall, ignoring what touches only an optional mention', () => {
    const e = evaluate([file], run);
    const row = (key: string) => e.rows.find((r) => r.key === key)?.score;
    assert.deepEqual(e.rows.map((r) => r.key), ['date', 'official', 'country', 'overall']);
    assert.deepEqual([row('date')?.exact.tp, row('date')?.exact.fp, row('date')?.exact.fn], [1, 0, 0]);
    assert.deepEqual([row('official')?.exact.tp, row('official')?.exact.fp, row('official')?.exact.fn], [1, 1, 1]);
    assert.deepEqual([row('official')?.overlap.tp, row('official')?.overlap.fp, row('official')?.overlap.fn], [2, 0, 0]);
    assert.deepEqual(row('official')?.role, { correct: 1, total: 1 });
    assert.deepEqual(row('overall')?.normalized, { correct: 3, total: 3 });
    assert.equal(summaryLine(e), 'overall exact F1=0.750 overlap F1=1.000 normalized-acc=1.000');
    assert.deepEqual(formatErrors(e), [
      'MISS   t.txt #0 official "Emmanuel Macron" @46  ~ official "official36" @36',
      'FALSE  t.txt #0 official "official36" @36  ~ official "Emmanuel Macron" @46',
    ]);
  });

  it('records a floor rounded down and reports what falls below it', () => {
    const e = evaluate([file], run);
    assert.deepEqual(floorOf(e), { date: 1, official: 0.5, country: 1 });
    assert.deepEqual(floorBreaches(e, { date: 1, official: 0.501, country: 0.9 }), ['official: exact F1 0.500 < floor 0.501']);
  });

  it('runs compromise per article as the baseline, with article-relative offsets mapped back', () => {
    assert.deepEqual(
      compromiseSpans(file).map((s) => [s.type, s.text, s.start, text.slice(s.start, s.end) === s.text]),
      [['official', 'President Emmanuel Macron', 36, true], ['official', 'John Smith', 66, true], ['country', 'France', 80, true]],
    );
  });
});
