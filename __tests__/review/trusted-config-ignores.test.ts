import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG, type IamProofConfig } from '../../src/config/iam-proof-config.js';
import { deferredChanges, trustedConfig } from '../../src/review/trusted-config.js';

const withIgnores = (ignore: IamProofConfig['ignore']): IamProofConfig => ({ ...DEFAULT_CONFIG, ignore });
const entry = { path: 'policies/app.json', reason: 'r', line: 3 };

describe('ignore entries a pull request proposes', () => {
  it('are never applied before merge, a Sid or a later expiry included, and the summary counts them', () => {
    const base = withIgnores([{ ...entry, sid: 'A', expires: '2027-01-31' }]);
    const proposed = withIgnores([
      { ...entry, sid: 'A', expires: '2027-01-31' },
      { ...entry, sid: 'B' },
      { ...entry, sid: 'A', expires: '2099-12-31' },
    ]);
    expect(trustedConfig(base, proposed).ignore).toEqual(base.ignore);
    expect(deferredChanges(base, proposed)).toEqual(['2 new ignore entries']);
    expect(deferredChanges(base, base)).toEqual([]);
  });
});
