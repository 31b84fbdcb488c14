import * as vscode from 'vscode';
import { isBulletin } from './analysisStore';
import { ArticleTreeProvider } from './articleTree';
import type { TreeNode } from './articleTreeNodes';
import { articleOf } from './articleTreeNodes';
import { revealInEditor } from './articleTreeReveal';
import { Commands, ContextKeys, VIEW_IDS } from './commands';
import { affectsBulletinConfig } from './config';
import type { Services } from './extension';

/** The tree's provider and its two views (own activity-bar container, Explorer). */
export interface ArticleTree extends vscode.Disposable {
  provider: ArticleTreeProvider;
  views: vscode.TreeView<TreeNode>[];
}

const REFRESH_DELAY_MS = 250;
const FOLLOW_DELAY_MS = 150;

/** Calls `fn` once, `ms` after the last of a burst of calls. */
export function debounce(fn: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  call.cancel = () => clearTimeout(timer);
  return call;
}

export function registerArticleTree(services: Services): ArticleTree {
  const provider = new ArticleTreeProvider(services);
  const views = VIEW_IDS.map((id) => vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true }));
  // Reveals run one after another, each reading the cursor when it starts: two in flight
  // could finish out of order and leave an older article selected.
  let following = Promise.resolve();
  const followSoon = debounce(() => (following = following.then(() => followCursor(provider, views, services))), FOLLOW_DELAY_MS);
  // A rebuilt tree may drop its selection: select the cursor's article again.
  const refreshSoon = debounce(() => (provider.refresh(), followSoon()), REFRESH_DELAY_MS);

  const pickDocument = () => {
    provider.setDocument(treeDocument(provider.currentDocument));
    void vscode.commands.executeCommand('setContext', ContextKeys.treeHasBulletin, provider.currentDocument !== undefined);
    followSoon();
  };
  const disposables: vscode.Disposable[] = [
    provider,
    ...views,
    { dispose: () => (refreshSoon.cancel(), followSoon.cancel()) },
    // Only a visible view needs its message, and building it costs an analysis of the document.
    provider.onDidChangeTreeData(() => views.some((v) => v.visible) && updateMessages(provider, views)),
    // A large bulletin's nodes arrive after its annotation: select the cursor's article then.
    provider.onDidFinishAnnotating(followSoon),
    vscode.window.onDidChangeActiveTextEditor(pickDocument),
    vscode.window.onDidChangeVisibleTextEditors(pickDocument),
    // A `.txt` switched to `bulletin` by language detection is closed and reopened as a new document.
    vscode.workspace.onDidOpenTextDocument(pickDocument),
    vscode.workspace.onDidCloseTextDocument((d) => d === provider.currentDocument && pickDocument()),
    services.store.onDidChange((uri) => uri.toString() === provider.currentDocument?.uri.toString() && refreshSoon()),
    // The store re-announces only what it had analysed: a bulletin that was over the size limit is not among them.
    vscode.workspace.onDidChangeConfiguration((e) => affectsBulletinConfig(e) && refreshSoon()),
    vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor.document === provider.currentDocument && followSoon()),
    ...views.map((view) => view.onDidChangeVisibility((e) => e.visible && (updateMessages(provider, views), followSoon()))),
    vscode.commands.registerCommand(Commands.treeRefresh, () => provider.refresh()),
    vscode.commands.registerCommand(Commands.revealRange, revealInEditor),
    vscode.commands.registerCommand(Commands.showArticles, () => vscode.commands.executeCommand(`${VIEW_IDS[0]}.focus`)),
    vscode.commands.registerCommand(Commands.openBulletin, openBulletin),
  ];
  pickDocument();
  return { provider, views, dispose: () => disposables.forEach((d) => d.dispose()) };
}

/**
 * The bulletin the tree shows: the active editor's; or, while no text editor
 * is active (e.g. a settings page), the one shown so far if still visible.
 */
function treeDocument(current: vscode.TextDocument | undefined): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return isBulletin(active.document) ? active.document : undefined;
  return current && vscode.window.visibleTextEditors.some((e) => e.document === current) ? current : undefined;
}

/** Selects the article under the cursor, unless the selection is already inside it (e.g. a mention). */
async function followCursor(provider: ArticleTreeProvider, views: vscode.TreeView<TreeNode>[], services: Services): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document !== provider.currentDocument) return;
  const node = provider.articleNodeAt(editor.document.offsetAt(editor.selection.active));
  if (!node) return;
  for (const view of views) {
    if (!view.visible || view.selection.some((s) => articleOf(s).id === node.id)) continue;
    try {
      await view.reveal(node, { select: true, focus: false, expand: false });
    } catch (error) {
      services.log.error('Article tree: following the cursor', error);
    }
  }
}

/** The line above the tree: what the filter keeps, or why the tree is empty. */
function updateMessages(provider: ArticleTreeProvider, views: vscode.TreeView<TreeNode>[]): void {
  const { document, bulletin, all, shown, pending } = provider.current();
  const query = provider.currentQuery.text.trim();
  let message: string | undefined;
  if (pending) message = 'Annotating this bulletin…';
  else if (document && !bulletin) message = 'This bulletin is larger than bulletin.maxFileSizeMB and is not annotated.';
  else if (document && all.length === 0) message = 'No articles yet: a stamp such as "24.02.2026, 15:00" opens one.';
  else if (document && query !== '') message = `Filter "${query}": ${shown.length} of ${all.length} articles`;
  for (const view of views) view.message = message;
}

/** Asks for a bulletin file (or takes one, e.g. from a test) and opens it. */
async function openBulletin(uri?: vscode.Uri): Promise<void> {
  const target =
    uri ??
    (
      await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: 'Open Bulletin',
        filters: { Bulletins: ['txt', 'bulletin'], 'All files': ['*'] },
      })
    )?.[0];
  if (target) await vscode.window.showTextDocument(target, { preview: false });
}
