/**
 * A principal summary (principals/principal-summary.ts) in words: the sentence a reviewer reads first — "role
 * AppRole is now assumable by any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub
 * repo:acme/*) and can s3:DeleteBucket (critical permission "no-bucket-deletion")" — and its parts. What it can do
 * is only what the engine proved: the action of each critical permission's replayed request, and the known actions
 * its CheckNoNewAccess lists as newly granted (the first few, with how many in all).
 */
import type { PrincipalSummary } from '../principals/principal-summary.js';

/** Newly granted actions named in a sentence; the rest are counted (the JSON report and the table list them all). */
const ACTIONS_IN_SENTENCE = 5;

export interface TextFormat {
  /** A value taken from the policy or the request (action, key, rule name). */
  readonly value: (text: string) => string;
  /** Words around it, some of them from the policy (who can assume the role). */
  readonly prose: (text: string) => string;
}

const PLAIN: TextFormat = { value: (text) => text, prose: (text) => text };

/**
 * The sentence, when there is something to say: the role's trust widened or is public, its permissions widened,
 * or it holds a critical permission. Undefined otherwise.
 */
export function principalHeadline(summary: PrincipalSummary, format: TextFormat = PLAIN): string | undefined {
  const trust = summary.trust;
  const trustNews = trust !== undefined && (trust.widened || trust.public);
  const can = canDoText(summary, format);
  if (!trustNews && !summary.permissionsWidened && can === undefined) return undefined;
  const subject = `${format.prose(summary.kind ?? 'principal')} ${format.value(summary.principal)}`;
  if (trust !== undefined && trustNews) {
    const who = format.prose(trust.assumableBy.text);
    const how = trust.widened ? 'is now assumable by' : 'is assumable from outside its account by';
    return `${subject} ${how} ${who}${can === undefined ? '' : ` and ${can}`}`;
  }
  const assumable = trust === undefined ? '' : `, assumable by ${format.prose(trust.assumableBy.text)},`;
  return `${subject}${assumable} ${can ?? 'gains access it did not have'}`;
}

/** "can s3:DeleteBucket (critical permission "no-bucket-deletion") and newly gains s3:PutObject, … (12 actions)". */
export function canDoText(summary: PrincipalSummary, format: TextFormat = PLAIN): string | undefined {
  const parts: string[] = [];
  const critical = summary.criticalGranted.map(
    (g) => `${g.action === undefined ? 'holds' : format.value(g.action)} (critical permission ${format.value(g.rule)})`,
  );
  if (critical.length > 0) parts.push(`can ${critical.join(', ')}`);
  const granted = summary.gains?.newlyGrantedActions;
  if (summary.permissionsWidened) {
    const actions = granted === undefined ? [] : (granted.newActions ?? granted.actions);
    if (actions.length > 0) {
      const more = actions.length > ACTIONS_IN_SENTENCE ? `, … (${actions.length} actions)` : '';
      parts.push(`newly gains ${actions.slice(0, ACTIONS_IN_SENTENCE).map(format.value).join(', ')}${more}`);
    } else if (granted !== undefined && granted.actions.length > 0)
      parts.push(
        `newly gains ${granted.actions.slice(0, ACTIONS_IN_SENTENCE).map(format.value).join(', ')} on new resources or under looser conditions`,
      );
    else parts.push('gains access it did not have');
  }
  return parts.length === 0 ? undefined : parts.join(' and ');
}
