import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { bulletinExtension, manifestCommands } from './support/extension';
import { screenshot } from './support/screenshot';
import { openWorkspaceFile, SAMPLE_BULLETIN, waitFor } from './support/workspace';

// The bundle lives in out/test/integration/ of the project the runner loads.
const projectRoot = path.resolve(__dirname, '..', '..', '..');

describe('smoke: the extension in a real VS Code', () => {
  it('is loaded from the development folder', () => {
    assert.equal(bulletinExtension().extensionUri.fsPath, projectRoot);
  });

  it('activates by itself when the sample bulletin is opened', async () => {
    const editor = await openWorkspaceFile(SAMPLE_BULLETIN);
    assert.equal(path.basename(editor.document.uri.fsPath), SAMPLE_BULLETIN);
    await waitFor('the extension to activate', () => bulletinExtension().isActive);
    await screenshot('smoke-sample-open');
  });

  it('activates without error when asked', async () => {
    await bulletinExtension().activate();
    assert.equal(bulletinExtension().isActive, true);
  });

  it('registers every command of contributes.commands once active', async () => {
    await bulletinExtension().activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(manifestCommands().filter((command) => !registered.has(command)), []);
  });
});
