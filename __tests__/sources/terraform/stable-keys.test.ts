/** Reformatting and reordering a module keeps every key and every statement's meaning (issue 10 item 1). */
import { describe, expect, it } from '@jest/globals';
import type { SourcePolicy } from '../../../src/sources/source-policy.js';
import { readTerraformSource } from '../../../src/sources/terraform/index.js';
import { fixtureReader, fixtureText } from './fixture-reader.js';

async function read(file: string): Promise<readonly SourcePolicy[]> {
  return (await readTerraformSource(file, fixtureText(file), fixtureReader())).policies;
}

/** Statements by Sid, without spans: what the policy says, not where. */
function meaning(policy: SourcePolicy): Record<string, { effect: string; actions: string[]; resources: string[] }> {
  const entries = (policy.policy?.statements ?? []).map(
    (s) =>
      [
        s.sid ?? `#${s.index}`,
        {
          effect: s.effect,
          actions: s.action.patterns.map((a) => a.text).sort(),
          resources: (s.resource?.patterns ?? []).map((r) => r.text).sort(),
        },
      ] as const,
  );
  return Object.fromEntries(entries);
}

describe('keys across versions of a module', () => {
  it('keeps keys and statements when blocks, arguments and statements are reordered and reformatted', async () => {
    const base = await read('ci-base/main.tf');
    const reordered = await read('ci-reordered/main.tf');
    expect(reordered.map((p) => p.key).sort()).toEqual(base.map((p) => p.key).sort());
    expect(base.map((p) => p.key).sort()).toEqual(['aws_iam_policy.ci.policy', 'data.aws_iam_policy_document.ci']);
    for (const policy of base) {
      const other = reordered.find((p) => p.key === policy.key);
      expect(other && meaning(other)).toEqual(meaning(policy));
      expect(Object.keys(meaning(policy))).toEqual(['ListArtifacts', 'ReadArtifacts']);
    }
  });
});
