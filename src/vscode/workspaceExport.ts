import * as path from 'path';
import * as vscode from 'vscode';
import { createAnalyzer } from '../core';
import type { Analyzer, AnnotatedBulletin, ExportFormat } from '../core';
import { exportChunks, exportExtension, exportManyChunks, isExportFormat } from '../core/export';
import { BulletinModel } from '../core/model/bulletinModel';
import { exportFileName, FORMAT_LABELS } from '../core/outline/exportNames';
import { looksLikeBulletin, SNIFF_CHARS } from '../core/parse/sniff';
import { writeChunksAtomically } from './atomicWrite';
import { yieldToEventLoop } from './slicedText';
import { Commands } from './commands';
import { exportFolder, offerToOpen, pickFormat, plural, reportingFailures } from './exportCommands';
import type { Services } from './extension';

/** One file per bulletin into a folder, or every bulletin in one JSONL or CSV file. */
export type WorkspaceExportMode = 'folder' | 'jsonl' | 'csv';

export interface WorkspaceExportResult {
  /** Workspace-relative paths of the bulletins exported, in order. */
  bulletins: string[];
  written: vscode.Uri[];
  cancelled: boolean;
}

const CANDIDATES = '**/*.{bulletin,txt}';
// Given an exclude pattern, findFiles no longer applies `files.exclude`: name the usual heavy folders.
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/.vscode-test/**}';
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function registerWorkspaceExport(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand(
    Commands.exportWorkspace,
    reportingFailures(services, 'Export', (mode?: unknown, target?: unknown, format?: unknown) => exportWorkspace(services, mode, target, format)),
  );
}

async function exportWorkspace(services: Services, modeArg?: unknown, targetArg?: unknown, formatArg?: unknown): Promise<WorkspaceExportResult | undefined> {
  const mode = isMode(modeArg) ? modeArg : await pickMode();
  if (!mode) return undefined;
  const format: ExportFormat | undefined = mode !== 'folder' ? mode : isExportFormat(String(formatArg)) ? (formatArg as ExportFormat) : await pickFormat(services.config().exportFormat);
  if (!format) return undefined;
  const given = targetArg instanceof vscode.Uri ? targetArg : undefined;
  const target = given ?? (await pickTarget(services, mode, format));
  if (!target) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Exporting bulletins', cancellable: true },
    (progress, token) => run(services, mode, format, target, progress, token),
  );
  const summary = `${plural(result.bulletins.length, 'bulletin')} exported`;
  if (result.cancelled) void vscode.window.showWarningMessage(`Export cancelled: ${summary} before it stopped${mode === 'folder' ? '' : ' (nothing written)'}.`);
  else if (result.bulletins.length === 0) void vscode.window.showWarningMessage('No bulletins found in the workspace (*.bulletin, or *.txt that start like a bulletin).');
  else if (!given) offerToOpen(target, `${summary} to ${path.posix.basename(target.path)}.`, mode === 'folder');
  return result;
}

async function run(
  services: Services, mode: WorkspaceExportMode, format: ExportFormat, target: vscode.Uri,
  progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken,
): Promise<WorkspaceExportResult> {
  const result: WorkspaceExportResult = { bulletins: [], written: [], cancelled: false };
  progress.report({ message: 'finding bulletins…' });
  const files = (await vscode.workspace.findFiles(CANDIDATES, EXCLUDE, undefined, token)).sort((a, b) => compare(a.toString(), b.toString()));
  // One analyzer for the run: the settings' options, and its cache serves repeated articles.
  const analyzer = createAnalyzer(services.config().annotator);
  const collected: AnnotatedBulletin[] = [];
  for (const file of files) {
    if (token.isCancellationRequested) break;
    const relative = vscode.workspace.asRelativePath(file, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    progress.report({ message: relative, increment: 100 / files.length });
    const text = await readBulletin(services, file);
    if (text === undefined) continue;
    const bulletin = await annotateInSlices(analyzer, text, path.posix.basename(file.path), token);
    if (!bulletin) break;
    if (mode === 'folder') {
      const out = vscode.Uri.joinPath(target, exportFileName(relative, format));
      await writeChunksAtomically(out, exportChunks(bulletin, format));
      result.written.push(out);
    } else {
      collected.push(bulletin);
    }
    result.bulletins.push(relative);
    // Lets the progress notification paint and its Cancel button be heard between files.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  result.cancelled = token.isCancellationRequested;
  if (mode !== 'folder' && !result.cancelled && collected.length > 0) {
    await writeChunksAtomically(target, exportManyChunks(collected, format));
    result.written.push(target);
  }
  services.log.info(`Export all bulletins (${mode}, ${format}): ${result.bulletins.length} of ${files.length} candidates${result.cancelled ? ', cancelled' : ''}`);
  return result;
}

/** `analyzer.annotate`, a slice of articles at a time; undefined when cancelled. */
async function annotateInSlices(analyzer: Analyzer, text: string, source: string, token: vscode.CancellationToken): Promise<AnnotatedBulletin | undefined> {
  const cancelled = () => token.isCancellationRequested;
  const model = await BulletinModel.inSlices(analyzer, text, yieldToEventLoop, cancelled);
  return model?.bulletinAsync(source, yieldToEventLoop, cancelled);
}

/**
 * The file's text if it is a bulletin: any `*.bulletin`; a `*.txt` only when
 * its start looks like one. Binary or non-UTF-8 files are skipped and logged,
 * as the CLI skips them in a folder.
 */
async function readBulletin(services: Services, file: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
    const text = UTF8.decode(bytes);
    const sniffed = file.path.toLowerCase().endsWith('.bulletin') || looksLikeBulletin(text.slice(0, SNIFF_CHARS));
    return sniffed ? text : undefined;
  } catch (error) {
    services.log.warnOnce(`Export all bulletins: skipping ${file.toString()}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function pickMode(): Promise<WorkspaceExportMode | undefined> {
  const items: (vscode.QuickPickItem & { mode: WorkspaceExportMode })[] = [
    { label: 'One file per bulletin', description: 'into a folder, in a format you choose', mode: 'folder' },
    { label: 'One JSON Lines file', description: 'every article of every bulletin, one line each', mode: 'jsonl' },
    { label: 'One CSV file', description: 'every annotation of every bulletin, one row each', mode: 'csv' },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Export All Bulletins in Workspace' }))?.mode;
}

async function pickTarget(services: Services, mode: WorkspaceExportMode, format: ExportFormat): Promise<vscode.Uri | undefined> {
  const folder = exportFolder(services);
  if (mode === 'folder') {
    const picked = await vscode.window.showOpenDialog({ title: 'Export Bulletins Into', canSelectFolders: true, canSelectFiles: false, defaultUri: folder, openLabel: 'Export Here' });
    return picked?.[0];
  }
  const name = `${vscode.workspace.name ?? 'workspace'}.bulletins.${exportExtension(format)}`;
  return vscode.window.showSaveDialog({ title: 'Export All Bulletins', saveLabel: 'Export', defaultUri: vscode.Uri.joinPath(folder, name), filters: { [FORMAT_LABELS[format]]: [exportExtension(format)] } });
}

function isMode(value: unknown): value is WorkspaceExportMode {
  return value === 'folder' || value === 'jsonl' || value === 'csv';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
