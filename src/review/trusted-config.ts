/**
 * Which configuration the gate trusts (threat model: the author of the pull request is the adversary). The base
 * commit's configuration (or the defaults when the base has none) applies. A configuration the pull request adds or
 * changes is never used to loosen anything — no ignore entry, no disabled check, no trusted account of its own —
 * but what can only tighten the gate is taken at once: critical permissions it adds (by a name the base does not
 * use) and public access enabled. Everything else applies after merge, and the summary says so — among it the
 * `principals:` and `service-control-policies:` mappings (a remapping could move a widened file out of a principal).
 */
import type { IamProofConfig } from '../config/iam-proof-config.js';

export function trustedConfig(base: IamProofConfig, proposed: IamProofConfig | undefined): IamProofConfig {
  if (proposed === undefined) return base;
  const known = new Set(base.criticalPermissions.map((rule) => rule.name));
  const added = proposed.criticalPermissions.filter((rule) => !known.has(rule.name));
  return {
    ...base,
    criticalPermissions: [...base.criticalPermissions, ...added],
    publicAccess: { ...base.publicAccess, enabled: base.publicAccess.enabled || proposed.publicAccess.enabled },
  };
}

/** What the proposed configuration would loosen or change that is not applied now, for the summary. */
export function deferredChanges(base: IamProofConfig, proposed: IamProofConfig): string[] {
  const changes: string[] = [];
  const baseIgnores = new Set(
    base.ignore.map((entry) => JSON.stringify([entry.path, entry.check, entry.rule, entry.sid, entry.expires])),
  );
  const newIgnores = proposed.ignore.filter(
    (entry) => !baseIgnores.has(JSON.stringify([entry.path, entry.check, entry.rule, entry.sid, entry.expires])),
  );
  if (newIgnores.length > 0)
    changes.push(`${newIgnores.length} new ignore entr${newIgnores.length === 1 ? 'y' : 'ies'}`);
  const proposedRules = new Map(proposed.criticalPermissions.map((rule) => [rule.name, rule]));
  const dropped = base.criticalPermissions.filter((rule) => !proposedRules.has(rule.name));
  if (dropped.length > 0) changes.push(`critical permissions removed: ${dropped.map((r) => r.name).join(', ')}`);
  const edited = base.criticalPermissions.filter((rule) => {
    const other = proposedRules.get(rule.name);
    return other !== undefined && ruleText(other) !== ruleText(rule);
  });
  if (edited.length > 0) changes.push(`critical permissions edited: ${edited.map((r) => r.name).join(', ')}`);
  if (base.publicAccess.enabled && !proposed.publicAccess.enabled) changes.push('public-access disabled');
  changes.push(...principalChanges(base, proposed));
  const trusted = proposed.publicAccess.trustedAccounts.filter((a) => !base.publicAccess.trustedAccounts.includes(a));
  if (trusted.length > 0) changes.push(`trusted accounts added: ${trusted.join(', ')}`);
  return changes;
}

/**
 * `principals:` and `service-control-policies:` map files to principals and SCPs: a mapping the pull request adds or
 * changes could move a file out of a principal or drop an SCP level, so it applies only after merge.
 */
function principalChanges(base: IamProofConfig, proposed: IamProofConfig): string[] {
  const changes: string[] = [];
  const text = (p: NonNullable<IamProofConfig['principals']>[number]) =>
    JSON.stringify([
      p.type,
      p.policies.map((f) => f.text),
      p.awsManagedPolicies.map((a) => a.text),
      p.permissionsBoundary?.text,
      p.groups.map((g) => g.text),
    ]);
  const before = new Map((base.principals ?? []).map((p) => [p.name, text(p)]));
  const after = new Map((proposed.principals ?? []).map((p) => [p.name, text(p)]));
  const added = [...after.keys()].filter((name) => !before.has(name));
  const removed = [...before.keys()].filter((name) => !after.has(name));
  const edited = [...after.keys()].filter((name) => before.has(name) && before.get(name) !== after.get(name));
  if (added.length > 0) changes.push(`principals added: ${added.join(', ')}`);
  if (removed.length > 0) changes.push(`principals removed: ${removed.join(', ')}`);
  if (edited.length > 0) changes.push(`principals edited: ${edited.join(', ')}`);
  const scps = (c: IamProofConfig) =>
    c.serviceControlPolicies === undefined
      ? undefined
      : JSON.stringify([
          c.serviceControlPolicies.paths,
          c.serviceControlPolicies.levels.map((l) => [l.name, l.policies.map((p) => p.text)]),
        ]);
  if (scps(base) !== scps(proposed)) changes.push('service-control-policies changed');
  return changes;
}

function ruleText(rule: IamProofConfig['criticalPermissions'][number]): string {
  return JSON.stringify([
    rule.actions.map((a) => a.text),
    rule.resources.map((r) => r.text),
    rule.paths,
    rule.severity,
  ]);
}
