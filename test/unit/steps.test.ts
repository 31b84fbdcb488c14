import * as assert from 'node:assert/strict';
import { runInSlices, runNow, SliceBudget, type Steps } from '../../src/core/steps';

function* countTo(n: number): Steps<number> {
  for (let i = 1; i < n; i++) yield;
  return n;
}

describe('steps', () => {
  it('runs at once, or in slices with a pause after each', async () => {
    assert.equal(runNow(countTo(4)), 4);
    let pauses = 0;
    assert.equal(await runInSlices(countTo(4), async () => void pauses++, () => false), 4);
    assert.equal(pauses, 3);
  });

  it('stops when cancelled, and finishes the generator', async () => {
    let finished = false;
    function* guarded(): Steps<string> {
      try {
        yield;
        yield;
        return 'done';
      } finally {
        finished = true;
      }
    }
    assert.equal(await runInSlices(guarded(), async () => undefined, () => true), undefined);
    assert.equal(finished, true);
  });
});

describe('SliceBudget', () => {
  it('fills a slice by count of items or by their weight, whichever comes first', () => {
    const budget = new SliceBudget(3, 100);
    assert.deepEqual([1, 1, 1, 1, 1, 1].map((w) => budget.spend(w)), [false, false, true, false, false, true]);
    assert.deepEqual([60, 50, 10].map((w) => budget.spend(w)), [false, true, false]);
    assert.equal(budget.spend(500), true);
  });

  it('fills a slice by time too, timed from the end of its first item, and times the next slice afresh', () => {
    let now = 0;
    const budget = new SliceBudget(100, Infinity, 10, () => now);
    const spendAt = (t: number) => {
      now = t;
      return budget.spend(1);
    };
    assert.deepEqual([5, 9, 14, 15].map(spendAt), [false, false, false, true]);
    assert.deepEqual([40, 49, 50].map(spendAt), [false, false, true]);
  });

  it('never reads the clock when the slice has no time limit', () => {
    const budget = new SliceBudget(2, Infinity, Infinity, () => assert.fail('the clock was read'));
    assert.deepEqual([1, 1].map((w) => budget.spend(w)), [false, true]);
  });
});
