// The test workspace: a fresh copy, per run, of test/fixtures/*.txt (the bulletins) and of
// test/fixtures/workspace/ (files that are not bulletins). Tests may edit it freely.
import * as vscode from 'vscode';

/** The sample bulletin of the guide, as a `.txt` file. */
export const SAMPLE_BULLETIN = '2026-02-25.txt';
/** An ordinary text file that is not a bulletin. */
export const PLAIN_TEXT = 'notes.txt';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite runs with the test workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a workspace file in the active editor column and returns its editor. */
export async function openWorkspaceFile(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

/** Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
