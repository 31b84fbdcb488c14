import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';

describe('analyzer on an article with a huge number of mentions', () => {
  it('annotates 200 000 countries in one article (more than a call may take as arguments)', () => {
    const body = 'France, '.repeat(200_000);
    const text = `01.02.2026, 10:00 1\nTitle\n${body}\n`;
    const annotations = createAnalyzer({ types: ['country'] }).annotate(text, 'x').articles[0].annotations;
    assert.equal(annotations.length, 200_000);
    const last = annotations[annotations.length - 1];
    assert.deepEqual([last.text, last.start, last.line, last.normalized], ['France', text.length - 9, 2, 'FR']);
  });
});
