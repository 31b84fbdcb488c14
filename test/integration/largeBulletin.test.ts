import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/articleTreeNodes';
import type { BulletinApi } from '../../src/vscode/extension';
import { openAsBulletin, readBytes } from './support/bulletin';
import { SAMPLE_BULLETIN, waitFor, workspaceFile } from './support/workspace';
import { SAMPLE_TITLES } from '../fixtures/sample-facts';

const LARGE = 'large-bulletin.txt';
/** The sample's articles this many times: about 630 KB, above what a feature annotates at once. */
const COPIES = 45;
const TITLE_LINE = 'President Congratulates President of Estonia Alar Karis on Independence Day';

function titles(api: BulletinApi, nodes: TreeNode[]): string[] {
  return nodes.map((n) => {
    const { label } = api.articles.provider.getTreeItem(n);
    return typeof label === 'string' ? label : (label?.label ?? '');
  });
}

describe('a large bulletin: annotated in slices, never at once', () => {
  let api: BulletinApi;
  let editor: vscode.TextEditor;

  before(async () => {
    const sample = (await readBytes(workspaceFile(SAMPLE_BULLETIN))).toString('utf8');
    const articles = sample.slice(sample.indexOf('24.02.2026, 15:00'));
    await vscode.workspace.fs.writeFile(workspaceFile(LARGE), Buffer.from(`date 2026-02-25\n${articles.repeat(COPIES)}`));
    ({ api, editor } = await openAsBulletin(LARGE));
    await vscode.commands.executeCommand('bulletin.articles.focus');
  });

  it('lists every article in the tree once the slices are done', async () => {
    const nodes = await waitFor('the tree to list every article', () => {
      const state = api.articles.provider.current();
      return state.pending !== true && state.all.length > 0 && api.articles.provider.getChildren();
    });
    assert.equal(nodes.length, SAMPLE_TITLES.length * COPIES);
    assert.deepEqual(titles(api, nodes).slice(-SAMPLE_TITLES.length), SAMPLE_TITLES);
  });

  it('counts a name over the whole bulletin in the hover', async () => {
    const { document } = editor;
    const position = document.positionAt(document.getText().lastIndexOf(TITLE_LINE) + TITLE_LINE.indexOf('Alar Karis') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.deepEqual(hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))), [
      `**Official**: Alar Karis  \nFull name: Alar Karis  \nRole: President of Estonia  \nMentioned: ${3 * COPIES} times in ${COPIES} articles of this bulletin`,
    ]);
  });

  it('shows the tree as pending after an edit, then the edited article', async () => {
    const { document } = editor;
    const at = document.positionAt(document.getText().lastIndexOf(TITLE_LINE));
    assert.ok(await editor.edit((e) => e.insert(at, 'Edited: ')));
    api.articles.provider.refresh();
    assert.equal(api.articles.provider.current().pending, true);
    const nodes = await waitFor('the tree to show the edited bulletin', () => api.articles.provider.current().pending !== true && api.articles.provider.getChildren());
    assert.equal(titles(api, nodes)[nodes.length - SAMPLE_TITLES.length], `Edited: ${TITLE_LINE}`);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('a large bulletin edited while it is first annotated', () => {
  it('takes the edits made during the build into the articles it shows', async () => {
    const { api, editor } = await openAsBulletin(LARGE);
    const { document } = editor;
    // Typing at once: the model of the text as opened is still being built in slices.
    const at = document.positionAt(document.getText().lastIndexOf(TITLE_LINE));
    assert.ok(await editor.edit((e) => e.insert(at, 'Typed early: ')));
    api.articles.provider.refresh();
    const nodes = await waitFor('the tree to show the typed title', () => {
      const state = api.articles.provider.current();
      return state.pending !== true && state.all.length > 0 && api.articles.provider.getChildren();
    });
    assert.equal(nodes.length, SAMPLE_TITLES.length * COPIES);
    assert.equal(titles(api, nodes)[nodes.length - SAMPLE_TITLES.length], `Typed early: ${TITLE_LINE}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
