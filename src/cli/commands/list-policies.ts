/**
 * `list-policies FILE`: what the sources layer finds in a file (issue 10 item 8) — the first thing to run when a
 * template is not understood. Per policy: key, role, resource type, lines, statements, the named unknowns it
 * quantifies over, what could not be resolved, and its diagnostics; then the attachments (policies attached to a
 * principal by name, ARN or reference, group memberships) and each principal with the policies that make its access.
 */
import { parseArgs } from 'node:util';
import { principalsOf } from '../../principals/principals-of.js';
import { readSource } from '../../sources/read-source.js';
import type { SourceFile, SourcePolicy } from '../../sources/source-policy.js';
import type { CliIo } from '../cli-io.js';
import { COMMON_OPTIONS, commandHelp, commonSettings, UsageError } from '../command-line.js';
import { diagnosticFinding } from '../cli-findings.js';
import { readFailure } from '../read-source.js';
import { printSarif } from '../run-job-command.js';
import { fileDiagnostic, formatDiagnostic } from '../file-diagnostic.js';

export const LIST_POLICIES_USAGE = `iam-proof list-policies FILE [--parameter NAME=VALUE]…
  Lists every IAM policy found in FILE (a policy, a CloudFormation/SAM/CDK template, Terraform source or a
  plan): key, type, resource type, lines, named unknowns (deploy-time values), what could not be resolved
  and diagnostics. --parameter pins a template parameter, pseudo parameter (AWS::AccountId) or Terraform
  variable. Exits 0 when every policy was read and resolved, 1 otherwise. --format sarif lists the error
  diagnostics; --quiet prints nothing when every policy was read and resolved.`;

export const LIST_POLICIES_OPTIONS = { parameter: { type: 'string', multiple: true } } as const;

export async function listPoliciesCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...LIST_POLICIES_OPTIONS },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return (io.stdout(commandHelp(LIST_POLICIES_USAGE)), 0);
  const { format, quiet } = commonSettings(values);
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
  const path = positionals[0] as string;
  const parameters = Object.fromEntries((values.parameter ?? []).map(parameterOf));
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    io.stderr(`iam-proof list-policies: ${path}: ${readFailure(error)}\n`);
    return 1;
  }
  const encode = (t: string): Uint8Array => new TextEncoder().encode(t);
  const siblings = async (sibling: string): Promise<Uint8Array | undefined> =>
    io.readFile(sibling).then(encode, () => undefined);
  const file = await readSource(path, encode(text), siblings, { parameters });
  const complete = isComplete(file);
  if (format === 'json') io.stdout(`${JSON.stringify(asJson(path, file), null, 2)}\n`);
  else if (format === 'sarif') printSarif(io, errorDiagnostics(path, file).map(diagnosticFinding));
  else if (!(quiet && complete)) io.stdout(asText(path, file));
  return complete ? 0 : 1;
}

/** The file's and its policies' error diagnostics, for SARIF. */
function errorDiagnostics(path: string, file: SourceFile) {
  return [...file.diagnostics, ...file.policies.flatMap((p) => p.diagnostics)]
    .filter((d) => d.severity === 'error')
    .map((d) => fileDiagnostic(path, d));
}

function parameterOf(text: string): [string, string] {
  const at = text.indexOf('=');
  if (at < 1) throw new UsageError(`--parameter must be NAME=VALUE, not ${text}`);
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Read, recognised, and nothing that would make a check ERROR or UNKNOWN. */
function isComplete(file: SourceFile): boolean {
  const error = (p: { diagnostics: SourceFile['diagnostics'] }) => p.diagnostics.some((d) => d.severity === 'error');
  return (
    file.format !== undefined &&
    !error(file) &&
    file.policies.every((p) => !error(p) && p.unresolved.length === 0 && p.policy !== undefined)
  );
}

function lines(policy: SourcePolicy): string {
  return policy.span.line === policy.span.endLine
    ? `line ${policy.span.line}`
    : `lines ${policy.span.line}-${policy.span.endLine}`;
}

function asText(path: string, file: SourceFile): string {
  const out: string[] = [];
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  out.push(
    `${path}: ${file.format ?? 'not recognised'}, ${count(file.policies.length, 'policy', 'policies')}${file.attachments.length > 0 ? `, ${count(file.attachments.length, 'attachment')}` : ''}`,
  );
  for (const d of file.diagnostics) out.push(`  ${formatDiagnostic(fileDiagnostic(path, d))}`);
  for (const policy of file.policies) {
    const statements = policy.policy === undefined ? 'not parsed' : count(policy.policy.statements.length, 'statement');
    out.push(
      `  ${policy.key === '' ? '(the file)' : policy.key}  ${policy.role}${policy.resourceType === undefined ? '' : `  ${policy.resourceType}`}  ${lines(policy)}  ${statements}`,
    );
    if (policy.unknowns.length > 0) out.push(`    unknowns: ${policy.unknowns.map((u) => u.name).join(', ')}`);
    for (const u of policy.unresolved) out.push(`    unresolved (line ${u.span.line}): ${u.what}`);
    for (const d of policy.diagnostics) out.push(`    ${formatDiagnostic(fileDiagnostic(path, d))}`);
  }
  if (file.attachments.length > 0) {
    out.push('  attachments (principal  kind  policy or group):');
    for (const a of file.attachments) out.push(`    ${a.holder}  ${a.kind}  ${a.policy}  (line ${a.span.line})`);
  }
  const principals = [...principalsOf(file).values()];
  if (principals.length > 0) {
    const scope = file.format === 'terraform' ? ', from this file only (the review reads the whole module)' : '';
    out.push(`  principals (identity policies checked as a whole, within the permissions boundary${scope}):`);
    for (const p of principals) {
      out.push(
        `    ${p.key}: ${p.parts.length === 0 ? 'no identity policy' : p.parts.map((part) => part.label).join('; ')}`,
      );
      if (p.boundary !== undefined) out.push(`      boundary: ${p.boundary.label}`);
      for (const u of p.unknown) out.push(`      unknown (line ${u.span.line}): ${u.what}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function asJson(path: string, file: SourceFile): object {
  return {
    file: path,
    format: file.format ?? null,
    complete: isComplete(file),
    policies: file.policies.map((p) => ({
      key: p.key,
      role: p.role,
      resourceType: p.resourceType ?? null,
      line: p.span.line,
      endLine: p.span.endLine,
      statements:
        p.policy?.statements.map((s) => ({
          index: s.index,
          sid: s.sid ?? null,
          effect: s.effect,
          line: s.span.line,
          endLine: s.span.endLine,
        })) ?? null,
      unknowns: p.unknowns.map((u) => ({ name: u.name, line: u.span.line })),
      unresolved: p.unresolved.map((u) => ({ what: u.what, line: u.span.line, column: u.span.column })),
      diagnostics: p.diagnostics.map((d) => fileDiagnostic(path, d)),
    })),
    attachments: file.attachments.map((a) => ({ holder: a.holder, kind: a.kind, policy: a.policy, line: a.span.line })),
    diagnostics: file.diagnostics.map((d) => fileDiagnostic(path, d)),
  };
}
