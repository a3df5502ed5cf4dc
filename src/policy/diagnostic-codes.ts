export type Severity = 'error' | 'warning' | 'notice';

/**
 * Every diagnostic code parsePolicy can report, with its fixed severity and a one-line description.
 * Codes are stable (documented in the README); severities follow iam-semantics.md §1.2/§1.6: `error` for what
 * AWS rejects or what makes the meaning unknowable, `warning` for Access-Analyzer-style advice.
 */
export const DIAGNOSTIC_CODES = {
  'invalid-json': { severity: 'error', description: 'The file looks like JSON but is not valid JSON.' },
  'invalid-yaml': { severity: 'error', description: 'The file is not valid YAML.' },
  'invalid-utf8': { severity: 'error', description: 'The file bytes are not valid UTF-8.' },
  'empty-document': { severity: 'error', description: 'The file is empty or holds only whitespace/comments.' },
  'too-deep': {
    severity: 'error',
    description: 'Brackets are nested deeper than any IAM policy needs; parsing stopped.',
  },
  'unsupported-yaml': {
    severity: 'error',
    description: 'A YAML feature with no JSON equivalent (alias, complex key, several documents) is used.',
  },
  'parser-failure': {
    severity: 'error',
    description: 'The parser failed unexpectedly; the file is treated as invalid.',
  },
  'not-a-policy': { severity: 'notice', description: 'The document is not an object with a Statement; it is skipped.' },
  'duplicate-key': {
    severity: 'error',
    description: 'An object repeats a key; AWS behaviour is undefined, so the policy is rejected.',
  },
  'wrong-type': {
    severity: 'error',
    description: 'An element has the wrong JSON type (e.g. Effect is a number, Statement is a string).',
  },
  'unknown-element': {
    severity: 'error',
    description: 'An element name is not part of the IAM policy grammar at this level.',
  },
  'invalid-character': {
    severity: 'error',
    description: 'A character outside TAB, LF, CR and U+0020–U+00FF, which IAM rejects.',
  },
  'invalid-version': { severity: 'error', description: 'Version is neither "2012-10-17" nor "2008-10-17".' },
  'missing-version': {
    severity: 'warning',
    description: 'No Version: policy variables are not recognised and are matched literally.',
  },
  'policy-too-large': {
    severity: 'warning',
    description: 'The policy exceeds the IAM size quota (non-whitespace characters).',
  },
  'policy-beyond-checked-size': {
    severity: 'error',
    description:
      'The policy is larger than any IAM size quota allows by far, and larger than iam-proof checks (CHECKED_SIZE_LIMIT).',
  },
  'missing-statement': { severity: 'error', description: 'The policy has no Statement element.' },
  'duplicate-sid': { severity: 'error', description: 'Two statements have the same Sid.' },
  'invalid-sid': {
    severity: 'warning',
    description: 'The Sid has characters other than A-Z, a-z, 0-9, which IAM policies reject.',
  },
  'missing-effect': { severity: 'error', description: 'A statement has no Effect.' },
  'invalid-effect': { severity: 'error', description: 'Effect is not exactly "Allow" or "Deny" (case-sensitive).' },
  'missing-action': { severity: 'error', description: 'A statement has neither Action nor NotAction.' },
  'action-and-notaction': { severity: 'error', description: 'A statement has both Action and NotAction.' },
  'malformed-action': {
    severity: 'warning',
    description: 'An action pattern matches no action (no colon, empty name, blank or comma).',
  },
  'invalid-action-service': {
    severity: 'error',
    description: 'An action has a wildcard in its service prefix (e.g. "*:Get*"), which AWS does not support.',
  },
  'missing-resource': {
    severity: 'error',
    description: 'A statement of an identity policy has neither Resource nor NotResource.',
  },
  'resource-and-notresource': { severity: 'error', description: 'A statement has both Resource and NotResource.' },
  'malformed-arn': {
    severity: 'warning',
    description:
      'A resource ARN has fewer than six colon-separated fields (padded with * in identity policies, matches nothing in resource policies — K2).',
  },
  'principal-and-notprincipal': { severity: 'error', description: 'A statement has both Principal and NotPrincipal.' },
  'principal-in-identity-policy': {
    severity: 'error',
    description: 'An identity policy statement names a Principal or NotPrincipal.',
  },
  'missing-principal': {
    severity: 'error',
    description: 'A statement of a resource policy has no Principal or NotPrincipal.',
  },
  'principal-partial-wildcard': {
    severity: 'error',
    description: 'A principal uses a wildcard other than the whole value "*"; it matches nobody.',
  },
  'invalid-principal': {
    severity: 'error',
    description: 'A principal value or principal type that AWS does not accept.',
  },
  'principal-unique-id': {
    severity: 'warning',
    description: 'A principal is a unique ID (AIDA…, AROA…): its entity was deleted, it matches nobody.',
  },
  'notprincipal-with-allow': {
    severity: 'warning',
    description: 'NotPrincipal with Allow grants everyone else, anonymous callers included.',
  },
  'unknown-condition-operator': {
    severity: 'error',
    description: 'A condition operator name is not an IAM operator (names are case-sensitive).',
  },
  'null-with-ifexists': { severity: 'error', description: 'The Null operator does not take IfExists.' },
  'null-with-qualifier': {
    severity: 'warning',
    description: 'Null with ForAllValues/ForAnyValue: the condition is constant (Access Analyzer).',
  },
  'duplicate-condition-key': {
    severity: 'error',
    description: 'One operator block names the same key twice with different case.',
  },
  'multiple-bool-values': { severity: 'error', description: 'A Bool condition key has more than one value.' },
  'invalid-number': { severity: 'error', description: 'A Numeric condition value is not an integer or decimal.' },
  'invalid-date': {
    severity: 'error',
    description: 'A Date condition value is neither W3C ISO 8601 nor integer epoch seconds.',
  },
  'invalid-bool': { severity: 'error', description: 'A Bool condition value is not true or false.' },
  'invalid-null-value': { severity: 'error', description: 'A Null condition value is not true or false.' },
  'invalid-ip': { severity: 'error', description: 'An IpAddress condition value is not an IPv4/IPv6 address or CIDR.' },
  'invalid-binary': { severity: 'error', description: 'A BinaryEquals condition value is not base-64.' },
  'variable-not-allowed': {
    severity: 'error',
    description:
      'A policy variable where IAM does not substitute it (Action, Principal, condition key names, Numeric/Date/IP/Binary/Null operators).',
  },
  'variable-in-arn-prefix': {
    severity: 'warning',
    description:
      'A policy variable before the fifth colon of a resource ARN; Access Analyzer rejects it, though AWS managed policies use it.',
  },
  'invalid-variable': {
    severity: 'error',
    description: 'A malformed policy variable: unclosed ${, empty ${}, space in the name, or a default without quotes.',
  },
  'short-arn-condition': {
    severity: 'warning',
    description:
      'An Arn* condition value has fewer than six colon-separated fields: it matches no ARN, so ArnLike/ArnEquals are never true and ArnNotLike/ArnNotEquals always are.',
  },
  'wildcard-without-like': {
    severity: 'warning',
    description: 'A * or ? in a value of a non-Like operator is a literal character, not a wildcard.',
  },
  'set-operator-on-single-valued-key': {
    severity: 'warning',
    description: 'ForAllValues/ForAnyValue on a single-valued key is overly permissive or never true.',
  },
  'empty-list': {
    severity: 'warning',
    description: 'An empty list: the element matches nothing (or everything under Not…).',
  },
  // A file as a whole, before or beside its policy (the review and the CLI).
  'unreadable-file': { severity: 'error', description: 'The file could not be read from disk.' },
  'lfs-pointer': {
    severity: 'error',
    description: 'The file is a Git LFS pointer: its content is not in the repository.',
  },
  symlink: {
    severity: 'error',
    description: 'A symlink that leaves the repository, dangles, loops or names a directory.',
  },
  'not-a-file': { severity: 'error', description: 'A submodule (gitlink) or another tree entry that is not a file.' },
  'no-longer-a-policy': {
    severity: 'error',
    description: 'The base version was a policy; the head version is not one by shape.',
  },
  // The sources layer: a file → the policies in it (sources/).
  'file-too-large': {
    severity: 'error',
    description: 'The file is larger than the sources layer reads (MAX_SOURCE_BYTES): its policies were not checked.',
  },
  'unrecognised-file': {
    severity: 'notice',
    description: 'The file is none of the formats read (policy, CloudFormation/SAM/CDK, Terraform, plan).',
  },
  'format-not-supported': {
    severity: 'error',
    description: 'The file is in a format the gate recognises but cannot read yet.',
  },
  'cloudformation-tag-outside-template': {
    severity: 'error',
    description: 'A CloudFormation tag (!Sub, !Ref, …) in a file that is not a template: its value is unknown.',
  },
  'unknown-yaml-tag': {
    severity: 'error',
    description: 'A YAML tag that is neither standard nor a CloudFormation short form.',
  },
  'invalid-template': {
    severity: 'error',
    description: 'The template is malformed where a policy is read (Resources not an object, a Type missing…).',
  },
  'invalid-policy-property': {
    severity: 'error',
    description: 'A property that holds a policy is neither an object nor a JSON string.',
  },
  'policy-string-not-json': {
    severity: 'error',
    description: 'A policy given as a string is not a JSON/YAML policy document.',
  },
  'no-policy-in-template': { severity: 'notice', description: 'A template in which no IAM policy was found.' },
  'invalid-hcl': {
    severity: 'error',
    description:
      'The Terraform file is not valid HCL (or not valid Terraform JSON), or sets what Terraform rejects (an argument twice, a duplicate resource).',
  },
  'invalid-plan': {
    severity: 'error',
    description: 'The Terraform plan JSON lacks what a plan must have, or is incomplete (errored, deferred changes).',
  },
  'unsupported-plan-version': {
    severity: 'error',
    description: 'The plan has a format_version whose major version is not 1.',
  },
  // The configuration file (.github/iam-proof.yml).
  'config-syntax': { severity: 'error', description: 'The configuration is not valid YAML.' },
  'config-unknown-key': {
    severity: 'error',
    description: 'A key the configuration schema does not know (a misspelling must not weaken the gate).',
  },
  'config-missing-key': { severity: 'error', description: 'A required key of the configuration is missing.' },
  'config-wrong-type': {
    severity: 'error',
    description: 'A configuration value has the wrong type (mapping, list, string, boolean).',
  },
  'config-invalid-value': { severity: 'error', description: 'A configuration value is not one of the allowed values.' },
  'config-unknown-action': { severity: 'error', description: 'A critical action matches no action of the catalogue.' },
  'config-expired-ignore': {
    severity: 'error',
    description: 'An ignore entry is past its expires date (the access must be reviewed again).',
  },
  'config-unknown-rule': {
    severity: 'error',
    description: 'An ignore entry names a rule the configuration does not define, or a rule name is used twice.',
  },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
