import * as vscode from 'vscode';

/**
 * Shows a range of a document and selects it, keeping the focus where it was
 * (the tree), so a person can walk the tree with the keyboard. With `top` (an
 * article's start) that line is scrolled to the top, so the stamp shows above
 * the selected title; otherwise the range is centred when off screen. Offsets
 * from a tree built before the latest edit are clamped by `positionAt`.
 */
export async function revealInEditor(uri: string, start: number, end: number, top?: number): Promise<vscode.TextEditor> {
  const target = vscode.Uri.parse(uri);
  const document = await vscode.workspace.openTextDocument(target);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn, preserveFocus: true, preview: false });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  if (top === undefined) {
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  } else {
    editor.revealRange(new vscode.Range(document.positionAt(top), range.end), vscode.TextEditorRevealType.AtTop);
  }
  return editor;
}
