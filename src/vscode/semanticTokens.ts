import * as vscode from 'vscode';
import { ENTITY_TYPES } from '../core';
import type { AnnotatedBulletin, Mention } from '../core';
import type { Steps } from '../core/steps';
import { semanticTokens, semanticTokenSteps, TOKEN_MODIFIERS } from '../core/editor/semanticTokens';
import { bulletinLineSteps, bulletinSize } from '../core/editor/textLines';
import type { TextLines } from '../core/editor/textLines';
import { BULLETIN_LANGUAGE, documentLength, IMMEDIATE_ANALYSIS_LIMIT } from './analysisStore';
import type { Services } from './extension';
import { runPass } from './passes';

/** Token types are the entity types; their order is the legend's and never changes. */
export const legend = new vscode.SemanticTokensLegend([...ENTITY_TYPES], [...TOKEN_MODIFIERS]);

/**
 * Colours what the annotator found, over the grammar's lexical colouring: the
 * whole document once analysed (in batches, cancellable), and the visible
 * range first, which costs only the articles on screen even in a huge file.
 */
export function registerSemanticTokens(services: Services): vscode.Disposable {
  const provider = new BulletinTokensProvider(services);
  const selector: vscode.DocumentSelector = { language: BULLETIN_LANGUAGE };
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, legend),
    vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, legend),
  );
}

class BulletinTokensProvider
  implements vscode.DocumentSemanticTokensProvider, vscode.DocumentRangeSemanticTokensProvider, vscode.Disposable
{
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;
  /** The version each document's tokens were last computed for. */
  private readonly provided = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly services: Services) {
    this.subscriptions = [
      // Edits make the editor ask again by itself; a new analysis of an unchanged
      // version (settings changed) must be announced.
      services.store.onDidChange((uri) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (document && this.provided.get(uri.toString()) === document.version) this.changed.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.provided.delete(d.uri.toString())),
    ];
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    const version = document.version;
    try {
      if (!this.services.store.canAnnotate(document)) return empty();
      const bulletin = await this.services.store.getAsync(document, token);
      if (!bulletin || token.isCancellationRequested || document.version !== version) throw new vscode.CancellationError();
      const data = await runPass(bulletinSize(bulletin), wholeTokenSteps(bulletin), () => token.isCancellationRequested);
      if (!data || token.isCancellationRequested || document.version !== version) throw new vscode.CancellationError();
      this.provided.set(document.uri.toString(), version);
      return new vscode.SemanticTokens(data);
    } catch (error) {
      return this.failed(error, document);
    }
  }

  provideDocumentRangeSemanticTokens(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): vscode.SemanticTokens {
    try {
      const start = document.offsetAt(range.start);
      const end = document.offsetAt(range.end);
      const { store } = this.services;
      // A small document is analysed whole (what the full request needs next
      // anyway), so officials are linked across articles exactly as there; a
      // large one only in the articles of the range, as each scroll asks again.
      const whole = documentLength(document) <= IMMEDIATE_ANALYSIS_LIMIT ? store.get(document) : undefined;
      const mentions = whole ? allAnnotations(whole).filter((m) => m.end > start && m.start < end) : store.mentionsInRange(document, start, end);
      if (token.isCancellationRequested) throw new vscode.CancellationError();
      return new vscode.SemanticTokens(semanticTokens(documentLines(document), mentions));
    } catch (error) {
      return this.failed(error, document);
    }
  }

  /** A cancelled or stale request is dropped (the editor keeps its tokens); anything else is logged. */
  private failed(error: unknown, document: vscode.TextDocument): vscode.SemanticTokens {
    if (error instanceof vscode.CancellationError) throw error;
    this.services.log.error(`Semantic tokens for ${document.uri.toString()}`, error);
    return empty();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}

function empty(): vscode.SemanticTokens {
  return new vscode.SemanticTokens(new Uint32Array(0));
}

function allAnnotations(bulletin: AnnotatedBulletin): Mention[] {
  return bulletin.articles.flatMap((article) => article.annotations);
}

/** The whole bulletin's tokens, its lines indexed first (once for tokens, symbols and folding). */
function* wholeTokenSteps(bulletin: AnnotatedBulletin): Steps<Uint32Array> {
  const lines = yield* bulletinLineSteps(bulletin);
  return yield* semanticTokenSteps(lines, bulletin.articles);
}

/** The document's own lines: a visible range reads a few of them without copying a large text. */
function documentLines(document: vscode.TextDocument): TextLines {
  return { position: (offset) => document.positionAt(offset), lineText: (line) => document.lineAt(line).text };
}
