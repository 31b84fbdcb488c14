// Launches Debian's (or CHROME_PATH's) Chromium headless through playwright-core.
import { chromium } from 'playwright-core';
import { requireChromium } from './os-deps.mjs';

// Without the background-networking flags Chromium keeps dialling Google's hosts, which a
// closed network refuses many times a second (REAL_EDITOR_NOTES / machine notes).
const quietFlags = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export async function launchBrowser() {
  const executablePath = requireChromium();
  // Chromium refuses its sandbox as root; a normal user keeps it.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...quietFlags, ...(asRoot ? ['--no-sandbox'] : [])],
  });
}
