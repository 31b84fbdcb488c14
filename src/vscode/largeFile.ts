import * as vscode from 'vscode';
import { isBulletin, sourceName } from './analysisStore';
import type { Services } from './extension';

const OPEN_SETTINGS = 'Change the Limit';

/**
 * Says once per document, when a bulletin above `bulletin.maxFileSizeMB` is
 * shown, that it keeps only the grammar's highlighting: one notice, not one
 * per provider or per edit.
 */
export function registerLargeFileNotice(services: Services): vscode.Disposable {
  const noticed = new Set<string>();

  const check = (editor: vscode.TextEditor | undefined) => {
    try {
      const document = editor?.document;
      if (!document || !isBulletin(document) || services.store.canAnnotate(document)) return;
      const key = document.uri.toString();
      if (noticed.has(key)) return;
      noticed.add(key);
      const limit = services.config().maxFileSizeMB;
      const message = `${sourceName(document.uri)} is larger than ${limit} MB (bulletin.maxFileSizeMB): it keeps its syntax highlighting, but is not annotated (no semantic colours, hovers or annotation exports).`;
      services.log.info(message);
      vscode.window.showWarningMessage(message, OPEN_SETTINGS).then((choice) => {
        if (choice === OPEN_SETTINGS) vscode.commands.executeCommand('workbench.action.openSettings', 'bulletin.maxFileSizeMB');
      });
    } catch (error) {
      services.log.error('Large bulletin notice', error);
    }
  };

  check(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(check),
    // A plain-text document switched to bulletin is a new document in the same editor.
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(check)),
    vscode.workspace.onDidCloseTextDocument((document) => noticed.delete(document.uri.toString())),
  );
}
