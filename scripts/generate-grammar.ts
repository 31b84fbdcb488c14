// Writes syntaxes/bulletin.tmLanguage.json from the core's data (the country
// gazetteer and the date words), so the grammar never drifts from what the
// annotator knows. Runs after the countries generator (scripts/build.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { countryEntries } from '../src/core/data/countries';
import { MONTHS } from '../src/core/data/date-words';
import { bulletinGrammar } from './grammar/bulletinGrammar';

const out = join(__dirname, '..', 'syntaxes', 'bulletin.tmLanguage.json');
const grammar = bulletinGrammar({ countryNames: countryEntries().map((e) => e.name), months: MONTHS });
const json = `${JSON.stringify(grammar, null, 2)}\n`;

let previous = '';
try {
  previous = readFileSync(out, 'utf8');
} catch {
  // first build: nothing generated yet
}
// Rewriting identical content would needlessly make a running editor reload the grammar.
if (json !== previous) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
}
