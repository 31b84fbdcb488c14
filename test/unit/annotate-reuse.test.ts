import * as assert from 'node:assert/strict';
import { officialNames, officialNameSteps } from '../../src/core/annotate/coreference';
import { resolveOverlaps } from '../../src/core/annotate/overlaps';
import { createOfficialFinder } from '../../src/core/annotate/officials';
import { createAnalyzer } from '../../src/core/analyzer';
import type { EntityType, Mention } from '../../src/core/types';

const mention = (type: EntityType, text: string, start: number): Mention => ({ type, text, start, end: start + text.length });

describe('officialNames', () => {
  it('names each official of each article, leaving the mentions as they are', () => {
    const articles = [
      [mention('official', 'Kaja Kallas', 0), mention('country', 'Estonia', 20), mention('official', 'Kallas', 40)],
      [mention('official', 'Kallas', 5), mention('official', 'Kallas', 30)],
    ];
    const before = JSON.stringify(articles);
    assert.deepEqual(officialNames(articles), [['Kaja Kallas', undefined, 'Kaja Kallas'], ['Kaja Kallas', 'Kaja Kallas']]);
    assert.equal(JSON.stringify(articles), before);
  });
});

describe('official finder with the countries already found', () => {
  it('uses the given countries instead of asking its country finder', () => {
    let asked = 0;
    const find = createOfficialFinder(undefined, () => {
      asked++;
      return [];
    });
    const body = 'Jordan Peterson met the Minister of Jordan Ayman Safadi.';
    const jordan = body.lastIndexOf('Jordan');
    const given = [mention('country', 'Jordan', jordan)];
    assert.deepEqual(find(body, { published: '2026-02-24T15:00' }, given).map((m) => m.text), ['Jordan Peterson', 'Ayman Safadi']);
    assert.equal(asked, 0);
  });
});

/** The rule resolveOverlaps implements, written the slow and obvious way. */
function referenceOverlaps(mentions: Mention[]): Mention[] {
  const priority = { official: 0, date: 1, country: 2 };
  const ranked = mentions
    .filter((m) => m.end > m.start && !/[\r\n]/.test(m.text))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || priority[a.type] - priority[b.type] || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of ranked) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

describe('resolveOverlaps', () => {
  it('keeps the longer claim, then by type, and drops spans across a line break', () => {
    const found = [
      mention('country', 'Kazakh', 10),
      mention('official', 'Kazakh Foreign', 10),
      mention('date', '2025', 30),
      mention('country', '2025', 30),
      mention('date', 'a\nb', 40),
      mention('country', 'Spain', 50),
    ];
    assert.deepEqual(resolveOverlaps(found).map((m) => [m.type, m.start]), [['official', 10], ['date', 30], ['country', 50]]);
  });

  it('agrees with the plain rule on many random claims', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const types: EntityType[] = ['official', 'date', 'country'];
    for (let round = 0; round < 200; round++) {
      const found = Array.from({ length: next(30) }, () => mention(types[next(3)], 'x'.repeat(next(8)), next(60)));
      assert.deepEqual(resolveOverlaps(found), referenceOverlaps(found));
    }
  });

  it('merges sorted runs, one per finder, as the plain rule orders them joined', () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const types: EntityType[] = ['date', 'official', 'country'];
    for (let round = 0; round < 200; round++) {
      const runs = types.map((type) =>
        Array.from({ length: next(12) }, () => mention(type, next(9) ? 'x'.repeat(1 + next(6)) : '\n', next(60))).sort((a, b) => a.start - b.start),
      );
      assert.deepEqual(resolveOverlaps(...runs), referenceOverlaps(runs.flat()));
    }
    const [date, country] = [mention('date', '2025', 4), mention('country', 'Chad', 4)];
    assert.deepEqual(resolveOverlaps([date], [], [country]), [date]);
    assert.deepEqual(resolveOverlaps([mention('date', 'May', 9)], [], [mention('country', 'Chad', 0)]).map((m) => m.start), [0, 9]);
  });
});

describe('analyzer: cached mentions stay unlinked', () => {
  it('annotates twice alike and articleMentions gives no linked names', () => {
    const text = '24.02.2026, 15:00\nTitle\nKaja Kallas arrived. Kallas spoke.\n25.02.2026, 10:00\nNews\nMinister Kallas left.\n';
    const analyzer = createAnalyzer({ types: ['official'] });
    const first = analyzer.annotate(text, 'a');
    const names = (b: typeof first) => b.articles.map((a) => a.annotations.map((x) => [x.text, x.normalized]));
    assert.deepEqual(names(first), [[['Kaja Kallas', 'Kaja Kallas'], ['Kallas', 'Kaja Kallas']], [['Kallas', 'Kaja Kallas']]]);
    assert.deepEqual(names(analyzer.annotate(text, 'a')), names(first));
    const parsed = analyzer.parse(text);
    assert.deepEqual(analyzer.articleMentions(text, parsed.articles[1]).map((m) => [m.text, m.normalized]), [['Kallas', undefined]]);
  });
});

describe('officialNameSteps', () => {
  it('yields every 200 articles in each of its two passes and returns what officialNames returns', () => {
    const articles = Array.from({ length: 450 }, (_, i) => [mention('official', i % 2 ? 'Kallas' : 'Kaja Kallas', 0), mention('country', 'Estonia', 20)]);
    const steps = officialNameSteps(articles);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    assert.equal(yields, 4);
    assert.deepEqual(step.value, officialNames(articles));
    assert.deepEqual(step.value[449], ['Kaja Kallas', undefined]);
  });
});
