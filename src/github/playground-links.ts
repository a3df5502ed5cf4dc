/**
 * "Open in the playground" links for the job summary (input playground-url): for each plain policy file with a
 * finding of CheckNoNewAccess, the base and head texts go into the link's fragment (report/playground-link.ts), read
 * from the commits' objects. Policies inside templates are not linked (the playground reads policy documents).
 */
import { compressedPlaygroundLink } from '../report/playground-link.js';
import type { Git } from '../review/git-port.js';
import type { FileReport } from '../review/run-report.js';

/** Beyond this size a link is not offered (browsers and GitHub's summary cap URL lengths). */
const MAX_TEXT = 64 * 1024;

export async function playgroundLinks(
  git: Git,
  commits: { readonly base: string; readonly head: string },
  files: readonly FileReport[],
  baseUrl: string,
): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  for (const file of files) {
    const failing = file.outcomes.find(
      (o) =>
        o.check === 'no-new-access' &&
        o.policyKey === undefined &&
        (o.verdict === 'FAIL' || o.verdict === 'UNKNOWN') &&
        o.ignoredBecause === undefined,
    );
    if (failing === undefined) continue;
    const [existing, updated] = await Promise.all([
      textAt(git, commits.base, file.oldPath ?? file.path),
      textAt(git, commits.head, file.path),
    ]);
    if (updated === undefined || updated.length > MAX_TEXT || (existing?.length ?? 0) > MAX_TEXT) continue;
    const state = {
      check: 'no-new-access' as const,
      existing: existing ?? '{"Version": "2012-10-17", "Statement": []}',
      updated,
      criticalActions: [],
      trustedAccounts: [],
    };
    links.set(file.path, await compressedPlaygroundLink(baseUrl, state));
  }
  return links;
}

async function textAt(git: Git, commit: string, path: string): Promise<string | undefined> {
  const entry = await git.entryAt(commit, path);
  return entry.kind === 'file' ? (await git.readBlob(entry.blob)).toString('utf8') : undefined;
}
