/**
 * The README's adoption sections stay true (issue 12, item 8): the quick-start workflow is examples/workflow.yml,
 * has a permissions block, no paths filter and the merge_group trigger; every input it and the other snippets pass
 * exists in action.yml and every input is documented; the JSON report's schema table names every field.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { jsonReport } from '../../src/report/json-report.js';
import { runTotals } from '../../src/report/run-totals.js';
import { USAGE_EXIT } from '../../src/cli/command-line.js';

const readme = readFileSync('README.md', 'utf8');
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}`);
  if (start < 0) throw new Error(`no section ${title}`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Every step of a YAML block that runs iam-proof (a whole workflow or a list of steps). */
function iamProofSteps(block: string): { uses: string; with?: Record<string, unknown> }[] {
  const doc = parse(block) as unknown;
  const steps = Array.isArray(doc)
    ? doc
    : Object.values((doc as { jobs?: Record<string, { steps?: unknown[] }> }).jobs ?? {}).flatMap(
        (job) => job.steps ?? [],
      );
  return (steps as { uses?: string; with?: Record<string, unknown> }[]).filter(
    (s): s is { uses: string } => typeof s.uses === 'string' && s.uses.startsWith('iam-proof/iam-proof@'),
  );
}

describe('README', () => {
  const quickStart = /```yaml\n([\s\S]*?)```/.exec(section('Quick start'))?.[1] ?? '';

  it('quick start is examples/workflow.yml: permissions, merge_group, and no paths filter', () => {
    expect(readFileSync('examples/workflow.yml', 'utf8').split('\n').slice(1).join('\n')).toBe(quickStart);
    const workflow = parse(quickStart) as {
      on: Record<string, Record<string, unknown> | null>;
      permissions: Record<string, string>;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'merge_group']);
    for (const trigger of Object.values(workflow.on)) {
      expect(Object.keys(trigger ?? {})).not.toContain('paths');
      expect(Object.keys(trigger ?? {})).not.toContain('paths-ignore');
    }
    expect(workflow.permissions).toEqual({
      contents: 'read',
      checks: 'write',
      'pull-requests': 'write',
      'security-events': 'write',
    });
  });

  it('passes only inputs action.yml has, in every snippet', () => {
    const steps = yamlBlocks.flatMap((block) => (block.includes('iam-proof/iam-proof@') ? iamProofSteps(block) : []));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps)
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });

  it('documents every input of action.yml in the inputs table', () => {
    for (const input of Object.keys(action.inputs)) expect(section('Inputs')).toContain(`| \`${input}\` |`);
  });

  it('names every field of the JSON report in its schema table', () => {
    const report = { files: [], runProblems: [] };
    const json = JSON.parse(jsonReport(report, [], 'pass', runTotals(report, []))) as Record<string, unknown>;
    const schema = section('The JSON report');
    for (const key of Object.keys(json)) expect(schema).toContain(`| \`${key}\` |`);
    for (const key of Object.keys(json['totals'] as object)) expect(schema).toContain(`\`${key}\``);
  });

  it('states the CLI exit codes the CLI uses', () => {
    expect(section('Local CLI')).toContain(`| ${USAGE_EXIT} | usage error`);
  });
});
