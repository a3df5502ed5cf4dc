/** What a git tree mode says an entry is (git's object model: 100644/100755 file, 120000 symlink, 160000 submodule…). */
export type ModeKind = 'file' | 'symlink' | 'other';

export function kindOfMode(mode: string): ModeKind {
  if (mode === '120000') return 'symlink';
  if (mode === '100644' || mode === '100755') return 'file';
  return 'other';
}
