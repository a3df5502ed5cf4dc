/**
 * `iam-proof review --base A --head B`: the action's whole review (every policy in every file — plain policies,
 * templates, Terraform, plans — matched by key, all checks, the coverage rule) over two directories or two files on
 * disk instead of two commits. This is how generated output that is never committed is compared: synthesize the
 * base and the head in one workflow (`cdk synth`, `terraform show -json`), then review the pair.
 */
import { readFile } from 'node:fs/promises';
import { treePairGit, TREE_BASE, TREE_HEAD } from '../../local/tree-pair.js';
import { runDocuments } from '../../report/run-documents.js';
import { annotationMessage, annotationTitle } from '../../report/annotations.js';
import { DEFAULT_CRITICAL_PERMISSIONS } from '../../review/trusted-inputs.js';
import type { NewFilesMode } from '../../review/review-context.js';
import { reviewRun } from '../../review/review-run.js';
import type { CliIo } from '../cli-io.js';
import { commonSettings, listOption, parseCommandLine, requiredOption, UsageError } from '../command-line.js';

export const REVIEW_USAGE = `iam-proof review --base OLD --head NEW [--config FILE] [--policy-paths GLOBS] [--new-files skip|fail]
  Reviews two directories (or two files) as the action reviews a pull request: every policy in every file
  (plain JSON/YAML, CloudFormation/SAM/CDK templates, Terraform .tf and plan JSON) is matched by key and gets
  CheckNoNewAccess, the critical permissions of --config (the action's .github/iam-proof.yml format) and
  CheckNoPublicAccess. Use it for generated output that is not committed (cdk.out, terraform show -json).
  --parameter NAME=VALUE pins a template parameter or Terraform variable (repeatable, comma-separated).`;

const NEW_FILES: readonly NewFilesMode[] = ['skip', 'fail'];

export async function reviewCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    config: { type: 'string' },
    'policy-paths': { type: 'string' },
    'new-files': { type: 'string' },
    parameter: { type: 'string', multiple: true },
  });
  if (values.help === true) return (io.stdout(`${REVIEW_USAGE}\n`), 0);
  const settings = commonSettings(values);
  const newFiles = values['new-files'] ?? 'skip';
  if (typeof newFiles !== 'string' || !(NEW_FILES as readonly string[]).includes(newFiles))
    throw new UsageError(`--new-files must be skip or fail, not ${String(newFiles)}`);
  const configPath = typeof values.config === 'string' ? values.config : undefined;
  const extra: Record<string, Buffer> =
    configPath === undefined ? {} : { [DEFAULT_CRITICAL_PERMISSIONS]: await readFile(configPath) };
  const git = await treePairGit(requiredOption(values.base, 'base'), requiredOption(values.head, 'head'), extra);
  const verifier = await io.createVerifier(settings.timeoutMs);
  let result;
  try {
    result = await reviewRun(
      git,
      {
        commits: { base: TREE_BASE, head: TREE_HEAD },
        criticalPermissions: { path: DEFAULT_CRITICAL_PERMISSIONS, required: configPath !== undefined },
        settings: {
          policyPaths: listOption(values['policy-paths'], 'policy-paths') ?? [],
          newFiles: newFiles as NewFilesMode,
          timeoutMs: settings.timeoutMs,
          parameters: parametersOf(values.parameter),
        },
      },
      [verifier],
    );
  } finally {
    await verifier.close();
  }
  const documents = runDocuments(result.report, { failOn: 'error', reportPath: '', toolVersion: '0.1.0' });
  if (settings.format === 'json') io.stdout(documents.reportJson);
  else {
    for (const file of result.report.files)
      io.stdout(`${file.path}: ${file.status}${file.note === undefined ? '' : ` — ${file.note}`}\n`);
    for (const note of result.report.notes ?? []) io.stdout(`${note.level}: ${note.message}\n`);
    for (const finding of documents.findings) {
      const where = `${finding.path ?? configPath ?? 'input'}${finding.span === undefined ? '' : `:${finding.span.line}:${finding.span.column}`}`;
      io.stdout(`${where}: ${annotationTitle(finding)}: ${annotationMessage(finding).replace(/\n/g, '\n  ')}\n`);
    }
    io.stdout(
      `result: ${documents.gate.result} (${documents.findings.length} finding${documents.findings.length === 1 ? '' : 's'})\n`,
    );
  }
  return documents.gate.result === 'pass' ? 0 : documents.gate.result === 'fail' ? 2 : 1;
}

function parametersOf(values: readonly (string | boolean)[] | string | boolean | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
  for (const item of list.flatMap((v) => (typeof v === 'string' ? v.split(',') : []))) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`--parameter takes NAME=VALUE, not ${item}`);
    out[item.slice(0, eq).trim()] = item.slice(eq + 1);
  }
  return out;
}
