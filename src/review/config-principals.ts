/**
 * The principals of the trusted configuration's `principals:` section (issue 15): a role, user or group whose
 * identity policies are plain policy files (paths or globs), AWS managed policies by ARN, and an optional boundary.
 * When any of its files changes — edited, added, deleted, renamed, a new file matching its glob — or an SCP that
 * limits it changes, the principal is checked as a whole: CheckNoNewAccess of its effective policy (its files as the
 * base commit holds them against its files as the head holds them, each side expanded on its own tree) and the
 * critical permissions that apply to its files, within its boundary and the SCPs.
 *
 * Only the base configuration's mapping is trusted (trusted-config.ts): a principal the pull request adds or remaps
 * is checked after merge. A file moved out of a principal's glob is a removal (narrowing), a file moved into it a
 * widening. Fail closed: a file of the principal the head cannot read (invalid, not a policy, a link out of the
 * repository, an LFS pointer) is an ERROR; a base file that cannot be read is left out of the base side (compared
 * with less access), and a base boundary that cannot be read leaves the base with no access at all.
 *
 * Outcomes are reported on the changed files: each blamed statement on the file that holds it (its own line), the
 * rest (a verdict without blame, UNKNOWN, ERROR, a statement of an unchanged file or of an AWS managed policy) on
 * the principal's first changed file.
 */
import { criticalPermissionsFor, ignoreEntryFor } from '../config/applicable-rules.js';
import type { ConfiguredPrincipal, IamProofConfig } from '../config/iam-proof-config.js';
import { ZERO_SPAN } from '../policy/zero-span.js';
import {
  checkPrincipalAccessNotGranted,
  checkPrincipalNoNewAccess,
  type PrincipalCheckResult,
} from '../principals/check-principal.js';
import type { Verifier } from '../semantics/query.js';
import { DEFAULT_SETTINGS } from '../semantics/settings.js';
import { outcomeOf, type CheckAsked } from './check-outcome.js';
import { RUN_BUDGET_SPENT } from './checks-for-policy.js';
import type { ConfiguredFiles, PrincipalFiles } from './configured-files.js';
import { configuredPrincipalVersion, withGroups } from './configured-principal-version.js';
import type { ChangedFile, Git } from './git-port.js';
import { mapInOrder } from './ordered-lanes.js';
import { scpsApplyTo, scpsFor, type OrganizationPolicies } from './organization-policies.js';
import { reviewScps } from './review-scps.js';
import type { CheckOutcome, FileReport, RunNote } from './run-report.js';

export interface ConfiguredPrincipalsRequest {
  readonly git: Git;
  readonly commits: { readonly base: string; readonly head: string };
  readonly config: IamProofConfig;
  readonly files: ConfiguredFiles;
  readonly organization?: OrganizationPolicies;
  /** Every covered change of the run, in the diff's order (the same in every shard). */
  readonly covered: readonly ChangedFile[];
  /** The paths this run reports (all covered files, or one shard's). */
  readonly reported: ReadonlySet<string>;
  readonly timeoutMs: number;
  /** `Date.now()` past which no check starts (review-context.ts). */
  readonly runDeadline?: number;
}

export interface ConfiguredPrincipalsReview {
  /** By the path of the changed file they are reported on. */
  readonly outcomes: ReadonlyMap<string, readonly CheckOutcome[]>;
  readonly notes: readonly RunNote[];
}

interface Work {
  readonly principal: ConfiguredPrincipal;
  readonly files: PrincipalFiles;
  /** A user's groups, with their files. */
  readonly groups: readonly { readonly principal: ConfiguredPrincipal; readonly files: PrincipalFiles }[];
  /** Its changed files (path or old path), in the diff's order. */
  readonly changed: readonly ChangedFile[];
  readonly home: string;
}

export async function reviewConfiguredPrincipals(
  request: ConfiguredPrincipalsRequest,
  verifiers: readonly Verifier[],
): Promise<ConfiguredPrincipalsReview> {
  const work = workOf(request);
  const results = await mapInOrder(work, verifiers, (item, verifier) => reviewOne(request, item, verifier));
  const outcomes = new Map<string, CheckOutcome[]>();
  // The SCPs themselves first: a loosened guardrail is reported whether or not a principal here uses it.
  const [first] = verifiers;
  if (first !== undefined) for (const [path, list] of await reviewScps(request, first)) outcomes.set(path, list);
  for (const result of results)
    for (const [path, list] of result.outcomes)
      if (request.reported.has(path)) outcomes.set(path, [...(outcomes.get(path) ?? []), ...list]);
  return { outcomes, notes: results.flatMap((r) => r.notes) };
}

/** The file reports with the principals' outcomes added to the files they are reported on. */
export function withConfiguredOutcomes(
  reports: readonly FileReport[],
  outcomes: ReadonlyMap<string, readonly CheckOutcome[]>,
): FileReport[] {
  return reports.map((report) => {
    const extra = outcomes.get(report.path);
    if (extra === undefined || extra.length === 0) return report;
    const status = report.status === 'error' || report.status === 'deleted' ? report.status : 'checked';
    return { ...report, status, outcomes: [...report.outcomes, ...extra] };
  });
}

/** Every path a principal is known by: its own files and those of its groups. */
function pathsOf(files: PrincipalFiles, groups: Work['groups']): string[] {
  return [...new Set([...ownPaths(files), ...groups.flatMap((g) => ownPaths(g.files))])];
}

/** A user's groups (validated by the configuration parser to be group entries), with their files. */
function groupsOf(request: ConfiguredPrincipalsRequest, principal: ConfiguredPrincipal): Work['groups'] {
  return principal.groups.flatMap((name) => {
    const group = request.config.principals?.find((p) => p.type === 'group' && p.name === name.text);
    const files = request.files.principals.get(name.text);
    return group === undefined || files === undefined ? [] : [{ principal: group, files }];
  });
}

/** Own files: its policy files in either commit and its boundary file. */
function ownPaths(files: PrincipalFiles): string[] {
  const all = [
    ...files.policies.base,
    ...files.policies.head,
    ...(files.boundary === undefined ? [] : [files.boundary]),
  ];
  return [...new Set(all)];
}

function workOf(request: ConfiguredPrincipalsRequest): Work[] {
  const work: Work[] = [];
  const scpFiles = request.files.scpLevels.flatMap((l) => [...l.base, ...l.head]);
  for (const principal of request.config.principals ?? []) {
    const files = request.files.principals.get(principal.name);
    if (files === undefined) continue;
    const groups = groupsOf(request, principal);
    const own = pathsOf(files, groups);
    const triggers = new Set([...own, ...(scpsApplyTo(request.organization, own) ? scpFiles : [])]);
    const changed = request.covered.filter(
      (c) => triggers.has(c.path) || (c.oldPath !== undefined && triggers.has(c.oldPath)),
    );
    if (changed.length === 0 || !changed.some((c) => request.reported.has(c.path))) continue;
    const home = (changed.find((c) => c.change !== 'deleted') ?? changed[0]) as ChangedFile;
    work.push({ principal, files, groups, changed, home: home.path });
  }
  return work;
}

async function reviewOne(
  request: ConfiguredPrincipalsRequest,
  work: Work,
  verifier: Verifier,
): Promise<{ outcomes: Map<string, CheckOutcome[]>; notes: RunNote[] }> {
  const { principal, files } = work;
  const name = `${principal.type} ${principal.name}`;
  const outcomes = new Map<string, CheckOutcome[]>();
  const report = (path: string, outcome: CheckOutcome) => outcomes.set(path, [...(outcomes.get(path) ?? []), outcome]);
  const notes: RunNote[] = [];
  const sideAt = async (which: 'base' | 'head') => {
    const commit = request.commits[which];
    const read = (of: { principal: ConfiguredPrincipal; files: PrincipalFiles }) =>
      configuredPrincipalVersion({ git: request.git, config: request.config, ...of }, commit, which);
    const groups = [];
    for (const group of work.groups) groups.push({ name: group.principal.name, side: await read(group) });
    return withGroups(await read({ principal, files }), groups);
  };
  const head = await sideAt('head');
  if (head.unreadable.length > 0) {
    for (const { path, why } of head.unreadable) {
      const on = work.changed.some((c) => c.path === path) ? path : work.home;
      report(on, {
        check: 'no-new-access',
        principal: name,
        severity: 'error',
        verdict: 'ERROR',
        reasons: [],
        detail: `${path}, a policy file of ${name} (principals:, line ${principal.line}), cannot be read in the head commit: ${why}`,
      });
    }
    return { outcomes, notes };
  }
  const baseSide = await sideAt('base');
  let base = baseSide.version;
  for (const { path, why } of baseSide.unreadable) {
    notes.push({
      level: 'warning',
      message: `${path} (${name}) cannot be read in the base commit (${why}): ${path === files.boundary ? 'its boundary is unknown, so the base is taken to have no access' : 'the base is compared without it'}`,
    });
    // A boundary only narrows: leaving an unreadable one out would make the base broader (fail open).
    if (path === files.boundary) base = { key: base.key, parts: [], unknown: [] };
  }
  const own = pathsOf(files, work.groups);
  // As for a document (checks-for-policy.ts): `requests: catalogue` of the configuration, and the run's budget — a
  // check starting past it is UNKNOWN, one starting before it gets at most the time left.
  const semantics =
    request.config.requests === 'catalogue'
      ? { settings: { ...DEFAULT_SETTINGS, requests: 'catalogue' as const } }
      : {};
  const add = async (
    asked: CheckAsked,
    check: (options: { readonly timeoutMs: number }) => Promise<PrincipalCheckResult>,
  ) => {
    let result: PrincipalCheckResult | undefined;
    const left = request.runDeadline === undefined ? Infinity : request.runDeadline - Date.now();
    const timeoutMs = Math.max(1, Math.min(request.timeoutMs, Math.floor(left)));
    const checked =
      left <= 0
        ? { ...asked, verdict: 'UNKNOWN' as const, reasons: [], detail: RUN_BUDGET_SPENT }
        : await outcomeOf(asked, async () => (result = await check({ timeoutMs, ...semantics })));
    const sources = result?.reasonSources ?? [];
    const outcome = sources.length === 0 ? checked : { ...checked, reasonSources: sources };
    const ignored = ignoreEntryFor(request.config, {
      paths: own,
      check: asked.check,
      ...(asked.rule === undefined ? {} : { rule: asked.rule }),
    });
    const accepted = ignored === undefined ? outcome : { ...outcome, ignoredBecause: ignored.reason };
    for (const [path, part] of distribute(accepted, result, work)) report(path, part);
  };
  await add(
    { check: 'no-new-access', principal: name, severity: 'error', against: 'principal in the base commit' },
    (options) => checkPrincipalNoNewAccess(verifier, base, head.version, options, scpsFor(request.organization, own)),
  );
  for (const rule of criticalPermissionsFor(request.config, own)) {
    const access = { actions: rule.actions.map((a) => a.text), resources: rule.resources.map((r) => r.text) };
    await add({ check: 'access-not-granted', principal: name, rule: rule.name, severity: rule.severity }, (options) =>
      checkPrincipalAccessNotGranted(verifier, head.version, access, options, scpsFor(request.organization, own)),
    );
  }
  return { outcomes, notes };
}

/**
 * One outcome of a principal spread over files → an outcome per file: each reason on the changed file that holds its
 * statement (at its line); the others, and a verdict without reasons, on the principal's first changed file — a
 * statement of a file the change does not touch, or of an AWS managed policy, is named there without a line.
 */
function distribute(
  outcome: CheckOutcome,
  result: PrincipalCheckResult | undefined,
  work: Work,
): Map<string, CheckOutcome> {
  const out = new Map<string, CheckOutcome>();
  if (outcome.verdict !== 'FAIL' || outcome.reasons.length === 0 || result?.reasonParts === undefined) {
    out.set(work.home, outcome);
    return out;
  }
  const byFile = new Map<string, { reasons: CheckOutcome['reasons'][number][]; sources: string[] }>();
  outcome.reasons.forEach((reason, i) => {
    const part = result.reasonParts?.[i] ?? '';
    const source = outcome.reasonSources?.[i] ?? reason.description;
    const path = part.startsWith('file ') ? part.slice('file '.length) : undefined;
    const changed = path !== undefined && work.changed.some((c) => c.path === path && c.change !== 'deleted');
    const on = changed ? (path as string) : work.home;
    const entry = byFile.get(on) ?? { reasons: [], sources: [] };
    entry.reasons.push(changed ? reason : { ...reason, span: ZERO_SPAN });
    entry.sources.push(
      changed || path === undefined
        ? source
        : `${source}, at line ${reason.span.line} of ${path} (not changed here, so reported on this file)`,
    );
    byFile.set(on, entry);
  });
  for (const [path, { reasons, sources }] of byFile) out.set(path, { ...outcome, reasons, reasonSources: sources });
  return out;
}
