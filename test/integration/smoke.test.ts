import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { expectActivationOnSample, expectManifestCommandsRegistered } from './support/checks';
import { bulletinExtension } from './support/extension';
import { screenshot } from './support/screenshot';

// The bundle lives in out/test/integration/ of the project the runner loads.
const projectRoot = path.resolve(__dirname, '..', '..', '..');

describe('smoke: the extension in a real VS Code', () => {
  it('is loaded from the development folder', () => {
    assert.equal(bulletinExtension().extensionUri.fsPath, projectRoot);
  });

  it('activates by itself when the sample bulletin is opened', async () => {
    await expectActivationOnSample();
    await screenshot('smoke-sample-open');
  });

  it('activates without error when asked', async () => {
    await bulletinExtension().activate();
    assert.equal(bulletinExtension().isActive, true);
  });

  it('registers every command of contributes.commands once active', expectManifestCommandsRegistered);
});
