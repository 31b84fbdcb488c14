// `npm run test:integration`: the suite of test/integration inside a real VS Code extension
// host (pinned code-server in headless Chromium). Two passes: a trusted workspace runs the
// ordinary tests, Restricted Mode runs the `*.restricted.test.ts` ones. Exits with the result;
// writes the counts to BULLETIN_TEST_SUMMARY for `npm test`'s closing line.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { limitTime, onCleanup, runHarness } from './lifecycle.mjs';
import { ensureCodeServer, projectRoot } from './provision.mjs';
import { addPass, finishRun, runPass } from './session.mjs';
import { compileSuite, makeRunDir, screenshotDir } from './suite.mjs';

const outDir = join('out', 'test', 'integration');

function hasRestrictedTests() {
  return readdirSync(join(projectRoot, outDir), { recursive: true }).some((file) => file.endsWith('.restricted.test.js'));
}

async function main() {
  const started = Date.now();
  const codeServer = ensureCodeServer();
  limitTime(10 * 60_000);
  const { index, count } = await compileSuite(join('test', 'integration'), outDir);
  if (count === 0) throw new Error('no test/integration/**/*.test.ts found');
  const browser = await launchBrowser();
  onCleanup(() => browser.close());
  const runDir = makeRunDir();
  const totals = { passed: 0, failed: 0 };
  for (const trusted of hasRestrictedTests() ? [true, false] : [true]) {
    const passDir = join(runDir, trusted ? 'trusted' : 'restricted');
    const result = await runPass({
      codeServer,
      browser,
      passDir,
      extensionsDir: join(passDir, 'extensions'),
      trusted,
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: index,
      screenshotDir,
    });
    addPass(totals, result);
  }
  return finishRun('integration', totals, started);
}

await runHarness(main);
