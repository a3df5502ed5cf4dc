/**
 * What one policy of a changed file is compared with by CheckNoNewAccess: the policy with the same key in the
 * file's base version, when that is a valid policy (a plain file has one policy, key '').
 */
import type { Policy } from '../policy/ast.js';
import type { SourcePolicy, UnmodelledGrant } from '../sources/source-policy.js';
import type { ChangedFile } from './git-port.js';

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

/** The base version of a file as far as policies go: those it holds, and whether it could be read at all. */
export interface BasePolicies {
  readonly policies: readonly SourcePolicy[];
  /** The file could not be read as what it claims to be (invalid JSON/YAML/HCL…). */
  readonly invalid: boolean;
  /** Definitions creating access the gate does not model (sources' UnmodelledGrant). */
  readonly unmodelled?: readonly UnmodelledGrant[];
}

/** `base`: undefined when the file is new or its base version is no file the gate reads. `key`: the policy's key. */
export function baseVersionOf(change: ChangedFile, base: BasePolicies | undefined, key: string): BaseVersion {
  if (change.change === 'added') return { kind: 'none', why: 'new file' };
  const where = change.oldPath === undefined ? 'base version' : `base version of ${change.oldPath}`;
  const against = key === '' ? where : `${key} in the ${where}`;
  if (base === undefined) return { kind: 'none', why: `the ${where} is not a policy` };
  const same = base.policies.find((p) => p.key === key);
  if (same === undefined && base.invalid) return { kind: 'none', why: `the ${where} is not a valid policy` };
  if (same === undefined)
    return { kind: 'none', why: key === '' ? `the ${where} is not a policy` : `${key} is new in this file` };
  if (same.policy === undefined || same.diagnostics.some((d) => d.severity === 'error'))
    return { kind: 'none', why: `the ${against} is not a valid policy` };
  if (same.unresolved.length > 0)
    return { kind: 'none', why: `the ${against} holds values that could not be resolved` };
  return {
    kind: 'policy',
    policy: same.policy,
    against,
    editedRename: change.change === 'renamed' && (change.similarity ?? 0) < 100,
  };
}
