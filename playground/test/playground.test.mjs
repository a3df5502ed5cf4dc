/**
 * The built playground in a real browser (Debian's chromium through playwright-core): the project's checks answer
 * in the page, as the action would. Run with `npm run test:playground` (it builds first); kept out of `npm test`
 * because it needs Chromium on the machine. Skipped, with the reason, when Chromium is absent.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, missingPrerequisite, plainLink, startServer, verdictOf } from './browser.mjs';

const skip = missingPrerequisite();
if (skip !== undefined) console.log(`playground browser tests skipped: ${skip}`);

const policy = (...statements) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
const READ = {
  Sid: 'ReadReports',
  Effect: 'Allow',
  Action: ['s3:GetObject', 's3:ListBucket'],
  Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
};
const UPLOAD = { Sid: 'UploadReports', Effect: 'Allow', Action: 's3:Put*', Resource: 'arn:aws:s3:::reports/*' };
const NO_PUT = { Sid: 'NoWrites', Effect: 'Deny', Action: 's3:Put*', Resource: '*' };

/** 1-based numbers of the lines of `text` that hold `needle` through the closing brace of its statement. */
function statementLines(text, sid) {
  const lines = text.split('\n');
  const sidLine = lines.findIndex((l) => l.includes(`"Sid": "${sid}"`));
  let first = sidLine;
  while (!lines[first].trim().startsWith('{')) first--;
  let last = sidLine;
  while (!/^\s*}/.test(lines[last])) last++;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i + 1);
}

/** The line numbers the head (or base) editor paints as blamed. */
function blamedLines(page, editor = 'head') {
  return page.$$eval(`#${editor}-editor .backdrop .line`, (lines) =>
    lines.flatMap((l, i) => (l.classList.contains('blamed') ? [i + 1] : [])),
  );
}

describe('playground in Chromium', { skip }, () => {
  let browser;
  let server;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(url) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    return { page, errors, close: () => context.close() };
  }

  it('shows FAIL for a widening pair, with the counterexample, the newly granted actions and the granting statement highlighted', async () => {
    const head = policy(READ, UPLOAD);
    const { page, errors, close } = await open(
      plainLink(server.url, { existing: policy(READ), updated: head, check: 'no-new-access' }),
    );
    assert.equal(await verdictOf(page), 'FAIL');
    assert.deepEqual(await blamedLines(page), statementLines(head, 'UploadReports'));
    assert.deepEqual(await blamedLines(page, 'base'), []);
    const counterexample = await page.textContent('#result .request-detail');
    // The request must be one UploadReports grants and ReadReports does not: a Put action on an object of reports.
    assert.match(counterexample, /action:\s+s3:Put\w+/i);
    assert.match(counterexample, /resource:\s+arn:aws:s3:::reports\//);
    const actions = await page.$$eval('#result ul.actions code', (codes) => codes.map((c) => c.textContent));
    assert.ok(actions.includes('s3:PutObject'), `s3:PutObject among the newly granted actions: ${actions.join(', ')}`);
    assert.ok(!actions.includes('s3:GetObject'), 'an action the base already granted is not newly granted');
    assert.match(await page.textContent('#result'), /UploadReports/);
    assert.deepEqual(errors, []);
    await close();
  });

  it('shows PASS for the fixed pair (the new statement denied again), and nothing highlighted', async () => {
    const { page, close } = await open(
      plainLink(server.url, { existing: policy(READ), updated: policy(READ, UPLOAD, NO_PUT), check: 'no-new-access' }),
    );
    assert.equal(await verdictOf(page), 'PASS');
    assert.deepEqual(await blamedLines(page), []);
    assert.equal(await page.$('#result .request-detail'), null);
    await close();
  });

  it('answers again after an edit: removing the widening statement turns FAIL into PASS', async () => {
    const { page, close } = await open(
      plainLink(server.url, { existing: policy(READ), updated: policy(READ, UPLOAD) }),
    );
    assert.equal(await verdictOf(page), 'FAIL');
    await page.fill('#head-editor textarea', policy(READ));
    assert.equal(await verdictOf(page), 'PASS');
    assert.deepEqual(await blamedLines(page), []);
    await close();
  });

  it('shows a malformed policy as ERROR, with the diagnostic listed and underlined where it is', async () => {
    const head = policy({ ...READ, Effect: 'Alow' });
    const { page, close } = await open(plainLink(server.url, { existing: policy(READ), updated: head }));
    assert.equal(await verdictOf(page), 'ERROR');
    const line = head.split('\n').findIndex((l) => l.includes('"Alow"')) + 1;
    const listed = await page.textContent('#result .diagnostic.error');
    assert.match(listed, new RegExp(`head line ${line}:\\d+ error`));
    assert.match(listed, /Alow/);
    const underlined = await page.$$eval('#head-editor .backdrop .mark-error', (marks) =>
      marks.map((m) => m.textContent),
    );
    assert.ok(
      underlined.some((text) => text.includes('Alow')),
      `underlined: ${JSON.stringify(underlined)}`,
    );
    await close();
  });

  it('shows a malformed policy without waiting for Z3 to start', async () => {
    const { page, close } = await open(
      plainLink(server.url, { existing: policy(READ), updated: '{"Version": "2012-10-17", "Statement": [' }),
    );
    assert.equal(await verdictOf(page), 'ERROR');
    await page.waitForSelector('#solver-status[data-status="ready"]');
    const answeredAt = Number(await page.getAttribute('#result', 'data-answered-at'));
    const readyAt = Number(await page.getAttribute('#solver-status', 'data-ready-at'));
    assert.ok(answeredAt < readyAt, `answered at ${answeredAt} ms, Z3 ready at ${readyAt} ms`);
    await close();
  });

  it('underlines a JSON syntax error in the base editor, at its line', async () => {
    const base = policy(READ).replace('"Effect": "Allow",', '"Effect": "Allow"');
    const { page, close } = await open(plainLink(server.url, { existing: base, updated: policy(READ) }));
    assert.equal(await verdictOf(page), 'ERROR');
    assert.match(await page.textContent('#result .diagnostic.error'), /^base line \d+:\d+ error/);
    assert.ok((await page.$$('#base-editor .backdrop .mark-error')).length > 0);
    assert.equal((await page.$$('#head-editor .backdrop .mark-error')).length, 0);
    await close();
  });

  it('makes a link that reproduces the state: both policies, the check, its options and the verdict', async () => {
    const first = await open(plainLink(server.url, { existing: policy(READ), updated: policy(READ) }));
    assert.equal(await verdictOf(first.page), 'PASS');
    await first.page.selectOption('#check', 'access-not-granted');
    await first.page.fill('#critical-actions', 's3:PutObject\niam:PassRole');
    await first.page.fill('#head-editor textarea', `# YAML works too\n${toYaml()}`);
    assert.equal(await verdictOf(first.page), 'FAIL');
    await first.page.click('#share');
    await first.page.waitForFunction(() => location.hash.startsWith('#s='));
    const link = first.page.url();
    const state = await editorState(first.page);
    await first.close();

    const second = await open(link);
    assert.equal(await verdictOf(second.page), 'FAIL');
    assert.deepEqual(await editorState(second.page), state);
    assert.equal(state.check, 'access-not-granted');
    assert.equal(state.critical, 's3:PutObject\niam:PassRole');
    await second.close();
  });

  it('refuses a damaged link instead of opening something else', async () => {
    const { page, close } = await open(`${server.url}#s=AAAA-not-deflate`);
    assert.equal(await verdictOf(page), 'ERROR');
    assert.match(await page.textContent('#result'), /this link cannot be opened/);
    await close();
  });

  it('decides BinaryEquals in the browser as in Node (base-64 decoded by the bundle, replayed by the evaluator)', async () => {
    const updated = policy({
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: '*',
      Condition: { BinaryEquals: { 'aws:RequestTag/blob': 'QUJDRA==' } },
    });
    const { page, errors, close } = await open(
      plainLink(server.url, { check: 'access-not-granted', criticalActions: ['iam:PassRole'], updated }),
    );
    assert.equal(await verdictOf(page), 'FAIL');
    const value = /aws:RequestTag\/blob = "([^"]+)"/.exec(await page.textContent('#result .request-detail'))?.[1];
    assert.equal(Buffer.from(value ?? '', 'base64').toString(), 'ABCD');
    assert.deepEqual(errors, []);
    await close();
  });

  describe('each check answers', () => {
    const cases = [
      {
        name: 'CheckAccessNotGranted FAIL when a critical action is granted',
        check: 'access-not-granted',
        criticalActions: ['iam:PassRole'],
        updated: policy({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }),
        verdict: 'FAIL',
      },
      {
        name: 'CheckAccessNotGranted PASS when none is',
        check: 'access-not-granted',
        criticalActions: ['iam:PassRole'],
        updated: policy(READ),
        verdict: 'PASS',
      },
      {
        name: 'CheckAccessNotGranted ERROR for a misspelt critical action (it would pass forever)',
        check: 'access-not-granted',
        criticalActions: ['iam:PasRole'],
        updated: policy(READ),
        verdict: 'ERROR',
      },
      {
        name: 'CheckNoPublicAccess FAIL for a bucket policy open to everyone',
        check: 'no-public-access',
        updated: policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }),
        verdict: 'FAIL',
      },
      {
        name: 'CheckNoPublicAccess PASS for a bucket policy naming a trusted account',
        check: 'no-public-access',
        trustedAccounts: ['111122223333'],
        updated: policy({
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::site/*',
        }),
        verdict: 'PASS',
      },
      {
        name: 'CheckNoPublicAccess ERROR for a trusted account that is not a 12-digit id',
        check: 'no-public-access',
        trustedAccounts: ['11112222333'],
        updated: policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }),
        verdict: 'ERROR',
      },
      {
        name: 'CheckNoNewAccess FAIL',
        check: 'no-new-access',
        existing: policy(READ),
        updated: policy(READ, UPLOAD),
        verdict: 'FAIL',
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const { page, close } = await open(plainLink(server.url, c));
        assert.equal(await verdictOf(page), c.verdict);
        assert.equal(await page.inputValue('#check'), c.check);
        if (c.verdict === 'FAIL')
          assert.ok((await blamedLines(page)).length > 0, 'the granting statement is highlighted');
        await close();
      });
    }
  });
});

describe('playground on a host without COOP/COEP headers (GitHub Pages)', { skip }, () => {
  it('isolates itself with its service worker and answers', async () => {
    const server = await startServer(['--no-isolation-headers']);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(plainLink(server.url, { existing: policy(READ), updated: policy(READ, UPLOAD) }));
      assert.equal(await verdictOf(page), 'FAIL');
      assert.equal(await page.evaluate(() => crossOriginIsolated), true);
      assert.notEqual(await page.evaluate(() => navigator.serviceWorker.controller), null);
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});

function toYaml() {
  return [
    'Version: "2012-10-17"',
    'Statement:',
    '  - Effect: Allow',
    '    Action: "s3:*"',
    '    Resource: "arn:aws:s3:::reports/*"',
    '',
  ].join('\n');
}

function editorState(page) {
  return page.evaluate(() => ({
    base: document.querySelector('#base-editor textarea').value,
    head: document.querySelector('#head-editor textarea').value,
    check: document.querySelector('#check').value,
    critical: document.querySelector('#critical-actions').value,
    trusted: document.querySelector('#trusted-accounts').value,
  }));
}
