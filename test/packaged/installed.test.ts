// Runs in the pinned VS Code with the VSIX installed (scripts/real-editor/run-package.mjs):
// the extension comes from the extensions folder, not from the source tree.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectActivationOnSample, expectManifestCommandsRegistered } from '../integration/support/checks';
import { bulletinExtension, extensionId, manifest } from '../integration/support/extension';
import { screenshot } from '../integration/support/screenshot';

const projectRoot = path.resolve(__dirname, '..', '..', '..');
const notShipped = ['src', 'test', 'node_modules', 'out', '.vscode-test', 'scripts', 'tsconfig.json'];

describe('packaged artifact: the installed VSIX', () => {
  it('is installed from the VSIX, not loaded from the source tree', () => {
    const installed = bulletinExtension().extensionUri.fsPath;
    assert.equal(path.basename(installed), `${extensionId}-${manifest.version}`);
    assert.equal(installed.startsWith(projectRoot + path.sep), false);
  });

  it('ships its entry point and none of the development files', () => {
    const installed = bulletinExtension().extensionUri.fsPath;
    const main: string = bulletinExtension().packageJSON.main;
    assert.equal(fs.existsSync(path.join(installed, main)), true);
    assert.deepEqual(notShipped.filter((name) => fs.existsSync(path.join(installed, name))), []);
  });

  it('activates by itself when the sample bulletin is opened', async () => {
    await expectActivationOnSample();
    await screenshot('packaged-sample-open');
  });

  it('offers every command of contributes.commands', expectManifestCommandsRegistered);
});
