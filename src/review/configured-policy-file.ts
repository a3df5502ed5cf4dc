/**
 * One policy file named by the configuration (a principal's identity policy or boundary, an SCP), read from one
 * commit's tree: a symlink is followed inside the repository, and what is not a valid policy document — a Git LFS
 * pointer, a submodule, invalid JSON/YAML, a document without `Statement`, an invalid policy — is unusable, with why.
 */
import type { Policy } from '../policy/ast.js';
import { describeMode, kindOfMode } from './git-mode.js';
import type { Git } from './git-port.js';
import { policyVersionOf } from './policy-version.js';
import { resolveSymlink } from './symlink-target.js';

export type ConfiguredPolicyFile =
  | { readonly kind: 'policy'; readonly path: string; readonly policy: Policy }
  | { readonly kind: 'absent'; readonly path: string }
  | { readonly kind: 'unusable'; readonly path: string; readonly why: string };

export async function readConfiguredPolicy(git: Git, commit: string, path: string): Promise<ConfiguredPolicyFile> {
  const entry = await git.entryAt(commit, path);
  if (entry.kind === 'missing') return { kind: 'absent', path };
  if (entry.kind === 'other') return { kind: 'unusable', path, why: `${describeMode(entry.mode)}, not a policy file` };
  let blob = entry.blob;
  if (entry.kind === 'symlink') {
    const resolved = await resolveSymlink(git, commit, path, entry.blob);
    if (resolved.kind === 'unusable') return { kind: 'unusable', path, why: resolved.why };
    if (kindOfMode(resolved.mode) !== 'file') return { kind: 'unusable', path, why: 'not a regular file' };
    blob = resolved.blob;
  }
  const version = policyVersionOf(await git.readBlob(blob));
  switch (version.kind) {
    case 'policy':
      // A principal's policies and SCPs name no Principal: a resource-based policy here is a mistake, not a part.
      return version.policy.type === 'identity'
        ? { kind: 'policy', path, policy: version.policy }
        : { kind: 'unusable', path, why: 'a resource-based policy (it has Principal), not an identity policy or SCP' };
    case 'absent':
      return { kind: 'absent', path };
    case 'not-a-policy':
      return { kind: 'unusable', path, why: 'not an IAM policy (no top-level Statement)' };
    case 'error':
    case 'unreadable':
      return {
        kind: 'unusable',
        path,
        why: version.problems
          .map((p) => ('span' in p && p.span !== undefined ? `line ${p.span.line}: ${p.message}` : p.message))
          .join('; '),
      };
  }
}
