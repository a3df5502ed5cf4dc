/**
 * Global condition keys that always carry one value (iam-semantics.md §3.1, [GK]). A ForAllValues/ForAnyValue
 * qualifier on them is the over-permissive misuse Access Analyzer warns about (§3.6, case 44). Lower-cased.
 * Deliberately short: a key missing here only means a missing warning.
 */
const EXACT = new Set([
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:currenttime',
  'aws:epochtime',
  'aws:securetransport',
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principaltype',
  'aws:userid',
  'aws:username',
  'aws:requestedregion',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'aws:tokenissuetime',
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:resourceaccount',
  'aws:resourceorgid',
  'aws:viaawsservice',
  'aws:principalisawsservice',
  'aws:referer',
  'aws:useragent',
  'aws:sourceidentity',
]);
const PREFIXES = ['aws:resourcetag/', 'aws:requesttag/', 'aws:principaltag/'];

export function isSingleValuedKey(key: string): boolean {
  return EXACT.has(key) || PREFIXES.some((prefix) => key.startsWith(prefix));
}
