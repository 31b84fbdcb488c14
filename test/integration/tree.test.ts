import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExportDocument } from '../../src/core/export';
import type { TreeNode } from '../../src/vscode/articleTreeNodes';
import type { BulletinApi } from '../../src/vscode/extension';
import { cliJson, openAsBulletin } from './support/bulletin';
import { screenshot } from './support/screenshot';
import { SAMPLE_TITLES as TITLES } from '../fixtures/sample-facts';
import { SAMPLE_BULLETIN, waitFor } from './support/workspace';

const STAMPS = ['24.02.2026, 15:00', '24.02.2026, 20:15', '24.02.2026, 19:36', '24.02.2026, 19:26', '24.02.2026, 09:11', '23.02.2026, 19:30', '23.02.2026, 19:00', '23.02.2026, 18:15', '23.02.2026, 17:00'];

function label(api: BulletinApi, node: TreeNode): string {
  const item = api.articles.provider.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

function roots(api: BulletinApi): TreeNode[] {
  return api.articles.provider.getChildren();
}

describe('article tree', () => {
  let api: BulletinApi;
  let editor: vscode.TextEditor;
  // The CLI's JSON of the same file: the tree must show the same articles and entities.
  let expected: ExportDocument;

  before(async () => {
    ({ api, editor } = await openAsBulletin(SAMPLE_BULLETIN));
    expected = cliJson(SAMPLE_BULLETIN);
    await vscode.commands.executeCommand('bulletin.articles.focus');
    // Settings changed by an earlier suite (e.g. the size limit) reach the tree after a short delay.
    await waitFor('the tree to list the articles', () => roots(api).length === TITLES.length);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('bulletin.tree.clearFilter');
    await vscode.commands.executeCommand('bulletin.tree.sortByFileOrder');
  });

  it('lists the 9 articles in file order: title as label, stamp as description', () => {
    const nodes = roots(api);
    assert.deepEqual(nodes.map((n) => label(api, n)), TITLES);
    assert.deepEqual(nodes.map((n) => api.articles.provider.getTreeItem(n).description), STAMPS);
    assert.deepEqual(expected.articles.map((a) => a.title), TITLES);
  });

  it('groups each article into Officials / Countries / Dates with the CLI’s values and counts', () => {
    for (const [i, node] of roots(api).entries()) {
      const groups = api.articles.provider.getChildren(node);
      const annotations = expected.articles[i].annotations;
      const want = (['official', 'country', 'date'] as const)
        .map((type) => {
          const counts = new Map<string, number>();
          for (const a of annotations.filter((x) => x.type === type)) counts.set(a.normalized ?? a.text, (counts.get(a.normalized ?? a.text) ?? 0) + 1);
          return { type, entries: [...counts].map(([value, n]) => `${value} ×${n}`) };
        })
        .filter((g) => g.entries.length > 0);
      assert.deepEqual(groups.map((g) => label(api, g)), want.map((g) => ({ official: 'Officials', country: 'Countries', date: 'Dates' })[g.type]));
      for (const [j, group] of groups.entries()) {
        const entries = api.articles.provider.getChildren(group).map((e) => `${label(api, e)} ×${String(api.articles.provider.getTreeItem(e).description)}`);
        assert.deepEqual(entries, want[j].entries, `article ${i}, ${want[j].type}`);
      }
    }
  });

  it('shows the guide’s entities of the first article', async () => {
    const [officials, countries] = api.articles.provider.getChildren(roots(api)[0]);
    assert.equal(label(api, officials), 'Officials');
    assert.ok(api.articles.provider.getChildren(officials).map((e) => label(api, e)).includes('Alar Karis'));
    const estonia = api.articles.provider.getChildren(countries).find((e) => label(api, e) === 'EE');
    assert.ok(estonia);
    assert.deepEqual(api.articles.provider.getChildren(estonia).map((m) => label(api, m)), ['Estonia', 'Estonia']);
    await api.articles.views[0].reveal(estonia, { select: true, focus: false, expand: true });
    await screenshot('tree-article-expanded');
  });

  it('reveals and selects a mention in the editor when its node is chosen', async () => {
    const estonia = api.articles.provider.getChildren(api.articles.provider.getChildren(roots(api)[0])[1]).find((e) => label(api, e) === 'EE') as TreeNode;
    const second = api.articles.provider.getChildren(estonia)[1];
    const command = api.articles.provider.getTreeItem(second).command as vscode.Command;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const selection = vscode.window.activeTextEditor?.selection;
    const start = editor.document.getText().indexOf('people of Estonia') + 'people of '.length;
    assert.deepEqual([selection?.start, selection?.end], [editor.document.positionAt(start), editor.document.positionAt(start + 'Estonia'.length)]);
  });

  it('selects an article’s title when the article is chosen', async () => {
    const command = api.articles.provider.getTreeItem(roots(api)[3]).command as vscode.Command;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const selection = vscode.window.activeTextEditor?.selection as vscode.Selection;
    assert.deepEqual([selection.start.line, selection.start.character, selection.end.line, selection.end.character], [23, 0, 23, TITLES[3].length]);
  });

  it('follows the cursor: the article under it becomes the selected node', async () => {
    const view = api.articles.views[0];
    await waitFor('the Articles view to be visible', () => view.visible);
    const target = roots(api)[6];
    editor.selection = new vscode.Selection(46, 10, 46, 10);
    await waitFor('the tree to select article 6', () => view.selection.length === 1 && view.selection[0].id === target.id);
    await screenshot('tree-follows-cursor');
  });

  it('filters by text and by a country’s name, and clears the filter', async () => {
    await vscode.commands.executeCommand('bulletin.tree.filter', 'Tokayev');
    assert.deepEqual(roots(api).map((n) => n.kind === 'article' && n.article.index), [0, 4, 6, 7, 8]);
    assert.equal(api.articles.views[0].message, 'Filter "Tokayev": 5 of 9 articles');
    // "Estonian" is not in the text, but it names the country the first article mentions.
    await vscode.commands.executeCommand('bulletin.tree.filter', 'Estonian');
    assert.deepEqual(roots(api).map((n) => n.kind === 'article' && n.article.index), [0]);
    await vscode.commands.executeCommand('bulletin.tree.clearFilter');
    assert.equal(roots(api).length, 9);
    assert.equal(api.articles.views[0].message, undefined);
  });

  it('sorts by publication date and back to file order', async () => {
    await vscode.commands.executeCommand('bulletin.tree.sortByDate');
    assert.deepEqual(roots(api).map((n) => n.kind === 'article' && n.article.index), [8, 7, 6, 5, 4, 0, 3, 2, 1]);
    await vscode.commands.executeCommand('bulletin.tree.sortByFileOrder');
    assert.deepEqual(roots(api).map((n) => n.kind === 'article' && n.article.index), [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('keeps every node id across an edit elsewhere, and shows the edited title', async () => {
    const before = roots(api).map((n) => n.id);
    const changed = new Promise<void>((resolve) => {
      const sub = api.articles.provider.onDidChangeTreeData(() => (sub.dispose(), resolve()));
    });
    await editor.edit((e) => e.insert(new vscode.Position(23, TITLES[3].length), ' (edited)'));
    await changed;
    try {
      assert.deepEqual(roots(api).map((n) => n.id), before);
      assert.equal(label(api, roots(api)[3]), `${TITLES[3]} (edited)`);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });

  it('is empty (showing the welcome view) with no bulletin open, and Open Bulletin… fills it again', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor('the tree to let go of the bulletin', () => api.articles.provider.currentDocument === undefined);
    assert.deepEqual(roots(api), []);
    await screenshot('tree-welcome');
    await vscode.commands.executeCommand('bulletin.openBulletin', editor.document.uri);
    await waitFor('the tree to show the bulletin again', () => api.articles.provider.currentDocument?.uri.toString() === editor.document.uri.toString());
    assert.equal(roots(api).length, 9);
  });
});
