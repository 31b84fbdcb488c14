import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CSV_COLUMNS, exportBulletin, exportChunks, exportManyChunks, toExportDocument,
} from '../../src/core/export';
import { parseBulletin } from '../../src/core/parse/parser';
import type { AnnotatedBulletin, ExportFormat } from '../../src/core/types';
import { EXPORT_FORMATS } from '../../src/core/types';
import { buildSampleBulletin } from '../fixtures/golden/sample-bulletin';

const GOLDEN = join(__dirname, '..', 'fixtures', 'golden');
const sample = buildSampleBulletin();
const annotationCount = sample.articles.reduce((n, a) => n + a.annotations.length, 0);

/** A bulletin with no annotations, straight from the parser. */
function bare(text: string, source: string): AnnotatedBulletin {
  const parsed = parseBulletin(text);
  return { ...parsed, source, articles: parsed.articles.map((a) => ({ ...a, annotations: [] })) };
}

describe('exporters: goldens on the sample bulletin', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format} matches test/fixtures/golden/sample.${format}`, () => {
      const file = join(GOLDEN, `sample.${format}`);
      const actual = exportBulletin(sample, format);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
      assert.equal(actual, readFileSync(file, 'utf8'));
    });
  }
});

describe('exporters: structure', () => {
  it('json is the contract document, 2-space indented with a trailing newline', () => {
    const json = exportBulletin(sample, 'json');
    assert.equal(json, `${JSON.stringify(toExportDocument(sample), null, 2)}\n`);
    const doc = JSON.parse(json);
    assert.equal(doc.source, '2026-02-25.txt');
    assert.equal(doc.bulletinDate, '2026-02-25');
    assert.equal(doc.articles.length, 9);
    assert.deepEqual(Object.keys(doc.articles[0]), ['index', 'published', 'views', 'title', 'start', 'end', 'annotations']);
    assert.deepEqual(doc.articles[0].annotations[1], {
      type: 'country', text: 'Estonia', start: 77, end: 84, line: 1, character: 37, normalized: 'EE', origin: 'auto',
    });
    for (const article of doc.articles) {
      const starts = article.annotations.map((a: { start: number }) => a.start);
      assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
      for (const a of article.annotations) assert.equal(sample.text.slice(a.start, a.end), a.text);
    }
  });

  it('jsonl has one article per line, each with source and bulletinDate', () => {
    const lines = exportBulletin(sample, 'jsonl').split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 9);
    const third = JSON.parse(lines[3]);
    assert.deepEqual(Object.keys(third).slice(0, 4), ['source', 'bulletinDate', 'index', 'published']);
    assert.equal(third.index, 3);
    assert.equal(third.views, 8791);
  });

  it('csv has a header and one CRLF-ended row per annotation', () => {
    const csv = exportBulletin(sample, 'csv');
    const rows = csv.split('\r\n');
    assert.equal(rows.pop(), '');
    assert.equal(rows[0], CSV_COLUMNS.join(','));
    assert.equal(rows.length, 1 + annotationCount);
    assert.equal(rows[1], '2026-02-25.txt,0,2026-02-24T15:00,President Congratulates President of Estonia Alar Karis on Independence Day,date,"24.02.2026, 15:00",2026-02-24T15:00,,0,17,17,34,auto');
  });

  it('gives null views and title for a bare stamp, and exact output for a bulletin with no articles', () => {
    const [article] = JSON.parse(exportBulletin(bare('01.01.2026, 10:00', 'x.txt'), 'json')).articles;
    assert.deepEqual(article, { index: 0, published: '2026-01-01T10:00', views: null, title: null, start: 0, end: 17, annotations: [] });
    const empty = bare('', 'empty.txt');
    assert.equal(exportBulletin(empty, 'json'), '{\n  "source": "empty.txt",\n  "bulletinDate": null,\n  "articles": []\n}\n');
    assert.equal(exportBulletin(empty, 'jsonl'), '');
    assert.equal(exportBulletin(empty, 'csv'), `${CSV_COLUMNS.join(',')}\r\n`);
    assert.equal(exportBulletin(empty, 'md'), '# Bulletin empty.txt\n\nBulletin date: none · No articles.\n');
  });

  it('is deterministic and independent of the order annotations are held in', () => {
    const shuffled = { ...sample, articles: sample.articles.map((a) => ({ ...a, annotations: [...a.annotations].reverse() })) };
    for (const format of EXPORT_FORMATS) {
      assert.equal(exportBulletin(shuffled, format), exportBulletin(sample, format));
    }
  });

  it('rejects an unknown format', () => {
    assert.throws(() => exportBulletin(sample, 'xml' as ExportFormat), /Unknown export format: xml/);
  });
});

describe('exporters: streaming', () => {
  it('yields at most one article per chunk, joining to the string form', () => {
    const chunkCounts = { json: 11, jsonl: 9, csv: 10, md: 10 };
    for (const format of EXPORT_FORMATS) {
      const chunks = [...exportChunks(sample, format)];
      assert.equal(chunks.length, chunkCounts[format], format);
      assert.equal(chunks.join(''), exportBulletin(sample, format));
    }
  });

  it('exports many bulletins into one stream with one CSV header', () => {
    const other = bare('date 2026-01-01\n01.01.2026, 10:00 5\nT', 'other.txt');
    const csv = [...exportManyChunks([sample, other], 'csv')].join('');
    assert.equal(csv.split(CSV_COLUMNS.join(',')).length, 2);
    assert.equal(csv, exportBulletin(sample, 'csv'));
    const jsonl = [...exportManyChunks([sample, other], 'jsonl')].join('');
    assert.equal(jsonl, exportBulletin(sample, 'jsonl') + exportBulletin(other, 'jsonl'));
    assert.equal(jsonl.split('\n').length, 11);
    const md = [...exportManyChunks([sample, other], 'md')].join('');
    assert.equal(md, `${exportBulletin(sample, 'md')}\n${exportBulletin(other, 'md')}`);
  });

  it('gives exactly the single-bulletin export for one bulletin, and takes bulletins lazily', () => {
    for (const format of EXPORT_FORMATS) {
      assert.equal([...exportManyChunks([sample], format)].join(''), exportBulletin(sample, format));
    }
    let made = 0;
    function* lazy(): Generator<AnnotatedBulletin> {
      for (let i = 0; i < 3; i++) {
        made++;
        yield bare(`01.01.2026, 10:00 ${i}\nT`, `${i}.txt`);
      }
    }
    const chunks = exportManyChunks(lazy(), 'jsonl')[Symbol.iterator]();
    chunks.next();
    assert.equal(made, 1);
  });
});
