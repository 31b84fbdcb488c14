import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { affectsBulletinConfig, readConfig } from './config';
import { Log } from './log';
import { registerArticleTree } from './articleTreeView';
import type { ArticleTree } from './articleTreeView';
import { registerDocumentSymbols } from './documentSymbols';
import { registerExportCommands } from './exportCommands';
import { registerFolding } from './folding';
import { registerHover } from './hover';
import { registerLanguageDetection } from './languageDetection';
import { registerLargeFileNotice } from './largeFile';
import { registerSemanticTokens } from './semanticTokens';
import { registerStatusBar } from './statusBar';
import { registerTreeFilter } from './treeFilter';
import { registerWorkspaceExport } from './workspaceExport';

/** What every feature may use; built once in `activate`. */
export interface Services {
  log: Log;
  store: AnalysisStore;
  config(): ReturnType<typeof readConfig>;
}

/** What `activate` returns (the extension's `exports`, e.g. for integration tests). */
export interface BulletinApi extends Services {
  articles: ArticleTree;
}

/** Wiring only: each feature registers itself and returns its disposables. */
export function activate(context: vscode.ExtensionContext): BulletinApi {
  const started = performance.now();
  const log = new Log();
  let config = readConfig((problem) => log.warnOnce(problem));
  const store = new AnalysisStore(config);
  const services: Services = { log, store, config: () => config };
  context.subscriptions.push(
    log,
    store,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affectsBulletinConfig(event)) return;
      config = readConfig((problem) => log.warnOnce(problem));
      store.reconfigure(config);
    }),
  );
  context.subscriptions.push(
    registerLanguageDetection(services),
    registerSemanticTokens(services),
    registerHover(services),
    registerLargeFileNotice(services),
  );
  const articles = registerArticleTree(services);
  context.subscriptions.push(
    articles,
    registerTreeFilter(articles.provider, services),
    registerDocumentSymbols(services),
    registerFolding(services),
    registerStatusBar(services),
    registerExportCommands(services, articles),
    registerWorkspaceExport(services),
  );
  // Activation must stay cheap (it runs for every plain-text file): measured here.
  log.info(`Activated in ${(performance.now() - started).toFixed(1)} ms`);
  return { ...services, articles };
}

export function deactivate(): void {}
