/**
 * The configuration and the reference policy decide what the gate accepts, so a pull request must not be able to
 * loosen them for itself: they are read from the base commit. Only when the base does not have the file (first
 * set-up) is the head version used, and the caller says so in the log.
 */
import type { Git } from './git.js';

export type TrustedFile =
  | { readonly kind: 'found'; readonly bytes: Buffer; readonly from: 'base' | 'head'; readonly changedInHead: boolean }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unusable'; readonly why: string };

export async function readTrustedFile(git: Git, base: string, head: string, path: string): Promise<TrustedFile> {
  const [inBase, inHead] = await Promise.all([git.entryAt(base, path), git.entryAt(head, path)]);
  for (const [entry, where] of [[inBase, 'base'], [inHead, 'head']] as const) {
    if (entry.kind === 'symlink') return { kind: 'unusable', why: `${path} is a symlink in the ${where} commit; symlinks are not followed` };
    if (entry.kind === 'other') return { kind: 'unusable', why: `${path} is not a file in the ${where} commit` };
  }
  if (inBase.kind === 'file') {
    const changedInHead = inHead.kind !== 'file' || inHead.blob !== inBase.blob;
    return { kind: 'found', bytes: await git.readBlob(inBase.blob), from: 'base', changedInHead };
  }
  if (inHead.kind === 'file') return { kind: 'found', bytes: await git.readBlob(inHead.blob), from: 'head', changedInHead: true };
  return { kind: 'missing' };
}
