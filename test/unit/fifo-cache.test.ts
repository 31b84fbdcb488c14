import * as assert from 'node:assert/strict';
import { FifoCache } from '../../src/core/text/fifoCache';

describe('FifoCache', () => {
  it('forgets the oldest entries beyond its limit, in order of first insertion', () => {
    const cache = new FifoCache<string, number>(3);
    for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) cache.set(key, i);
    assert.equal(cache.size, 3);
    assert.deepEqual(['a', 'b', 'c', 'd', 'e'].map((k) => cache.get(k)), [undefined, undefined, 2, 3, 4]);
  });

  it('replaces the value of a key it holds without counting it twice or moving it', () => {
    const cache = new FifoCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    assert.equal(cache.size, 2);
    cache.set('c', 3);
    assert.deepEqual([cache.get('a'), cache.get('b'), cache.get('c')], [undefined, 2, 3]);
  });

  it('keeps evicting in order over many rounds of the ring', () => {
    const cache = new FifoCache<number, number>(4);
    for (let i = 0; i < 1000; i++) cache.set(i, i * 2);
    assert.equal(cache.size, 4);
    assert.deepEqual([995, 996, 997, 998, 999].map((k) => cache.get(k)), [undefined, 1992, 1994, 1996, 1998]);
  });

  it('refuses a limit below one', () => {
    assert.throws(() => new FifoCache(0), /at least 1, got 0/);
  });
});
