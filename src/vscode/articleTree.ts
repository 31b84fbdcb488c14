import * as vscode from 'vscode';
import type { AnnotatedBulletin } from '../core';
import type { ArticleQuery } from '../core/outline/filter';
import { indexAt } from '../core/outline/locate';
import type { ArticleOrder } from '../core/outline/sort';
import { runNow, SliceBudget, type Steps } from '../core/steps';
import { IMMEDIATE_ANALYSIS_LIMIT } from './analysisStore';
import { articleTreeSteps, childNodes } from './articleTreeNodes';
import type { ArticleNode, TreeNode } from './articleTreeNodes';
import { resolveTooltip, treeItem } from './articleTreeItems';
import type { Services } from './extension';
import { runPass } from './passes';
import { bulletinSize } from '../core/editor/textLines';

/** What the tree shows at the moment, for the view's message and tests. */
export interface TreeState {
  document?: vscode.TextDocument;
  bulletin?: AnnotatedBulletin;
  /** All articles' nodes in file order, and those shown (filtered, sorted). */
  all: ArticleNode[];
  shown: ArticleNode[];
  /** The bulletin is being annotated; the tree refreshes when it is done. */
  pending?: boolean;
}

const EMPTY: TreeState = { all: [], shown: [] };

/** Root items made between two pauses while a large tree is built: a few milliseconds' work. */
const ITEMS_PER_STEP = 500;

/**
 * Adapts the document's analysis to a tree: articles, then Officials /
 * Countries / Dates, then values, then mentions. The nodes are built once per
 * refresh and reused until the next, so `reveal` and `getParent` see the same
 * objects `getChildren` handed out.
 */
export class ArticleTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  private state: TreeState | undefined;
  /** The last nodes built from an annotated bulletin. */
  private shown: TreeState | undefined;
  private readonly annotated = new vscode.EventEmitter<void>();
  /** Fires when a large bulletin's nodes arrive after its annotation in slices. */
  readonly onDidFinishAnnotating = this.annotated.event;
  /**
   * The shown articles' items, made with their nodes: the view asks for every
   * root item at once, which for a large bulletin would be one long stretch.
   */
  private readonly items = new WeakMap<TreeNode, vscode.TreeItem>();
  private query: ArticleQuery = { text: '' };
  private order: ArticleOrder = 'file';

  constructor(private readonly services: Services) {}

  get currentDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  get currentQuery(): ArticleQuery {
    return this.query;
  }

  get currentOrder(): ArticleOrder {
    return this.order;
  }

  setDocument(document: vscode.TextDocument | undefined): void {
    if (document === this.document) return;
    this.document = document;
    this.shown = undefined;
    this.refresh();
  }

  setQuery(query: ArticleQuery): void {
    this.query = query;
    this.refresh();
  }

  setOrder(order: ArticleOrder): void {
    this.order = order;
    this.refresh();
  }

  /** Drops the built nodes; the next `getChildren` rebuilds them from the current analysis. */
  refresh(): void {
    this.state = undefined;
    this.changed.fire(undefined);
  }

  /**
   * The current nodes, built on demand. A large bulletin's nodes are built
   * (after its annotation) in slices: meanwhile it shows the articles it
   * showed before, or none, as `pending`; the tree refreshes itself when done.
   */
  current(): TreeState {
    this.state ??= this.build();
    return this.state;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return this.items.get(node) ?? treeItem(node);
  }

  /** An article's tooltip lists all its entities: made on hover, not for every article the view lists. */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    return resolveTooltip(item, node);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    try {
      return node ? childNodes(node) : this.current().shown;
    } catch (error) {
      this.services.log.error('Article tree', error);
      return [];
    }
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  /** The shown article holding the offset, if any (a filtered-out article has none). */
  articleNodeAt(offset: number): ArticleNode | undefined {
    const { bulletin, all, shown } = this.current();
    if (!bulletin) return undefined;
    const node = all[indexAt(bulletin.articles, offset)];
    return node && shown.includes(node) ? node : undefined;
  }

  private build(): TreeState {
    const document = this.document;
    if (!document) return EMPTY;
    const { store } = this.services;
    if (!store.canAnnotate(document)) return { document, all: [], shown: [] };
    const bulletin = store.getIfReady(document);
    if (bulletin && bulletinSize(bulletin) <= IMMEDIATE_ANALYSIS_LIMIT) return (this.shown = runNow(this.nodeSteps(document, bulletin)));
    // Meanwhile the articles shown before (this document's, before an edit) stay, marked pending.
    const before = this.shown?.document === document ? this.shown : undefined;
    const state: TreeState = { document, bulletin: before?.bulletin, all: before?.all ?? [], shown: before?.shown ?? [], pending: true };
    void this.buildLater(document, state);
    return state;
  }

  /** Annotates and builds the nodes in slices; shows them unless the tree moved on (another document, an edit, a refresh). */
  private async buildLater(document: vscode.TextDocument, pending: TreeState): Promise<void> {
    let next: TreeState | undefined;
    try {
      const bulletin = await this.services.store.getAsync(document);
      const nodes = bulletin && (await runPass(bulletinSize(bulletin), this.nodeSteps(document, bulletin), () => this.state !== pending));
      if (nodes) next = this.shown = nodes;
    } catch (error) {
      this.services.log.error('Article tree', error);
      // Out of pending, so that the next refresh tries again.
      next = { ...pending, pending: false };
    }
    if (!next || this.state !== pending) return;
    this.state = next;
    this.changed.fire(undefined);
    this.annotated.fire();
  }

  private *nodeSteps(document: vscode.TextDocument, bulletin: AnnotatedBulletin): Steps<TreeState> {
    const { all, shown } = yield* articleTreeSteps(document.uri.toString(), bulletin, this.query, this.order);
    const budget = new SliceBudget(ITEMS_PER_STEP, Infinity);
    for (const node of shown) {
      this.items.set(node, treeItem(node));
      if (budget.spend(1)) yield;
    }
    return { document, bulletin, all, shown };
  }

  dispose(): void {
    this.changed.dispose();
    this.annotated.dispose();
  }
}
