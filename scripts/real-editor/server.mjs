// Starts the provisioned code-server on a free loopback port and stops it with all its
// children (extension host, file watcher, pty host): it runs in its own process group.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Collects a stream's lines; `onLine` sees each as it comes. */
function collect(stream, into, onLine) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    for (const line of lines) {
      if (!line.trim()) continue;
      into.push(line);
      onLine?.(line);
    }
  });
}

async function waitUntilHealthy(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (exit ${child.exitCode})`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

/** Where code-server keeps its state: all inside `stateDir`, nothing in the user's home. */
function stateArgs(stateDir, extensionsDir) {
  mkdirSync(stateDir, { recursive: true });
  // Its own config file, else code-server writes ~/.config/code-server/config.yaml.
  const config = join(stateDir, 'code-server.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  return ['--config', config, '--extensions-dir', extensionsDir, '--user-data-dir', join(stateDir, 'user-data')];
}

/** `code-server --install-extension`: installs a VSIX into `extensionsDir`. */
export function installExtension({ entry, stateDir, extensionsDir, vsix }) {
  const result = spawnSync(process.execPath, [entry, ...stateArgs(stateDir, extensionsDir), '--install-extension', vsix], { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0) throw new Error(`installing ${vsix} failed (exit ${result.status ?? result.signal}):\n${output}`);
  return output;
}

/**
 * @param {object} options
 * @param {string} options.entry code-server's out/node/entry.js
 * @param {string} options.stateDir a folder of this run: user data, extensions, config
 * @param {string} options.extensionsDir
 * @param {string} options.folder the workspace folder to open
 * @param {boolean} [options.trusted] false keeps workspace trust, so the folder opens in Restricted Mode
 * @param {number} [options.port]
 * @param {Record<string,string>} [options.env] extra environment, inherited by the extension host
 * @param {boolean} [options.verbose] stream the server's own log (else kept for `printLog`)
 */
export async function startCodeServer(options) {
  const { entry, stateDir, extensionsDir, folder, trusted = true, env = {}, verbose = Boolean(process.env.BULLETIN_VERBOSE) } = options;
  const port = options.port ?? (await freePort());
  const args = [
    entry,
    ...stateArgs(stateDir, extensionsDir),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    ...(trusted ? ['--disable-workspace-trust'] : []),
    folder,
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  // The server's log is long and mostly about the unreachable gallery: shown on failure.
  const output = [];
  const echo = verbose ? (line) => console.log(`[server] ${line}`) : undefined;
  collect(child.stdout, output, echo);
  collect(child.stderr, output, echo);
  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    port,
    stop: () => stopGroup(child),
    printLog: () => {
      if (!verbose) for (const line of output) console.log(`[server] ${line}`);
    },
  };
  try {
    await waitUntilHealthy(url, child, 60_000);
  } catch (error) {
    await server.stop();
    server.printLog();
    throw error;
  }
  return server;
}

/** TERM to the whole group, then KILL whatever is left after a grace period. */
export async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(child.pid, 'SIGTERM');
  const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), 3000));
  if ((await Promise.race([exited, timer])) === 'timeout') signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

/** The workbench's own URI for a path on the server, as the payload expects it. */
export function remoteUri(server, path) {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}
