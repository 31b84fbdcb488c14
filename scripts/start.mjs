// `npm start` (after the build): opens the bundled sample bulletins with the extension loaded.
// With VS Code desktop on the PATH (`code`), in a new window with --extensionDevelopmentPath;
// otherwise in the pinned browser VS Code (code-server) on 127.0.0.1, printing the URL to open.
// `npm start -- --browser` forces the browser VS Code; BULLETIN_PORT picks its port.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { onCleanup, runHarness } from './real-editor/lifecycle.mjs';
import { which } from './real-editor/os-deps.mjs';
import { ensureCodeServer, projectRoot } from './real-editor/provision.mjs';
import { remoteUri, startCodeServer } from './real-editor/server.mjs';

const samples = join(projectRoot, 'samples');
const sample = join(samples, '2026-02-25.txt');

function openInDesktop(code) {
  console.log(`Opening ${sample} in VS Code desktop (${code}) with the extension under development.`);
  const result = spawnSync(code, ['--new-window', `--extensionDevelopmentPath=${projectRoot}`, samples, sample], { stdio: 'inherit' });
  return result.status ?? 1;
}

async function openInBrowser() {
  const codeServer = ensureCodeServer();
  // Kept between starts, so the layout and settings a newcomer chose survive.
  const stateDir = join(projectRoot, '.vscode-test', 'start');
  const extensionsDir = join(stateDir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  const port = Number(process.env.BULLETIN_PORT) || undefined;
  const server = await startCodeServer({ entry: codeServer.entry, stateDir, extensionsDir, folder: samples, port, verbose: true });
  onCleanup(server.stop);
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, projectRoot)],
    ['openFile', remoteUri(server, sample)],
    ['skipWelcome', 'true'],
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(samples)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log(`\nBulletin Annotator in the browser VS Code ${server.url} (Ctrl-C stops it). Open:\n\n  ${url}\n`);
  console.log(`From another machine: ssh -L ${server.port}:127.0.0.1:${server.port} <this host>, then open the same URL.\n`);
  await new Promise(() => {}); // until Ctrl-C, which stops the server
}

await runHarness(async () => {
  const code = process.argv.includes('--browser') ? undefined : which('code');
  return code ? openInDesktop(code) : openInBrowser();
});
