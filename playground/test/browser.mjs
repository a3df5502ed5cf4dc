/**
 * Set-up shared by the browser tests and the timing script: Debian's chromium (never a downloaded browser) driven
 * by playwright-core, and the playground's own server (scripts/playground-serve.mjs) on a free port.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export function missingPrerequisite() {
  if (!existsSync(CHROMIUM))
    return `no Chromium at ${CHROMIUM}: install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH`;
  if (!existsSync(path.join(root, 'playground', 'dist', 'index.html')))
    return 'playground/dist/ is not built: run `npm run playground:build`';
  return undefined;
}

export function launchBrowser() {
  // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start; containers also have a small /dev/shm.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** Starts the playground's server on a free port; resolves to its base URL and a stop function. */
export function startServer(extraArgs = []) {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'playground-serve.mjs'), ...extraArgs], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`the playground server exited (code ${code}): ${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match === null) return;
      child.removeAllListeners('exit');
      resolve({
        url: match[0],
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Waits for the page's answer and returns its verdict. */
export async function verdictOf(page, timeout = 60_000) {
  await page.waitForSelector('#result[data-state="done"][data-verdict]', { timeout });
  return page.getAttribute('#result', 'data-verdict');
}

/** The plain link form of src/report/playground-link.ts, written by hand here so the test does not trust the writer. */
export function plainLink(base, { existing = '', updated, check, criticalActions, trustedAccounts }) {
  const b64 = (text) => Buffer.from(text, 'utf8').toString('base64url');
  let link = `${base}#existing=${b64(existing)}&new=${b64(updated)}`;
  if (check !== undefined) link += `&check=${check}`;
  if (criticalActions !== undefined) link += `&critical-actions=${criticalActions.join(',')}`;
  if (trustedAccounts !== undefined) link += `&trusted-accounts=${trustedAccounts.join(',')}`;
  return link;
}
