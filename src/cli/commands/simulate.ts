/** `simulate`: one request through the concrete evaluator (design.md §3.1), with the statements that decided it. */
import type { Policy } from '../../policy/ast.js';
import { describeStatement } from '../../checks/describe-request.js';
import { evaluate } from '../../semantics/concrete/evaluate.js';
import type { CliIo } from '../cli-io.js';
import { commandHelp, commonSettings, parseCommandLine, policyTypeOption, requiredOption } from '../command-line.js';
import { formatDiagnostic, type FileDiagnostic } from '../file-diagnostic.js';
import { requestLines } from '../../report/request-text.js';
import { loadPolicy } from '../load-policy.js';
import { isSource, readSource, unreadable } from '../read-source.js';
import { requestOfJson } from '../request-of-json.js';
import { diagnosticFinding } from '../cli-findings.js';
import { printSarif } from '../run-job-command.js';

export const SIMULATE_USAGE = `iam-proof simulate --policy P --request REQUEST.json [--policy-type identity|resource]
  Evaluates one request against P and prints the decision (Allow, ImplicitDeny, ExplicitDeny) and the
  statements that match it. REQUEST.json: {"principal": {"kind": "anonymous"}, "action": "s3:GetObject",
  "resource": "arn:aws:s3:::b/k", "context": {"aws:SourceIp": "203.0.113.7"}} (principal and context optional).
  --format sarif lists the inputs' error diagnostics only (a decision is not a finding); --quiet prints only
  the decision.`;

export const SIMULATE_OPTIONS = {
  policy: { type: 'string' },
  request: { type: 'string' },
  'policy-type': { type: 'string' },
} as const;

function statementsAt(policy: Policy, file: string, indexes: readonly number[]) {
  return indexes.map((i) => {
    const statement = policy.statements[i]!;
    return {
      statementIndex: i,
      sid: statement.sid,
      file,
      line: statement.span.line,
      column: statement.span.column,
      label: describeStatement(statement),
    };
  });
}

export async function simulateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(args, SIMULATE_OPTIONS);
  if (values.help === true) return (io.stdout(commandHelp(SIMULATE_USAGE)), 0);
  const { format, quiet } = commonSettings(values);
  const policyType = policyTypeOption(values['policy-type']);
  const policySource = await readSource(io, requiredOption(values.policy, 'policy'));
  const requestPath = requiredOption(values.request, 'request');
  const requestSource = await readSource(io, requestPath);
  const fail = (error: string, diagnostics: readonly FileDiagnostic[]): number => {
    if (format === 'json') io.stdout(`${JSON.stringify({ result: 'ERROR', error, diagnostics }, null, 2)}\n`);
    else if (format === 'sarif')
      printSarif(io, diagnostics.filter((d) => d.severity === 'error').map(diagnosticFinding));
    else io.stdout([...diagnostics.map(formatDiagnostic), `ERROR  simulate: ${error}`].join('\n') + '\n');
    return 1;
  };
  if (!isSource(policySource) || !isSource(requestSource))
    return fail('an input file could not be read', unreadable([policySource, requestSource]));
  const loaded = loadPolicy(policySource, policyType);
  if (loaded.kind === 'error') return fail('the input is not a valid policy', loaded.diagnostics);
  let json: unknown;
  try {
    json = JSON.parse(requestSource.text);
  } catch (error) {
    return fail(
      `${requestPath} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      loaded.diagnostics,
    );
  }
  const request = requestOfJson(json);
  if (Array.isArray(request))
    return fail(`${requestPath} is not a valid request: ${request.join('; ')}`, loaded.diagnostics);
  const evaluation = evaluate(loaded.policy, request);
  const allows = statementsAt(loaded.policy, policySource.name, evaluation.matchedAllows);
  const denies = statementsAt(loaded.policy, policySource.name, evaluation.matchedDenies);
  if (format === 'json') {
    const strip = (s: ReturnType<typeof statementsAt>[number]) => ({
      statementIndex: s.statementIndex,
      sid: s.sid,
      file: s.file,
      line: s.line,
      column: s.column,
    });
    io.stdout(
      `${JSON.stringify({ decision: evaluation.decision, matchedAllows: allows.map(strip), matchedDenies: denies.map(strip), request, diagnostics: loaded.diagnostics }, null, 2)}\n`,
    );
    return 0;
  }
  if (format === 'sarif') return (printSarif(io, []), 0);
  if (quiet) return (io.stdout(`${evaluation.decision}\n`), 0);
  const lines = [
    ...loaded.diagnostics.map(formatDiagnostic),
    `${evaluation.decision}`,
    '  request:',
    ...requestLines(request, '    '),
  ];
  if (denies.length > 0) lines.push('  denied by:', ...denies.map((s) => `    ${s.file}:${s.line}  ${s.label}`));
  if (allows.length > 0)
    lines.push(
      `  ${denies.length > 0 ? 'matching Allow statements (overridden):' : 'allowed by:'}`,
      ...allows.map((s) => `    ${s.file}:${s.line}  ${s.label}`),
    );
  if (allows.length === 0 && denies.length === 0) lines.push('  no statement matches: denied by default');
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
