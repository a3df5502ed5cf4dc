#!/usr/bin/env node
/**
 * `npm run demo`: the action on the example pull request (examples/pr/base → examples/pr/head), run the way a
 * GitHub runner runs it. Builds a temporary git repository with a base and a head commit, writes a pull_request
 * event, sets INPUT_* and GITHUB_*, runs `node dist/index.js`, and prints the workflow commands, the step summary
 * and the outputs — once on the whole PR (expected to FAIL: app-role.json newly allows s3:DeleteBucket on
 * prod-* buckets) and once on the YAML policy alone (expected to PASS: it only narrows access).
 * Exits 0 when both runs end as expected.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ACTION_DIR, buildExampleRepository, pullRequestEvent, runAction } from './action-runner.mjs';

if (!fs.existsSync(path.join(ACTION_DIR, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run bundle` first.');
  process.exit(1);
}

function show(title, run) {
  const rule = '─'.repeat(100);
  console.log(`\n${rule}\n${title}\n${rule}`);
  console.log('Workflow commands the runner would act on:');
  for (const line of run.commands) console.log(`  ${line}`);
  console.log('\nLog:');
  for (const line of run.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('::'))) console.log(`  ${line}`);
  if (run.stderr.trim() !== '') console.log(`\nstderr:\n${run.stderr}`);
  console.log('\nStep summary (GITHUB_STEP_SUMMARY):\n');
  console.log(run.summary);
  console.log(`Outputs: ${JSON.stringify(run.outputs)}`);
  console.log(`Exit code: ${run.code} (${run.ms} ms)`);
}

const repo = buildExampleRepository();
try {
  const event = pullRequestEvent(repo.base, repo.head);
  const whole = await runAction({ workspace: repo.dir, eventName: 'pull_request', event, sha: repo.head });
  show('1. The whole pull request — expected to FAIL (the action exits 1: that is the gate working)', whole);
  const narrowing = await runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    event,
    sha: repo.head,
    inputs: { 'policy-paths': 'policies/*.yaml' },
  });
  show('2. Only policies/*.yaml (a change that narrows access) — expected to PASS', narrowing);

  const expectations = [
    ['run 1 exits 1', whole.code === 1],
    ['run 1 result is fail', whole.outputs.result === 'fail'],
    [
      'run 1 annotates app-role.json',
      whole.commands.some((c) => c.startsWith('::error ') && c.includes('file=policies/app-role.json')),
    ],
    ['run 2 exits 0', narrowing.code === 0],
    ['run 2 result is pass', narrowing.outputs.result === 'pass'],
  ];
  console.log('\nDemo checks:');
  for (const [what, ok] of expectations) console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  const ok = expectations.every(([, passed]) => passed);
  console.log(
    ok
      ? '\nThe demo ran as expected (run 1 failing is the point: the action blocks the new access).'
      : '\nThe demo did NOT run as expected.',
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  fs.rmSync(repo.dir, { recursive: true, force: true });
}
