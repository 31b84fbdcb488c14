import * as vscode from 'vscode';
import { createCountryFinder } from '../core/annotate/countries';
import type { CountryFinder } from '../core/annotate/countries';
import type { ArticleQuery } from '../core/outline/filter';
import type { ArticleOrder } from '../core/outline/sort';
import type { ArticleTreeProvider } from './articleTree';
import { Commands, ContextKeys } from './commands';
import type { Services } from './extension';

/** Filter and sort commands of the article tree, and the context keys their menus use. */
export function registerTreeFilter(provider: ArticleTreeProvider, services: Services): vscode.Disposable {
  const codesOf = countryCodes(services);
  const setQuery = (text: string) => {
    provider.setQuery(text.trim() === '' ? { text: '' } : { text, codes: codesOf(text) });
    void vscode.commands.executeCommand('setContext', ContextKeys.treeFiltered, text.trim() !== '');
  };
  const setOrder = (order: ArticleOrder) => {
    provider.setOrder(order);
    void vscode.commands.executeCommand('setContext', ContextKeys.treeOrder, order);
  };
  setOrder(provider.currentOrder);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.treeFilter, async (text?: string) => {
      const query = text ?? (await askQuery(provider.currentQuery));
      if (query !== undefined) setQuery(query);
    }),
    vscode.commands.registerCommand(Commands.treeClearFilter, () => setQuery('')),
    vscode.commands.registerCommand(Commands.treeSortByDate, () => setOrder('date')),
    vscode.commands.registerCommand(Commands.treeSortByFileOrder, () => setOrder('file')),
  );
}

function askQuery(current: ArticleQuery): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Filter Articles',
    prompt: 'Show only articles that mention this text, person, country or date (empty shows all)',
    placeHolder: 'e.g. Italy, Tokayev, 2026-03',
    value: current.text,
  });
}

/**
 * The ISO codes a query names when it is a country's name or adjective, read
 * with the annotator's own gazetteer (including `bulletin.extraCountries`),
 * so `Italy` also finds articles that only say `Italian`.
 */
function countryCodes(services: Services): (text: string) => ReadonlySet<string> {
  let finder: { for: object; find: CountryFinder } | undefined;
  return (text) => {
    const config = services.config();
    if (finder?.for !== config) finder = { for: config, find: createCountryFinder(config.annotator.extraCountries) };
    try {
      return new Set(finder.find(text).flatMap((m) => (m.normalized ? [m.normalized] : [])));
    } catch (error) {
      services.log.error('Article filter', error);
      return new Set();
    }
  };
}
