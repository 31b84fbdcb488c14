// `npm run test:package`: builds the VSIX (`npm run package`), installs it into the pinned
// VS Code with --install-extension, and runs test/packaged there. The extension under test
// is not loaded from the source tree: the workbench is started through an empty probe
// extension (vsix-probe/), which only carries the test runner. This catches what the source
// tree hides: a .vscodeignore that leaves out a needed file, a bundle that requires
// node_modules, a manifest entry pointing nowhere.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { limitTime, onCleanup, runHarness } from './lifecycle.mjs';
import { ensureCodeServer, projectRoot } from './provision.mjs';
import { installExtension } from './server.mjs';
import { addPass, finishRun, runPass } from './session.mjs';
import { compileSuite, makeRunDir, screenshotDir } from './suite.mjs';

const vsix = join(projectRoot, 'bulletin-annotator.vsix');
const probe = fileURLToPath(new URL('./vsix-probe', import.meta.url));

function packageVsix() {
  console.log('[harness] npm run package');
  const result = spawnSync('npm', ['run', 'package', '--silent'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run package failed (exit ${result.status ?? result.signal})`);
  console.log(`[harness] VSIX ${vsix}: ${(statSync(vsix).size / 1024).toFixed(1)} KiB`);
}

async function main() {
  const started = Date.now();
  const codeServer = ensureCodeServer();
  limitTime(10 * 60_000);
  packageVsix();
  const runDir = makeRunDir();
  const passDir = join(runDir, 'packaged');
  const extensionsDir = join(passDir, 'extensions');
  console.log(`[harness] ${installExtension({ entry: codeServer.entry, stateDir: passDir, extensionsDir, vsix })}`);
  const { index } = await compileSuite(join('test', 'packaged'), join('out', 'test', 'packaged'));
  const browser = await launchBrowser();
  onCleanup(() => browser.close());
  const totals = { passed: 0, failed: 0 };
  const result = await runPass({
    codeServer,
    browser,
    passDir,
    extensionsDir,
    trusted: true,
    extensionDevelopmentPath: probe,
    extensionTestsPath: index,
    screenshotDir,
  });
  addPass(totals, result);
  return finishRun('packaged artifact', totals, started);
}

await runHarness(main);
