// Finds the OS programs the real-editor harness needs and names the Debian package
// when one is missing, so that a bare machine fails with an instruction, not a stack trace.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Absolute path of an executable on the PATH, or undefined. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function exists(file) {
  try {
    accessSync(file);
    return true;
  } catch {
    return false;
  }
}

export class MissingDependencyError extends Error {}

function missing(what, packages) {
  return new MissingDependencyError(
    `${what} is missing: install the Debian package(s) ${packages} ` +
      `(sudo apt-get install -y ${packages}), or run .ci/run which does it.`,
  );
}

/** Debian's ripgrep: VS Code's search runs it, and its npm package would download it. */
export function requireRipgrep() {
  const rg = which('rg');
  if (!rg) throw missing('ripgrep (`rg`)', 'ripgrep');
  return rg;
}

/** What `npm rebuild` of VS Code's native modules compiles with (kerberos needs the krb5 headers). */
export function requireNativeBuildTools() {
  if (!which('krb5-config') || !exists('/usr/include/krb5.h')) throw missing('Kerberos headers (krb5-config, krb5.h)', 'libkrb5-dev');
  for (const [tool, pkg] of [['make', 'make'], ['g++', 'g++'], ['python3', 'python3']]) {
    if (!which(tool)) throw missing(`\`${tool}\``, pkg);
  }
}

const chromeCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** A Chromium for playwright-core: CHROME_PATH wins, then the usual install places. */
export function requireChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new MissingDependencyError(`CHROME_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  const found = chromeCandidates.find(isExecutable);
  if (!found) throw missing('Chromium (or set CHROME_PATH)', 'chromium');
  return found;
}
