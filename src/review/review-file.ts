/**
 * One changed file → its FileReport. Whatever goes wrong stays with that file (an ERROR for it, with the
 * reason) and never stops the review of the others; nothing here fails the step (main.ts does).
 */
import { ignoreEntryFor } from '../config/applicable-rules.js';
import type { ChangedFile } from '../github/git.js';
import { loadPolicyVersion } from '../github/load-policy-version.js';
import { symlinkLeavesWorkspace } from '../github/symlink-target.js';
import type { FileReport } from '../report/run-report.js';
import { checkPolicy } from './checks-for-policy.js';
import type { ReviewContext } from './review-context.js';

export async function reviewFile(change: ChangedFile, context: ReviewContext): Promise<FileReport> {
  try {
    const report = await reviewChange(change, context);
    const ignored = ignoreEntryFor(context.config, { path: change.path });
    const wholeFile = ignored !== undefined && ignored.check === undefined && ignored.rule === undefined;
    return wholeFile && report.problems.length > 0 ? { ...report, ignoredBecause: ignored.reason } : report;
  } catch (error) {
    const why = `could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    return { ...fileOf(change), status: 'error', outcomes: [], problems: [{ message: why }] };
  }
}

function fileOf(change: ChangedFile): Pick<FileReport, 'path' | 'change' | 'oldPath'> {
  return { path: change.path, change: change.change, ...(change.oldPath === undefined ? {} : { oldPath: change.oldPath }) };
}

async function reviewChange(change: ChangedFile, context: ReviewContext): Promise<FileReport> {
  const entry = { ...fileOf(change), outcomes: [], problems: [] };
  if (change.change === 'deleted') return { ...entry, status: 'deleted' };
  const head = await loadPolicyVersion(context.git, change.head);
  switch (head.kind) {
    case 'absent':
    case 'not-a-policy':
      return { ...entry, status: 'not-a-policy' };
    case 'not-a-file':
      return { ...entry, status: 'skipped', note: `not a regular file (git mode ${head.mode})` };
    case 'error':
      return { ...entry, status: 'error', problems: head.problems };
    case 'unreadable':
      // With the default selection (every changed .json/.yaml/.yml) a tsconfig with comments or a Helm template
      // is no policy; a file the user lists in policy-paths is one, so there it fails closed.
      return context.settings.policyPaths.length === 0
        ? { ...entry, status: 'not-a-policy', note: 'not valid JSON/YAML and no "Statement" in it: not a policy by shape, skipped (list it in policy-paths to check it)' }
        : { ...entry, status: 'error', problems: head.problems };
    case 'symlink': {
      const outside = symlinkLeavesWorkspace(change.path, head.target);
      const note = outside
        ? `symlink pointing outside the repository (${head.target}): not followed, not checked`
        : `symlink to ${head.target}: not followed (the target is checked when it changes)`;
      context.notices.push({ path: change.path, message: note, level: outside ? 'warning' : 'notice' });
      return { ...entry, status: 'skipped', note };
    }
    case 'policy': {
      const { outcomes, note } = await checkPolicy(change, head.policy, context);
      // A new file under new-files: skip with no critical permission or public-access check to run: say so, not "checked".
      if (outcomes.length === 0) return { ...entry, status: 'skipped', note: `${note ?? 'nothing to compare with'}; no other check applies` };
      return { ...entry, status: 'checked', outcomes, ...(note === undefined ? {} : { note }) };
    }
  }
}
