import { describe, expect, it } from '@jest/globals';
import { symlinkLeavesWorkspace } from '../../src/review/symlink-target.js';

describe('symlink targets', () => {
  it('leave the workspace when absolute or climbing above the root', () => {
    expect(symlinkLeavesWorkspace('policies/a.json', '/etc/passwd')).toBe(true);
    expect(symlinkLeavesWorkspace('policies/a.json', '../../secret.json')).toBe(true);
    expect(symlinkLeavesWorkspace('a.json', '..')).toBe(true);
  });

  it('stay inside when they resolve within the repository', () => {
    expect(symlinkLeavesWorkspace('policies/a.json', '../shared/b.json')).toBe(false);
    expect(symlinkLeavesWorkspace('policies/a.json', 'b.json')).toBe(false);
  });
});
