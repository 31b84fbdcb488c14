import * as path from 'path';
import * as vscode from 'vscode';
import { createAnalyzer } from '../core';
import type { Analyzer, AnnotatedBulletin, Mention } from '../core';
import { BulletinModel } from '../core/model/bulletinModel';
import { mentionsInWindow } from '../core/model/window';
import type { BulletinConfig } from './config';

export const BULLETIN_LANGUAGE = 'bulletin';

export function isBulletin(document: vscode.TextDocument): boolean {
  return document.languageId === BULLETIN_LANGUAGE;
}

/** The name a bulletin is exported under; the CLI uses the file's base name too. */
export function sourceName(uri: vscode.Uri): string {
  return path.posix.basename(uri.path);
}

/** Length of the document's text without copying it. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One incremental model per open bulletin, kept in step with the editor's
 * content changes: an edit re-parses and re-annotates only the articles it
 * touched. Every provider reads through here, so a document version is
 * analysed once however many features ask.
 */
export class AnalysisStore implements vscode.Disposable {
  /** Built on first use: compiling the gazetteers is not activation's work. */
  private analyzerInstance: Analyzer | undefined;
  private readonly models = new Map<string, { version: number; model: BulletinModel }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Fires when a bulletin's analysis may differ from the last one handed out. */
  readonly onDidChange = this.changed.event;

  constructor(private config: BulletinConfig) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.follow(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.models.delete(d.uri.toString())),
    );
  }

  /** New settings: a fresh analyzer (its options changed) and every open bulletin re-announced. */
  reconfigure(config: BulletinConfig): void {
    this.config = config;
    this.analyzerInstance = undefined;
    const uris = [...this.models.keys()];
    this.models.clear();
    for (const uri of uris) this.changed.fire(vscode.Uri.parse(uri));
  }

  /** Whether the document is small enough to annotate (`bulletin.maxFileSizeMB`). */
  canAnnotate(document: vscode.TextDocument): boolean {
    return documentLength(document) <= this.config.maxFileSizeMB * 1024 * 1024;
  }

  /** The document's annotated bulletin, or undefined when it is too large to annotate. */
  get(document: vscode.TextDocument): AnnotatedBulletin | undefined {
    return this.model(document)?.bulletin(sourceName(document.uri));
  }

  /**
   * Like `get`, but annotates a large document in batches between which the
   * extension host runs other work; undefined when cancelled or too large.
   */
  async getAsync(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<AnnotatedBulletin | undefined> {
    const model = this.model(document);
    if (!model || !(await model.annotateAll(yieldToEventLoop, () => token?.isCancellationRequested === true))) return undefined;
    return this.model(document) === model ? model.bulletin(sourceName(document.uri)) : undefined;
  }

  /**
   * Mentions overlapping an offset range, annotating only the articles there:
   * what a visible range needs, even before the whole file has been analysed.
   * Officials are not linked across the bulletin (no `normalized`).
   */
  mentionsInRange(document: vscode.TextDocument, start: number, end: number): Mention[] {
    if (!this.canAnnotate(document)) return [];
    const current = this.models.get(document.uri.toString());
    if (current && current.version === document.version) return current.model.annotationsInRange(start, end);
    return mentionsInWindow(this.analyzer, document.getText(), start, end);
  }

  private get analyzer(): Analyzer {
    this.analyzerInstance ??= createAnalyzer(this.config.annotator);
    return this.analyzerInstance;
  }

  private model(document: vscode.TextDocument): BulletinModel | undefined {
    const key = document.uri.toString();
    const current = this.models.get(key);
    if (current && current.version === document.version) return current.model;
    if (!this.canAnnotate(document)) return undefined;
    const model = new BulletinModel(this.analyzer, document.getText());
    this.models.set(key, { version: document.version, model });
    return model;
  }

  /** Applies the editor's changes to the model; rebuilt on next use if they do not add up. */
  private follow(e: vscode.TextDocumentChangeEvent): void {
    if (!isBulletin(e.document) || e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    const current = this.models.get(key);
    if (current) {
      // Changes in one event are listed so that applying them in order is correct.
      for (const c of e.contentChanges) current.model.applyEdit(c.rangeOffset, c.rangeOffset + c.rangeLength, c.text);
      if (current.model.length === documentLength(e.document)) current.version = e.document.version;
      else this.models.delete(key);
    }
    this.changed.fire(e.document.uri);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.models.clear();
  }
}
