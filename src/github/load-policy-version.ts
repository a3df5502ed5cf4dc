/**
 * One version (base or head) of a changed file → a policy ready to check, or why not. Bytes come from the git
 * object database and are decoded by the parser (parsePolicyBytes: a binary file is an ERROR, not a crash).
 * A policy with an ERROR diagnostic is never checked as if it were valid (design.md §3.5).
 */
import type { Policy } from '../policy/ast.js';
import { parsePolicyBytes } from '../policy/parse-policy-bytes.js';
import type { FileProblem } from '../report/run-report.js';
import type { Git } from './git.js';
import { kindOfMode } from './git-mode.js';

export type PolicyVersion =
  | { readonly kind: 'policy'; readonly policy: Policy }
  | { readonly kind: 'not-a-policy' }
  | { readonly kind: 'error'; readonly problems: readonly FileProblem[] }
  /** Not readable as JSON/YAML at all, and no "Statement" anywhere in the text: a policy only if the user says so. */
  | { readonly kind: 'unreadable'; readonly problems: readonly FileProblem[] }
  | { readonly kind: 'absent' }
  | { readonly kind: 'symlink'; readonly target: string }
  | { readonly kind: 'not-a-file'; readonly mode: string };

/** Problems of the file's syntax (JSONC, Helm templates, multi-document YAML…), before any policy shape is seen. */
const SYNTAX_CODES = new Set(['invalid-json', 'invalid-yaml', 'empty-document', 'too-deep', 'unsupported-yaml']);

export async function loadPolicyVersion(git: Git, side: { readonly mode: string; readonly blob: string } | undefined): Promise<PolicyVersion> {
  if (side === undefined) return { kind: 'absent' };
  const kind = kindOfMode(side.mode);
  if (kind === 'symlink') return { kind: 'symlink', target: (await git.readBlob(side.blob)).toString('utf8') };
  if (kind === 'other') return { kind: 'not-a-file', mode: side.mode };
  return policyVersionOf(await git.readBlob(side.blob));
}

export function policyVersionOf(bytes: Uint8Array): PolicyVersion {
  const parsed = parsePolicyBytes(bytes);
  const problems: FileProblem[] = parsed.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ message: d.message, code: d.code, span: d.span }));
  if (problems.length === 0 && parsed.kind === 'not-a-policy') return { kind: 'not-a-policy' };
  if (problems.length === 0 && parsed.kind === 'policy') return { kind: 'policy', policy: parsed.policy };
  // Fail closed: an unreadable document without a diagnostic is still an ERROR, never a skip.
  if (problems.length === 0) return { kind: 'error', problems: [{ message: 'the document could not be read as JSON or YAML', code: parsed.kind }] };
  const syntaxOnly = problems.every((p) => p.code !== undefined && SYNTAX_CODES.has(p.code));
  // Valid UTF-8 here (invalid-utf8 is not a syntax code); any spelling of "statement" keeps it an ERROR.
  if (syntaxOnly && !/statement/i.test(new TextDecoder().decode(bytes))) return { kind: 'unreadable', problems };
  return { kind: 'error', problems };
}
