// Helpers for the navigation and export suites: the extension's API, the sample opened as a
// bulletin, and the CLI's output on the same file, which the editor must match byte for byte.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportDocument } from '../../../src/core/export';
import type { BulletinApi } from '../../../src/vscode/extension';
import { bulletinExtension } from './extension';
import { openWorkspaceFile, waitFor, workspaceFile } from './workspace';

const projectRoot = path.resolve(__dirname, '..', '..', '..');

export async function bulletinApi(): Promise<BulletinApi> {
  return (await bulletinExtension().activate()) as BulletinApi;
}

/**
 * Opens a workspace file in the active editor as a bulletin (switching the
 * language directly, so these suites do not depend on auto-detection) and
 * waits until the article tree shows it.
 */
export async function openAsBulletin(name: string): Promise<{ api: BulletinApi; editor: vscode.TextEditor }> {
  const api = await bulletinApi();
  let editor = await openWorkspaceFile(name);
  if (editor.document.languageId !== 'bulletin') {
    await vscode.languages.setTextDocumentLanguage(editor.document, 'bulletin');
    editor = await waitFor('the bulletin editor', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.languageId === 'bulletin' && active.document.uri.toString() === workspaceFile(name).toString() && active;
    });
  }
  await waitFor('the tree to show the bulletin', () => api.articles.provider.currentDocument === editor.document);
  return { api, editor };
}

/** `bulletin-annotator export <files> --format <format>` to stdout, as bytes. */
export function cliExport(files: vscode.Uri[], format: string): Buffer {
  return execFileSync(process.execPath, [path.join(projectRoot, 'dist', 'cli.js'), 'export', ...files.map((f) => f.fsPath), '--format', format]);
}

/** The CLI's JSON document of a workspace file: what the editor's views must agree with. */
export function cliJson(name: string): ExportDocument {
  return JSON.parse(cliExport([workspaceFile(name)], 'json').toString('utf8')) as ExportDocument;
}

export async function readBytes(uri: vscode.Uri): Promise<Buffer> {
  return Buffer.from(await vscode.workspace.fs.readFile(uri));
}
