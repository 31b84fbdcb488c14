import * as path from 'path';
import * as vscode from 'vscode';
import { createAnalyzer } from '../core';
import type { Analyzer, AnnotatedBulletin } from '../core';
import type { BulletinConfig } from './config';

export const BULLETIN_LANGUAGE = 'bulletin';

export function isBulletin(document: vscode.TextDocument): boolean {
  return document.languageId === BULLETIN_LANGUAGE;
}

/** The name a bulletin is exported under; the CLI uses the file's base name too. */
export function sourceName(uri: vscode.Uri): string {
  return path.posix.basename(uri.path);
}

/**
 * One analysis per document version, shared by every provider. The analyzer's
 * own per-article cache means an edit re-annotates only the articles it touched.
 */
export class AnalysisStore implements vscode.Disposable {
  private analyzer: Analyzer;
  private readonly results = new Map<string, { version: number; bulletin: AnnotatedBulletin }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Fires when a bulletin's analysis may differ from the last one handed out. */
  readonly onDidChange = this.changed.event;

  constructor(private config: BulletinConfig) {
    this.analyzer = createAnalyzer(config.annotator);
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isBulletin(e.document) && e.contentChanges.length > 0) this.changed.fire(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.results.delete(d.uri.toString())),
    );
  }

  /** New settings: a fresh analyzer (its options changed) and every open bulletin re-announced. */
  reconfigure(config: BulletinConfig): void {
    this.config = config;
    this.analyzer = createAnalyzer(config.annotator);
    const uris = [...this.results.keys()];
    this.results.clear();
    for (const uri of uris) this.changed.fire(vscode.Uri.parse(uri));
  }

  /** Whether the document is small enough to annotate (`bulletin.maxFileSizeMB`). */
  canAnnotate(document: vscode.TextDocument): boolean {
    return document.getText().length <= this.config.maxFileSizeMB * 1024 * 1024;
  }

  /** The document's annotated bulletin, or undefined when it is too large to annotate. */
  get(document: vscode.TextDocument): AnnotatedBulletin | undefined {
    const key = document.uri.toString();
    const hit = this.results.get(key);
    if (hit && hit.version === document.version) return hit.bulletin;
    if (!this.canAnnotate(document)) return undefined;
    const bulletin = this.analyzer.annotate(document.getText(), sourceName(document.uri));
    this.results.set(key, { version: document.version, bulletin });
    return bulletin;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.results.clear();
  }
}
