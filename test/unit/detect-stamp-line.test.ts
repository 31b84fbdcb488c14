import * as assert from 'node:assert/strict';
import { stampOnLine } from '../../src/core/parse/stampLine';

const on = (line: string, first = false) => stampOnLine(line, 0, line.length, first);

describe('stampOnLine', () => {
  it('finds a stamp alone on its line, indented or with trailing blanks', () => {
    assert.deepEqual(on('  24.02.2026, 15:00 7466  ')?.dateTime, { text: '24.02.2026, 15:00', start: 2, end: 19 });
    assert.equal(on('05.03.2024 09:08')?.published, '2024-03-05T09:08');
  });

  it('finds a stamp after the header only on the first line', () => {
    const line = ' date 2026-02-25 24.02.2026, 15:00 7466';
    assert.deepEqual(on(line, true)?.dateTime, { text: '24.02.2026, 15:00', start: 17, end: 34 });
    assert.equal(on(line, false), undefined);
  });

  it('rejects lines with more than a stamp, a header alone and impossible values', () => {
    assert.equal(on('24.02.2026, 15:00 7466 reports'), undefined);
    assert.equal(on('date 2026-02-25', true), undefined);
    assert.equal(on('date 2026-02-2524.02.2026, 15:00', true), undefined);
    assert.equal(on('24.02.2026, 25:00'), undefined);
    assert.equal(on('   '), undefined);
  });

  it('reads offsets in a larger text', () => {
    const text = 'Title\n24.02.2026, 15:00 1\n';
    assert.equal(stampOnLine(text, 6, 25, false)?.start, 6);
  });
});
