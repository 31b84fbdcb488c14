import * as assert from 'node:assert/strict';
import { INITIAL } from 'vscode-textmate';
import type { IGrammar } from 'vscode-textmate';
import { loadGrammar } from './grammarTokenizer';

const MB = 1024 * 1024;
/**
 * Generous for a loaded 2-core machine (a line dense with country names is
 * 140,000 tokens, about 2.5 s there); a pattern that backtracks
 * quadratically or worse on 1 MB takes hours.
 */
const BUDGET_MS = 15000;

/** Repeats `unit` up to `length` characters. */
const line = (unit: string, length = MB) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// Lines shaped to provoke every pattern: near-misses of stamps, dates, years,
// country names and titles, long runs of blanks and digits.
const SHAPES: Record<string, string> = {
  'country names and near misses': line('Kazakhstan Kazakhstani Kazakh-Italian Republic of Kazakhsta '),
  'dates and near-miss dates': line('15 March 2026, March 15, 16-17 Sept. 2021 32.13.2026 2024-2029 12025 '),
  'stamp-like fragments': line('24.02.2026, 15:00 7466 '),
  'one long word': line('a'),
  'digits': line('1'),
  'blanks inside a title-like line': `x${line(' ', MB - 2)}x`,
  'digits and dots': line('1.1.'),
};

describe('bulletin TextMate grammar on 1 MB lines', function () {
  this.timeout(120000);
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  for (const [name, text] of Object.entries(SHAPES)) {
    it(`tokenises a 1 MB line of ${name} in bounded time`, () => {
      const started = performance.now();
      const result = grammar.tokenizeLine(text, INITIAL);
      const elapsed = performance.now() - started;
      assert.equal(result.stoppedEarly, false);
      // The engine tokenises the line with its line feed, hence the + 1.
      assert.equal(result.tokens[result.tokens.length - 1].endIndex, text.length + 1);
      assert.ok(elapsed < BUDGET_MS, `${Math.round(elapsed)} ms`);
      if (process.env.GRAMMAR_TIMES) console.log(`      ${name}: ${Math.round(elapsed)} ms`);
    });
  }

  it('tokenises a 1 MB title line after a stamp in bounded time', () => {
    const stamp = grammar.tokenizeLine('24.02.2026, 15:00 7466', INITIAL);
    const title = line('President of Estonia Meets Kazakh Delegation on 15 March ');
    const started = performance.now();
    const result = grammar.tokenizeLine(title, stamp.ruleStack);
    assert.ok(performance.now() - started < BUDGET_MS);
    assert.equal(result.tokens[0].scopes.includes('markup.heading.title.bulletin'), true);
  });
});
