import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { screenshot } from './support/screenshot';
import { SAMPLE_BULLETIN } from './support/workspace';
import { openAsBulletin } from './languageHelpers';

async function hoverText(document: vscode.TextDocument, line: number, character: number): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, character));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

describe('hover: what an annotation stands for', () => {
  let document: vscode.TextDocument;
  before(async () => {
    document = await openAsBulletin(SAMPLE_BULLETIN);
  });

  it('names a country and its code', async () => {
    assert.deepEqual(await hoverText(document, 1, 40), ['**Country**: Estonia  \nState: Estonia \\(EE\\)']);
    assert.deepEqual(await hoverText(document, 7, 53), ['**Country**: Kazakh  \nState: Kazakhstan \\(KZ\\)']);
    // What a person sees: the hover open over the country.
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(1, 40, 1, 40);
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await screenshot('hover-country');
  });

  it('gives a stamp its ISO date-time, article and views', async () => {
    assert.deepEqual(await hoverText(document, 4, 3), ['**Date**: 24\\.02\\.2026, 20\\:15  \nISO 8601: 2026\\-02\\-24T20\\:15  \nStamp of article: 2, 8051 views']);
  });

  it("gives an official the full name, role and how often the bulletin names them", async () => {
    assert.deepEqual(await hoverText(document, 1, 47), [
      '**Official**: Alar Karis  \nFull name: Alar Karis  \nRole: President of Estonia  \nMentioned: 3 times in 1 article of this bulletin',
    ]);
  });

  it('shows nothing between annotations', async () => {
    assert.deepEqual(await hoverText(document, 1, 2), []);
  });
});
