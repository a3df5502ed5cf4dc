/**
 * aws_lambda_permission → the statement Lambda adds to the function's resource policy (Lambda API AddPermission:
 * StatementId → Sid, Action, Principal, SourceArn → `ArnLike AWS:SourceArn`, SourceAccount → `StringEquals
 * AWS:SourceAccount`, PrincipalOrgID → `StringEquals aws:PrincipalOrgID`, EventSourceToken → `StringEquals
 * lambda:EventSourceToken`, FunctionUrlAuthType → `StringEquals lambda:FunctionUrlAuthType`; the function's ARN, with
 * the qualifier, as Resource). The principal's type follows lambda-principal.ts. A function given by name (or partial ARN `123456789012:function:name`) gets an
 * ARN whose partition, region (and account) are named unknowns of the permission.
 */
import type { Span } from '../../policy/span.js';
import { lambdaPrincipalType } from '../lambda-principal.js';
import { evaluate, spanIn, type Evaluation } from './evaluate-expression.js';
import type { HclBlock } from './hcl-syntax.js';
import { stringValue, textOf, type StringPiece, type TerraformEntry, type TerraformValue } from './terraform-value.js';

const CONDITIONS: readonly (readonly [string, string, string])[] = [
  ['source_arn', 'ArnLike', 'AWS:SourceArn'],
  ['source_account', 'StringEquals', 'AWS:SourceAccount'],
  ['principal_org_id', 'StringEquals', 'aws:PrincipalOrgID'],
  ['event_source_token', 'StringEquals', 'lambda:EventSourceToken'],
  ['function_url_auth_type', 'StringEquals', 'lambda:FunctionUrlAuthType'],
];

export type LambdaPermissionArguments = ReadonlyMap<string, { readonly value: TerraformValue; readonly span: Span }>;

/** The block's arguments, evaluated; `function_name` written as a reference to an `…arn` attribute is an ARN. */
export async function lambdaPermissionArguments(
  block: HclBlock,
  ev: Evaluation,
): Promise<{ args: LambdaPermissionArguments; functionIsArn: boolean }> {
  const args = new Map<string, { value: TerraformValue; span: Span }>();
  for (const attribute of block.body.attributes) {
    const value = await evaluate(attribute.value, ev);
    if (value !== undefined) args.set(attribute.name, { value, span: spanIn(ev, attribute.span) });
  }
  const written = block.body.attributes.find((a) => a.name === 'function_name')?.value;
  const last = written?.kind === 'traversal' ? written.steps.at(-1) : undefined;
  return { args, functionIsArn: last?.kind === 'attribute' && last.name.endsWith('arn') };
}

/** The policy document holding the statement; undefined when action, principal or function_name is missing. */
export function lambdaPermissionDocument(
  args: LambdaPermissionArguments,
  functionIsArn: boolean,
  address: string,
  span: Span,
  unknown: (expression: string) => string,
): TerraformValue | undefined {
  const action = args.get('action');
  const principal = args.get('principal');
  const functionName = args.get('function_name');
  if (action === undefined || principal === undefined || functionName === undefined) return undefined;
  const entry = (key: string, value: TerraformValue, at: Span): TerraformEntry => ({
    key,
    keySpan: at,
    value,
    span: at,
  });
  const statement: TerraformEntry[] = [];
  const sid = args.get('statement_id');
  if (sid !== undefined) statement.push(entry('Sid', sid.value, sid.span));
  statement.push(entry('Effect', stringValue('Allow', span), span));
  statement.push(entry('Action', action.value, action.span));
  statement.push(entry('Principal', principalOf(principal.value, principal.span), principal.span));
  statement.push(
    entry(
      'Resource',
      functionArn(functionName.value, functionIsArn, args.get('qualifier')?.value, address, unknown),
      functionName.span,
    ),
  );
  const operators = new Map<string, TerraformEntry[]>();
  for (const [attribute, operator, key] of CONDITIONS) {
    const found = args.get(attribute);
    if (found === undefined) continue;
    operators.set(operator, [...(operators.get(operator) ?? []), entry(key, found.value, found.span)]);
  }
  if (operators.size > 0) {
    const conditions = [...operators].map(([operator, keys]) =>
      entry(operator, { kind: 'object', entries: keys, span }, keys[0]?.span ?? span),
    );
    statement.push(entry('Condition', { kind: 'object', entries: conditions, span }, span));
  }
  const statementValue: TerraformValue = { kind: 'object', entries: statement, span };
  return {
    kind: 'object',
    entries: [
      entry('Version', stringValue('2012-10-17', span), span),
      entry('Statement', { kind: 'array', items: [statementValue], span }, span),
    ],
    span,
  };
}

function principalOf(value: TerraformValue, span: Span): TerraformValue {
  if (value.kind !== 'string') return value;
  const type = lambdaPrincipalType(textOf(value));
  return type === '*' ? value : { kind: 'object', entries: [{ key: type, keySpan: span, value, span }], span };
}

function functionArn(
  name: TerraformValue,
  isArn: boolean,
  qualifier: TerraformValue | undefined,
  address: string,
  unknown: (expression: string) => string,
): TerraformValue {
  if (name.kind !== 'string') return name;
  const pieces: StringPiece[] = [];
  if (!isArn && !textOf(name).startsWith('arn:')) {
    const part = (what: string): StringPiece => ({ text: unknown(`${address}.${what}`), span: name.span });
    const text = (t: string): StringPiece => ({ text: t, span: name.span });
    pieces.push(text('arn:'), part('partition'), text(':lambda:'), part('region'), text(':'));
    // A partial ARN (`123456789012:function:name`) names its account; a bare name does not.
    if (!/^\d{12}:function:/.test(textOf(name))) pieces.push(part('account_id'), text(':function:'));
  }
  pieces.push(...name.pieces);
  if (qualifier?.kind === 'string') pieces.push({ text: ':', span: qualifier.span }, ...qualifier.pieces);
  return { kind: 'string', pieces, span: name.span };
}
