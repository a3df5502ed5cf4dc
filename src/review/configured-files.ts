/**
 * The files the trusted configuration names as policies of something larger than a file (issue 15): the identity
 * policy files and boundary of each `principals:` entry, and the SCP files of each `service-control-policies` level,
 * expanded on each commit's tree (a glob may match other files in the head than in the base: a file moved into a
 * principal's glob widens it, one moved out narrows it). A change to any of them is covered (coverage.ts), and a
 * glob that matches nothing in the head is a warning, as for the other globs of the configuration.
 */
import { pathMatches } from '../config/glob.js';
import { FULL_AWS_ACCESS, type IamProofConfig } from '../config/iam-proof-config.js';
import type { Git, TreeListing } from './git-port.js';
import type { RunNote } from './run-report.js';

/** Paths in the base and in the head commit. */
export interface SidePaths {
  readonly base: readonly string[];
  readonly head: readonly string[];
}

export interface PrincipalFiles {
  /** Its identity policy files. */
  readonly policies: SidePaths;
  /** Its permissions boundary file, when the boundary is a file (not an AWS managed ARN). */
  readonly boundary?: string;
}

export interface ConfiguredFiles {
  /** By principal name. */
  readonly principals: ReadonlyMap<string, PrincipalFiles>;
  /** For each SCP level (root first), its files (FullAWSAccess is not a file). */
  readonly scpLevels: readonly SidePaths[];
  /** Every path named above, in either commit. */
  readonly all: ReadonlySet<string>;
  readonly notes: readonly RunNote[];
}

export const NO_CONFIGURED_FILES: ConfiguredFiles = { principals: new Map(), scpLevels: [], all: new Set(), notes: [] };

export async function configuredFiles(
  git: Git,
  commits: { readonly base: string; readonly head: string },
  config: IamProofConfig,
): Promise<ConfiguredFiles> {
  const principals = config.principals ?? [];
  const scps = config.serviceControlPolicies;
  if (principals.length === 0 && scps === undefined) return NO_CONFIGURED_FILES;
  const [baseTree, headTree] = await Promise.all([git.listTree(commits.base), git.listTree(commits.head)]);
  const all = new Set<string>();
  const notes: RunNote[] = [];
  const expand = (globs: readonly string[], what: string): SidePaths => {
    const base = matching(baseTree, globs);
    const head = matching(headTree, globs);
    for (const path of [...base, ...head]) all.add(path);
    for (const glob of globs)
      if (!head.some((path) => pathMatches(path, glob)))
        notes.push({
          level: 'warning',
          message: `${what}: ${JSON.stringify(glob)} matches no file in the head commit`,
          ...(config.source === undefined ? {} : { path: config.source }),
        });
    return { base, head };
  };
  const byName = new Map<string, PrincipalFiles>();
  for (const principal of principals) {
    const what = `principal ${JSON.stringify(principal.name)} (line ${principal.line})`;
    const policies = expand(
      principal.policies.map((p) => p.text),
      what,
    );
    const boundary = principal.permissionsBoundary?.text;
    const boundaryFile = boundary === undefined || boundary.startsWith('arn:') ? undefined : boundary;
    if (boundaryFile !== undefined) expand([boundaryFile], `${what} permissions-boundary`);
    byName.set(principal.name, { policies, ...(boundaryFile === undefined ? {} : { boundary: boundaryFile }) });
  }
  const scpLevels = (scps?.levels ?? []).map((level) =>
    expand(
      level.policies.map((p) => p.text).filter((p) => p !== FULL_AWS_ACCESS),
      `SCP level ${JSON.stringify(level.name)} (line ${level.line})`,
    ),
  );
  return { principals: byName, scpLevels, all, notes };
}

/**
 * Entries of the tree that one of the globs matches, in the tree's order: files, symlinks, and also submodules,
 * which then cannot be read (an ERROR, never a file quietly left out of a principal).
 */
function matching(tree: readonly TreeListing[], globs: readonly string[]): string[] {
  if (globs.length === 0) return [];
  return tree.filter((e) => globs.some((glob) => pathMatches(e.path, glob))).map((e) => e.path);
}
