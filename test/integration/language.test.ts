import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { screenshot } from './support/screenshot';
import { openWorkspaceFile, PLAIN_TEXT, SAMPLE_BULLETIN, waitFor } from './support/workspace';
import { openAsBulletin, openDocument, setSetting, settle, writeWorkspaceFile } from './languageHelpers';

describe('language: recognising bulletins saved as .txt', () => {
  after(() => setSetting('autoDetect', undefined));

  it('switches the sample bulletin to the bulletin language, with semantic highlighting on', async () => {
    const document = await openAsBulletin(SAMPLE_BULLETIN);
    assert.equal(document.languageId, 'bulletin');
    const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'bulletin' });
    assert.equal(editorConfig.get('semanticHighlighting.enabled'), true);
    await settle(1500);
    await screenshot('language-sample-highlighted');
  });

  it('leaves an ordinary text file plain text', async () => {
    await openWorkspaceFile(PLAIN_TEXT);
    // Detection handles documents in the order they open: once a bulletin opened
    // after the notes has switched, the notes have been looked at.
    await writeWorkspaceFile('after-notes.txt', '24.02.2026, 15:00 1\nA Title\nBody.\n');
    await openAsBulletin('after-notes.txt');
    assert.equal(openDocument(PLAIN_TEXT)?.languageId, 'plaintext');
  });

  it('keeps a bulletin plain text while bulletin.autoDetect is false, and switches it when turned back on', async () => {
    await setSetting('autoDetect', false);
    const name = 'detect-off.txt';
    await writeWorkspaceFile(name, ' date 2026-02-25 24.02.2026, 15:00 7466\nPresident of Estonia Visits Italy\nBody.\n');
    await openWorkspaceFile(name);
    await settle(1000);
    assert.equal(openDocument(name)?.languageId, 'plaintext');
    await setSetting('autoDetect', true);
    await waitFor(`${name} to switch once detection is on`, () => openDocument(name)?.languageId === 'bulletin');
  });

  it('switches an untitled file once a bulletin is pasted into it', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '24.02.2026, 15:00 7466\nPresident of Estonia Visits Italy\nBody.\n'));
    const uri = document.uri.toString();
    await waitFor('the pasted bulletin to switch', () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri && d.languageId === 'bulletin'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('respects a user who turns a detected bulletin back into plain text', async () => {
    const document = await openAsBulletin(SAMPLE_BULLETIN);
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await settle(1000);
    assert.equal(openDocument(SAMPLE_BULLETIN)?.languageId, 'plaintext');
    await vscode.languages.setTextDocumentLanguage(openDocument(SAMPLE_BULLETIN)!, 'bulletin');
  });
});
