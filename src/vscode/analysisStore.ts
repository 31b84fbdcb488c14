import * as path from 'path';
import * as vscode from 'vscode';
import { createAnalyzer } from '../core';
import type { Analyzer, AnnotatedBulletin, Mention } from '../core';
import { BulletinModel } from '../core/model/bulletinModel';
import { RegionMismatch } from '../core/model/regionLoad';
import { mentionsInWindow } from '../core/model/window';
import { shiftMention } from '../core/annotate/shiftMention';
import { articleLinesAround } from '../core/model/windowLines';
import type { LineSource } from '../core/model/windowLines';
import type { BulletinConfig } from './config';
import { documentReader } from './documentReader';
import { yieldToEventLoop } from './slicedText';

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

/** Times a large document is read in runs of lines before, changed each time meanwhile, it is read at once. */
const READ_ATTEMPTS = 3;

/** Up to this size (about 50 ms of annotation), a bulletin is annotated at once when a feature asks. */
export const IMMEDIATE_ANALYSIS_LIMIT = 512 * 1024;

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
  /** Bumped by new settings: a model still being built with the old ones is dropped. */
  private generation = 0;
  /** Whole bulletins being annotated and linked in slices, by document. */
  private readonly linking = new Map<string, InFlight<AnnotatedBulletin | undefined>>();
  /** Large models being built in slices, by document. */
  private readonly building = new Map<string, Building>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Fires when a bulletin's analysis may differ from the last one handed out. */
  readonly onDidChange = this.changed.event;

  constructor(private config: BulletinConfig) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.follow(e)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.models.delete(d.uri.toString());
        this.building.delete(d.uri.toString());
        this.linking.delete(d.uri.toString());
      }),
    );
  }

  /** New settings: a fresh analyzer (its options changed) and every open bulletin re-announced. */
  reconfigure(config: BulletinConfig): void {
    this.config = config;
    this.analyzerInstance = undefined;
    const uris = [...this.models.keys()];
    this.models.clear();
    this.building.clear();
    this.linking.clear();
    this.generation++;
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
    const model = await this.modelAsync(document, token);
    if (!model || token?.isCancellationRequested) return undefined;
    const key = document.uri.toString();
    // Tree, tokens, symbols, folding and status bar all ask when a bulletin opens: one build serves
    // them. It stops only when the model is edited; a caller's cancellation only ends its wait.
    const generation = this.generation;
    const dropped = () => document.isClosed || this.generation !== generation;
    const linking = shared(this.linking, key, document.version, () => model.bulletinAsync(sourceName(document.uri), yieldToEventLoop, dropped));
    const bulletin = await untilCancelled(linking, token);
    return bulletin && this.models.get(key)?.model === model ? bulletin : undefined;
  }

  /**
   * The annotated bulletin when it costs no wait: already built for this
   * version, or the file is small enough to annotate at once. Otherwise
   * undefined, and `getAsync` is the way.
   */
  getIfReady(document: vscode.TextDocument): AnnotatedBulletin | undefined {
    if (documentLength(document) <= IMMEDIATE_ANALYSIS_LIMIT) return this.get(document);
    return this.currentModel(document)?.builtBulletin(sourceName(document.uri));
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
    // Not the whole text: copying a large document's costs hundreds of milliseconds at 50 MB.
    const last = document.positionAt(Math.max(start, end - 1)).line;
    const lines = articleLinesAround(documentLineSource(document), document.positionAt(start).line, last);
    const from = document.offsetAt(new vscode.Position(lines.first, 0));
    const to = lines.last < document.lineCount ? new vscode.Position(lines.last, 0) : document.lineAt(document.lineCount - 1).range.end;
    const region = document.getText(new vscode.Range(lines.first, 0, to.line, to.character));
    return mentionsInWindow(this.analyzer, region, start - from, end - from).map((m) => shiftMention(m, from));
  }

  private get analyzer(): Analyzer {
    this.analyzerInstance ??= createAnalyzer(this.config.annotator);
    return this.analyzerInstance;
  }

  /** The model kept for the document's current version, if any. */
  private currentModel(document: vscode.TextDocument): BulletinModel | undefined {
    const current = this.models.get(document.uri.toString());
    return current && current.version === document.version ? current.model : undefined;
  }

  private model(document: vscode.TextDocument): BulletinModel | undefined {
    const current = this.currentModel(document);
    if (current || !this.canAnnotate(document)) return current;
    const model = new BulletinModel(this.analyzer, document.getText());
    this.models.set(document.uri.toString(), { version: document.version, model });
    return model;
  }

  /**
   * The document's model, a large one built in slices. Every feature asks at
   * once when a bulletin opens: they share one build.
   */
  private async modelAsync(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<BulletinModel | undefined> {
    const current = this.currentModel(document);
    if (current || !this.canAnnotate(document)) return current;
    if (documentLength(document) <= IMMEDIATE_ANALYSIS_LIMIT) return this.model(document);
    const key = document.uri.toString();
    let building = this.building.get(key);
    if (!building) {
      const missed: vscode.TextDocumentContentChangeEvent[] = [];
      const entry: Building = { missed, work: this.buildInSlices(document, missed) };
      void entry.work.finally(() => this.building.get(key) === entry && this.building.delete(key)).catch(() => undefined);
      this.building.set(key, (building = entry));
    }
    await untilCancelled(building.work, token);
    return token?.isCancellationRequested ? undefined : this.currentModel(document);
  }

  /** Builds the model of the text as it is now; edits made meanwhile arrive in `missed` and are applied after. */
  private async buildInSlices(document: vscode.TextDocument, missed: vscode.TextDocumentContentChangeEvent[]): Promise<BulletinModel | undefined> {
    const generation = this.generation;
    const dropped = () => document.isClosed || this.generation !== generation;
    const model = await this.readModel(document, missed, dropped);
    if (!model || dropped()) return undefined;
    applyChanges(model, missed);
    if (model.length !== documentLength(document)) return undefined;
    // Another path (a small edit's `model`) may have built this version meanwhile.
    const current = this.currentModel(document);
    if (current) return current;
    this.models.set(document.uri.toString(), { version: document.version, model });
    return model;
  }

  /**
   * The model of the document read a run of lines at a time, started over
   * when it changes while being read (the edits made before a reading began
   * are in what it reads, so `missed` restarts with it). After a few such
   * changes, or if a region parses unlike the text before it, the document is
   * read at once.
   */
  private async readModel(document: vscode.TextDocument, missed: vscode.TextDocumentContentChangeEvent[], dropped: () => boolean): Promise<BulletinModel | undefined> {
    for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
      missed.length = 0;
      const reading = documentReader(document);
      try {
        const model = await BulletinModel.fromLines(this.analyzer, reading.read, yieldToEventLoop, () => dropped() || reading.changed());
        if (!reading.changed()) return model;
      } catch (error) {
        if (!(error instanceof RegionMismatch)) throw error;
        break;
      }
    }
    missed.length = 0;
    return BulletinModel.inSlices(this.analyzer, document.getText(), yieldToEventLoop, dropped);
  }

  /** Applies the editor's changes to the model; rebuilt on next use if they do not add up. */
  private follow(e: vscode.TextDocumentChangeEvent): void {
    if (!isBulletin(e.document) || e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    const current = this.models.get(key);
    if (current) {
      applyChanges(current.model, e.contentChanges);
      if (current.model.length === documentLength(e.document)) current.version = e.document.version;
      else this.models.delete(key);
    } else {
      // A model being built catches up with these once built.
      this.building.get(key)?.missed.push(...e.contentChanges);
    }
    this.changed.fire(e.document.uri);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.models.clear();
    this.building.clear();
    this.linking.clear();
  }
}

function documentLineSource(document: vscode.TextDocument): LineSource {
  return { lineCount: document.lineCount, lineText: (line) => document.lineAt(line).text };
}

/** `promise`'s value, or undefined as soon as `token` is cancelled (the work itself goes on for others). */
function untilCancelled<T>(promise: Promise<T | undefined>, token?: vscode.CancellationToken): Promise<T | undefined> {
  if (!token) return promise;
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const subscription = token.onCancellationRequested(() => resolve(undefined));
    promise.then(resolve, reject).finally(() => subscription.dispose());
  });
}

/** A large model being built in slices, and the document's changes since its build began. */
interface Building {
  work: Promise<BulletinModel | undefined>;
  missed: vscode.TextDocumentContentChangeEvent[];
}

/** Changes of one event, or of several in order: listed so that applying them in order is correct. */
function applyChanges(model: BulletinModel, changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
  for (const c of changes) model.applyEdit(c.rangeOffset, c.rangeOffset + c.rangeLength, c.text);
}

/** Work under way for one version of a document. */
interface InFlight<T> {
  version: number;
  work: Promise<T>;
}

/** The work under way for `key` at `version`, started by `start` when there is none; forgotten once it settles. */
function shared<T>(inFlight: Map<string, InFlight<T>>, key: string, version: number, start: () => Promise<T>): Promise<T> {
  const running = inFlight.get(key);
  if (running && running.version === version) return running.work;
  const entry = { version, work: start() };
  inFlight.set(key, entry);
  void entry.work.finally(() => inFlight.get(key) === entry && inFlight.delete(key)).catch(() => undefined);
  return entry.work;
}
