import * as assert from 'node:assert/strict';
import { createOfficialFinder } from '../../src/core/annotate/officials';
import type { Mention } from '../../src/core/types';

// The finder skips a line's re-classing passes when the line holds none of their cues, and reads
// quotes by character code: these edges must give what a pass over every line gave.
const COUNTRY = /\b(?:Malaysia|Kazakhstan|Estonia)\b/g;
function fakeCountries(body: string): Mention[] {
  return [...body.matchAll(COUNTRY)].map((m) => ({ type: 'country', text: m[0], start: m.index, end: m.index + m[0].length }));
}
const find = createOfficialFinder(undefined, fakeCountries);
const found = (body: string) => find(body, { published: '2026-02-24T15:00' }).map((m) => [m.text, m.start, m.role ?? null]);

describe('official finder: line passes and quotes', () => {
  it('reads a common word after an honorific phrase as a surname on a line with no title or country', () => {
    const body = 'The guest of honour was Tan Sri Young.\nTan Sri Young said the talks went well.';
    assert.deepEqual(found(body), [['Young', 32, null], ['Young', 47, null]]);
  });

  it('reads a common word after a title as a surname, also on a line of the title alone', () => {
    const body = 'Minister Young\nAmbassador Young said the talks went well.';
    assert.deepEqual(found(body), [['Young', 9, 'Minister'], ['Young', 26, 'Ambassador']]);
  });

  it('takes no name from a title in quotes, whatever the quote marks', () => {
    assert.deepEqual(found('The song “Alar Karis” was played, then Alar Karis spoke.'), [['Alar Karis', 39, null]]);
    const body = 'The band played "Maria Lopez", and Maria Lopez thanked «Juan Perez» and Juan Perez.';
    assert.deepEqual(found(body), [['Maria Lopez', 35, null], ['Juan Perez', 72, null]]);
  });
});
