/**
 * `npm run bench:aws-samples -- DIR [--timeout-ms MS] [--out FILE]`: fidelity on AWS's own labelled samples
 * (aws-samples/iam-access-analyzer-custom-policy-check-samples, MIT-0). DIR is a checkout of that repository (or
 * any folder of its Markdown files); nothing of it is kept in this repository.
 *
 * Each sample file holds a reference policy and candidate policies labelled PASS or FAIL, the answers of Access
 * Analyzer's CheckNoNewAccess with the reference as the existing policy and the candidate as the new one. Files
 * under `resource-policies/` are resource policies (trust and bucket policies), the others identity policies.
 * The two references that name `<ACCOUNT ID>` are checked with the account their candidates use (111111111111),
 * as the samples say to populate it. Every FAIL's counterexample is replayed through the concrete evaluator.
 *
 * Prints one line per disagreement (with our reason or counterexample) and the agreement count.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNoNewAccess } from '../src/checks/index.js';
import type { Policy, PolicyType } from '../src/policy/ast.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { createVerifier } from '../src/semantics/symbolic/solve/verifier.js';
import { replayNewAccess } from './replay.js';

const PLACEHOLDER_ACCOUNT = '111111111111';

interface Sample {
  readonly file: string;
  readonly candidate: number;
  readonly title: string;
  readonly expected: 'PASS' | 'FAIL';
  readonly policyType: PolicyType;
  readonly reference: string;
  readonly text: string;
}

function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : markdownFiles(full);
      return entry.name.endsWith('.md') ? [full] : [];
    })
    .sort();
}

/** The first ```json block after `from` in `text`, with its end. */
function jsonBlockAfter(text: string, from: number): { json: string; end: number } | undefined {
  const open = text.indexOf('```json', from);
  if (open < 0) return undefined;
  const start = text.indexOf('\n', open) + 1;
  const close = text.indexOf('```', start);
  if (close < 0) return undefined;
  return { json: text.slice(start, close), end: close + 3 };
}

function samplesOf(root: string, file: string): { samples: Sample[]; problems: string[] } {
  const text = fs.readFileSync(file, 'utf8');
  const relative = path.relative(root, file);
  const problems: string[] = [];
  const referenceAt = text.search(/^#+\s*Reference policy/m);
  if (referenceAt < 0) return { samples: [], problems };
  const reference = jsonBlockAfter(text, referenceAt);
  if (reference === undefined) return { samples: [], problems: [`${relative}: reference policy without a json block`] };
  const policyType: PolicyType = relative.split(path.sep).includes('resource-policies') ? 'resource' : 'identity';
  const samples: Sample[] = [];
  const heading = /^#+\s*Candidate policy\s+(\d+)\s*:\s*(PASS|FAIL)\b[\s-]*(.*)$/gm;
  for (let m = heading.exec(text); m !== null; m = heading.exec(text)) {
    const next = text.slice(m.index + m[0].length).search(/^#+\s/m);
    const block = jsonBlockAfter(text, m.index);
    const limit = next < 0 ? Infinity : m.index + m[0].length + next;
    if (block === undefined || block.end > limit) {
      problems.push(`${relative}: candidate ${m[1]} has no json block`);
      continue;
    }
    samples.push({
      file: relative,
      candidate: Number(m[1]),
      title: (m[3] ?? '').trim(),
      expected: m[2] as 'PASS' | 'FAIL',
      policyType,
      reference: reference.json.replaceAll('<ACCOUNT ID>', PLACEHOLDER_ACCOUNT),
      text: block.json,
    });
  }
  return { samples, problems };
}

function parsed(text: string, policyType: PolicyType): { policy?: Policy; error?: string } {
  const result = parsePolicy(text, { policyType });
  if (result.kind !== 'policy') return { error: result.diagnostics.map((d) => d.message).join('; ') || result.kind };
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return { error: errors.map((d) => `${d.code}: ${d.message}`).join('; ') };
  return { policy: result.policy };
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const dir = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1]?.startsWith('--')));
if (dir === undefined || !fs.existsSync(dir)) {
  process.stderr.write('usage: npm run bench:aws-samples -- DIR [--timeout-ms MS] [--out FILE]\n');
  process.exit(64);
}
const timeoutMs = option('--timeout-ms') === undefined ? undefined : Number(option('--timeout-ms'));

const all = markdownFiles(dir).map((file) => samplesOf(dir, file));
const samples = all.flatMap((s) => s.samples);
const verifier = await createVerifier();
const records: object[] = [];
let agree = 0;
const lines: string[] = [];
for (const sample of samples) {
  const started = performance.now();
  const existing = parsed(sample.reference, sample.policyType);
  const updated = parsed(sample.text, sample.policyType);
  let ours: string;
  let detail = '';
  if (existing.policy === undefined || updated.policy === undefined) {
    ours = 'ERROR';
    detail = existing.error ?? updated.error ?? '';
  } else {
    const result = await checkNoNewAccess(verifier, existing.policy, updated.policy, {
      policyType: sample.policyType,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    ours = result.result;
    if (result.result === 'UNKNOWN') detail = result.unknownReason ?? '';
    if (result.result === 'FAIL') {
      const replay = replayNewAccess(existing.policy, updated.policy, result.counterexample);
      detail = `counterexample ${JSON.stringify(result.counterexample)}${replay.ok ? '' : ` DOES NOT REPLAY: ${replay.why}`}`;
      if (!replay.ok) ours = 'FAIL (no replay)';
    }
  }
  const ms = Math.round(performance.now() - started);
  const same = ours === sample.expected;
  if (same) agree++;
  else
    lines.push(
      `DISAGREE ${sample.file} candidate ${sample.candidate} (${sample.title}): AWS ${sample.expected}, ours ${ours}${detail === '' ? '' : ` — ${detail}`}`,
    );
  records.push({ ...sample, reference: undefined, text: undefined, ours, agree: same, ms, detail });
}
await verifier.close();

const problems = all.flatMap((s) => s.problems);
const out = [
  ...lines,
  ...problems.map((p) => `NOT READ ${p}`),
  `files ${all.filter((s) => s.samples.length > 0).length}, labelled candidates ${samples.length} (PASS ${samples.filter((s) => s.expected === 'PASS').length}, FAIL ${samples.filter((s) => s.expected === 'FAIL').length})`,
  `agreement ${agree} of ${samples.length}`,
].join('\n');
process.stdout.write(`${out}\n`);
const outFile = option('--out');
if (outFile !== undefined)
  fs.writeFileSync(outFile, JSON.stringify({ agree, total: samples.length, records }, null, 2));
