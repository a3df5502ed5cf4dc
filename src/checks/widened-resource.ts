/**
 * "For a widened Resource, show the new resource pattern against the old one" (issue 12). A blamed statement of
 * the updated policy is paired with the existing statement it most likely changed — the same Sid, else the only
 * one with the same effect and Action element — and, when their Resource (or NotResource) lists differ, one line
 * says so: `Statement[1] (Sid "Logs"): Resource "arn:…:log-group:*" (was "arn:…:log-group:/app/*")`.
 */
import type { Policy, Statement } from '../policy/ast.js';
import type { Reason } from './check-result.js';
import { describeStatement } from './describe-request.js';

function resourceText(s: Statement): string {
  if (s.resource === undefined) return 'no Resource';
  const list = s.resource.patterns.map((p) => JSON.stringify(p.text)).join(', ');
  return `${s.resource.negated ? 'NotResource' : 'Resource'} ${s.resource.patterns.length === 1 ? list : `[${list}]`}`;
}

function actionText(s: Statement): string {
  return `${s.action.negated ? '!' : ''}${s.action.patterns
    .map((p) => p.text.toLowerCase())
    .sort()
    .join(',')}`;
}

function counterpart(statement: Statement, existing: Policy): Statement | undefined {
  if (statement.sid !== undefined) {
    const bySid = existing.statements.filter((s) => s.sid === statement.sid);
    if (bySid.length === 1) return bySid[0];
  }
  const byAction = existing.statements.filter(
    (s) => s.effect === statement.effect && actionText(s) === actionText(statement),
  );
  return byAction.length === 1 ? byAction[0] : undefined;
}

/** One line per blamed statement whose Resource element differs from its counterpart's. */
export function widenedResources(reasons: readonly Reason[], existing: Policy, updated: Policy): string[] {
  const lines: string[] = [];
  for (const index of new Set(reasons.map((r) => r.statementIndex))) {
    const statement = updated.statements[index];
    if (statement === undefined) continue;
    const before = counterpart(statement, existing);
    if (before === undefined) continue;
    const [now, was] = [resourceText(statement), resourceText(before)];
    if (now !== was) lines.push(`${describeStatement(statement)}: ${now} (was ${was})`);
  }
  return lines;
}
