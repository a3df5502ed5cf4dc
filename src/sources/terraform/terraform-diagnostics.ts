/**
 * Diagnostic codes of the Terraform readers (source and plan). Stable; the severity is fixed per code; errors fail
 * closed. Kept beside source-diagnostics.ts (the sources layer's codes) until they are merged into it.
 */
import type { Diagnostic, Severity } from '../../policy/diagnostic.js';
import type { Span } from '../../policy/span.js';

export const TERRAFORM_DIAGNOSTIC_CODES = {
  'invalid-hcl': { severity: 'error', description: 'The Terraform file is not valid HCL (or not valid Terraform JSON).' },
  'invalid-plan': { severity: 'error', description: 'The Terraform plan JSON lacks what a plan must have (format_version, resource_changes…).' },
  'unsupported-plan-version': { severity: 'error', description: 'The plan has a format_version whose major version this reader does not know.' },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type TerraformDiagnosticCode = keyof typeof TERRAFORM_DIAGNOSTIC_CODES;

export function terraformDiagnostic(code: TerraformDiagnosticCode, message: string, span: Span): Diagnostic {
  return { code, severity: TERRAFORM_DIAGNOSTIC_CODES[code].severity, message, span };
}
