/** What a git tree mode says an entry is (git's object model: 100644/100755 file, 120000 symlink, 160000 submodule…). */
export type ModeKind = 'file' | 'symlink' | 'other';

export function kindOfMode(mode: string): ModeKind {
  if (mode === '120000') return 'symlink';
  if (mode === '100644' || mode === '100755') return 'file';
  return 'other';
}

/** A tree entry that is not a regular file or a symlink, in words. */
export function describeMode(mode: string): string {
  if (mode === '160000') return 'a submodule (gitlink)';
  if (mode === '040000' || mode === '40000') return 'a directory';
  return `not a regular file (git mode ${mode})`;
}
