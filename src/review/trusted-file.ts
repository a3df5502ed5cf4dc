/**
 * The configuration and the reference policy decide what the gate accepts, so a pull request must not be able to
 * loosen them for itself: they are read from the BASE commit only. The head version is looked at only to say that
 * the pull request changes the file (its change applies after merge) and, for the configuration, to take what
 * can only tighten the gate (trusted-config.ts).
 */
import type { Git, TreeEntry } from './git-port.js';

export type TrustedFile =
  | { readonly kind: 'found'; readonly bytes: Buffer; readonly head: HeadSide }
  | { readonly kind: 'missing'; readonly head: HeadSide }
  | { readonly kind: 'unusable'; readonly why: string };

/** What the pull request does to the file: nothing, changes it (bytes of its version), or removes it. */
export type HeadSide =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'changed'; readonly bytes: Buffer }
  | { readonly kind: 'removed' }
  | { readonly kind: 'unreadable'; readonly why: string };

export async function readTrustedFile(git: Git, base: string, head: string, path: string): Promise<TrustedFile> {
  const [inBase, inHead] = await Promise.all([git.entryAt(base, path), git.entryAt(head, path)]);
  if (inBase.kind === 'symlink')
    return {
      kind: 'unusable',
      why: `${path} is a symlink in the base commit; symlinks are not followed for the configuration`,
    };
  if (inBase.kind === 'other') return { kind: 'unusable', why: `${path} is not a file in the base commit` };
  const headSide = await headSideOf(git, inBase, inHead, path);
  if (inBase.kind === 'missing') return { kind: 'missing', head: headSide };
  return { kind: 'found', bytes: await git.readBlob(inBase.blob), head: headSide };
}

async function headSideOf(git: Git, inBase: TreeEntry, inHead: TreeEntry, path: string): Promise<HeadSide> {
  if (inHead.kind === 'missing') return inBase.kind === 'missing' ? { kind: 'unchanged' } : { kind: 'removed' };
  if (inHead.kind !== 'file')
    return {
      kind: 'unreadable',
      why: `${path} is ${inHead.kind === 'symlink' ? 'a symlink' : 'not a file'} in this change`,
    };
  if (inBase.kind === 'file' && inBase.blob === inHead.blob) return { kind: 'unchanged' };
  return { kind: 'changed', bytes: await git.readBlob(inHead.blob) };
}
