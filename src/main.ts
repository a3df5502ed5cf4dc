/**
 * The action, start to end (design.md §2): settings → changed files → load → check → report. Orchestration
 * only, and the ONE place that fails the step: helpers throw or return findings; anything thrown here, Error or
 * not, fails the step (a gate that passes on an unexpected throw fails open).
 */
import * as core from '@actions/core';
import { lazyVerifier } from './checks/lazy-verifier.js';
import { isSelectedPolicyPath } from './config/policy-path-filter.js';
import { publishCheckRunIfAllowed } from './github/check-run.js';
import { createGit } from './github/git.js';
import { readRunnerEvent } from './github/runner-event.js';
import { publishStepResults } from './github/step-results.js';
import { loadConfig, loadReference } from './github/trusted-inputs.js';
import { emitRunAnnotations, logFileResults, logLine } from './github/workflow-log.js';
import { readSettings, type Settings } from './inputs.js';
import { failureMessage } from './report/gate-decision.js';
import { runDocuments } from './report/run-documents.js';
import type { FileReport, RunProblem, RunReport } from './report/run-report.js';
import type { ReviewContext } from './review/review-context.js';
import { reviewFile } from './review/review-file.js';
import { createVerifier } from './semantics/symbolic/solve/verifier.js';

const TOOL_VERSION = '0.1.0';

export async function run(): Promise<void> {
  try {
    await review();
  } catch (error) {
    core.setOutput('result', 'error');
    core.setFailed(`iam-proof could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function review(): Promise<void> {
  const settings = readSettings((name) => core.getInput(name), await readRunnerEvent(process.env), process.env);
  const git = await createGit(settings.workspace);
  const base = await git.resolveCommit(settings.base.ref);
  const head = await git.resolveCommit(settings.head);
  logLine(`iam-proof: comparing ${head} with base ${base} (from ${settings.base.from})`);
  const runProblems: RunProblem[] = [];
  const config = await loadConfig(git, base, head, settings, runProblems);
  const reference = await loadReference(git, base, head, settings, runProblems);
  const verifier = lazyVerifier(() => createVerifier({ timeoutMs: settings.timeoutMs }));
  const context: ReviewContext = { settings, config, verifier, git, notices: [], ...(reference === undefined ? {} : { reference }) };
  const files: FileReport[] = [];
  try {
    const changes = (await git.changedFiles(base, head)).filter((c) => isSelectedPolicyPath(c.path, settings.policyPaths));
    for (const change of changes) files.push(await reviewFile(change, context));
  } finally {
    await verifier.close();
  }
  await publish(settings, context, { files, runProblems });
}

async function publish(settings: Settings, context: ReviewContext, report: RunReport): Promise<void> {
  const documents = runDocuments(report, { failOn: settings.failOn, reportPath: settings.reportFile, toolVersion: TOOL_VERSION });
  const { findings, gate, summaryMarkdown } = documents;
  emitRunAnnotations(documents.annotations, context.notices);
  logFileResults(report.files);
  await publishStepResults({
    result: gate.result,
    findings: findings.length,
    reportFile: settings.reportFile,
    reportJson: documents.reportJson,
    summaryMarkdown,
    ...(settings.sarifFile === undefined ? {} : { sarif: { file: settings.sarifFile, json: documents.sarifJson } }),
  });
  if (settings.github !== undefined) {
    await publishCheckRunIfAllowed(settings.github.token, {
      repository: settings.github.repository,
      headSha: settings.github.headSha,
      conclusion: gate.failing.length > 0 ? 'failure' : findings.length > 0 ? 'neutral' : 'success',
      title: `iam-proof: ${gate.result} (${findings.length} findings)`,
      summary: summaryMarkdown,
      annotations: documents.annotations.all,
    });
  }
  if (gate.failing.length > 0) core.setFailed(failureMessage(gate.failing));
  else logLine(`iam-proof: ${gate.result} — ${findings.length} findings, none reaching fail-on: ${settings.failOn}`);
}
