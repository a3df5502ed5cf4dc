/** The step's outputs, job summary and report files (output `report`, input `sarif-file`). */
import * as core from '@actions/core';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { RunResult } from '../report/gate-decision.js';

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

async function writeFile(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text, 'utf8');
}
