import * as assert from 'node:assert/strict';
import { countBreaks, LineIndex } from '../../src/core/text/lines';

describe('LineIndex', () => {
  it('maps offsets to zero-based line and character on LF and CRLF', () => {
    const index = new LineIndex('ab\r\ncd\nef');
    assert.deepEqual(index.position(0), { line: 0, character: 0 });
    assert.deepEqual(index.position(3), { line: 0, character: 3 });
    assert.deepEqual(index.position(4), { line: 1, character: 0 });
    assert.deepEqual(index.position(8), { line: 2, character: 1 });
    assert.equal(index.lineCount, 3);
  });
});

describe('LineIndex with lone carriage returns', () => {
  it('counts a lone CR as a line break, as the editor does', () => {
    const index = new LineIndex('a\rb\r\nc');
    assert.deepEqual(index.position(2), { line: 1, character: 0 });
    assert.deepEqual(index.position(5), { line: 2, character: 0 });
  });
});

describe('LineIndex lookups in any order', () => {
  it('answers the same whether offsets come forwards, backwards or jump far', () => {
    const text = Array.from({ length: 200 }, (_, i) => `line ${i}`).join('\n');
    const index = new LineIndex(text);
    const expected = (offset: number) => {
      const line = text.slice(0, offset).split('\n').length - 1;
      return { line, character: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
    };
    const offsets = [0, 5, 6, 7, 900, 901, 40, text.length, 13, 1200, 7];
    for (const offset of offsets) assert.deepEqual(index.position(offset), expected(offset), `offset ${offset}`);
    assert.equal(index.lineCount, 200);
    assert.equal(index.lineOf(text.length + 10), 199);
    assert.equal(index.lineOf(-3), 0);
  });
});

describe('countBreaks', () => {
  it('counts CRLF once and a lone CR or LF each as one break', () => {
    assert.equal(countBreaks(''), 0);
    assert.equal(countBreaks('a\r\nb\nc\rd\r'), 4);
    assert.equal(countBreaks('\r\r\n\n'), 3);
  });
});
