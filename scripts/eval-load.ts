// Loads the gold set (test/fixtures/gold/*.json) with the fixture text each one annotates.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDocument, GoldFile } from '../src/eval/evaluate';

export const FIXTURES_DIR = join(__dirname, '..', 'test', 'fixtures');
export const GOLD_DIR = join(FIXTURES_DIR, 'gold');
export const FLOOR_FILE = join(GOLD_DIR, 'floor.json');

export function loadGoldSet(): GoldFile[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'floor.json')
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldDocument;
      const raw = readFileSync(join(FIXTURES_DIR, gold.source), 'utf8');
      return { gold, text: raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw };
    });
}
