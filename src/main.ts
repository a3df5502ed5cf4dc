/**
 * The action, start to end (design.md §2): settings → changed files → load → check → report. Orchestration
 * only, and the ONE place that fails the step: helpers throw or return findings; anything thrown here, Error or
 * not, fails the step (a gate that passes on an unexpected throw fails open).
 */
import * as core from '@actions/core';
import { lazyVerifier } from './checks/lazy-verifier.js';
import { publishCheckRunIfAllowed } from './github/check-run.js';
import { acceptLabelPresent } from './github/accept-label-step.js';
import { publishPullRequestComment } from './github/pr-comment-step.js';
import { createGit, type GitRepository } from './github/git.js';
import { readRunnerEvent } from './github/runner-event.js';
import { readShardReportFiles } from './github/shard-report-files.js';
import { playgroundLinks } from './github/playground-links.js';
import { publishStepResults } from './github/step-results.js';
import { emitRunAnnotations, logFileResults, logLine } from './github/workflow-log.js';
import { readSettings, type Settings } from './inputs.js';
import { failureMessage } from './report/gate-decision.js';
import { mergeShardReports } from './report/merge-shard-reports.js';
import { runDocuments } from './report/run-documents.js';
import { TOOL_VERSION } from './report/tool-version.js';
import { reviewRun, type RunResult } from './review/review-run.js';
import type { Verifier } from './semantics/query.js';
import { createVerifier } from './semantics/symbolic/solve/verifier.js';
import { threadMemoryInPool } from './semantics/symbolic/solve/thread-memory.js';

export async function run(): Promise<void> {
  // If Node runs out of things to wait for before the review ends (a wait nothing can end: a bug), the process
  // would exit with status 0 and no verdict. Fail the step instead.
  const stalled = (): void => {
    core.setOutput('result', 'error');
    core.setFailed(
      'iam-proof stopped before reaching a verdict: it waited for something that could not happen (a bug in iam-proof)',
    );
  };
  process.once('beforeExit', stalled);
  try {
    await review();
  } catch (error) {
    core.setOutput('result', 'error');
    core.setFailed(`iam-proof could not run: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    process.off('beforeExit', stalled);
  }
}

async function review(): Promise<void> {
  const startedAt = Date.now(); // max-run-seconds counts from here
  const settings = readSettings((name) => core.getInput(name), await readRunnerEvent(process.env), process.env);
  if (settings.mergeReports !== undefined) {
    const report = mergeShardReports(await readShardReportFiles(settings.workspace, settings.mergeReports));
    logLine(`iam-proof: merged the reports of ${settings.mergeReports} (${report.files.length} files)`);
    await publish(settings, { report, notices: [] });
    return;
  }
  const git = await createGit(settings.workspace);
  let result: RunResult & { playgroundLinks?: ReadonlyMap<string, string> };
  try {
    result = await reviewChanges(settings, git, startedAt);
  } finally {
    await git.close();
  }
  await publish(settings, result, result.playgroundLinks);
}

async function reviewChanges(
  settings: Settings,
  git: GitRepository,
  startedAt: number,
): Promise<RunResult & { playgroundLinks?: ReadonlyMap<string, string> }> {
  const base = await git.resolveCommit(settings.base.ref);
  const head = await git.resolveCommit(settings.head);
  logLine(`iam-proof: comparing ${head} with base ${base} (from ${settings.base.from})`);
  if (settings.shard !== undefined)
    logLine(`iam-proof: shard ${settings.shard.index}/${settings.shard.count} of the covered files`);
  // One solver thread per worker, each started when a question first reaches it.
  // More than two threads share the memory of two (thread-memory.ts): peak RSS grows ~250 MiB per thread otherwise.
  const workerMemory = threadMemoryInPool(settings.workers);
  const verifiers = Array.from({ length: settings.workers }, () =>
    lazyVerifier(() => createVerifier({ timeoutMs: settings.timeoutMs, workerMemory })),
  );
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
        ...(settings.shard === undefined ? {} : { shard: settings.shard }),
      },
      verifiers,
    );
  } finally {
    await closeAll(verifiers);
  }
  if (settings.playgroundUrl === undefined) return result;
  return {
    ...result,
    playgroundLinks: await playgroundLinks(git, { base, head }, result.report.files, settings.playgroundUrl),
  };
}

/** Closes every verifier, even when one fails to close (no solver thread may keep the process alive). */
async function closeAll(verifiers: readonly Verifier[]): Promise<void> {
  const closed = await Promise.allSettled(verifiers.map((v) => v.close()));
  const failed = closed.find((c) => c.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}

async function publish(
  settings: Settings,
  { report, notices }: RunResult,
  playgroundLinks?: ReadonlyMap<string, string>,
): Promise<void> {
  const acceptLabel = (await acceptLabelPresent(settings)) ? { acceptLabel: settings.acceptLabel?.name ?? '' } : {};
  const documents = runDocuments(report, {
    failOn: settings.failOn,
    reportPath: settings.reportFile,
    toolVersion: TOOL_VERSION,
    ...acceptLabel,
    ...(playgroundLinks === undefined ? {} : { playgroundLinks }),
  });
  const { findings, gate, summaryMarkdown } = documents;
  for (const note of documents.notes)
    logLine(`iam-proof: ${note.path === undefined ? '' : `${note.path}: `}${note.message}`);
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
  await publishPullRequestComment(settings, documents);
  if (gate.failing.length > 0) core.setFailed(failureMessage(gate.failing));
  else logLine(`iam-proof: ${gate.result} — ${findings.length} findings, none reaching fail-on: ${settings.failOn}`);
}
