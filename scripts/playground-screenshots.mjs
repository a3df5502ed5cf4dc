#!/usr/bin/env node
/**
 * Screenshots of the built playground in Chromium, for playground/README.md: the opening example (FAIL), its
 * narrowed version (PASS) and a malformed policy (ERROR with its diagnostic underlined). Writes
 * playground/screenshots/*.png. Needs `npm run playground:build` and Chromium (playground/test/browser.mjs).
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, missingPrerequisite, plainLink, startServer, verdictOf } from '../playground/test/browser.mjs';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'playground', 'screenshots');
const missing = missingPrerequisite();
if (missing !== undefined) {
  console.error(`cannot take screenshots: ${missing}`);
  process.exit(1);
}

const policy = (...statements) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
const read = (resources) => ({
  Sid: 'ReadReports',
  Effect: 'Allow',
  Action: ['s3:GetObject', 's3:ListBucket'],
  Resource: resources,
});
const BASE = policy(read(['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*']));

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const shoot = async (name, url) => {
    await page.goto(url);
    await verdictOf(page);
    await page.locator('#head-editor textarea').evaluate((t) => t.blur());
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
    console.log(`playground/screenshots/${name}.png`);
  };
  await shoot('fail', server.url);
  await shoot(
    'pass',
    plainLink(server.url, {
      existing: BASE,
      updated: policy(read(['arn:aws:s3:::reports', 'arn:aws:s3:::reports/2026/*'])),
    }),
  );
  await shoot('error', plainLink(server.url, { existing: BASE, updated: BASE.replace('"Allow"', '"Alow"') }));
} finally {
  await browser.close();
  await server.stop();
}
