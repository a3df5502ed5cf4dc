/**
 * Parts of a template that make CloudFormation or the SAM transform create access the gate does not model as
 * policies (SAM Developer Guide, "CloudFormation resources generated when AWS::Serverless::… is specified"; SAM
 * connectors; nested stacks; sharing outside policies): a SAM function's or state machine's `Events` (each creates a Lambda permission, an
 * EventBridge role or role policies), its `FunctionUrlConfig` (a public URL when AuthType is NONE), `Connectors` of any
 * resource and `AWS::Serverless::Connector` (identity policies generated from the pair of resources), the `Auth` of a
 * SAM API (authorizers and its resource policy; removing it opens the API), and nested stacks and SAM applications
 * (their templates and the parameters passed to them), RAM shares, Lambda layer permissions, an event bus permission
 * in its Action/Principal form, and a bucket's canned ACL other than Private. Each is recorded with a canonical text of its definition so
 * the review can tell a new or changed one (UNKNOWN, never a silent pass) from one that did not change.
 */
import { entryOf, type SourceNode } from '../../policy/source-node.js';
import type { Span } from '../../policy/span.js';
import type { UnmodelledGrant } from '../source-policy.js';
import { canonicalText } from './canonical-text.js';

const WITH_EVENTS = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);
const APIS_WITH_AUTH = new Set(['AWS::Serverless::Api', 'AWS::Serverless::HttpApi', 'AWS::Serverless::GraphQLApi']);
const NESTED = new Set(['AWS::CloudFormation::Stack', 'AWS::Serverless::Application']);
/** Resources that grant access outside any policy document (CloudFormation template reference). */
const SHARING: Readonly<Record<string, string>> = {
  'AWS::RAM::ResourceShare': 'RAM resource share',
  'AWS::Lambda::LayerVersionPermission': 'Lambda layer version permission',
};

/**
 * What a definition's values can depend on besides its own text: the template's Parameters (their defaults, pinned
 * values aside), Mappings and Conditions. A definition that refers to anything (`Ref`, `Fn::…`) carries this text
 * too, so that a parameter default moving from `Private` to `PublicRead` counts as a change of the ACL that reads it.
 */
export function templateInputsText(root: SourceNode & { kind: 'object' }): string {
  return ['Parameters', 'Mappings', 'Conditions']
    .map((section) => {
      const value = entryOf(root, section)?.value;
      return value === undefined ? '' : canonicalText(value);
    })
    .join('|');
}

/**
 * `at`: where a finding is annotated, the line naming the definition (the event's name, the resource's logical id).
 * `inputs`: templateInputsText of the template.
 */
export function unmodelledGrantsOf(
  id: string,
  at: Span,
  inputs: string,
  type: string,
  resource: SourceNode & { kind: 'object' },
  props: (SourceNode & { kind: 'object' }) | undefined,
): UnmodelledGrant[] {
  const out: UnmodelledGrant[] = [];
  const add = (key: string, what: string, node: SourceNode, span: Span, removalMayWiden = false) => {
    const own = canonicalText(node);
    const text = /Ref\/|Fn::/.test(own) ? `${own}|${inputs}` : own;
    out.push({ key, what, text, span, removalMayWiden });
  };
  const connectors = entryOf(resource, 'Connectors')?.value;
  if (connectors?.kind === 'object')
    for (const c of connectors.entries)
      add(
        `${id}.Connectors[${c.key}]`,
        `SAM connector ${c.key} of ${id} (the policies SAM generates for it)`,
        c.value,
        c.keySpan,
      );
  if (type === 'AWS::Serverless::Connector')
    add(id, `SAM connector ${id} (the policies SAM generates for it)`, props ?? resource, at);
  if (NESTED.has(type))
    add(
      id,
      `nested ${type === 'AWS::Serverless::Application' ? 'SAM application' : 'stack'} ${id} (its template and the parameters it is given)`,
      props ?? resource,
      at,
    );
  const sharing = SHARING[type];
  if (sharing !== undefined) add(id, `${sharing} ${id}`, props ?? resource, at);
  if (props === undefined) return out;
  if (type === 'AWS::Events::EventBusPolicy' && entryOf(props, 'Statement') === undefined)
    add(id, `event bus permission ${id} (Action/Principal/Condition form)`, props, at);
  const acl = type === 'AWS::S3::Bucket' ? entryOf(props, 'AccessControl') : undefined;
  if (acl !== undefined && !(acl.value.kind === 'string' && acl.value.text === 'Private'))
    add(`${id}.AccessControl`, `the canned ACL of bucket ${id}`, acl.value, acl.keySpan);
  if (WITH_EVENTS.has(type)) {
    const events = entryOf(props, 'Events')?.value;
    if (events?.kind === 'object')
      for (const e of events.entries) {
        const eventType = e.value.kind === 'object' ? entryOf(e.value, 'Type')?.value : undefined;
        const typeText = eventType?.kind === 'string' ? eventType.text : 'unknown type';
        add(
          `${id}.Events[${e.key}]`,
          `SAM event ${e.key} (${typeText}) of ${id} (the permissions SAM generates for it)`,
          e.value,
          e.keySpan,
        );
      }
    const url = entryOf(props, 'FunctionUrlConfig');
    if (url !== undefined)
      add(
        `${id}.FunctionUrlConfig`,
        `function URL of ${id} (the permission SAM generates for it)`,
        url.value,
        url.keySpan,
      );
  }
  if (APIS_WITH_AUTH.has(type)) {
    const auth = entryOf(props, 'Auth');
    if (auth !== undefined)
      add(`${id}.Auth`, `Auth of ${id} (authorizers and the API's resource policy)`, auth.value, auth.keySpan, true);
  }
  return out;
}
