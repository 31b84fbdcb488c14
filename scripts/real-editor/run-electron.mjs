// `npm run test:electron`: the same suite (test/integration) in VS Code desktop through
// @vscode/test-electron, for machines that can download VS Code from Microsoft's update
// servers (and, on Linux, have a display: run it under `xvfb-run -a`). Offline it stops at
// the download with an explanation; `npm run test:integration` is the offline runner.
import { download, runTests } from '@vscode/test-electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { limitTime, runHarness } from './lifecycle.mjs';
import { projectRoot, VSCODE_VERSION } from './provision.mjs';
import { compileSuite, makeRunDir, makeWorkspace } from './suite.mjs';

async function downloadVSCode() {
  try {
    // `timeout` is an idle limit: a closed network fails in seconds instead of hanging.
    return await download({ version: VSCODE_VERSION, cachePath: join(projectRoot, '.vscode-test'), timeout: 15_000 });
  } catch (error) {
    throw new Error(
      `could not download VS Code ${VSCODE_VERSION} desktop (${error instanceof Error ? error.message : error}). ` +
        'This runner needs update.code.visualstudio.com; on a machine without it use `npm run test:integration`, ' +
        'which runs the same suite in the pinned browser VS Code.',
    );
  }
}

async function main() {
  limitTime(15 * 60_000);
  const { index } = await compileSuite(join('test', 'integration'), join('out', 'test', 'integration'));
  const vscodeExecutablePath = await downloadVSCode();
  const runDir = makeRunDir();
  let failed = false;
  // Same two passes as the browser runner: trusted, then Restricted Mode for *.restricted.test.ts.
  for (const trusted of [true, false]) {
    const passDir = join(runDir, trusted ? 'trusted' : 'restricted');
    const folder = makeWorkspace(passDir);
    mkdirSync(join(passDir, 'user-data'), { recursive: true });
    try {
      await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: projectRoot,
        extensionTestsPath: index,
        launchArgs: [folder, '--disable-extensions', '--user-data-dir', join(passDir, 'user-data'), ...(trusted ? ['--disable-workspace-trust'] : [])],
      });
    } catch (error) {
      console.error(`[harness] ${trusted ? 'trusted' : 'Restricted Mode'} pass failed: ${error instanceof Error ? error.message : error}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

await runHarness(main);
