#!/usr/bin/env node
/**
 * How fast the built playground answers in Chromium (issue 16: the first answer within 2 s of page load, later ones
 * as fast as the CLI). Each run opens the page in a fresh browser context (empty cache: Z3's 35 MB of WASM is
 * fetched and compiled again), waits for the first verdict, then edits the head policy a few times. Prints the
 * medians. Needs `npm run playground:build` and Chromium (playground/test/browser.mjs).
 *
 *   first answer   navigation start → verdict on screen (page, worker, Z3 start, the check)
 *   later answer   the check's own time after an edit (the page waits 350 ms for typing to settle before it)
 */
import { launchBrowser, missingPrerequisite, plainLink, startServer, verdictOf } from '../playground/test/browser.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const EDITS = 5;
const missing = missingPrerequisite();
if (missing !== undefined) {
  console.error(`cannot measure: ${missing}`);
  process.exit(1);
}

const policy = (...statements) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
const read = {
  Sid: 'Read',
  Effect: 'Allow',
  Action: ['s3:GetObject', 's3:ListBucket'],
  Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
};
const widen = (i) => ({
  Sid: `Widen${i}`,
  Effect: 'Allow',
  Action: i % 2 === 0 ? 's3:Put*' : `s3:Delete*`,
  Resource: `arn:aws:s3:::reports/${i}/*`,
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
const browser = await launchBrowser();
const first = [];
const ready = [];
const revisit = [];
const later = [];
const laterInPage = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(plainLink(server.url, { existing: policy(read), updated: policy(read, widen(0)) }));
    await verdictOf(page);
    first.push(Number(await page.getAttribute('#result', 'data-answered-at')));
    ready.push(Number(await page.getAttribute('#solver-status', 'data-ready-at')));
    for (let i = 1; i <= EDITS; i++) {
      await page.fill('#head-editor textarea', i % 3 === 0 ? policy(read) : policy(read, widen(i)));
      await verdictOf(page);
      const [edited, answered] = await page.evaluate(() => [
        document.getElementById('result').dataset.editedAt,
        document.getElementById('result').dataset.answeredAt,
      ]);
      laterInPage.push(Number(answered) - Number(edited));
      later.push(Number(await page.getAttribute('#result', 'data-check-ms')));
    }
    // A second visit in the same browser profile: the WASM comes from the HTTP cache (revalidated, 304), and
    // Chromium may reuse its compiled code.
    await page.reload();
    await verdictOf(page);
    revisit.push(Number(await page.getAttribute('#result', 'data-answered-at')));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`first answer after page load: median ${median(first)} ms (runs: ${first.join(', ')})`);
console.log(
  `  of which Z3 ready (worker, WASM fetch and compile, init, warm-up): median ${median(ready)} ms (${ready.join(', ')})`,
);
console.log(
  `first answer on a revisit (same browser profile, cached WASM): median ${median(revisit)} ms (${revisit.join(', ')})`,
);
console.log(`later answers, the check itself: median ${median(later)} ms (${later.join(', ')})`);
console.log(
  `later answers, last keystroke to verdict on screen (incl. the 350 ms settle): median ${median(laterInPage)} ms (${laterInPage.join(', ')})`,
);
