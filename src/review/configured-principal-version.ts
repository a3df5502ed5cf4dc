/**
 * One side (base or head commit) of a `principals:` entry → its PrincipalVersion: one part per policy file its globs
 * match in that commit (`policy file iam/deploy/a.json`, blamed on the statement's own line), its AWS managed policies
 * from the snapshot (an ARN the snapshot lacks is a named unknown), and its boundary (a file or an AWS managed ARN).
 * Files that cannot be read are listed, not dropped silently: the caller decides (an ERROR in the head).
 */
import type { ConfigText, ConfiguredPrincipal, IamProofConfig } from '../config/iam-proof-config.js';
import type { Span } from '../policy/span.js';
import { ZERO_SPAN } from '../policy/zero-span.js';
import { awsManagedPolicy, snapshotDescription } from '../principals/aws-managed-policies.js';
import type { PolicyPart, PrincipalVersion } from '../principals/principal.js';
import type { PrincipalFiles } from './configured-files.js';
import { readConfiguredPolicy } from './configured-policy-file.js';
import type { Git } from './git-port.js';

export interface ConfiguredPrincipalSide {
  readonly version: PrincipalVersion;
  /** Files of the principal the side cannot read (an ERROR in the head). */
  readonly unreadable: readonly { readonly path: string; readonly why: string }[];
}

export async function configuredPrincipalVersion(
  request: {
    readonly git: Git;
    readonly config: IamProofConfig;
    readonly principal: ConfiguredPrincipal;
    readonly files: PrincipalFiles;
  },
  commit: string,
  which: 'base' | 'head',
): Promise<ConfiguredPrincipalSide> {
  const { principal, files } = request;
  const parts: PolicyPart[] = [];
  const unknown: { what: string; span: Span }[] = [];
  const unreadable: { path: string; why: string }[] = [];
  for (const path of files.policies[which]) {
    const file = await readConfiguredPolicy(request.git, commit, path);
    if (file.kind === 'policy') parts.push({ id: `file ${path}`, label: `policy file ${path}`, policy: file.policy });
    else if (file.kind === 'unusable') unreadable.push({ path, why: file.why });
  }
  for (const arn of principal.awsManagedPolicies) {
    const part = awsManagedPart(arn, 'attached', request.config.source);
    if ('unknown' in part) unknown.push(part.unknown);
    else parts.push(part);
  }
  let boundary: PolicyPart | undefined;
  const named = principal.permissionsBoundary;
  if (named !== undefined && named.text.startsWith('arn:')) {
    const part = awsManagedPart(named, 'permissions boundary', request.config.source);
    if ('unknown' in part) unknown.push(part.unknown);
    else boundary = part;
  } else if (files.boundary !== undefined) {
    const file = await readConfiguredPolicy(request.git, commit, files.boundary);
    if (file.kind === 'policy')
      boundary = {
        id: `file ${files.boundary}`,
        label: `permissions boundary file ${files.boundary}`,
        policy: file.policy,
      };
    else if (file.kind === 'unusable') unreadable.push({ path: files.boundary, why: file.why });
  }
  const key = `${principal.type} ${principal.name}`;
  const version: PrincipalVersion = { key, parts, unknown, ...(boundary === undefined ? {} : { boundary }) };
  return { version, unreadable };
}

function awsManagedPart(
  arn: ConfigText,
  what: 'attached' | 'permissions boundary',
  source: string | undefined,
): PolicyPart | { unknown: { what: string; span: Span } } {
  const managed = awsManagedPolicy(arn.text);
  const where = `${source ?? 'the configuration'} line ${arn.line}`;
  if (managed === undefined)
    return {
      unknown: {
        what: `${what} AWS managed policy ${arn.text} (${where}) is not in the snapshot (${snapshotDescription()})`,
        span: arn.span ?? ZERO_SPAN,
      },
    };
  return {
    id: arn.text,
    label: `${what} AWS managed policy ${managed.name} (${managed.version}, ${where})`,
    policy: managed.policy,
    attachedAt: ZERO_SPAN,
  };
}

/**
 * A user with the sides of its groups: the groups' policies apply to the user as its own (IAM User Guide, "Policy
 * evaluation logic": identity-based policies attached to the user's groups), named "(through group G)"; the user's
 * boundary alone limits it (groups have none). What a group cannot read or know, the user cannot either.
 */
export function withGroups(
  user: ConfiguredPrincipalSide,
  groups: readonly { readonly name: string; readonly side: ConfiguredPrincipalSide }[],
): ConfiguredPrincipalSide {
  const { version } = user;
  return {
    version: {
      ...version,
      parts: [
        ...version.parts,
        ...groups.flatMap(({ name, side }) =>
          side.version.parts.map((p) => ({ ...p, label: `${p.label} (through group ${name})` })),
        ),
      ],
      unknown: [
        ...version.unknown,
        ...groups.flatMap(({ name, side }) =>
          side.version.unknown.map((u) => ({ ...u, what: `through group ${name}: ${u.what}` })),
        ),
      ],
    },
    unreadable: [...user.unreadable, ...groups.flatMap(({ side }) => side.unreadable)],
  };
}
