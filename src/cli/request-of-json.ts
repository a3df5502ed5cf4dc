/**
 * A request given as JSON (simulate --request) → a checked Request (semantics/request.ts). Every field is
 * verified: a misspelled field must be an error, not a request that silently means something else.
 */
import type { Principal, Request } from '../semantics/request.js';

const PRINCIPAL_FIELDS: Record<Principal['kind'], { required: string[]; optional: string[] }> = {
  anonymous: { required: [], optional: [] },
  root: { required: ['account'], optional: [] },
  user: { required: ['account', 'arn'], optional: [] },
  'role-session': { required: ['account', 'arn', 'roleArn'], optional: [] },
  'federated-user': { required: ['account', 'arn'], optional: ['parentUserArn'] },
  service: { required: ['service'], optional: [] },
  'web-identity': { required: ['provider'], optional: [] },
  'canonical-user': { required: ['id'], optional: [] },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function principalOf(value: unknown, problems: string[]): Principal | undefined {
  if (!isRecord(value)) return (problems.push('"principal" must be an object with a "kind"'), undefined);
  const kind = value.kind;
  if (typeof kind !== 'string' || !(kind in PRINCIPAL_FIELDS)) {
    problems.push(`"principal.kind" must be one of ${Object.keys(PRINCIPAL_FIELDS).join(', ')}`);
    return undefined;
  }
  const fields = PRINCIPAL_FIELDS[kind as Principal['kind']];
  for (const name of fields.required)
    if (typeof value[name] !== 'string') problems.push(`"principal.${name}" must be a string for kind ${kind}`);
  for (const name of Object.keys(value)) {
    if (name !== 'kind' && !fields.required.includes(name) && !fields.optional.includes(name))
      problems.push(`"principal.${name}" is not a field of kind ${kind}`);
  }
  return value as unknown as Principal;
}

function contextOf(value: unknown, problems: string[]): Request['context'] {
  if (value === undefined) return {};
  if (!isRecord(value)) return (problems.push('"context" must be an object of key → string or array of strings'), {});
  for (const [key, entry] of Object.entries(value)) {
    const ok = typeof entry === 'string' || (Array.isArray(entry) && entry.every((e) => typeof e === 'string'));
    if (!ok) problems.push(`"context.${key}" must be a string or an array of strings`);
  }
  return value as Request['context'];
}

/** The request, or the list of what is wrong with it. */
export function requestOfJson(value: unknown): Request | string[] {
  if (!isRecord(value)) return ['the request must be a JSON object'];
  const problems: string[] = [];
  for (const name of Object.keys(value)) {
    if (!['principal', 'action', 'resource', 'context'].includes(name))
      problems.push(`"${name}" is not a request field (principal, action, resource, context)`);
  }
  if (typeof value.action !== 'string') problems.push('"action" must be a string such as "s3:GetObject"');
  if (typeof value.resource !== 'string')
    problems.push('"resource" must be an ARN string, or "*" for an action without resource-level permissions');
  const principal = value.principal === undefined ? undefined : principalOf(value.principal, problems);
  const context = contextOf(value.context, problems);
  if (problems.length > 0) return problems;
  return {
    action: value.action as string,
    resource: value.resource as string,
    context,
    ...(principal === undefined ? {} : { principal }),
  };
}
