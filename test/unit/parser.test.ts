import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { parseBulletin } from '../../src/core/parse/parser';
import type { ParsedBulletin, TextRange } from '../../src/core/types';
import { SAMPLE_TITLES } from '../fixtures/sample-facts';

const FIXTURES = join(__dirname, '..', 'fixtures');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** Every range the parser reports, for the offset property. */
function ranges(b: ParsedBulletin): TextRange[] {
  const all: TextRange[] = [];
  if (b.header) all.push(b.header);
  if (b.preamble) all.push(b.preamble);
  for (const a of b.articles) {
    all.push(a.stamp, a.stamp.dateTime, ...a.paragraphs);
    if (a.title) all.push(a.title);
  }
  return all;
}

/** The invariants every parse must hold, whatever the input. */
function assertWellFormed(b: ParsedBulletin): void {
  for (const r of ranges(b)) {
    assert.equal(b.text.slice(r.start, r.end), r.text);
    if (r !== b.preamble) assert.ok(!/[\r\n]/.test(r.text), `line break inside ${JSON.stringify(r.text)}`);
  }
  b.articles.forEach((a, i) => {
    assert.equal(a.index, i);
    assert.equal(a.start, a.stamp.start);
    assert.equal(a.end, i + 1 < b.articles.length ? b.articles[i + 1].start : b.text.length);
    assert.ok(a.start < a.end);
  });
}

/** Structure without offsets, to compare line-ending and BOM variants. */
function shape(b: ParsedBulletin): unknown {
  return {
    bulletinDate: b.bulletinDate,
    articles: b.articles.map((a) => ({
      published: a.stamp.published,
      views: a.stamp.views,
      stamp: a.stamp.text,
      title: a.title?.text,
      paragraphs: a.paragraphs.map((p) => p.text),
    })),
  };
}


describe('parseBulletin on the sample bulletin', () => {
  const text = read('2026-02-25.txt');
  const parsed = parseBulletin(text);

  it('reads the header on the first stamp line', () => {
    assert.equal(parsed.bulletinDate, '2026-02-25');
    assert.deepEqual(parsed.header, { text: 'date 2026-02-25', start: 1, end: 16 });
    assert.equal(parsed.preamble, undefined);
    assert.equal(parsed.hadBom, false);
    assert.equal(parsed.text, text);
  });

  it('finds 9 articles with exact stamps and views', () => {
    assert.deepEqual(
      parsed.articles.map((a) => [a.stamp.published, a.stamp.views, a.stamp.text]),
      [
        ['2026-02-24T15:00', 7466, '24.02.2026, 15:00 7466'],
        ['2026-02-24T20:15', 8051, '24.02.2026, 20:15 8051'],
        ['2026-02-24T19:36', 9046, '24.02.2026, 19:36 9046'],
        ['2026-02-24T19:26', 8791, '24.02.2026, 19:26 8791'],
        ['2026-02-24T09:11', 9501, '24.02.2026, 09:11 9501'],
        ['2026-02-23T19:30', 33066, '23.02.2026, 19:30 33066'],
        ['2026-02-23T19:00', 33346, '23.02.2026, 19:00 33346'],
        ['2026-02-23T18:15', 33641, '23.02.2026, 18:15 33641'],
        ['2026-02-23T17:00', 29016, '23.02.2026, 17:00 29016'],
      ],
    );
    assert.deepEqual(parsed.articles[0].stamp.dateTime, { text: '24.02.2026, 15:00', start: 17, end: 34 });
  });

  it('gives titles, paragraph counts and article ranges', () => {
    assert.deepEqual(parsed.articles.map((a) => a.title?.text), SAMPLE_TITLES);
    assert.deepEqual(parsed.articles.map((a) => a.paragraphs.length), [2, 7, 7, 5, 6, 5, 3, 9, 3]);
    assert.deepEqual(
      parsed.articles.map((a) => [a.start, a.end]),
      [[17, 583], [583, 2297], [2297, 4231], [4231, 6020], [6020, 7870], [7870, 9255], [9255, 10754], [10754, 13287], [13287, 13910]],
    );
    assert.deepEqual(parsed.articles[0].title, { text: SAMPLE_TITLES[0], start: 40, end: 115 });
    assertWellFormed(parsed);
  });

  it('gives the same structure with CRLF line ends, at shifted offsets', () => {
    const crlf = parseBulletin(text.replace(/\n/g, '\r\n'));
    assert.deepEqual(shape(crlf), shape(parsed));
    const newlinesBefore = (offset: number): number => text.slice(0, offset).split('\n').length - 1;
    assert.deepEqual(crlf.articles.map((a) => a.start), parsed.articles.map((a) => a.start + newlinesBefore(a.start)));
    assert.deepEqual(crlf.articles.map((a) => a.start), [17, 587, 2310, 4253, 6049, 7907, 9299, 10803, 13347]);
    assertWellFormed(crlf);
  });

  it('drops a byte-order mark without shifting offsets', () => {
    const withBom = parseBulletin(`\uFEFF${text}`);
    assert.equal(withBom.hadBom, true);
    assert.equal(withBom.text, text);
    assert.deepEqual(withBom.articles, parsed.articles);
    assert.deepEqual(withBom.header, parsed.header);
    const both = parseBulletin(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
    assert.deepEqual(shape(both), shape(parsed));
    assertWellFormed(both);
  });
});

describe('parseBulletin on the dev bulletins', () => {
  for (const [name, date, noCounter] of [['dev-1.txt', '2025-10-30', 4], ['dev-2.txt', '2023-04-18', 9]] as const) {
    it(`${name}: 15 articles, one stamp without counter, blank lines skipped`, () => {
      const parsed = parseBulletin(read(name));
      assert.equal(parsed.bulletinDate, date);
      assert.equal(parsed.articles.length, 15);
      assert.deepEqual(
        parsed.articles.flatMap((a) => (a.stamp.views === undefined ? [a.index] : [])),
        [noCounter],
      );
      assert.equal(parsed.articles[noCounter].stamp.text, parsed.articles[noCounter].stamp.dateTime.text);
      assert.ok(parsed.articles.every((a) => a.title !== undefined && a.paragraphs.length > 0));
      assertWellFormed(parsed);
    });
  }

  it('dev-1.txt: header alone on the first line, exact first and blank-line articles', () => {
    const parsed = parseBulletin(read('dev-1.txt'));
    assert.deepEqual(parsed.header, { text: 'date 2025-10-30', start: 0, end: 15 });
    assert.equal(parsed.articles[0].title?.text, 'Chinese FM holds talks with Kazakhstan\'s FM');
    assert.equal(parsed.articles[7].title?.text, 'Yoon to Embark on Trip to 3 Central Asian Nations');
    assert.equal(parsed.articles[4].stamp.published, '2024-11-19T10:15');
  });

  it('dev-2.txt: CRLF ranges never include a carriage return', () => {
    const parsed = parseBulletin(read('dev-2.txt'));
    assert.equal(parsed.articles[9].stamp.text, '28.03.2019, 16:40');
    assert.equal(parsed.articles[14].title?.text, 'Kazakhstan: a bridge between East Asia and Europe');
    assert.equal(parsed.text.slice(parsed.articles[0].end - 2, parsed.articles[0].end), '\r\n');
  });
});

describe('parseBulletin format variants', () => {
  const published = (text: string): string[] => parseBulletin(text).articles.map((a) => a.stamp.published);

  it('accepts stamps without comma, without counter, with trailing blanks and single digits', () => {
    const text = '01.03.2026 09:00 5\nA\n2.3.2026, 9:05   \nB\n03.03.2026,10:10\t\nC\n  04.03.2026, 11:11 7  \nD';
    const parsed = parseBulletin(text);
    assert.deepEqual(published(text), ['2026-03-01T09:00', '2026-03-02T09:05', '2026-03-03T10:10', '2026-03-04T11:11']);
    assert.deepEqual(parsed.articles.map((a) => a.stamp.views), [5, undefined, undefined, 7]);
    assert.deepEqual(parsed.articles.map((a) => a.stamp.text), ['01.03.2026 09:00 5', '2.3.2026, 9:05', '03.03.2026,10:10', '04.03.2026, 11:11 7']);
    assert.deepEqual(parsed.articles.map((a) => a.title?.text), ['A', 'B', 'C', 'D']);
    assertWellFormed(parsed);
  });

  it('reads a counter with grouped thousands', () => {
    const parsed = parseBulletin('01.03.2026, 09:00 33 066\nA\n02.03.2026, 09:00 1,234,567\nB\n03.03.2026, 09:00 12 34\nC');
    assert.deepEqual(parsed.articles.map((a) => [a.stamp.text, a.stamp.views]),
      [['01.03.2026, 09:00 33 066', 33066], ['02.03.2026, 09:00 1,234,567', 1234567]]);
    assert.deepEqual(parsed.articles[1].paragraphs.map((p) => p.text), ['03.03.2026, 09:00 12 34', 'C']);
  });

  it('rejects out-of-range fields and stamps sharing their line with text', () => {
    const lines = ['32.01.2026, 10:00 1', '10.13.2026, 10:00 1', '10.12.2026, 24:00 1', '10.12.2026, 10:60 1',
      '10.12.2026, 10:00 1 views', '10.12.2026, 10:00 and more', '2026 was a year', '10.12.2026'];
    const parsed = parseBulletin(['01.01.2026, 00:00', 'Title', ...lines].join('\n'));
    assert.equal(parsed.articles.length, 1);
    assert.deepEqual(parsed.articles[0].paragraphs.map((p) => p.text), lines);
  });

  it('reads an indented header alone, a missing header, and an invalid header date', () => {
    assert.equal(parseBulletin('   date 2026-01-02\n02.01.2026, 10:00\nT').bulletinDate, '2026-01-02');
    const missing = parseBulletin('02.01.2026, 10:00\nT');
    assert.equal(missing.header, undefined);
    assert.equal(missing.bulletinDate, undefined);
    const invalid = parseBulletin('date 2026-13-40\n02.01.2026, 10:00\nT');
    assert.deepEqual(invalid.header, { text: 'date 2026-13-40', start: 0, end: 15 });
    assert.equal(invalid.bulletinDate, undefined);
  });

  it('keeps text before the first stamp as a trimmed preamble', () => {
    const text = 'date 2026-01-02\n\n  Digest of the week \r\nsecond line\n02.01.2026, 10:00\nT';
    const parsed = parseBulletin(text);
    assert.deepEqual(parsed.preamble, { text: 'Digest of the week \r\nsecond line', start: 19, end: 51 });
    assert.equal(parsed.articles.length, 1);
    const notHeader = parseBulletin('date 2026-01-02 is not a stamp\n02.01.2026, 10:00\nT');
    assert.equal(notHeader.header, undefined);
    assert.equal(notHeader.preamble?.text, 'date 2026-01-02 is not a stamp');
  });

  it('handles a cut-off last article and a stamp with nothing after it', () => {
    const parsed = parseBulletin('01.01.2026, 10:00 1\nTitle\nBody cut off mid-sen\n02.01.2026, 11:00 2');
    assert.equal(parsed.articles[0].paragraphs[0].text, 'Body cut off mid-sen');
    assert.equal(parsed.articles[1].title, undefined);
    assert.deepEqual(parsed.articles[1].paragraphs, []);
    assert.equal(parsed.articles[1].end, parsed.text.length);
    assertWellFormed(parsed);
  });

  it('ends lines at a lone carriage return, as the editor does', () => {
    const parsed = parseBulletin('01.01.2026, 10:00 3\rTitle\rBody\r\n02.01.2026, 11:00\r');
    assert.deepEqual(parsed.articles.map((a) => [a.stamp.views, a.title?.text, a.paragraphs.map((p) => p.text)]),
      [[3, 'Title', ['Body']], [undefined, undefined, []]]);
    assertWellFormed(parsed);
  });

  it('gives no title to a stamp directly followed by another stamp', () => {
    const parsed = parseBulletin('01.01.2026, 10:00\n\n02.01.2026, 11:00\nT');
    assert.deepEqual(parsed.articles.map((a) => a.title?.text), [undefined, 'T']);
    assert.equal(parsed.articles[0].end, 19);
  });

  it('gives each article and stamp only the fields it has, at exact values', () => {
    const text = '01.01.2026, 10:00 12\nTitle\nOne\nTwo\n02.01.2026, 11:05\n\n03.01.2026, 09:30 99999999999999999\nT\n';
    const dateTime = (start: number, time: string) => ({ text: `0${text[start + 1]}.01.2026, ${time}`, start, end: start + 17 });
    assert.deepEqual(parseBulletin(text).articles, [
      {
        index: 0, start: 0, end: 35, paragraphs: [{ text: 'One', start: 27, end: 30 }, { text: 'Two', start: 31, end: 34 }],
        stamp: { text: '01.01.2026, 10:00 12', start: 0, end: 20, published: '2026-01-01T10:00', dateTime: dateTime(0, '10:00'), views: 12 },
        title: { text: 'Title', start: 21, end: 26 },
      },
      {
        index: 1, start: 35, end: 54, paragraphs: [],
        stamp: { text: '02.01.2026, 11:05', start: 35, end: 52, published: '2026-01-02T11:05', dateTime: dateTime(35, '11:05') },
      },
      {
        index: 2, start: 54, end: 92, paragraphs: [], title: { text: 'T', start: 90, end: 91 },
        stamp: { text: '03.01.2026, 09:30 99999999999999999', start: 54, end: 89, published: '2026-01-03T09:30', dateTime: dateTime(54, '09:30') },
      },
    ]);
  });
});

describe('parseBulletin on malformed input', () => {
  it('parses an empty file to nothing', () => {
    assert.deepEqual(parseBulletin(read('malformed/empty.txt')), { text: '', hadBom: false, articles: [] });
    assert.deepEqual(parseBulletin('\uFEFF'), { text: '', hadBom: true, articles: [] });
  });

  it('parses a header-only file to a date and no articles', () => {
    const parsed = parseBulletin(read('malformed/only-header.txt'));
    assert.equal(parsed.bulletinDate, '2026-02-25');
    assert.deepEqual(parsed.articles, []);
    assert.equal(parsed.preamble, undefined);
  });

  it('finds no article in garbage and binary-ish bytes', () => {
    const parsed = parseBulletin(read('malformed/binaryish.txt'));
    assert.deepEqual(parsed.articles, []);
    assert.equal(parsed.preamble?.start, 0);
    assert.equal(parseBulletin('}{@#!%\n\u0000\u0001\n::..,,').articles.length, 0);
  });

  it('treats a half-typed stamp as body text', () => {
    const parsed = parseBulletin(read('malformed/half-typed-stamp.txt'));
    assert.equal(parsed.articles.length, 1);
    assert.deepEqual(parsed.articles[0].paragraphs.map((p) => p.text), ['01.03.20', '01.03.2026, 1', '01.03.2026 09:3']);
  });

  it('parses one huge line, and many digit-led lines, in linear time', () => {
    const huge = 'x'.repeat(5_000_000);
    assert.deepEqual(parseBulletin(huge).preamble, { text: huge, start: 0, end: huge.length });
    const nearStamps = '11.11.2011, 11:11 111111111111x\n'.repeat(100_000);
    const started = Date.now();
    const parsed = parseBulletin(`01.01.2026, 10:00\nTitle\n${nearStamps}`);
    assert.equal(parsed.articles[0].paragraphs.length, 100_000);
    // Generous for a loaded machine; a quadratic scan of these 3 MB would take minutes.
    assert.ok(Date.now() - started < 10_000);
  });

  it('never throws and keeps every invariant on arbitrary strings', () => {
    const piece = fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '\uFEFF', 'date 2026-02-25', ' date 2026-02-25 ',
      '24.02.2026, 15:00 7466', '1.2.2026 3:04', '99.99.9999, 99:99', 'Title', '’é', '\u0000', '12');
    const text = fc.array(fc.oneof(piece, fc.string({ unit: 'binary' })), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (input) => assertWellFormed(parseBulletin(input))), { numRuns: 2000 });
  });
});
