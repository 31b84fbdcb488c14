// Screenshots of the workbench while a test runs. The extension host cannot see the page,
// so the test logs a marker, the runner (scripts/real-editor) sees it through the
// workbench's automation log, takes the picture and writes it where this helper waits for it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import markers from './markers.json';

const waitLimitMs = 20_000;

/**
 * Saves what a user sees now as test-results/screenshots/<name>.png and resolves once the
 * file is written. Does nothing when no runner takes pictures (e.g. `npm run test:electron`).
 */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env.BULLETIN_SCREENSHOT_DIR;
  if (!dir) return;
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be a plain file name: ${name}`);
  const file = path.join(dir, `${name}.png`);
  fs.rmSync(file, { force: true });
  console.log(`${markers.screenshot} ${name}`);
  const deadline = Date.now() + waitLimitMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the runner took no screenshot "${name}" within ${waitLimitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
