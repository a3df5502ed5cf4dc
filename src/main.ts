/**
 * The action, start to end (design.md §2): settings → changed files → load → check → report. Orchestration
 * only, and the ONE place that fails the step: helpers throw or return findings; anything thrown here, Error or
 * not, fails the step (a gate that passes on an unexpected throw fails open).
 */
import * as core from '@actions/core';
import { lazyVerifier } from './checks/lazy-verifier.js';
import { publishCheckRunIfAllowed } from './github/check-run.js';
import { createGit } from './github/git.js';
import { readRunnerEvent } from './github/runner-event.js';
import { publishStepResults } from './github/step-results.js';
import { emitRunAnnotations, logFileResults, logLine } from './github/workflow-log.js';
import { readSettings, type Settings } from './inputs.js';
import { failureMessage } from './report/gate-decision.js';
import { runDocuments } from './report/run-documents.js';
import { reviewRun, type RunResult } from './review/review-run.js';
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
  const startedAt = Date.now(); // max-run-seconds counts from here
  const settings = readSettings((name) => core.getInput(name), await readRunnerEvent(process.env), process.env);
  const git = await createGit(settings.workspace);
  const base = await git.resolveCommit(settings.base.ref);
  const head = await git.resolveCommit(settings.head);
  logLine(`iam-proof: comparing ${head} with base ${base} (from ${settings.base.from})`);
  const verifier = lazyVerifier(() => createVerifier({ timeoutMs: settings.timeoutMs }));
  let result: RunResult;
  try {
    result = await reviewRun(
      git,
      {
        commits: { base, head },
        criticalPermissions: settings.criticalPermissions,
        ...(settings.referencePolicy === undefined ? {} : { referencePolicy: settings.referencePolicy }),
        settings: {
          policyPaths: settings.policyPaths,
          newFiles: settings.newFiles,
          timeoutMs: settings.timeoutMs,
          ...(settings.maxRunSeconds === undefined ? {} : { runDeadline: startedAt + settings.maxRunSeconds * 1000 }),
        },
      },
      verifier,
    );
  } finally {
    await verifier.close();
  }
  await publish(settings, result);
}

async function publish(settings: Settings, { report, notices }: RunResult): Promise<void> {
  const documents = runDocuments(report, { failOn: settings.failOn, reportPath: settings.reportFile, toolVersion: TOOL_VERSION });
  const { findings, gate, summaryMarkdown } = documents;
  for (const note of report.notes ?? []) logLine(`iam-proof: ${note.path === undefined ? '' : `${note.path}: `}${note.message}`);
  emitRunAnnotations(documents.annotations, notices);
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
