import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';

/** Six articles of one stamp whose bodies have one length but name different countries. */
const COUNTRIES = ['France', 'Greece', 'Monaco', 'Panama', 'Rwanda', 'Serbia'];
const text = COUNTRIES.map((c) => `01.02.2026, 10:00\nTitle\nNews from ${c}.\n`).join('');

const countries = (analyzer: ReturnType<typeof createAnalyzer>, source: string) =>
  analyzer.annotate(source, 'x').articles.map((a) => a.annotations.map((x) => `${x.normalized}@${x.line}:${x.character}`));

describe('analyzer cache', () => {
  it('tells apart bodies of one stamp and one length, on a fresh and on a warm cache', () => {
    const analyzer = createAnalyzer({ types: ['country'] });
    const expected = [['FR@2:10'], ['GR@5:10'], ['MC@8:10'], ['PA@11:10'], ['RW@14:10'], ['RS@17:10']];
    assert.deepEqual(countries(analyzer, text), expected);
    assert.deepEqual(countries(analyzer, text), expected);
    const swapped = text.replace('Monaco', 'Greece').replace('Rwanda', 'Panama');
    assert.deepEqual(countries(analyzer, swapped), [['FR@2:10'], ['GR@5:10'], ['GR@8:10'], ['PA@11:10'], ['PA@14:10'], ['RS@17:10']]);
    assert.deepEqual(analyzer.stats, { articlesComputed: 6, articlesFromCache: 12 });
  });
});
