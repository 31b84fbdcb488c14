// `npm run eval`: scores the annotator (src/core) against the hand-made gold set
// (test/fixtures/gold) and prints the table, the compromise-alone baseline, every
// error, and a one-line summary last. `-- --record-floor` writes the current exact
// F1 per type (rounded down) to test/fixtures/gold/floor.json for the floor test.
import { writeFileSync } from 'node:fs';
import { createAnalyzer } from '../src/core/analyzer';
import { BASELINE_TYPES, compromiseSpans } from '../src/eval/baseline';
import { analyzerRun, evaluate } from '../src/eval/evaluate';
import { floorOf } from '../src/eval/floor';
import { formatReport, formatTable } from '../src/eval/report';
import { FLOOR_FILE, loadGoldSet } from './eval-load';

const files = loadGoldSet();
const system = evaluate(files, analyzerRun(createAnalyzer()));
const baseline = evaluate(files, compromiseSpans, BASELINE_TYPES);
const report = formatReport('gold set (hand-made, test/fixtures/gold)', system, [
  '== baseline: compromise alone, per article (.people() as official, .places() as country; no normalized values or roles) ==',
  ...formatTable(baseline, false),
  '',
]);
console.log(report.join('\n'));

if (process.argv.includes('--record-floor')) {
  writeFileSync(FLOOR_FILE, `${JSON.stringify(floorOf(system), null, 2)}\n`);
  console.error(`floor recorded in ${FLOOR_FILE}`);
}
