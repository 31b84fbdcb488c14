// Provides the pinned VS Code of the real-editor harness: the `code-server` npm package
// (VS Code's web workbench + a Node extension host), prepared by hand because its own
// postinstall downloads ripgrep and needs root tweaks (see REAL_EDITOR_NOTES). The result is
// cached in .vscode-test/ and rebuilt only when the pin or Node's ABI changes.
// Run alone: `node scripts/real-editor/provision.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireNativeBuildTools, requireRipgrep } from './os-deps.mjs';

/** code-server 4.100.3 is VS Code 1.100.3, the last release that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = join(projectRoot, '.vscode-test');
const prefix = 'code-server-';

function stampFor() {
  return { codeServer: CODE_SERVER_VERSION, nodeAbi: process.versions.modules };
}

function readStamp(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, '.bulletin-provisioned.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

function isReady(dir) {
  const stamp = readStamp(dir);
  const wanted = stampFor();
  return stamp?.codeServer === wanted.codeServer && stamp?.nodeAbi === wanted.nodeAbi;
}

/**
 * Points node-gyp at the headers installed with this Node (e.g. /usr/include/node), unless
 * npm is configured already: offline, node-gyp cannot download them from nodejs.org.
 */
function nodeHeadersEnv() {
  if (process.env.npm_config_nodedir) return {};
  const prefix = dirname(dirname(process.execPath));
  return existsSync(join(prefix, 'include', 'node', 'node_api.h')) ? { npm_config_nodedir: prefix } : {};
}

function step(log, what, command, args, cwd) {
  const started = Date.now();
  log(`[provision] ${what}`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      ...nodeHeadersEnv(),
      npm_config_yes: 'true',
      npm_config_build_from_source: 'true',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      CI: 'true',
    },
  });
  if (result.status !== 0) {
    throw new Error(`provisioning failed at "${what}" (${command} ${args.join(' ')} in ${cwd}: exit ${result.status ?? result.signal})`);
  }
  log(`[provision]   done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function build(dir, log) {
  const rg = requireRipgrep();
  requireNativeBuildTools();
  mkdirSync(dir, { recursive: true });
  const tarball = join(cacheDir, `code-server-${CODE_SERVER_VERSION}.tgz`);
  if (!existsSync(tarball)) {
    step(log, `npm pack code-server@${CODE_SERVER_VERSION}`, 'npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--pack-destination', cacheDir, '--silent'], cacheDir);
  }
  step(log, 'unpack', 'tar', ['-xzf', tarball, '-C', dir, '--strip-components=1'], cacheDir);
  const vscodeDir = join(dir, 'lib', 'vscode');
  const install = ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
  step(log, 'npm install (code-server)', 'npm', install, dir);
  // Only argon2 (password hashing): a full rebuild here would run code-server's own
  // postinstall, which refuses root. Built from source, not fetched from GitHub.
  step(log, 'npm rebuild argon2', 'npm', ['rebuild', 'argon2'], dir);
  step(log, 'npm install (VS Code)', 'npm', install, vscodeDir);
  // @vscode/ripgrep's postinstall skips its GitHub download when bin/ exists.
  const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  symlinkSync(rg, join(rgBin, 'rg'));
  step(log, 'npm rebuild (native modules, about a minute)', 'npm', ['rebuild'], vscodeDir);
  symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));
  step(log, 'npm install (built-in extensions)', 'npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], join(vscodeDir, 'extensions'));
  writeFileSync(join(dir, '.bulletin-provisioned.json'), JSON.stringify(stampFor()) + '\n');
}

/** Removes code-server folders of other pins and half-built ones left by an interrupted run. */
function removeStale(keep) {
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (name.startsWith(prefix) && path !== keep && !name.endsWith('.tgz') && !isBuilding(name)) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

/** A `.partial-PID` folder whose process still runs belongs to a concurrent provisioning. */
function isBuilding(name) {
  const match = /\.partial-(\d+)$/.exec(name);
  if (!match) return false;
  try {
    process.kill(Number(match[1]), 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the prepared code-server, building it on first use. The build happens in a
 * `.partial-PID` folder renamed into place at the end, so an interrupted or concurrent
 * run never leaves a half-prepared cache behind.
 */
export function ensureCodeServer(log = console.log) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) needs Node 20; this is Node ${process.versions.node}.`);
  }
  const dir = join(cacheDir, `${prefix}${CODE_SERVER_VERSION}`);
  const entry = join(dir, 'out', 'node', 'entry.js');
  if (isReady(dir)) return { dir, entry };
  mkdirSync(cacheDir, { recursive: true });
  const started = Date.now();
  log(`[provision] preparing code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) in ${dir}`);
  removeStale(dir);
  const partial = `${dir}.partial-${process.pid}`;
  try {
    build(partial, log);
    if (!isReady(dir)) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(partial, dir);
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  log(`[provision] ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { dir, entry };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { dir } = ensureCodeServer();
    console.log(dir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
