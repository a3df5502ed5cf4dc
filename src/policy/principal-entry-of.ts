import type { PrincipalEntry } from './ast.js';
import { splitArn } from './arn.js';
import type { Span } from './span.js';

type Entry = PrincipalEntry;
const ACCOUNT = /^\d{12}$/;
/** IAM unique ids (AIDA… users, AROA… roles, …) shown once the named entity was deleted (§2.3.2, case 70). */
const UNIQUE_ID = /^A[A-Z]{3}[A-Z0-9]{12,}$/;

/**
 * One value of `{"AWS": …}` (iam-semantics.md §2.3.2). Only the whole value `*` is a wildcard; a partial
 * wildcard makes the entry match nobody (case 65), as does a unique id. `problem` says what to report.
 */
export function awsPrincipalOf(
  text: string,
  span: Span,
): { entry: Entry; problem?: 'partial-wildcard' | 'unique-id' | 'invalid' } {
  const nothing = (why: string): Entry => ({ text, span, kind: 'nothing', why });
  if (text === '*') return { entry: { text, span, kind: 'any' } };
  if (/[*?]/.test(text)) return { entry: nothing('partial wildcard in principal'), problem: 'partial-wildcard' };
  if (ACCOUNT.test(text)) return { entry: { text, span, kind: 'account', account: text } };
  if (UNIQUE_ID.test(text)) return { entry: nothing('unique id of a deleted entity'), problem: 'unique-id' };
  const [arn, partition, service, region, account, resource] = splitArn(text);
  if (
    arn !== 'arn' ||
    partition === '' ||
    resource === undefined ||
    region !== '' ||
    account === undefined ||
    !ACCOUNT.test(account)
  ) {
    return { entry: nothing('not an account id or IAM/STS ARN'), problem: 'invalid' };
  }
  const slash = resource.indexOf('/');
  const type = slash === -1 ? resource : resource.slice(0, slash);
  const names = slash === -1 ? [] : resource.slice(slash + 1).split('/');
  const last = names[names.length - 1] ?? '';
  if (service === 'iam' && resource === 'root') return { entry: { text, span, kind: 'account', account } };
  if (service === 'iam' && type === 'user' && last !== '')
    return { entry: { text, span, kind: 'user', arn: text, account } };
  if (service === 'iam' && type === 'role' && last !== '')
    return { entry: { text, span, kind: 'role', arn: text, account, roleName: last } };
  if (service === 'sts' && type === 'assumed-role' && names.length === 2 && names.every((n) => n !== '')) {
    return {
      entry: { text, span, kind: 'assumed-role', arn: text, account, roleName: names[0] ?? '', sessionName: last },
    };
  }
  if (service === 'sts' && type === 'federated-user' && last !== '')
    return { entry: { text, span, kind: 'federated-user', arn: text, account } };
  if (service === 'iam' || service === 'sts') return { entry: { text, span, kind: 'other-arn', arn: text, account } };
  return { entry: nothing('not an IAM or STS ARN'), problem: 'invalid' };
}
