import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { parseBulletin } from '../../src/core/parse/parser';
import { loadGrammar, tokenize } from './grammarTokenizer';
import type { Token } from './grammarTokenizer';

// Golden files: test/fixtures/grammar/NAME.txt is tokenised and compared with
// NAME.tokens.json. After an intended grammar change, regenerate them with
// `UPDATE_GOLDEN=1 npx mocha test/unit/grammar.test.ts` and review the diff.
const fixtures = join(__dirname, '..', 'fixtures');
const goldenDir = join(fixtures, 'grammar');
const update = process.env.UPDATE_GOLDEN === '1';

/** Lines as `[text, scopes]` pairs; plain-text tokens are kept so the segmentation is checked too. */
function render(lines: Token[][]): string {
  return `[\n${lines.map((tokens) => `  ${JSON.stringify(tokens)}`).join(',\n')}\n]\n`;
}

const TITLE = 'markup.heading.title.bulletin';

/** The text of each maximal run of title-scoped tokens, one per line. */
function titles(lines: Token[][]): string[] {
  return lines
    .map((tokens) => tokens.filter(([, scopes]) => scopes.startsWith(TITLE)).map(([text]) => text).join(''))
    .filter((title) => title !== '');
}

describe('bulletin TextMate grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  for (const file of readdirSync(goldenDir).filter((f) => f.endsWith('.txt'))) {
    it(`tokenises ${file} as in its golden file`, () => {
      const actual = render(tokenize(grammar, readFileSync(join(goldenDir, file), 'utf8')));
      const goldenPath = join(goldenDir, file.replace(/\.txt$/, '.tokens.json'));
      if (update) writeFileSync(goldenPath, actual);
      assert.equal(actual, readFileSync(goldenPath, 'utf8'));
    });
  }

  const articleCounts: Record<string, number> = { '2026-02-25.txt': 9, 'dev-1.txt': 15, 'dev-2.txt': 15 };
  for (const [sample, count] of Object.entries(articleCounts)) {
    it(`scopes as titles exactly the parser's titles in ${sample}`, () => {
      const text = readFileSync(join(fixtures, sample), 'utf8');
      const expected = parseBulletin(text).articles.map((a) => a.title?.text);
      assert.equal(expected.length, count);
      assert.deepEqual(titles(tokenize(grammar, text)), expected);
    });
  }
});
