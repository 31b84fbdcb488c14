import * as vscode from 'vscode';
import { countEntitySteps } from '../core/outline/counts';
import { isBulletin } from './analysisStore';
import { debounce } from './articleTreeView';
import { Commands } from './commands';
import { affectsBulletinConfig } from './config';
import type { Services } from './extension';
import { runPass } from './passes';
import { bulletinSize } from '../core/editor/textLines';

const UPDATE_DELAY_MS = 300;

/** The active bulletin's counts; clicking opens the article tree. Hidden for other editors. */
export function registerStatusBar(services: Services): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('bulletin.counts', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Bulletin Counts';
  item.command = Commands.showArticles;
  let pending: vscode.CancellationTokenSource | undefined;
  const update = () => {
    pending?.cancel();
    const source = (pending = new vscode.CancellationTokenSource());
    show(item, services, source.token).then(
      () => source.dispose(),
      (error: unknown) => {
        services.log.error('Status bar', error);
        item.hide();
      },
    );
  };
  const updateSoon = debounce(update, UPDATE_DELAY_MS);
  update();
  return vscode.Disposable.from(
    item,
    { dispose: () => (updateSoon.cancel(), pending?.cancel()) },
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidOpenTextDocument(updateSoon),
    services.store.onDidChange((uri) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && updateSoon()),
    vscode.workspace.onDidChangeConfiguration((e) => affectsBulletinConfig(e) && updateSoon()),
  );
}

/** Counts from an analysis made in batches (a large bulletin does not block the editor); a newer update cancels it. */
async function show(item: vscode.StatusBarItem, services: Services, token: vscode.CancellationToken): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isBulletin(document)) {
    item.hide();
    return;
  }
  const tooLarge = !services.store.canAnnotate(document);
  const bulletin = tooLarge ? undefined : await services.store.getAsync(document, token);
  if (token.isCancellationRequested || (!tooLarge && !bulletin)) return;
  const c = bulletin && (await runPass(bulletinSize(bulletin), countEntitySteps(bulletin.articles), () => token.isCancellationRequested));
  if (token.isCancellationRequested) return;
  if (!c) {
    item.text = '$(note) not annotated';
    item.tooltip = 'This bulletin is larger than bulletin.maxFileSizeMB.';
    item.accessibilityInformation = { label: 'Bulletin not annotated: larger than the size limit' };
  } else {
    item.text = `$(note) ${c.articles}  $(person) ${c.distinct.official}  $(globe) ${c.distinct.country}  $(calendar) ${c.distinct.date}`;
    const words = `${c.articles} articles, ${c.distinct.official} officials, ${c.distinct.country} countries, ${c.distinct.date} dates`;
    item.tooltip = `${words} (distinct values; ${c.mentions.official + c.mentions.country + c.mentions.date} mentions). Click to show the articles.`;
    item.accessibilityInformation = { label: `Bulletin: ${words}` };
  }
  item.show();
}
