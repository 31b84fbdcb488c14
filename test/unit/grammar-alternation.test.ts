import * as assert from 'node:assert/strict';
import { trieAlternation } from '../../scripts/grammar/alternation';

describe('trieAlternation', () => {
  const words = ['Kazakh', 'Kazakhstan', 'Kazakhstani', 'Korea', 'Republic of Korea', 'Côte d\'Ivoire', 'Guinea-Bissau', 'U.A.E.'];
  const source = trieAlternation(words);

  it('shares prefixes instead of listing words side by side', () => {
    assert.equal(trieAlternation(['Kazakh', 'Kazakhstan', 'Kazakhstani']), 'Kazakh(?:stan(?:i)?)?');
    assert.equal(trieAlternation(['Mali', 'Malta', 'Malawi']), 'Mal(?:awi|i|ta)');
  });

  it('matches exactly the words', () => {
    const whole = new RegExp(`^(?:${source})$`);
    for (const word of words) assert.equal(whole.test(word), true, word);
    for (const other of ['Kaza', 'Kazakhstanis', 'Republic of', 'UAE', 'GuineaBissau', '']) assert.equal(whole.test(other), false, other);
  });

  it('prefers the longest word at a position', () => {
    assert.equal(new RegExp(source).exec('the Kazakhstani side')?.[0], 'Kazakhstani');
    assert.equal(new RegExp(source).exec('Republic of Korea')?.[0], 'Republic of Korea');
  });

  it('escapes metacharacters and ignores duplicates and empty words', () => {
    assert.equal(trieAlternation(['a.b', 'a.b', '', 'a+b']), 'a(?:\\+b|\\.b)');
  });
});
