import * as vscode from 'vscode';
import { ENTITY_TYPES } from '../core';
import type { AnnotatedBulletin, Mention } from '../core';
import { countryName } from '../core/data/countries';
import { stampOnLine } from '../core/parse/stampLine';
import { BULLETIN_LANGUAGE, documentLength, IMMEDIATE_ANALYSIS_LIMIT } from './analysisStore';
import type { Services } from './extension';

/** Token types are the entity types; their order is the legend's and never changes. */
export const TOKEN_MODIFIERS = ['stamp', 'normalized', 'title'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];
export const legend = new vscode.SemanticTokensLegend([...ENTITY_TYPES], [...TOKEN_MODIFIERS]);

const typeIndex = new Map(ENTITY_TYPES.map((type, i) => [type, i]));
const modifierBit = (modifier: TokenModifier) => 1 << TOKEN_MODIFIERS.indexOf(modifier);

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
      this.provided.set(document.uri.toString(), version);
      return encode(document, allAnnotations(bulletin));
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
      return encode(document, mentions);
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

function encode(document: vscode.TextDocument, mentions: readonly Mention[]): vscode.SemanticTokens {
  const builder = new vscode.SemanticTokensBuilder(legend);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let lastEnd = 0;
  for (const mention of sorted) {
    const type = typeIndex.get(mention.type);
    // Tokens may not overlap; the annotator resolves overlaps, this guards the encoding.
    if (type === undefined || mention.start < lastEnd || mention.end <= mention.start) continue;
    const position = document.positionAt(mention.start);
    builder.push(position.line, position.character, mention.end - mention.start, type, modifiers(document, mention, position));
    lastEnd = mention.end;
  }
  return builder.build();
}

/** Modifier bits, decided from the mention and its line alone, so whole-document and range tokens agree. */
function modifiers(document: vscode.TextDocument, mention: Mention, position: vscode.Position): number {
  let bits = 0;
  if (isNormalized(mention)) bits |= modifierBit('normalized');
  const line = document.lineAt(position.line).text;
  const stamp = mention.type === 'date' ? stampOnLine(line, 0, line.length, position.line === 0) : undefined;
  if (stamp && stamp.dateTime.start === position.character) bits |= modifierBit('stamp');
  else if (isTitleLine(document, position.line)) bits |= modifierBit('title');
  return bits;
}

/** The title is the first non-blank line after a stamp line. */
function isTitleLine(document: vscode.TextDocument, line: number): boolean {
  for (let i = line - 1; i >= 0; i--) {
    const text = document.lineAt(i).text;
    if (text.trim() === '') continue;
    return stampOnLine(text, 0, text.length, i === 0) !== undefined;
  }
  return false;
}

/**
 * Whether the annotator resolved the mention beyond what its text spells out:
 * an official's short or variant name linked to a fuller one, a date whose
 * year the text does not give (`15 March`, `last year`), a country named
 * otherwise than by its common name (`Kazakh`, `Republic of Kazakhstan`).
 */
export function isNormalized(mention: Pick<Mention, 'type' | 'text' | 'normalized'>): boolean {
  const { normalized, text } = mention;
  if (normalized === undefined) return false;
  switch (mention.type) {
    case 'official':
      return normalized !== text;
    case 'date':
      return !text.includes(normalized.slice(0, 4));
    case 'country':
      return (countryName(normalized) ?? text) !== text;
  }
}
