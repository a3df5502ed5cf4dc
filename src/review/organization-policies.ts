/**
 * The SCPs of the trusted configuration (`service-control-policies:`), read once per run from both commits, and which
 * principals they limit. The levels come from the base configuration; each level's files are those its globs match
 * in each commit, read from that commit (principals/scp.ts: the base principal within the base SCPs, the head
 * principal within the base's or the head's, whichever allows). A level file the gate cannot read, in either
 * commit, makes every check it limits an ERROR (fail closed); a file deleted in the head is an SCP detached.
 */
import { pathMatches } from '../config/glob.js';
import { FULL_AWS_ACCESS, type IamProofConfig } from '../config/iam-proof-config.js';
import type { PolicyPart } from '../principals/principal.js';
import { FULL_AWS_ACCESS_PART, type ScpLevelVersion, type ScpSides } from '../principals/scp.js';
import type { ConfiguredFiles } from './configured-files.js';
import { readConfiguredPolicy } from './configured-policy-file.js';
import type { Git } from './git-port.js';

export type OrganizationPolicies =
  | { readonly kind: 'scps'; readonly paths: readonly string[]; readonly sides: ScpSides }
  | { readonly kind: 'unusable'; readonly paths: readonly string[]; readonly why: string };

export async function loadOrganizationPolicies(
  git: Git,
  commits: { readonly base: string; readonly head: string },
  config: IamProofConfig,
  files: ConfiguredFiles,
): Promise<OrganizationPolicies | undefined> {
  const scps = config.serviceControlPolicies;
  if (scps === undefined) return undefined;
  const problems: string[] = [];
  const side = async (which: 'base' | 'head'): Promise<ScpLevelVersion[]> => {
    const levels: ScpLevelVersion[] = [];
    for (const [index, level] of scps.levels.entries()) {
      const parts: PolicyPart[] = level.policies.some((p) => p.text === FULL_AWS_ACCESS) ? [FULL_AWS_ACCESS_PART] : [];
      for (const path of files.scpLevels[index]?.[which] ?? []) {
        const file = await readConfiguredPolicy(git, commits[which], path);
        if (file.kind === 'unusable')
          problems.push(`SCP ${path} (level ${level.name}) cannot be read in the ${which} commit: ${file.why}`);
        else if (file.kind === 'policy') parts.push({ id: `scp ${path}`, label: `SCP ${path}`, policy: file.policy });
      }
      levels.push({ name: level.name, parts });
    }
    return levels;
  };
  const before = await side('base');
  const after = await side('head');
  if (problems.length > 0)
    return { kind: 'unusable', paths: scps.paths, why: `service-control-policies: ${problems.join('; ')}` };
  return { kind: 'scps', paths: scps.paths, sides: { before, after } };
}

/**
 * The SCPs that limit a principal known by these paths (its file's paths, or its policy files), or undefined when
 * they do not apply. SCPs only narrow, so they apply only when EVERY path matches `paths` (a principal moved out of
 * an SCP-limited folder is not limited); throws when they apply and cannot be read (the check is then an ERROR).
 */
export function scpsFor(
  organization: OrganizationPolicies | undefined,
  paths: readonly string[],
): ScpSides | undefined {
  if (organization === undefined || !scpsApplyTo(organization, paths)) return undefined;
  if (organization.kind === 'unusable') throw new Error(organization.why);
  return organization.sides;
}

/** Whether the SCPs limit a principal known by these paths: every one of them matches `paths`. */
export function scpsApplyTo(organization: OrganizationPolicies | undefined, paths: readonly string[]): boolean {
  if (organization === undefined || paths.length === 0) return false;
  return paths.every((path) => organization.paths.some((glob) => pathMatches(path, glob)));
}
