// `npx tsx scripts/eval-synthetic.ts`: builds test/fixtures/synthetic/<name>.json from the hand-made
// lists in test/fixtures/synthetic/src/<name>.gold.txt (same format and builder as the gold set),
// then scores the annotator on them with the gold set's scoring and report. The synthetic
// bulletins are invented text written to probe name, title and date shapes the samples lack;
// the rules were first measured on them blind (exact F1 0.968), then fixed by general rules.
// `--build-only` writes the JSON files without running the annotator.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../src/core/analyzer';
import { parseBulletin } from '../src/core/parse/parser';
import { ENTITY_TYPES } from '../src/core/types';
import { analyzerRun, evaluate } from '../src/eval/evaluate';
import type { GoldFile } from '../src/eval/evaluate';
import { buildGold } from '../src/eval/gold-build';
import { parseGoldSource } from '../src/eval/gold-source';
import { formatGoldCounts, formatReport } from '../src/eval/report';
import { FIXTURES_DIR } from './eval-load';

const SYNTHETIC_DIR = join(FIXTURES_DIR, 'synthetic');
const SOURCE_DIR = join(SYNTHETIC_DIR, 'src');

function buildSyntheticGold(): GoldFile[] {
  return readdirSync(SOURCE_DIR)
    .filter((f) => f.endsWith('.gold.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.gold\.txt$/, '');
      const parsed = parseBulletin(readFileSync(join(SYNTHETIC_DIR, `${name}.txt`), 'utf8'));
      const gold = buildGold(parsed, parseGoldSource(readFileSync(join(SOURCE_DIR, file), 'utf8')), `synthetic/${name}.txt`);
      writeFileSync(join(SYNTHETIC_DIR, `${name}.json`), `${JSON.stringify(gold, null, 2)}\n`);
      return { gold, text: parsed.text };
    });
}

const files = buildSyntheticGold();
if (process.argv.includes('--build-only')) {
  console.log(formatGoldCounts(evaluate(files, () => []), ENTITY_TYPES).join('\n'));
} else {
  const system = evaluate(files, analyzerRun(createAnalyzer()));
  console.log(formatReport('synthetic gold (invented, hand-made, test/fixtures/synthetic)', system).join('\n'));
}
