import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/core/analyzer';
import { analyzerRun, evaluate } from '../../src/eval/evaluate';
import { floorBreaches } from '../../src/eval/floor';
import type { Floor } from '../../src/eval/floor';
import { FLOOR_FILE, loadGoldSet } from '../../scripts/eval-load';

// The floor is the exact-span F1 per type last recorded by `npm run eval -- --record-floor`.
describe('quality: the annotator holds its recorded floor on the gold set', () => {
  it('keeps each type’s exact F1 at or above test/fixtures/gold/floor.json', () => {
    const floor = JSON.parse(readFileSync(FLOOR_FILE, 'utf8')) as Floor;
    assert.deepEqual(Object.keys(floor).sort(), ['country', 'date', 'official']);
    const evaluation = evaluate(loadGoldSet(), analyzerRun(createAnalyzer()));
    assert.deepEqual(floorBreaches(evaluation, floor), []);
  });
});
