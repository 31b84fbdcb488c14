import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportDocument } from '../../src/core/export';
import type { TreeNode } from '../../src/vscode/articleTreeNodes';
import type { BulletinApi } from '../../src/vscode/extension';
import type { WorkspaceExportResult } from '../../src/vscode/workspaceExport';
import { cliExport, openAsBulletin, readBytes } from './support/bulletin';
import { SAMPLE_BULLETIN, workspaceFile } from './support/workspace';

const FORMATS = ['json', 'jsonl', 'csv', 'md'] as const;
const BULLETINS = ['2026-02-25.txt', 'dev-1.txt', 'dev-2.txt'];

describe('export commands', () => {
  let api: BulletinApi;
  let out: string;

  before(async () => {
    ({ api } = await openAsBulletin(SAMPLE_BULLETIN));
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-export-'));
  });

  after(() => fs.rmSync(out, { recursive: true, force: true }));

  for (const format of FORMATS) {
    it(`Export Annotations… writes the CLI's ${format} byte for byte`, async () => {
      const target = vscode.Uri.file(path.join(out, `sample.${format}`));
      const written = await vscode.commands.executeCommand<vscode.Uri>('bulletin.exportAnnotations', workspaceFile(SAMPLE_BULLETIN), format, target);
      assert.equal(written.toString(), target.toString());
      assert.ok((await readBytes(target)).equals(cliExport([workspaceFile(SAMPLE_BULLETIN)], format)));
    });
  }

  it('exports the active bulletin when no document is given, replacing an older file whole', async () => {
    const target = vscode.Uri.file(path.join(out, 'active.json'));
    fs.writeFileSync(target.fsPath, 'x'.repeat(100_000));
    await vscode.commands.executeCommand('bulletin.exportAnnotations', undefined, 'json', target);
    assert.ok((await readBytes(target)).equals(cliExport([workspaceFile(SAMPLE_BULLETIN)], 'json')));
    assert.deepEqual(fs.readdirSync(out).filter((f) => f.endsWith('.tmp')), []);
  });

  it('Export All Bulletins into one JSONL or CSV file equals the CLI on the same files', async () => {
    for (const format of ['jsonl', 'csv'] as const) {
      const target = vscode.Uri.file(path.join(out, `all.${format}`));
      const result = await vscode.commands.executeCommand<WorkspaceExportResult>('bulletin.exportWorkspace', format, target);
      assert.deepEqual(result.bulletins, BULLETINS);
      assert.equal(result.cancelled, false);
      assert.ok((await readBytes(target)).equals(cliExport(BULLETINS.map(workspaceFile), format)), format);
    }
  });

  it('Export All Bulletins into a folder writes one file per bulletin, each equal to the CLI’s', async () => {
    const folder = vscode.Uri.file(path.join(out, 'each'));
    const result = await vscode.commands.executeCommand<WorkspaceExportResult>('bulletin.exportWorkspace', 'folder', folder, 'md');
    assert.deepEqual(result.written.map((u) => path.basename(u.fsPath)), ['2026-02-25.annotations.md', 'dev-1.annotations.md', 'dev-2.annotations.md']);
    for (const [i, name] of BULLETINS.entries()) {
      assert.ok((await readBytes(result.written[i])).equals(cliExport([workspaceFile(name)], 'md')), name);
    }
  });

  it('exports the articles selected in the tree: the CLI’s records for those articles', async () => {
    const nodes = api.articles.provider.getChildren();
    const picked: TreeNode[] = [nodes[3], nodes[1]];
    const target = vscode.Uri.file(path.join(out, 'selection.json'));
    await vscode.commands.executeCommand('bulletin.tree.exportSelected', picked[0], picked, 'json', target);
    const full = JSON.parse(cliExport([workspaceFile(SAMPLE_BULLETIN)], 'json').toString('utf8')) as ExportDocument;
    const want: ExportDocument = { ...full, articles: [full.articles[1], full.articles[3]] };
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), `${JSON.stringify(want, null, 2)}\n`);
  });

  it('copies an article’s annotations as JSON to the clipboard', async () => {
    const node = api.articles.provider.getChildren()[2];
    await vscode.commands.executeCommand('bulletin.tree.copyJson', node);
    const full = JSON.parse(cliExport([workspaceFile(SAMPLE_BULLETIN)], 'json').toString('utf8')) as ExportDocument;
    assert.equal(await vscode.env.clipboard.readText(), JSON.stringify(full.articles[2], null, 2));
  });
});
