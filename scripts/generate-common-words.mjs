// Writes src/core/data/generated/common-words.json from the lexicon of the
// `compromise` dependency, read here at build time only (the runtime never
// loads compromise): lower-case English words that are only ever verbs,
// adjectives, adverbs or common nouns, never a given name, surname, place or
// organisation. The official finder uses them to tell a title-case headline's
// words (`Newly Appointed`, `Hold Phone`) from a name.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated } from './lib/write-generated.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/core/data/generated/common-words.json');
const nlp = createRequire(import.meta.url)('compromise');

const COMMON_TAGS = new Set([
  'Adjective', 'Adverb', 'Comparative', 'Superlative', 'Verb', 'Infinitive', 'PresentTense', 'PastTense',
  'Gerund', 'Participle', 'Noun', 'Singular', 'Plural', 'Uncountable',
]);

// Personal names the lexicon tags as common words (`Satish Kumar Singh`, `Wang Yi`).
const NAMES = new Set(['satish', 'wang', 'bella', 'alfredo', 'benedict', 'berg']);

const lexicon = nlp.model().one.lexicon;
const words = Object.keys(lexicon)
  .filter((w) => /^[a-z]+(?:-[a-z]+)?$/.test(w) && !NAMES.has(w) && [lexicon[w]].flat().every((tag) => COMMON_TAGS.has(tag)))
  .sort();

writeGenerated(out, `${JSON.stringify(words)}\n`);
