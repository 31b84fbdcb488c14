import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeBulletin, SNIFF_CHARS } from '../../src/core/parse/sniff';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

describe('looksLikeBulletin', () => {
  describe('recognises bulletins', () => {
    for (const name of ['2026-02-25.txt', 'dev-1.txt', 'dev-2.txt']) {
      it(`the sample ${name}`, () => assert.equal(looksLikeBulletin(fixture(name)), true));
    }

    it('a header sharing its line with the first stamp, behind a BOM, with CRLF', () => {
      assert.equal(looksLikeBulletin('\uFEFF date 2026-02-25 24.02.2026, 15:00 7466\r\nTitle\r\nBody\r\n'), true);
    });

    it('a header alone, then a stamp without counter and a title', () => {
      assert.equal(looksLikeBulletin('date 2025-10-30\n\n19.11.2024, 10:15  \nA title\n'), true);
    });

    it('a file opening with a stamp missing its comma', () => {
      assert.equal(looksLikeBulletin('05.03.2024 09:08 2475\nProspects of cooperation\n'), true);
    });

    it('a preamble followed by two titled stamps', () => {
      const text = 'Weekly digest\nCompiled by the press office\n01.02.2026, 10:00 12\nFirst\nBody\n02.02.2026, 11:30 7\nSecond\n';
      assert.equal(looksLikeBulletin(text), true);
    });

    it('only the window: the start of a very large bulletin', () => {
      const text = `24.02.2026, 15:00 1\nTitle\n${'x'.repeat(SNIFF_CHARS * 4)}\n`;
      assert.equal(looksLikeBulletin(text), true);
    });
  });

  describe('leaves ordinary text alone', () => {
    it('a README', () => {
      const readme = '# Project\n\nReleased 24.02.2026.\n\n## Usage\n\n```sh\nnpm install\n```\n';
      assert.equal(looksLikeBulletin(readme), false);
    });

    it('a log with date-time stamps on every line', () => {
      const log = [
        '24.02.2026, 15:00:01 INFO server started',
        '24.02.2026, 15:00 WARN disk 91% full',
        '2026-02-24 15:02 ERROR connection reset',
        '24.02.2026 15:03 user=7 login',
      ].join('\n');
      assert.equal(looksLikeBulletin(log), false);
    });

    it('a text with one stray date-time, even alone on its line', () => {
      const notes = 'Notes from the call\n\n24.02.2026, 15:00\nCall with the embassy about the visa.\nFollow up next week.\n';
      assert.equal(looksLikeBulletin(notes), false);
      assert.equal(looksLikeBulletin('The meeting on 24.02.2026, 15:00 7466 went well.\nMore text.\n'), false);
    });

    it('a memo opening with a Date: line', () => {
      assert.equal(looksLikeBulletin('Date: 2024-01-05\nTo: all staff\nSubject: holidays\n'), false);
    });

    it('stamp-shaped lines with impossible dates or times', () => {
      assert.equal(looksLikeBulletin('32.01.2026, 10:00 5\nTitle\n'), false);
      assert.equal(looksLikeBulletin('01.13.2026, 10:00 5\nTitle\n'), false);
      assert.equal(looksLikeBulletin('01.01.2026, 24:00 5\nTitle\n'), false);
    });

    it('a stamp with nothing after it, and consecutive stamps without titles', () => {
      assert.equal(looksLikeBulletin('24.02.2026, 15:00 7466\n'), false);
      assert.equal(looksLikeBulletin('24.02.2026, 15:00\n25.02.2026, 15:00\n26.02.2026, 15:00\n'), false);
    });

    it('a CSV of dates, an empty file and blank lines', () => {
      assert.equal(looksLikeBulletin('date,time,count\n24.02.2026,15:00,7466\n'), false);
      assert.equal(looksLikeBulletin(''), false);
      assert.equal(looksLikeBulletin('\uFEFF\n  \r\n\t\n'), false);
    });

    it('a stamp that only appears after the window', () => {
      const late = `${'filler line\n'.repeat(100)}24.02.2026, 15:00 1\nTitle\n24.02.2026, 16:00 2\nTitle\n`;
      assert.equal(looksLikeBulletin(late), false);
    });
  });
});
