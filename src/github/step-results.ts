/** The step's outputs, job summary and report files (output `report`, input `sarif-file`). */
import * as core from '@actions/core';
import { constants as fsConstants } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { RunResult } from '../report/gate-decision.js';
import { checkOutputPath } from './output-path.js';

export interface StepResults {
  readonly result: RunResult;
  readonly findings: number;
  readonly reportFile: string;
  readonly reportJson: string;
  readonly summaryMarkdown: string;
  readonly sarif?: { readonly file: string; readonly json: string };
}

export async function publishStepResults(results: StepResults): Promise<void> {
  await writeFile(results.reportFile, results.reportJson);
  if (results.sarif !== undefined) await writeFile(results.sarif.file, results.sarif.json);
  core.setOutput('result', results.result);
  core.setOutput('findings', String(results.findings));
  core.setOutput('report', results.reportFile);
  if (process.env['GITHUB_STEP_SUMMARY'] !== undefined && process.env['GITHUB_STEP_SUMMARY'] !== '') {
    await core.summary.addRaw(results.summaryMarkdown, true).write();
  }
}

/**
 * Writes only where output-path.ts allows, judged again at the moment of writing, and never through a symlink
 * at the last component (O_NOFOLLOW): the workspace is the pull request's checkout.
 */
async function writeFile(file: string, text: string): Promise<void> {
  const workspace = process.env['GITHUB_WORKSPACE'] ?? '';
  const runnerTemp = process.env['RUNNER_TEMP'];
  const checked = checkOutputPath(file, {
    workspace,
    ...(runnerTemp === undefined || runnerTemp === '' ? {} : { runnerTemp }),
  });
  if (checked.kind === 'refused') throw new Error(`refusing to write ${checked.why}`);
  await fs.mkdir(path.dirname(checked.path), { recursive: true });
  const { O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW } = fsConstants;
  await fs.writeFile(checked.path, text, { encoding: 'utf8', flag: O_WRONLY | O_CREAT | O_TRUNC | (O_NOFOLLOW ?? 0) });
}
