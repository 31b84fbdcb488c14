// Loaded by the extension host as `extensionTestsPath`: runs every bundled `*.test.js` next
// to it with mocha. A trusted workspace runs the ordinary tests; a workspace in Restricted
// Mode (the runner's second pass) runs only the `*.restricted.test.js` ones.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import markers from './support/markers.json';

function suiteFiles(dir: string, restricted: boolean): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js') && file.endsWith('.restricted.test.js') === restricted)
    .sort()
    .map((file) => path.join(dir, file));
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  for (const file of suiteFiles(__dirname, !vscode.workspace.isTrusted)) mocha.addFile(file);
  const counts = await new Promise<{ passed: number; failed: number }>((resolve) => {
    const runner = mocha.run((failures) => resolve({ passed: runner.stats?.passes ?? 0, failed: failures }));
  });
  // The runner outside the browser adds these counts to `npm test`'s closing line.
  console.log(`${markers.summary} ${JSON.stringify(counts)}`);
  if (counts.failed > 0) throw new Error(`${counts.failed} integration test(s) failed`);
}
