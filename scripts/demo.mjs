#!/usr/bin/env node
/**
 * `npm run demo`: the action on the example pull request (examples/pr/base → examples/pr/head), run the way a
 * GitHub runner runs it. Builds a temporary git repository with a base and a head commit, writes a pull_request
 * event, sets INPUT_* and GITHUB_*, runs `node dist/index.js`, and prints the workflow commands, the step summary
 * and the outputs — once on the whole PR (expected to FAIL: app-role.json newly allows s3:DeleteBucket on
 * prod-* buckets) and once on the YAML policy alone (expected to PASS: it only narrows access).
 * Exits 0 when both runs end as expected.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ACTION_DIR, runAction } from './action-runner.mjs';

const examples = path.join(ACTION_DIR, 'examples');
if (!fs.existsSync(path.join(ACTION_DIR, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run bundle` first.');
  process.exit(1);
}

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }).trim();
}

function copyTree(from, to) {
  fs.cpSync(from, to, { recursive: true });
}

function buildRepository() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-demo-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'demo@example.com');
  git(dir, 'config', 'user.name', 'iam-proof demo');
  git(dir, 'config', 'commit.gpgsign', 'false');
  copyTree(path.join(examples, 'pr', 'base'), dir);
  fs.mkdirSync(path.join(dir, '.github'));
  fs.copyFileSync(path.join(examples, 'iam-proof.yml'), path.join(dir, '.github', 'iam-proof.yml'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base: policies before the pull request');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  fs.rmSync(path.join(dir, 'policies'), { recursive: true });
  copyTree(path.join(examples, 'pr', 'head'), dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head: the pull request');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

function pullRequestEvent(base, head) {
  return {
    action: 'synchronize',
    number: 1,
    pull_request: { number: 1, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } },
    repository: { full_name: 'example/iam-proof-demo', name: 'iam-proof-demo', owner: { login: 'example' } },
  };
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

const repo = buildRepository();
try {
  const event = pullRequestEvent(repo.base, repo.head);
  const whole = await runAction({ workspace: repo.dir, eventName: 'pull_request', event, sha: repo.head });
  show('1. The whole pull request — expected to FAIL (the action exits 1: that is the gate working)', whole);
  const narrowing = await runAction({ workspace: repo.dir, eventName: 'pull_request', event, sha: repo.head, inputs: { 'policy-paths': 'policies/*.yaml' } });
  show('2. Only policies/*.yaml (a change that narrows access) — expected to PASS', narrowing);

  const expectations = [
    ['run 1 exits 1', whole.code === 1],
    ['run 1 result is fail', whole.outputs.result === 'fail'],
    ['run 1 annotates app-role.json', whole.commands.some((c) => c.startsWith('::error ') && c.includes('file=policies/app-role.json'))],
    ['run 2 exits 0', narrowing.code === 0],
    ['run 2 result is pass', narrowing.outputs.result === 'pass'],
  ];
  console.log('\nDemo checks:');
  for (const [what, ok] of expectations) console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  const ok = expectations.every(([, passed]) => passed);
  console.log(ok ? '\nThe demo ran as expected (run 1 failing is the point: the action blocks the new access).' : '\nThe demo did NOT run as expected.');
  process.exitCode = ok ? 0 : 1;
} finally {
  fs.rmSync(repo.dir, { recursive: true, force: true });
}
