import * as assert from 'node:assert/strict';
import type { AnnotatedArticle, Annotation, EntityType } from '../../src/core';
import { articleLabel, groupEntities } from '../../src/core/outline/entities';
import { contentEnd, indexAt } from '../../src/core/outline/locate';
import { articleMatches, filterArticles } from '../../src/core/outline/filter';
import { sortArticles } from '../../src/core/outline/sort';
import { countEntities } from '../../src/core/outline/counts';
import { exportFileName } from '../../src/core/outline/exportNames';

// A synthetic two-article bulletin; offsets are computed from the text, never typed in.
const TEXT = [
  '02.03.2026, 10:00 5',
  'Minister Meets Envoy of Italy',
  'Minister A. Bekov met the Italian envoy on 5 March.',
  '',
  '01.03.2026, 09:00',
  'Talks in Astana',
  'Aidar Bekov spoke with Italy and Spain about 2027.',
  '',
].join('\n');

function at(text: string, from: number): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(text, from);
  assert.notEqual(start, -1, text);
  return { start, end: start + text.length, text };
}

function mention(type: EntityType, text: string, from: number, normalized?: string): Annotation {
  const a: Annotation = { ...at(text, from), type, line: 0, character: 0, origin: 'auto' };
  if (normalized !== undefined) a.normalized = normalized;
  return a;
}

function article(index: number, stampText: string, published: string, title: string, end: number, annotations: Annotation[]): AnnotatedArticle {
  const stamp = at(stampText, 0);
  return {
    index,
    start: stamp.start,
    end,
    stamp: { ...stamp, published, dateTime: at(stampText.slice(0, 17), stamp.start) },
    title: at(title, stamp.end),
    paragraphs: [],
    annotations,
  };
}

const secondStart = TEXT.indexOf('01.03.2026');
const FIRST = article(0, '02.03.2026, 10:00 5', '2026-03-02T10:00', 'Minister Meets Envoy of Italy', secondStart, [
  mention('date', '02.03.2026, 10:00', 0, '2026-03-02T10:00'),
  mention('country', 'Italy', 0, 'IT'),
  mention('official', 'A. Bekov', 0, 'Aidar Bekov'),
  mention('country', 'Italian', 0, 'IT'),
  mention('date', '5 March', 0, '2026-03-05'),
]);
const SECOND = article(1, '01.03.2026, 09:00', '2026-03-01T09:00', 'Talks in Astana', TEXT.length, [
  mention('date', '01.03.2026, 09:00', secondStart, '2026-03-01T09:00'),
  mention('official', 'Aidar Bekov', secondStart, 'Aidar Bekov'),
  mention('country', 'Italy', secondStart, 'IT'),
  mention('country', 'Spain', secondStart, 'ES'),
  mention('date', '2027', secondStart),
]);
const ARTICLES = [FIRST, SECOND];

describe('outline: entity groups', () => {
  it('groups by type in officials, countries, dates order and by value in first-mention order', () => {
    const groups = groupEntities(FIRST.annotations);
    assert.deepEqual(
      groups.map((g) => [g.type, g.entries.map((e) => [e.value, e.mentions.map((m) => m.text)])]),
      [
        ['official', [['Aidar Bekov', ['A. Bekov']]]],
        ['country', [['IT', ['Italy', 'Italian']]]],
        ['date', [['2026-03-02T10:00', ['02.03.2026, 10:00']], ['2026-03-05', ['5 March']]]],
      ],
    );
  });

  it('leaves out empty groups and falls back to the text when nothing is normalised', () => {
    const groups = groupEntities([SECOND.annotations[4]]);
    assert.deepEqual(groups.map((g) => [g.type, g.entries.map((e) => e.value)]), [['date', ['2027']]]);
    assert.deepEqual(groupEntities([]), []);
  });

  it('labels an article by its title, or its stamp when untitled', () => {
    assert.equal(articleLabel(FIRST), 'Minister Meets Envoy of Italy');
    const untitled: AnnotatedArticle = { ...SECOND, title: undefined };
    assert.equal(articleLabel(untitled), '01.03.2026, 09:00');
  });
});

describe('outline: locating', () => {
  const spans = [{ start: 10, end: 20 }, { start: 20, end: 35 }];
  it('finds the span holding an offset, -1 before the first and after the last', () => {
    assert.deepEqual([0, 9, 10, 19, 20, 34, 35, 36].map((o) => indexAt(spans, o)), [-1, -1, 0, 0, 1, 1, 1, -1]);
    assert.equal(indexAt([], 0), -1);
  });

  it('trims trailing white space and line breaks from a span', () => {
    assert.equal(contentEnd(TEXT, FIRST), TEXT.indexOf('March.') + 'March.'.length);
    assert.equal(contentEnd('ab \r\n\r\n', { start: 0, end: 7 }), 2);
    assert.equal(contentEnd('   ', { start: 0, end: 3 }), 0);
    assert.equal(contentEnd('x  \n', { start: 0, end: 4 }, 3), 3);
  });
});

describe('outline: filtering', () => {
  it('matches the article text case-insensitively', () => {
    assert.deepEqual(filterArticles(TEXT, ARTICLES, { text: 'astana' }).map((a) => a.index), [1]);
    assert.deepEqual(filterArticles(TEXT, ARTICLES, { text: 'SPAIN' }).map((a) => a.index), [1]);
  });

  it('matches normalised values the text does not spell out', () => {
    assert.equal(articleMatches(TEXT, FIRST, { text: 'Aidar' }), true);
    assert.deepEqual(filterArticles(TEXT, ARTICLES, { text: '2026-03-05' }).map((a) => a.index), [0]);
  });

  it('matches a country by the codes its name resolves to', () => {
    const onlyAdjective: AnnotatedArticle = { ...FIRST, start: TEXT.indexOf('Minister A.'), annotations: [FIRST.annotations[3]] };
    assert.equal(articleMatches(TEXT, onlyAdjective, { text: 'Italie' }), false);
    assert.equal(articleMatches(TEXT, onlyAdjective, { text: 'Italie', codes: new Set(['IT']) }), true);
  });

  it('keeps everything for a blank query and nothing for an absent one', () => {
    assert.equal(filterArticles(TEXT, ARTICLES, { text: '  ' }).length, 2);
    assert.equal(filterArticles(TEXT, ARTICLES, { text: 'Tokyo' }).length, 0);
  });
});

describe('outline: sorting and counting', () => {
  it('sorts by file order or by publication date without touching the input', () => {
    assert.deepEqual(sortArticles(ARTICLES, 'date').map((a) => a.index), [1, 0]);
    assert.deepEqual(sortArticles(ARTICLES, 'file').map((a) => a.index), [0, 1]);
    assert.deepEqual(ARTICLES.map((a) => a.index), [0, 1]);
  });

  it('keeps file order among articles published at the same minute', () => {
    const twin: AnnotatedArticle = { ...SECOND, index: 2 };
    assert.deepEqual(sortArticles([twin, FIRST, SECOND], 'date').map((a) => a.index), [1, 2, 0]);
  });

  it('counts distinct values and mentions per type', () => {
    assert.deepEqual(countEntities(ARTICLES), {
      articles: 2,
      distinct: { official: 1, country: 2, date: 4 },
      mentions: { official: 2, country: 4, date: 4 },
    });
  });
});

describe('outline: export file names', () => {
  it('replaces the last extension and keeps folders', () => {
    assert.equal(exportFileName('2026-02-25.txt', 'json'), '2026-02-25.annotations.json');
    assert.equal(exportFileName('news.v2.bulletin', 'md', 'articles'), 'news.v2.articles.md');
    assert.equal(exportFileName('a.b/README', 'csv'), 'a.b/README.annotations.csv');
    assert.equal(exportFileName('.hidden', 'jsonl'), '.hidden.annotations.jsonl');
  });
});
