import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createAnalyzer } from '../../src/core';
import type { ExportDocument } from '../../src/core/export';
import type { BulletinApi } from '../../src/vscode/extension';
import { cliJson, openAsBulletin } from './support/bulletin';
import { SAMPLE_BULLETIN } from './support/workspace';

// Each article from its stamp to its last non-blank character: [start line, start char, end line, end char].
const ARTICLE_RANGES = [
  [0, 17, 3, 188],
  [4, 0, 12, 139],
  [13, 0, 21, 165],
  [22, 0, 28, 334],
  [29, 0, 36, 144],
  [37, 0, 43, 113],
  [44, 0, 48, 167],
  [49, 0, 59, 184],
  [60, 0, 64, 162],
];

function flat(range: vscode.Range): number[] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

describe('document symbols and folding', () => {
  let api: BulletinApi;
  let editor: vscode.TextEditor;
  let expected: ExportDocument;

  before(async () => {
    ({ api, editor } = await openAsBulletin(SAMPLE_BULLETIN));
    expected = cliJson(SAMPLE_BULLETIN);
  });

  it('gives one symbol per article, named by its title, spanning the article', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepEqual(symbols.map((s) => s.name), expected.articles.map((a) => a.title));
    assert.deepEqual(symbols.map((s) => flat(s.range)), ARTICLE_RANGES);
    assert.deepEqual(symbols.map((s) => s.detail), ['24.02.2026, 15:00', '24.02.2026, 20:15', '24.02.2026, 19:36', '24.02.2026, 19:26', '24.02.2026, 09:11', '23.02.2026, 19:30', '23.02.2026, 19:00', '23.02.2026, 18:15', '23.02.2026, 17:00']);
    // The title line is what the editor selects.
    assert.deepEqual(flat(symbols[1].selectionRange), [5, 0, 5, (expected.articles[1].title as string).length]);
  });

  it('lists each article’s mentions as its children, with their exact ranges', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    for (const [i, symbol] of symbols.entries()) {
      const annotations = expected.articles[i].annotations;
      assert.deepEqual(
        symbol.children.map((c) => [c.name, c.range.start.line, c.range.start.character, editor.document.offsetAt(c.range.end)]),
        annotations.map((a) => [a.text, a.line, a.character, a.end]),
        `article ${i}`,
      );
    }
    const first = symbols[0].children.find((c) => c.name === 'Estonia');
    assert.equal(first?.kind, vscode.SymbolKind.Enum);
    assert.equal(first?.detail, 'EE');
  });

  it('folds each article from its stamp line to its last line', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    assert.deepEqual(
      ranges.map((r) => [r.start, r.end]),
      ARTICLE_RANGES.map((r) => [r[0], r[2]]),
    );
  });

  it('copes with a malformed document: a half-typed stamp, a binary blob, a 1 MB line, a stamp at the end', async () => {
    const content = ['24.02.2026, 1', '\u0000\u0001\ufffd'.repeat(2000), '23.02.2026, 17:00 5', 'Title Only', 'x'.repeat(1_000_000), '24.02.2026, 15:00'].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'bulletin', content });
    const articles = createAnalyzer().parse(content).articles;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbols.map((s) => s.name), articles.map((a) => a.title?.text ?? a.stamp.text));
    assert.deepEqual(symbols.map((s) => s.range.start.line), [2, 5]);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    assert.deepEqual(ranges.map((r) => [r.start, r.end]), [[2, 4]]);
    assert.equal(api.store.get(document)?.articles.length, 2);
    // Leave no unsaved document behind for the suites that close every editor.
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
