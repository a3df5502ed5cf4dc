/**
 * The bytes of one version (base or head) of a changed file → a policy ready to check, or why not. Bytes come from the git
 * object database and are decoded by the parser (parsePolicyBytes: a binary file is an ERROR, not a crash).
 * A policy with an ERROR diagnostic is never checked as if it were valid (design.md §3.5).
 */
import type { Policy } from '../policy/ast.js';
import { parsePolicyBytes } from '../policy/parse-policy-bytes.js';
import { usablePolicy } from '../policy/parse-result.js';
import type { FileProblem } from './run-report.js';

export type PolicyVersion =
  | { readonly kind: 'policy'; readonly policy: Policy }
  | { readonly kind: 'not-a-policy' }
  | { readonly kind: 'error'; readonly problems: readonly FileProblem[] }
  /** Not readable as JSON/YAML at all, and no "Statement" anywhere in the text: a policy only if the user says so. */
  | { readonly kind: 'unreadable'; readonly problems: readonly FileProblem[] }
  | { readonly kind: 'absent' };

/** Problems of the file's syntax (JSONC, Helm templates, multi-document YAML…), before any policy shape is seen. */
const SYNTAX_CODES = new Set(['invalid-json', 'invalid-yaml', 'empty-document', 'too-deep', 'unsupported-yaml']);

/** The first line of a Git LFS pointer file (git-lfs spec v1): the content lives elsewhere, not in the repository. */
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v\d+\r?\n/;

export function policyVersionOf(bytes: Uint8Array): PolicyVersion {
  if (LFS_POINTER.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1'))) {
    // Unreadable, not an ERROR by itself: LFS often holds large JSON data. A policy path or a base that was a policy makes it one.
    return {
      kind: 'unreadable',
      problems: [
        {
          message:
            'a Git LFS pointer: the file content is not in the repository, so it cannot be checked (keep policies out of LFS)',
          code: 'lfs-pointer',
        },
      ],
    };
  }
  const parsed = parsePolicyBytes(bytes);
  const problems: FileProblem[] = parsed.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ message: d.message, code: d.code, span: d.span }));
  if (problems.length === 0 && parsed.kind === 'not-a-policy') return { kind: 'not-a-policy' };
  const policy = usablePolicy(parsed);
  if (policy !== undefined) return { kind: 'policy', policy };
  // Fail closed: an unreadable document without a diagnostic is still an ERROR, never a skip.
  if (problems.length === 0)
    return {
      kind: 'error',
      problems: [{ message: 'the document could not be read as JSON or YAML', code: 'parser-failure' }],
    };
  const syntaxOnly = problems.every((p) => p.code !== undefined && SYNTAX_CODES.has(p.code));
  // Valid UTF-8 here (invalid-utf8 is not a syntax code); any spelling of "statement" keeps it an ERROR.
  if (syntaxOnly && !/statement/i.test(new TextDecoder().decode(bytes))) return { kind: 'unreadable', problems };
  return { kind: 'error', problems };
}
