/** What a changed file is compared with by CheckNoNewAccess: its own base version, when that is a valid policy. */
import type { ChangedFile, Git } from '../github/git.js';
import { loadPolicyVersion } from '../github/load-policy-version.js';
import type { Policy } from '../policy/ast.js';

export type BaseVersion =
  | { readonly kind: 'policy'; readonly policy: Policy; readonly against: string }
  /** Nothing to compare with; `why` completes "…, so CheckNoNewAccess was not run" in messages. */
  | { readonly kind: 'none'; readonly why: string };

export async function baseVersion(git: Git, change: ChangedFile): Promise<BaseVersion> {
  if (change.change === 'added') return { kind: 'none', why: 'new file' };
  const base = await loadPolicyVersion(git, change.base);
  const against = change.oldPath === undefined ? 'base version' : `base version of ${change.oldPath}`;
  switch (base.kind) {
    case 'policy':
      return { kind: 'policy', policy: base.policy, against };
    case 'error':
    case 'unreadable':
      return { kind: 'none', why: `the ${against} is not a valid policy` };
    default:
      return { kind: 'none', why: `the ${against} is not a policy` };
  }
}
