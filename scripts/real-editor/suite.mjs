// Compiles a mocha suite for the extension host, and prepares the folders of one run.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCleanup } from './lifecycle.mjs';
import { projectRoot } from './provision.mjs';

/** Where the suite's screenshots go (git-ignored). */
export const screenshotDir = join(projectRoot, 'test-results', 'screenshots');

/** Marker lines the suite logs and the runner reads through codeAutomationLog. */
export const markers = JSON.parse(readFileSync(join(projectRoot, 'test', 'integration', 'support', 'markers.json'), 'utf8'));

function testFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(dir, file));
}

/**
 * Bundles the loader (test/integration/index.ts) and every `*.test.ts` under `testsDir`
 * into `outDir`, one CommonJS file each. `vscode` comes from the extension host and mocha
 * from the project's node_modules, which Node finds from out/ by walking up.
 */
export async function compileSuite(testsDir, outDir) {
  const absoluteTests = join(projectRoot, testsDir);
  const absoluteOut = join(projectRoot, outDir);
  rmSync(absoluteOut, { recursive: true, force: true });
  const tests = testFiles(absoluteTests).map((file) => ({
    in: file,
    out: relative(absoluteTests, file).replace(/\.ts$/, ''),
  }));
  await esbuild.build({
    entryPoints: [{ in: join(projectRoot, 'test', 'integration', 'index.ts'), out: 'index' }, ...tests],
    outdir: absoluteOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return { index: join(absoluteOut, 'index.js'), count: tests.length };
}

/** A temp folder for one run, removed at the end unless BULLETIN_KEEP_TEMP is set. */
export function makeRunDir() {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-editor-'));
  onCleanup(() => {
    if (process.env.BULLETIN_KEEP_TEMP) console.log(`[harness] kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/**
 * The folder the editor opens: the bulletins of test/fixtures/*.txt plus whatever
 * test/fixtures/workspace/ holds (non-bulletin files), copied so tests may edit them.
 */
export function makeWorkspace(runDir) {
  const workspace = join(runDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const fixtures = join(projectRoot, 'test', 'fixtures');
  for (const name of readdirSync(fixtures)) {
    if (name.endsWith('.txt')) cpSync(join(fixtures, name), join(workspace, name));
  }
  const extra = join(fixtures, 'workspace');
  if (existsSync(extra)) cpSync(extra, workspace, { recursive: true });
  return workspace;
}

// `node scripts/real-editor/suite.mjs`: compiles the suite and prepares a workspace in
// .vscode-test/launch/workspace for the "Extension Tests" launch configuration.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await compileSuite(join('test', 'integration'), join('out', 'test', 'integration'));
  const launchDir = join(projectRoot, '.vscode-test', 'launch');
  rmSync(launchDir, { recursive: true, force: true });
  console.log(`suite in out/test/integration, workspace in ${makeWorkspace(launchDir)}`);
}
