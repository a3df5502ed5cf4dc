import type { Diagnostic, Severity } from '../policy/diagnostic.js';
import type { Span } from '../policy/span.js';

/**
 * Diagnostic codes of the sources layer (a file → its policies), beside the policy parser's own
 * (policy/diagnostic-codes.ts). Codes are stable; the severity is fixed per code. Errors fail closed.
 */
export const SOURCE_DIAGNOSTIC_CODES = {
  'unrecognised-file': { severity: 'notice', description: 'The file is none of the formats read (policy, CloudFormation/SAM/CDK, Terraform, plan).' },
  'format-not-supported': { severity: 'error', description: 'The file is in a format the gate recognises but cannot read yet.' },
  'cloudformation-tag-outside-template': { severity: 'error', description: 'A CloudFormation tag (!Sub, !Ref, …) in a file that is not a template: its value is unknown.' },
  'unknown-yaml-tag': { severity: 'error', description: 'A YAML tag that is neither standard nor a CloudFormation short form.' },
  'invalid-template': { severity: 'error', description: 'The template is malformed where a policy is read (Resources not an object, a Type missing…).' },
  'invalid-policy-property': { severity: 'error', description: 'A property that holds a policy is neither an object nor a JSON string.' },
  'policy-string-not-json': { severity: 'error', description: 'A policy given as a string is not a JSON/YAML policy document.' },
  'no-policy-in-template': { severity: 'notice', description: 'A template in which no IAM policy was found.' },
  'invalid-hcl': { severity: 'error', description: 'The Terraform file is not valid HCL (or not valid Terraform JSON), or sets what Terraform rejects (an argument twice, a duplicate resource).' },
  'invalid-plan': { severity: 'error', description: 'The Terraform plan JSON lacks what a plan must have, or is incomplete (errored, deferred changes).' },
  'unsupported-plan-version': { severity: 'error', description: 'The plan has a format_version whose major version is not 1.' },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type SourceDiagnosticCode = keyof typeof SOURCE_DIAGNOSTIC_CODES;

export function sourceDiagnostic(code: SourceDiagnosticCode, message: string, span: Span): Diagnostic {
  return { code, severity: SOURCE_DIAGNOSTIC_CODES[code].severity, message, span };
}
