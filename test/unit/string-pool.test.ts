import * as assert from 'node:assert/strict';
import { StringPool } from '../../src/core/text/stringPool';

describe('StringPool', () => {
  it('keeps each value once and forgets all once it holds its limit', () => {
    const pool = new StringPool(3);
    assert.equal(pool.same('Chad'), 'Chad');
    assert.equal(pool.same('Peru'), 'Peru');
    assert.equal(pool.same('Chad'), 'Chad');
    assert.equal(pool.size, 2);
    pool.same('Iran');
    assert.equal(pool.size, 3);
    assert.equal(pool.same('Oman'), 'Oman');
    assert.equal(pool.size, 1);
    assert.equal(pool.same('Iran'), 'Iran');
    assert.equal(pool.size, 2);
  });
});
