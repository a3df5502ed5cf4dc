/**
 * `principals:` and `service-control-policies:` map files to principals and SCPs: whatever a pull request does to
 * them applies after merge (a remapping could move a widened file out of its principal), and the summary says what.
 */
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/parse-config.js';
import type { IamProofConfig } from '../../src/config/iam-proof-config.js';
import { deferredChanges, trustedConfig } from '../../src/review/trusted-config.js';

function config(text: string): IamProofConfig {
  const parsed = parseConfig(`version: 1\n${text}`, 'iam-proof.yml');
  if (parsed.kind !== 'ok') throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

const BASE = config(`principals:
  - name: deploy
    type: role
    policies: [iam/deploy/*.json]
  - name: ci
    type: user
    policies: [iam/ci.json]
service-control-policies:
  paths: [iam/**]
  levels:
    - name: root
      policies: [FullAWSAccess, org/deny.json]
`);

describe('principals: and service-control-policies: of a pull request', () => {
  it('are not applied before merge: the base mapping stays', () => {
    const proposed = config(`principals:
  - name: deploy
    type: role
    policies: [iam/deploy/main.json]
  - name: admin
    type: role
    policies: [iam/admin.json]
`);
    const trusted = trustedConfig(BASE, proposed);
    expect(trusted.principals?.map((p) => [p.name, p.policies.map((f) => f.text)])).toEqual([
      ['deploy', ['iam/deploy/*.json']],
      ['ci', ['iam/ci.json']],
    ]);
    expect(trusted.serviceControlPolicies).toBe(BASE.serviceControlPolicies);
    expect(deferredChanges(BASE, proposed)).toEqual([
      'principals added: admin',
      'principals removed: ci',
      'principals edited: deploy',
      'service-control-policies changed',
    ]);
  });

  it('say nothing when the pull request leaves them as they are', () => {
    expect(deferredChanges(BASE, BASE)).toEqual([]);
  });
});
