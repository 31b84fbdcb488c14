// `npm test`: runs each suite in turn and closes with one line `N passed, N failed`.
// A suite that dies before reporting counts as one failure, so a crash is never green.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const suites = [
  { name: 'build', command: 'node', args: ['scripts/build.mjs'], counted: false },
  { name: 'typecheck', command: 'npx', args: ['tsc', '-p', '.', '--noEmit'], counted: false },
  { name: 'core typecheck (no vscode, no node)', command: 'npx', args: ['tsc', '-p', 'src/core', '--noEmit'], counted: false },
  { name: 'unit', command: 'npx', args: ['mocha', 'test/unit/**/*.test.ts'], counted: true },
  // In a real VS Code (pinned code-server + headless Chromium); each writes its counts to
  // BULLETIN_TEST_SUMMARY. The packaged stage comes last: it leaves a production build in dist/.
  { name: 'integration', command: 'node', args: ['scripts/real-editor/run-integration.mjs'], counted: true },
  { name: 'packaged artifact', command: 'node', args: ['scripts/real-editor/run-package.mjs'], counted: true },
];

const dir = mkdtempSync(join(tmpdir(), 'bulletin-test-'));
let passed = 0;
let failed = 0;
for (const suite of suites) {
  console.log(`\n=== ${suite.name} ===`);
  const summary = join(dir, `${suite.name.replace(/\W+/g, '-')}.json`);
  const result = spawnSync(suite.command, suite.args, {
    stdio: 'inherit',
    env: { ...process.env, BULLETIN_TEST_SUMMARY: summary },
  });
  if (suite.counted && existsSync(summary)) {
    const counts = JSON.parse(readFileSync(summary, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    if (result.status !== 0 && counts.failed === 0) failed += 1;
  } else if (result.status === 0) {
    if (!suite.counted) passed += 1;
  } else {
    console.error(`${suite.name} failed (exit ${result.status ?? result.signal})`);
    failed += 1;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
