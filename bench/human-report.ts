/** The benchmark report for a terminal. */
import type { BaselineSummary, BenchReport, CheckSummary } from './bench-report.js';
import { PHASES } from './phase-clock.js';

const ms = (x: number): string => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(1)} ms`);

function checkLines(name: string, c: CheckSummary): string[] {
  const { counts, latency: l } = c;
  return [
    `  ${name}: ${l.count + counts.ERROR - (l.count === 0 ? 0 : 0)} queries`,
    `    PASS ${counts.PASS}  FAIL ${counts.FAIL}  UNKNOWN ${counts.UNKNOWN}  ERROR ${counts.ERROR}`,
    `    latency p50 ${ms(l.p50)}  p90 ${ms(l.p90)}  p99 ${ms(l.p99)}  max ${ms(l.max)}  mean ${ms(l.mean)}  (over ${l.count} checked)`,
    `    FAIL counterexamples replaying through evaluate: ${c.fails.replays} of ${counts.FAIL}`,
    `    FAIL counterexamples consistent with the catalogue: ${c.fails.catalogueConsistent} of ${counts.FAIL}`,
  ];
}

function baselineLines(b: BaselineSummary): string[] {
  const c = b.counts;
  const lines = [
    `Baseline (Z3 string theory, every glob as str.in_re; bench/baseline/), ${b.items} CheckNoNewAccess questions:`,
    `  SAT ${c.sat}  UNSAT ${c.unsat}  unknown ${c.unknown}  timeout ${c.timeout}  unsupported ${c.unsupported}  error ${c.error}  Z3 abort ${c.abort}`,
    `  solved ${b.solved} of ${b.items}; SAT models replaying through evaluate: ${b.satModels.replays} of ${c.sat}`,
    `  time on the same encodable questions: baseline ${ms(b.baselineMs)} vs engine ${ms(b.engineMs)} (engine main query alone ${ms(b.engineMainQueryMs)})`,
    `  ratio baseline/engine: ${b.timeRatio.toFixed(1)}× in total, median per question ${b.medianRatio.toFixed(1)}× (timeouts count as the timeout: a lower bound)`,
    `  verdicts compared with the engine: ${b.agreement.agree} agree, ${b.agreement.disagree.length} disagree, ${b.agreement.incomparable} not comparable`,
    `  Z3 init ${b.initMs.map(ms).join(', ')}; peak RSS ${b.maxRssMb.toFixed(0)} MiB; restarts after abort ${b.restarts}`,
  ];
  for (const d of b.agreement.disagree.slice(0, 10)) lines.push(`    disagreement: ${d}`);
  for (const [reason, n] of Object.entries(b.unsupportedReasons)) lines.push(`    not encodable (${n}): ${reason}`);
  return lines;
}

export function humanReport(report: BenchReport): string {
  const lines: string[] = [`iam-proof benchmark — ${JSON.stringify(report.meta)}`, ''];
  const e = report.engine;
  if (e) {
    lines.push(
      'Engine:',
      `  Z3 init (createVerifier + first trivial query: worker, init(), first check) ${ms(e.z3InitMs)}; warm-up checks ${e.warmUpMs.map(ms).join(', ')}`,
      `  corpus load ${ms(e.loadMs)}; parse (each version once) ${ms(e.parseMs)}; checks ${ms(e.checksWallMs)}; total ${ms(e.totalWallMs)}`,
      `  peak RSS ${e.maxRssMb.toFixed(0)} MiB (peak so far ${Object.entries(e.rssCheckpointsMb)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(
          ', ',
        )}); solver calls ${e.solverCalls.total}; queries decided with no solver call ${e.solverCalls.zeroCallQueries}`,
      ...checkLines('CheckNoNewAccess (old->new and new->old)', e.checks['no-new-access']),
      ...Object.entries(e.byDirection).map(
        ([d, c]) => `    ${d}: PASS ${c.PASS}  FAIL ${c.FAIL}  UNKNOWN ${c.UNKNOWN}  ERROR ${c.ERROR}`,
      ),
      ...checkLines('CheckAccessNotGranted (latest versions × 20 critical actions)', e.checks['access-not-granted']),
      '',
      '  Where the time goes (sum over all queries):',
    );
    const total = PHASES.reduce((s, p) => s + e.phasesMs[p], 0);
    for (const p of PHASES)
      lines.push(
        `    ${p.padEnd(14)} ${ms(e.phasesMs[p]).padStart(10)}  ${((100 * e.phasesMs[p]) / (total || 1)).toFixed(1)}%`,
      );
    lines.push('', '  Slowest ten queries:');
    for (const r of e.slowest) {
      const size =
        r.existingStatements === undefined
          ? `${r.statements} statements`
          : `${r.existingStatements} → ${r.statements} statements`;
      const p = r.phases;
      lines.push(
        `    ${ms(r.ms).padStart(9)}  ${r.verdict.padEnd(7)} ${r.id} (${size}; solver calls ${r.solverCalls ?? '-'}; ` +
          `solve ${ms(p.solve)}, blame ${ms(p.blame)}, newly-granted ${ms(p['newly-granted'])}, other ${ms(p['check-other'])})`,
      );
    }
    if (e.errors.length > 0) {
      lines.push('', '  ERROR (policies the bench could not check):');
      for (const g of e.errors.slice(0, 15)) lines.push(`    ${g.count}× ${g.reason}  e.g. ${g.examples.join(', ')}`);
    }
    if (e.unknowns.length > 0) {
      lines.push('', `  UNKNOWN (${e.unknowns.length}):`);
      for (const u of e.unknowns.slice(0, 15)) lines.push(`    ${u.id} after ${ms(u.ms)}: ${u.reason}`);
    }
    if (e.nonReplaying.length > 0) {
      lines.push('', `  FAIL with a counterexample that does not replay (${e.nonReplaying.length}):`);
      for (const r of e.nonReplaying.slice(0, 15))
        lines.push(`    ${r.id}: ${r.replayWhy}  ${JSON.stringify(r.counterexample)}`);
    }
    if (e.catalogueInconsistent.length > 0) {
      lines.push(
        '',
        `  FAIL with a counterexample the catalogue says AWS never receives (${e.catalogueInconsistent.length}):`,
      );
      for (const r of e.catalogueInconsistent.slice(0, 20))
        lines.push(`    ${r.id}: ${r.catalogueWhy}  ${JSON.stringify(r.inconsistentRequest)}`);
    }
    lines.push('');
  }
  const b = report.baseline;
  if (b && 'skipped' in b) lines.push(`Baseline: skipped (${b.skipped})`, '');
  else if (b) lines.push(...baselineLines(b), '');
  const a = report.action;
  if (a && 'medianMs' in a)
    lines.push(
      `Action end to end (${a.command}): ${a.runs.map((r) => `${ms(r.ms)} exit ${r.exitCode} result ${r.result}`).join('; ')}`,
      '',
    );
  lines.push('Targets:');
  for (const t of report.targets) {
    const verdict = t.met === undefined ? 'not measured' : t.met ? 'met' : 'MISSED';
    lines.push(`  ${verdict.padEnd(12)} ${t.name}: ${t.measured} (target ${t.target})`);
  }
  return lines.join('\n') + '\n';
}
