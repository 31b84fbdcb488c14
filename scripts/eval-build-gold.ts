// Builds test/fixtures/gold/<name>.json (the export contract's JSON shape, guide §3)
// from the hand-made lists in test/fixtures/gold/src/<name>.gold.txt; the format
// is described in src/eval/gold-source.ts. Run: npx tsx scripts/eval-build-gold.ts
// `--show` prints every gold mention with its context instead of writing, for review.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBulletin } from '../src/core/parse/parser';
import { buildGold } from '../src/eval/gold-build';
import { parseGoldSource } from '../src/eval/gold-source';
import { FIXTURES_DIR, GOLD_DIR } from './eval-load';

const SOURCE_DIR = join(GOLD_DIR, 'src');
const show = process.argv.includes('--show');

for (const file of readdirSync(SOURCE_DIR).filter((f) => f.endsWith('.gold.txt')).sort()) {
  const name = file.replace(/\.gold\.txt$/, '');
  const parsed = parseBulletin(readFileSync(join(FIXTURES_DIR, `${name}.txt`), 'utf8'));
  const gold = buildGold(parsed, parseGoldSource(readFileSync(join(SOURCE_DIR, file), 'utf8')), `${name}.txt`);
  const count = gold.articles.reduce((n, a) => n + a.annotations.length, 0);
  if (show) {
    for (const article of gold.articles) {
      const optional = gold.optional.filter((o) => o.start >= article.start && o.start < article.end);
      for (const a of [...article.annotations, ...optional.map((o) => ({ ...o, type: `${o.type}?` }))]) {
        const context = parsed.text.slice(Math.max(article.start, a.start - 30), a.end + 30).replace(/\s+/g, ' ');
        console.log(`${name} #${article.index} ${a.type.padEnd(8)} ${a.text} => ${a.normalized ?? ''} | ${a.role ?? ''}  «${context}»`);
      }
    }
    continue;
  }
  writeFileSync(join(GOLD_DIR, `${name}.json`), `${JSON.stringify(gold, null, 2)}\n`);
  console.log(`${name}.json: ${count} annotations, ${gold.optional.length} optional`);
}
