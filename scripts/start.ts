import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../tests/e2e/fixtureServer';

// Opens Debian's Chromium with the production build and the sample company sites (acme.test,
// globex.test, …) served locally. Without a display it explains how to load the build instead.
const extension = resolve(import.meta.dirname, '../.output/chrome-mv3');
const server = await startFixtureServer();
const sample = server.url('acme');

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`No display found. LeadKit is built in ${extension}.
Load it into Chrome: chrome://extensions → Developer mode → Load unpacked → choose that folder.
Sample company site: ${server.localUrl} (open it, then click the LeadKit icon) — press Ctrl+C to stop it.`);
} else {
  const browser = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'leadkit-'))}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--host-resolver-rules=MAP *.test 127.0.0.1',
    '--disable-features=HttpsUpgrades',
    sample,
  ], { stdio: 'inherit' });
  console.log(`Chromium is open on ${sample}. Click the LeadKit icon (or press Alt+Shift+L) to capture it.`);
  browser.on('exit', () => void server.close().then(() => process.exit(0)));
}
