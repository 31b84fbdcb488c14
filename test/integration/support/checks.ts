// Checks shared by the smoke tests (source tree) and the packaged-artifact tests (VSIX).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { bulletinExtension, manifestCommands } from './extension';
import { openWorkspaceFile, SAMPLE_BULLETIN, waitFor } from './workspace';

/** Opens the sample bulletin and waits until the extension has activated by itself. */
export async function expectActivationOnSample(): Promise<void> {
  const editor = await openWorkspaceFile(SAMPLE_BULLETIN);
  assert.equal(path.basename(editor.document.uri.fsPath), SAMPLE_BULLETIN);
  await waitFor('the extension to activate', () => bulletinExtension().isActive);
}

/** Every command of the manifest's `contributes.commands` is registered (the extension is active). */
export async function expectManifestCommandsRegistered(): Promise<void> {
  await bulletinExtension().activate();
  const registered = new Set(await vscode.commands.getCommands(true));
  assert.deepEqual(manifestCommands().filter((command) => !registered.has(command)), []);
}
