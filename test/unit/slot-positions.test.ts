import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SlotPositions } from '../../src/core/model/slotPositions';

/** What `SlotPositions` must read like: plain arrays, every later entry moved at once. */
class Naive {
  starts: number[] = [];
  lines: number[] = [];

  replace(first: number, last: number, starts: number[], lines: number[], delta: number, lineDelta: number): void {
    this.starts.splice(first, last - first + 1, ...starts);
    this.lines.splice(first, last - first + 1, ...lines);
    for (let i = first + starts.length; i < this.starts.length; i++) {
      this.starts[i] += delta;
      this.lines[i] += lineDelta;
    }
  }
}

function readAll(p: SlotPositions): { starts: number[]; lines: number[] } {
  const starts: number[] = [];
  const lines: number[] = [];
  for (let i = 0; i < p.count; i++) {
    starts.push(p.start(i));
    lines.push(p.firstLine(i));
  }
  return { starts, lines };
}

describe('SlotPositions', () => {
  it('reads each slot moved by the edits before it, typing in one place or edits anywhere', () => {
    const replacement = fc.tuple(fc.nat(20), fc.nat(3), fc.array(fc.nat(1000), { maxLength: 3 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(fc.array(replacement, { maxLength: 30 }), fc.boolean(), (edits, sameSpot) => {
        const positions = new SlotPositions();
        const naive = new Naive();
        const initial = Array.from({ length: 12 }, (_, i) => i * 100);
        positions.replace(0, -1, initial, initial.map((s) => s / 10), 0, 0);
        naive.replace(0, -1, initial, initial.map((s) => s / 10), 0, 0);
        for (const [at, span, starts, delta, lineDelta] of edits) {
          const first = sameSpot ? Math.min(5, naive.starts.length) : Math.min(at, naive.starts.length);
          const last = Math.min(first + span - 1, naive.starts.length - 1);
          const lines = starts.map((s) => s + 1);
          positions.replace(first, last, starts, lines, delta, lineDelta);
          naive.replace(first, last, starts, lines, delta, lineDelta);
          assert.deepEqual(readAll(positions), { starts: naive.starts, lines: naive.lines });
        }
        assert.deepEqual(positions.snapshot(), { starts: naive.starts, lines: naive.lines });
        assert.deepEqual(readAll(positions), { starts: naive.starts, lines: naive.lines });
      }),
      { numRuns: 300 },
    );
  });

  it('finds the slot holding an offset through the pending move', () => {
    const positions = new SlotPositions();
    positions.replace(0, -1, [0, 10, 20, 30], [0, 1, 2, 3], 0, 0);
    positions.replace(1, 1, [10], [1], 5, 1);
    positions.replace(1, 1, [10], [1], 5, 0);
    assert.deepEqual([positions.start(2), positions.start(3), positions.firstLine(3)], [30, 40, 4]);
    assert.deepEqual([-1, 0, 9, 10, 29, 30, 39, 40, 1000].map((o) => positions.indexAt(o)), [-1, 0, 0, 1, 1, 2, 2, 3, 3]);
  });
});
