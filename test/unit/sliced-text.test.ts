import * as assert from 'node:assert/strict';
import { joinInSlices } from '../../src/vscode/slicedText';

describe('joinInSlices', () => {
  it('joins the chunks in order, letting queued work run while it goes', async () => {
    const chunks = Array.from({ length: 450 }, (_, i) => `${i},`);
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    let sawOtherWork: boolean | undefined;
    const text = await joinInSlices(
      (function* () {
        for (const [i, chunk] of chunks.entries()) {
          if (i === 449) sawOtherWork = ranBetween;
          yield chunk;
        }
      })(),
    );
    assert.equal(text, chunks.join(''));
    assert.equal(sawOtherWork, true);
  });

  it('gives the empty text for no chunks', async () => {
    assert.equal(await joinInSlices([]), '');
  });
});
