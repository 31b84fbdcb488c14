import * as path from 'path';
import * as vscode from 'vscode';
import { EXPORT_FORMATS } from '../core';
import type { AnnotatedArticle, AnnotatedBulletin, ExportFormat } from '../core';
import { exportChunks, exportExtension, isExportFormat, toExportArticle } from '../core/export';
import { exportFileName, FORMAT_LABELS } from '../core/outline/exportNames';
import type { ArticleTree } from './articleTreeView';
import { articleOf } from './articleTreeNodes';
import type { TreeNode } from './articleTreeNodes';
import { writeChunksAtomically } from './atomicWrite';
import { isBulletin } from './analysisStore';
import { Commands } from './commands';
import type { Services } from './extension';

/**
 * Export Annotations…, and from the tree: export the selected articles, copy
 * them as JSON. Each command takes optional arguments (document, format,
 * target) so that tests and other extensions can run it without a dialog.
 */
export function registerExportCommands(services: Services, tree: ArticleTree): vscode.Disposable {
  const guarded = <A extends unknown[], R>(what: string, fn: (...args: A) => Promise<R>) => reportingFailures(services, what, fn);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.exportAnnotations, guarded('Export', (uri?: unknown, format?: unknown, target?: unknown) => exportDocument(services, tree, uri, format, target))),
    vscode.commands.registerCommand(Commands.treeExportSelected, guarded('Export', (node?: TreeNode, nodes?: TreeNode[], format?: unknown, target?: unknown) => exportSelected(services, tree, selectedArticles(tree, node, nodes), format, target))),
    vscode.commands.registerCommand(Commands.treeCopyJson, guarded('Copy', (node?: TreeNode, nodes?: TreeNode[]) => copyAsJson(selectedArticles(tree, node, nodes)))),
  );
}

/** How many times an export annotates a bulletin that changes under it before giving up. */
const EXPORT_ATTEMPTS = 3;

async function exportDocument(services: Services, tree: ArticleTree, uri?: unknown, format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  const document = await documentToExport(tree, uri instanceof vscode.Uri ? uri : undefined);
  if (!document) {
    void vscode.window.showWarningMessage('Open a bulletin to export its annotations.');
    return undefined;
  }
  const name = path.posix.basename(document.uri.path);
  if (!services.store.canAnnotate(document)) {
    void vscode.window.showWarningMessage(`${name} is larger than bulletin.maxFileSizeMB and is not annotated.`);
    return undefined;
  }
  // A large bulletin's annotation starts over when the text changes meanwhile: try the new text.
  for (let attempt = 0; attempt < EXPORT_ATTEMPTS; attempt++) {
    const bulletin = await services.store.getAsync(document);
    if (bulletin) return saveExport(services, document.uri, bulletin, 'annotations', format, target);
  }
  void vscode.window.showWarningMessage(`${name} kept changing while it was being annotated: export it again once it is still.`);
  return undefined;
}

async function exportSelected(services: Services, tree: ArticleTree, articles: AnnotatedArticle[], format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  const { document, bulletin } = tree.provider.current();
  if (!document || !bulletin || articles.length === 0) {
    void vscode.window.showWarningMessage('Select one or more articles in the Articles view to export them.');
    return undefined;
  }
  return saveExport(services, document.uri, { ...bulletin, articles }, 'selection.annotations', format, target);
}

/** The article records of the JSON export, as text on the clipboard (an array for several). */
async function copyAsJson(articles: AnnotatedArticle[]): Promise<string | undefined> {
  if (articles.length === 0) return undefined;
  const records = articles.map(toExportArticle);
  const text = JSON.stringify(records.length === 1 ? records[0] : records, null, 2);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`Copied the annotations of ${plural(articles.length, 'article')} as JSON`, 3000);
  return text;
}

/** The articles a tree command applies to: the clicked and selected nodes, or else the view's selection; file order. */
function selectedArticles(tree: ArticleTree, node?: TreeNode, nodes?: TreeNode[]): AnnotatedArticle[] {
  const picked = nodes && nodes.length > 0 ? nodes : node ? [node] : (tree.views.find((v) => v.selection.length > 0)?.selection ?? []);
  const articles = new Set(picked.map((n) => articleOf(n).article));
  return [...articles].sort((a, b) => a.index - b.index);
}

/** The given document, or the active bulletin editor's, or the one the tree shows. */
async function documentToExport(tree: ArticleTree, uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri) return vscode.workspace.openTextDocument(uri);
  const active = vscode.window.activeTextEditor?.document;
  return active && isBulletin(active) ? active : tree.provider.currentDocument;
}

/** Picks the format and the file (unless given), writes the export and offers to open it. */
async function saveExport(services: Services, source: vscode.Uri, bulletin: AnnotatedBulletin, tag: string, format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  const chosen = isExportFormat(String(format)) ? (format as ExportFormat) : await pickFormat(services.config().exportFormat);
  if (!chosen) return undefined;
  const given = target instanceof vscode.Uri ? target : undefined;
  const file =
    given ??
    (await vscode.window.showSaveDialog({
      title: 'Export Bulletin Annotations',
      saveLabel: 'Export',
      defaultUri: vscode.Uri.joinPath(exportFolder(services, source), exportFileName(bulletin.source, chosen, tag)),
      filters: { [FORMAT_LABELS[chosen]]: [exportExtension(chosen)] },
    }));
  if (!file) return undefined;
  await writeChunksAtomically(file, exportChunks(bulletin, chosen));
  services.log.info(`Exported ${bulletin.source} (${chosen}) to ${file.toString()}`);
  if (!given) offerToOpen(file, `Exported ${plural(bulletin.articles.length, 'article')} to ${path.posix.basename(file.path)}.`);
  return file;
}

/** A command body whose failure (a person asked for it) is logged and shown once, never thrown into the host. */
export function reportingFailures<A extends unknown[], R>(services: Services, what: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (error) {
      services.log.error(what, error);
      void vscode.window.showErrorMessage(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
}

/** A quick pick of the formats, the default (from settings) first and preselected. */
export async function pickFormat(preferred: ExportFormat, formats: readonly ExportFormat[] = EXPORT_FORMATS): Promise<ExportFormat | undefined> {
  const ordered = [...formats].sort((a, b) => Number(b === preferred) - Number(a === preferred));
  const items = ordered.map((format) => ({ label: FORMAT_LABELS[format], description: `.${exportExtension(format)}`, format }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Export Format', placeHolder: 'Choose the export format' });
  return picked?.format;
}

/**
 * Where exports go by default: `bulletin.export.folder` (absolute, or relative
 * to the workspace folder), else the folder of `near` (a bulletin), else the
 * first workspace folder.
 */
export function exportFolder(services: Services, near?: vscode.Uri): vscode.Uri {
  const configured = services.config().exportFolder.trim();
  const workspace = (near && vscode.workspace.getWorkspaceFolder(near)) ?? vscode.workspace.workspaceFolders?.[0];
  if (configured !== '') {
    if (path.isAbsolute(configured) || !workspace) return vscode.Uri.file(configured);
    return vscode.Uri.joinPath(workspace.uri, configured);
  }
  if (near && near.scheme !== 'untitled') return vscode.Uri.joinPath(near, '..');
  return workspace?.uri ?? vscode.Uri.file(path.resolve('.'));
}

/** A notification (never awaited, so a command's caller is not held) with a button to open the result. */
export function offerToOpen(target: vscode.Uri, message: string, reveal = false): void {
  const action = reveal ? 'Reveal' : 'Open';
  void vscode.window.showInformationMessage(message, action).then((choice) => {
    if (choice !== action) return;
    if (reveal) void vscode.commands.executeCommand('revealInExplorer', target);
    else void vscode.window.showTextDocument(target, { preview: false });
  });
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
