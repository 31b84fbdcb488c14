import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId, untrustedWorkspaceSupport } from './support/extension';
import { screenshot } from './support/screenshot';
import { openWorkspaceFile, SAMPLE_BULLETIN, waitFor } from './support/workspace';

const support = untrustedWorkspaceSupport();

describe('smoke: Restricted Mode', () => {
  it('runs in an untrusted workspace', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it(`behaves as capabilities.untrustedWorkspaces.supported = ${JSON.stringify(support)} declares`, async () => {
    await openWorkspaceFile(SAMPLE_BULLETIN);
    if (support === false) {
      assert.equal(vscode.extensions.getExtension(extensionId), undefined);
    } else {
      await waitFor('the extension to activate', () => vscode.extensions.getExtension(extensionId)?.isActive);
    }
    await screenshot('restricted-sample-open');
  });
});
