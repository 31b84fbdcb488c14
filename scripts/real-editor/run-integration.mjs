// `npm run test:integration`: the suite of test/integration inside a real VS Code extension
// host (pinned code-server in headless Chromium). Two passes: a trusted workspace runs the
// ordinary tests, Restricted Mode runs the `*.restricted.test.ts` ones. Exits with the result;
// writes the counts to BULLETIN_TEST_SUMMARY for `npm test`'s closing line.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { onCleanup, runHarness } from './lifecycle.mjs';
import { ensureCodeServer, projectRoot } from './provision.mjs';
import { startCodeServer } from './server.mjs';
import { runSession } from './session.mjs';
import { compileSuite, makeRunDir, makeWorkspace } from './suite.mjs';

const screenshotDir = join(projectRoot, 'test-results', 'screenshots');

function hasRestrictedTests(outDir) {
  return readdirSync(outDir, { recursive: true }).some((file) => file.endsWith('.restricted.test.js'));
}

async function runPass({ codeServer, browser, runDir, index, trusted }) {
  const passDir = join(runDir, trusted ? 'trusted' : 'restricted');
  const extensionsDir = join(passDir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  const folder = makeWorkspace(passDir);
  const server = await startCodeServer({
    entry: codeServer.entry,
    stateDir: passDir,
    extensionsDir,
    folder,
    trusted,
    env: { BULLETIN_SCREENSHOT_DIR: screenshotDir },
  });
  onCleanup(server.stop);
  console.log(`[harness] ${trusted ? 'trusted workspace' : 'Restricted Mode'}: ${server.url}, folder ${folder}`);
  try {
    const result = await runSession({ browser, server, folder, extensionDevelopmentPath: projectRoot, extensionTestsPath: index, screenshotDir });
    if (result.exitCode !== 0) server.printLog();
    return result;
  } finally {
    await server.stop();
  }
}

async function main() {
  const started = Date.now();
  const codeServer = ensureCodeServer();
  const { index, count } = await compileSuite(join('test', 'integration'), join('out', 'test', 'integration'));
  if (count === 0) throw new Error('no test/integration/**/*.test.ts found');
  const browser = await launchBrowser();
  onCleanup(() => browser.close());
  const runDir = makeRunDir();
  const totals = { passed: 0, failed: 0 };
  const passes = hasRestrictedTests(join(projectRoot, 'out', 'test', 'integration')) ? [true, false] : [true];
  for (const trusted of passes) {
    const { exitCode, summary } = await runPass({ codeServer, browser, runDir, index, trusted });
    totals.passed += summary?.passed ?? 0;
    // A pass that ends without its summary (a crash, a loader error) still counts as a failure.
    totals.failed += summary ? summary.failed : 1;
    if (exitCode !== 0 && summary?.failed === 0) totals.failed += 1;
  }
  if (process.env.BULLETIN_TEST_SUMMARY) writeFileSync(process.env.BULLETIN_TEST_SUMMARY, JSON.stringify(totals));
  console.log(`[harness] integration: ${totals.passed} passed, ${totals.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return totals.failed > 0 ? 1 : 0;
}

await runHarness(main, 10 * 60_000);
