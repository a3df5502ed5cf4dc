/** What a changed file is compared with by CheckNoNewAccess: its own base version, when that is a valid policy. */
import type { Policy } from '../policy/ast.js';
import type { ChangedFile } from './git-port.js';
import type { PolicyVersion } from './policy-version.js';

export type BaseVersion =
  | {
      readonly kind: 'policy';
      readonly policy: Policy;
      readonly against: string;
      /** Renamed with changes (git similarity below 100%): under `new-files: fail` the file counts as new. */
      readonly editedRename: boolean;
    }
  /** Nothing to compare with; `why` completes "…, so CheckNoNewAccess was not run" in messages. */
  | { readonly kind: 'none'; readonly why: string };

export function baseVersionOf(change: ChangedFile, base: PolicyVersion): BaseVersion {
  if (change.change === 'added') return { kind: 'none', why: 'new file' };
  const against = change.oldPath === undefined ? 'base version' : `base version of ${change.oldPath}`;
  switch (base.kind) {
    case 'policy':
      return { kind: 'policy', policy: base.policy, against, editedRename: change.change === 'renamed' && (change.similarity ?? 0) < 100 };
    case 'error':
    case 'unreadable':
      return { kind: 'none', why: `the ${against} is not a valid policy` };
    default:
      return { kind: 'none', why: `the ${against} is not a policy` };
  }
}
