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
  // --no-sandbox: Chromium refuses its sandbox as root, and as a normal user it needs user
  // namespaces that containers often lack. The page is only our own workbench on loopback.
  return chromium.launch({ executablePath, headless: true, args: [...quietFlags, '--no-sandbox'] });
}
