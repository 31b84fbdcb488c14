import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text/lines';

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
