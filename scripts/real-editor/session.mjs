// A suite in the browser workbench: opens the folder with the extension under development
// and the mocha suite in the workbench payload, relays the extension host's console, takes
// the screenshots the suite asks for, and resolves with the suite's result.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { onCleanup } from './lifecycle.mjs';
import { remoteUri, startCodeServer } from './server.mjs';
import { makeWorkspace, markers } from './suite.mjs';

const renderDelayMs = 500;

// Expected here and harmless (REAL_EDITOR_NOTES): the extension gallery is unreachable
// offline, the trust prompt is refused in test mode, and the workbench's own minified
// stack frames say nothing about the extension. BULLETIN_VERBOSE=1 shows them all.
const noise = [/open-vsx\.org/, /refused to show dialog in tests/, /^\s+at .*\/static\/out\/vs\//];
const isNoise = (line) => !process.env.BULLETIN_VERBOSE && noise.some((pattern) => pattern.test(line));

function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, extensionDevelopmentPath)],
    ['extensionTestsPath', remoteUri(server, extensionTestsPath)],
    ['skipWelcome', 'true'],
  ];
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** The host's console arguments as console.log would print them (mocha passes `%s` formats). */
function lineOf(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}

/**
 * @returns {Promise<{ exitCode: number, summary?: { passed: number, failed: number } }>}
 */
export async function runSession({ browser, server, folder, extensionDevelopmentPath, extensionTestsPath, screenshotDir, log = console.log }) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    let summary;
    let pictures = Promise.resolve();
    const takePicture = async (name) => {
      await new Promise((resolve) => setTimeout(resolve, renderDelayMs));
      mkdirSync(screenshotDir, { recursive: true });
      const file = join(screenshotDir, `${name}.png`);
      // Written beside and renamed, so the waiting test never reads half a file.
      writeFileSync(`${file}.tmp`, await page.screenshot());
      renameSync(`${file}.tmp`, file);
      log(`[harness] screenshot ${file}`);
    };
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))));
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      for (const line of lineOf(args).split('\n')) {
        if (line.startsWith(markers.summary)) summary = JSON.parse(line.slice(markers.summary.length));
        else if (line.startsWith(markers.screenshot)) {
          const name = line.slice(markers.screenshot.length).trim();
          pictures = pictures.then(() => takePicture(name)).catch((error) => log(`[harness] screenshot "${name}" failed: ${error.message}`));
        } else if (!isNoise(line)) log(`[host] ${line}`);
      }
    });
    const crashed = new Promise((_, reject) => page.once('crash', () => reject(new Error('the browser page crashed'))));
    // Only the navigation itself: the workbench loads for long on a busy machine, and the
    // harness's overall limit bounds the wait for the suite's end.
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }), { waitUntil: 'commit', timeout: 120_000 });
    const exitCode = await Promise.race([exited, crashed]);
    await pictures;
    return { exitCode, summary };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Starts a code-server for one pass, runs the suite in it and stops it again; the server's
 * own log is printed only when the pass fails.
 */
export async function runPass({ codeServer, browser, passDir, extensionsDir, trusted, extensionDevelopmentPath, extensionTestsPath, screenshotDir }) {
  const started = Date.now();
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
  let result;
  try {
    result = await runSession({ browser, server, folder, extensionDevelopmentPath, extensionTestsPath, screenshotDir });
    console.log(`[harness] pass ended with exit code ${result.exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s (server start to suite end)`);
    return result;
  } finally {
    await server.stop();
    if (result?.exitCode !== 0) server.printLog();
  }
}

/** Adds up passes; one that ended without its summary (a crash, a loader error) counts as a failure. */
export function addPass(totals, { exitCode, summary }) {
  totals.passed += summary?.passed ?? 0;
  totals.failed += summary ? summary.failed : 1;
  if (exitCode !== 0 && summary?.failed === 0) totals.failed += 1;
}

/** Prints the counts and hands them to `npm test` (BULLETIN_TEST_SUMMARY); returns the exit code. */
export function finishRun(name, totals, started) {
  if (process.env.BULLETIN_TEST_SUMMARY) writeFileSync(process.env.BULLETIN_TEST_SUMMARY, JSON.stringify(totals));
  console.log(`[harness] ${name}: ${totals.passed} passed, ${totals.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return totals.failed > 0 ? 1 : 0;
}
