/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning uploads. One result per finding, located in the head
 * version of the file; artifact URIs are relative to %SRCROOT% and percent-encoded (a file name may hold spaces,
 * `%`, `#`…).
 */
import type { Finding } from './finding.js';
import { annotationMessage } from './annotations.js';
import { rankFindings } from './rank-findings.js';

const RULES = [
  {
    id: 'no-new-access',
    text: 'The changed policy grants access its base version (or the reference policy) does not.',
  },
  { id: 'access-not-granted', text: 'The changed policy grants a critical permission listed in the configuration.' },
  {
    id: 'no-public-access',
    text: 'The resource policy grants access to principals outside the account and its trusted accounts.',
  },
  { id: 'load', text: 'The file could not be checked (not valid JSON/YAML, not a valid policy, or unreadable).' },
] as const;

export function sarifLog(findings: readonly Finding[], toolVersion: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'iam-proof',
            version: toolVersion,
            rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.text } })),
          },
        },
        results: rankFindings(findings).map((f) => ({
          ruleId: f.check,
          ruleIndex: RULES.findIndex((r) => r.id === f.check),
          level: f.severity === 'error' ? 'error' : 'warning',
          kind: f.verdict === 'FAIL' ? 'fail' : 'review',
          message: { text: annotationMessage(f) },
          ...(f.path === undefined ? {} : { locations: [location(f, f.path)] }),
          properties: {
            verdict: f.verdict,
            ...(f.policyKey === undefined ? {} : { policyKey: f.policyKey }),
            ...(f.principal === undefined ? {} : { principal: f.principal }),
            ...(f.source === undefined ? {} : { source: f.source }),
            ...(f.also === undefined ? {} : { also: f.also }),
            ...(f.rule === undefined ? {} : { rule: f.rule }),
            ...(f.sid === undefined ? {} : { sid: f.sid }),
            ...(f.counterexample === undefined ? {} : { counterexample: f.counterexample }),
          },
        })),
      },
    ],
  };
}

function location(f: Finding, path: string): object {
  const span = f.span;
  return {
    physicalLocation: {
      artifactLocation: { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
      region:
        span === undefined
          ? { startLine: 1 }
          : { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn },
    },
  };
}
