/**
 * The action, start to end (design.md §2): settings → changed files → load → check → report. Orchestration
 * only, and the ONE place that fails the step: helpers throw or return findings; anything thrown here, Error or
 * not, fails the step (a gate that passes on an unexpected throw fails open).
 */
import * as core from '@actions/core';
import { lazyVerifier } from './cli/lazy-verifier.js';
import { checkAccessNotGranted, checkNoNewAccess, checkNoPublicAccess } from './checks/index.js';
import type { CheckResult } from './checks/check-result.js';
import { criticalPermissionsFor, ignoreEntryFor } from './config/applicable-rules.js';
import type { IamProofConfig } from './config/iam-proof-config.js';
import { isSelectedPolicyPath } from './config/policy-path-filter.js';
import { checksApiFor, publishCheckRun } from './github/check-run.js';
import { createGit, type ChangedFile, type Git } from './github/git.js';
import { loadPolicyVersion } from './github/load-policy-version.js';
import { readRunnerEvent } from './github/runner-event.js';
import { publishStepResults } from './github/step-results.js';
import { symlinkLeavesWorkspace } from './github/symlink-target.js';
import { loadConfig, loadReference, type ReferencePolicy } from './github/trusted-inputs.js';
import { emitAnnotations, emitNotices, logLine, type FileNotice } from './github/workflow-log.js';
import { readSettings, type Settings } from './inputs.js';
import type { Policy } from './policy/ast.js';
import { ZERO_SPAN } from './policy/zero-span.js';
import { findingAnnotationLimits, planAnnotations, STEP_ANNOTATION_LIMITS } from './report/annotations.js';
import { findingsOf } from './report/finding.js';
import { decideGate, failureMessage } from './report/gate-decision.js';
import { jobSummary } from './report/job-summary.js';
import { jsonReport } from './report/json-report.js';
import type { CheckOutcome, FileReport, RunProblem } from './report/run-report.js';
import { runTotals } from './report/run-totals.js';
import { sarifLog } from './report/sarif-log.js';
import { createVerifier } from './semantics/symbolic/verifier.js';
import type { Verifier } from './semantics/symbolic/query.js';

const TOOL_VERSION = '0.1.0';

export async function run(): Promise<void> {
  try {
    await review();
  } catch (error) {
    core.setOutput('result', 'error');
    core.setFailed(`iam-proof could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What a file is checked with, besides its own base version. */
interface Context {
  readonly settings: Settings;
  readonly config: IamProofConfig;
  readonly reference?: ReferencePolicy;
  readonly verifier: Verifier;
  readonly git: Git;
  readonly notices: FileNotice[];
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
  const context: Context = { settings, config, verifier, git, notices: [], ...(reference === undefined ? {} : { reference }) };
  const files: FileReport[] = [];
  try {
    const changes = (await git.changedFiles(base, head)).filter((c) => isSelectedPolicyPath(c.path, settings.policyPaths));
    for (const change of changes) files.push(await reviewOne(change, context));
  } finally {
    await verifier.close();
  }
  await publish(context, { files, runProblems });
}

/** One file; whatever goes wrong stays with that file (an ERROR for it) and never stops the others. */
async function reviewOne(change: ChangedFile, context: Context): Promise<FileReport> {
  const entry = { path: change.path, change: change.change, ...(change.oldPath === undefined ? {} : { oldPath: change.oldPath }) };
  try {
    const report = await reviewChange(change, context);
    const ignored = ignoreEntryFor(context.config, { path: change.path });
    const wholeFile = ignored !== undefined && ignored.check === undefined && ignored.rule === undefined;
    return wholeFile && report.problems.length > 0 ? { ...report, ignoredBecause: ignored.reason } : report;
  } catch (error) {
    return { ...entry, status: 'error', outcomes: [], problems: [{ message: `could not be checked: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

async function reviewChange(change: ChangedFile, context: Context): Promise<FileReport> {
  const { settings } = context;
  const entry = { path: change.path, change: change.change, ...(change.oldPath === undefined ? {} : { oldPath: change.oldPath }), outcomes: [], problems: [] };
  if (change.change === 'deleted') return { ...entry, status: 'deleted' };
  const head = await loadPolicyVersion(context.git, change.head);
  switch (head.kind) {
    case 'absent':
    case 'not-a-policy':
      return { ...entry, status: 'not-a-policy' };
    case 'not-a-file':
      return { ...entry, status: 'skipped', note: `not a regular file (git mode ${head.mode})` };
    case 'error':
      return { ...entry, status: 'error', problems: head.problems };
    case 'unreadable':
      // With the default selection (every changed .json/.yaml/.yml) a tsconfig with comments or a Helm template
      // is no policy; a file the user lists in policy-paths is one, so there it fails closed.
      return settings.policyPaths.length === 0
        ? { ...entry, status: 'not-a-policy', note: 'not valid JSON/YAML and no "Statement" in it: not a policy by shape, skipped (list it in policy-paths to check it)' }
        : { ...entry, status: 'error', problems: head.problems };
    case 'symlink': {
      const outside = symlinkLeavesWorkspace(change.path, head.target);
      const note = outside
        ? `symlink pointing outside the repository (${head.target}): not followed, not checked`
        : `symlink to ${head.target}: not followed (the target is checked when it changes)`;
      context.notices.push({ path: change.path, message: note, level: outside ? 'warning' : 'notice' });
      return { ...entry, status: 'skipped', note };
    }
    case 'policy': {
      const { outcomes, note } = await checkPolicy(change, head.policy, context);
      // A new file under new-files: skip with no critical permission or public-access check to run: say so, not "checked".
      if (outcomes.length === 0) return { ...entry, status: 'skipped', note: `${note ?? 'nothing to compare with'}; no other check applies` };
      return { ...entry, status: 'checked', outcomes, ...(note === undefined ? {} : { note }) };
    }
  }
}

async function checkPolicy(change: ChangedFile, policy: Policy, context: Context): Promise<{ outcomes: CheckOutcome[]; note?: string }> {
  const { settings, config, verifier } = context;
  const options = { timeoutMs: settings.timeoutMs };
  const outcomes: CheckOutcome[] = [];
  let note: string | undefined;
  const add = async (what: Omit<CheckOutcome, 'verdict' | 'reasons'>, result: () => Promise<CheckResult>) => {
    const outcome = await outcomeOf(what, policy, result);
    const ignored = ignoreEntryFor(config, { path: change.path, check: what.check, ...(what.rule === undefined ? {} : { rule: what.rule }) });
    outcomes.push(ignored === undefined ? outcome : { ...outcome, ignoredBecause: ignored.reason });
  };

  const base = await baseVersion(change, context);
  if (base.kind === 'policy') {
    await add({ check: 'no-new-access', severity: 'error', against: base.against }, () => checkNoNewAccess(verifier, base.policy, policy, options));
  } else if (settings.newFiles === 'fail') {
    // Everything a new policy allows is new access: compare it with a policy that allows nothing.
    const empty: Policy = { type: policy.type, variablesEnabled: true, statements: [], span: ZERO_SPAN };
    await add({ check: 'no-new-access', severity: 'error', against: `empty policy (${base.why}; new-files: fail)` }, () => checkNoNewAccess(verifier, empty, policy, options));
  } else if (settings.newFiles === 'skip') {
    note = `${base.why}: not compared with anything (new-files: skip)`;
    context.notices.push({ path: change.path, message: `iam-proof: ${base.why}, so CheckNoNewAccess was not run (new-files: skip); critical permissions were checked`, level: 'notice' });
  }
  if (context.reference !== undefined) {
    const reference = context.reference;
    await add({ check: 'no-new-access', severity: 'error', against: `reference policy ${reference.path}` }, () => checkNoNewAccess(verifier, reference.policy, policy, options));
  }
  for (const rule of criticalPermissionsFor(config, change.path)) {
    const access = { actions: rule.actions.map((a) => a.text), resources: rule.resources.map((r) => r.text) };
    await add({ check: 'access-not-granted', rule: rule.name, severity: rule.severity }, () => checkAccessNotGranted(verifier, policy, access, options));
  }
  if (config.publicAccess.enabled && policy.type === 'resource') {
    const trustedAccounts = config.publicAccess.trustedAccounts;
    await add({ check: 'no-public-access', severity: 'error' }, () => checkNoPublicAccess(verifier, policy, { ...options, trustedAccounts }));
  }
  return { outcomes, ...(note === undefined ? {} : { note }) };
}

type BaseVersion = { readonly kind: 'policy'; readonly policy: Policy; readonly against: string } | { readonly kind: 'none'; readonly why: string };

async function baseVersion(change: ChangedFile, context: Context): Promise<BaseVersion> {
  if (change.change === 'added') return { kind: 'none', why: 'new file' };
  const base = await loadPolicyVersion(context.git, change.base);
  const against = change.oldPath === undefined ? 'base version' : `base version of ${change.oldPath}`;
  switch (base.kind) {
    case 'policy':
      return { kind: 'policy', policy: base.policy, against };
    case 'error':
    case 'unreadable':
      return { kind: 'none', why: `the ${against} is not a valid policy` };
    default:
      return { kind: 'none', why: `the ${against} is not a policy` };
  }
}

async function outcomeOf(what: Omit<CheckOutcome, 'verdict' | 'reasons'>, policy: Policy, result: () => Promise<CheckResult>): Promise<CheckOutcome> {
  try {
    const r = withoutIrrelevantPrincipal(await result(), policy);
    return {
      ...what,
      verdict: r.result,
      reasons: r.reasons,
      ...(r.counterexample === undefined ? {} : { counterexample: r.counterexample }),
      ...(r.newlyGrantedActions === undefined ? {} : { newlyGrantedActions: r.newlyGrantedActions }),
      ...(r.unknownReason === undefined ? {} : { detail: r.unknownReason }),
      ...(r.stats === undefined ? {} : { ms: Math.round(r.stats.ms) }),
    };
  } catch (error) {
    return { ...what, verdict: 'ERROR', reasons: [], detail: `the check failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** An identity policy never looks at the caller (request.ts), so a counterexample's principal would only mislead. */
function withoutIrrelevantPrincipal(result: CheckResult, policy: Policy): CheckResult {
  if (policy.type !== 'identity' || result.counterexample?.principal === undefined) return result;
  const { principal: _ignored, ...request } = result.counterexample;
  return { ...result, counterexample: request };
}

async function publish(context: Context, report: { files: FileReport[]; runProblems: RunProblem[] }): Promise<void> {
  const { settings } = context;
  const findings = findingsOf(report);
  const gate = decideGate(findings, settings.failOn);
  const plan = planAnnotations(findings, findingAnnotationLimits(gate.failing.length > 0));
  const totals = runTotals(report, findings);
  emitAnnotations(plan);
  const warningsUsed = plan.emitted.filter((a) => a.level === 'warning').length;
  emitNotices(context.notices, { warning: STEP_ANNOTATION_LIMITS.warning - warningsUsed, notice: STEP_ANNOTATION_LIMITS.notice });
  for (const file of report.files) {
    const verdicts = file.outcomes.map((o) => `${o.check}${o.rule === undefined ? '' : `(${o.rule})`}=${o.verdict}`).join(' ');
    logLine(`${JSON.stringify(file.path)}: ${file.status}${verdicts === '' ? '' : ` ${verdicts}`}`);
  }
  const summaryMarkdown = jobSummary(report, { result: gate.result, totals, notAnnotated: plan.notAnnotated, reportPath: settings.reportFile });
  await publishStepResults({
    result: gate.result,
    findings: findings.length,
    reportFile: settings.reportFile,
    reportJson: jsonReport(report, findings, gate.result, totals),
    summaryMarkdown,
    ...(settings.sarifFile === undefined ? {} : { sarif: { file: settings.sarifFile, json: `${JSON.stringify(sarifLog(findings, TOOL_VERSION), null, 2)}\n` } }),
  });
  if (settings.github !== undefined) {
    try {
      await publishCheckRun(checksApiFor(settings.github.token), {
        repository: settings.github.repository,
        headSha: settings.github.headSha,
        conclusion: gate.failing.length > 0 ? 'failure' : findings.length > 0 ? 'neutral' : 'success',
        title: `iam-proof: ${gate.result} (${findings.length} findings)`,
        summary: summaryMarkdown,
        annotations: plan.all,
      });
    } catch (error) {
      // The check run is extra; the step's own annotations and result stand (a fork PR's token cannot write checks).
      core.warning(`iam-proof: could not create the check run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (gate.failing.length > 0) core.setFailed(failureMessage(gate.failing));
  else logLine(`iam-proof: ${gate.result} — ${findings.length} findings, none reaching fail-on: ${settings.failOn}`);
}

