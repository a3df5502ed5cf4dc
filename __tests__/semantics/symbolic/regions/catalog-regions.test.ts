/**
 * The catalogue's regions kept per table (catalog-regions.ts): the same region as classifying each catalogue name,
 * for every name, and classified once per table.
 */
import { describe, expect, it } from '@jest/globals';
import { knownActions } from '../../../../src/catalog/actions.js';
import { parsePattern } from '../../../../src/policy/parse-pattern.js';
import { ANY_CHAR, compilePattern } from '../../../../src/semantics/symbolic/regions/char-pattern.js';
import {
  catalogRegions,
  classifiedCatalogRegions,
  lowerCasedCatalog,
} from '../../../../src/semantics/symbolic/regions/catalog-regions.js';
import { buildRegions } from '../../../../src/semantics/symbolic/regions/regions.js';

const actionPattern = (text: string) =>
  compilePattern(parsePattern(text, { wildcards: true, variables: false }).pattern, {
    ignoreCase: true,
    wildcard: ANY_CHAR,
  });

describe('catalogRegions', () => {
  const built = buildRegions(['s3:Get*', 's3:*Object', 'iam:PassRole', 'ec2:*', '*'].map(actionPattern));
  if (built.kind !== 'ok') throw new Error('unexpected overflow');
  const table = built.table;

  it('gives every catalogue action the region the table classifies it in', () => {
    expect(classifiedCatalogRegions(table)).toBeUndefined();
    const regions = catalogRegions(table);
    const lower = lowerCasedCatalog();
    expect(regions).toHaveLength(knownActions().length);
    knownActions().forEach((action, i) => {
      expect(lower[i]).toBe(action.toLowerCase());
      expect(regions[i]).toBe(table.classify(action.toLowerCase()));
    });
    // The table tells these apart: the classification is not one region for all.
    expect(new Set(regions).size).toBeGreaterThan(3);
  });

  it('classifies once per table', () => {
    expect(catalogRegions(table)).toBe(catalogRegions(table));
    expect(classifiedCatalogRegions(table)).toBe(catalogRegions(table));
  });
});
