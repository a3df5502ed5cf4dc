/**
 * HCL as plain data with spans (what the Terraform reader evaluates), built from tree-sitter's tree by
 * hcl-syntax-of.ts. Only what a policy needs is modelled; every other expression kind is `unsupported`, carrying
 * what it is, so that evaluating it yields an `unresolved` entry instead of a guess.
 */
import type { Span } from '../../policy/span.js';

export interface HclBody {
  readonly attributes: readonly HclAttribute[];
  readonly blocks: readonly HclBlock[];
}

export interface HclAttribute {
  readonly name: string;
  readonly value: HclExpression;
  readonly span: Span; // name through value
}

export interface HclBlock {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: HclBody;
  readonly span: Span;
}

/** A piece of a template: literal text (escapes already applied) or an interpolated expression. */
export type HclTemplatePart =
  | { readonly kind: 'text'; readonly text: string; readonly span: Span }
  | { readonly kind: 'interpolation'; readonly expression: HclExpression; readonly span: Span };

export type HclTraversalStep =
  { readonly kind: 'attribute'; readonly name: string } | { readonly kind: 'index'; readonly key: HclExpression };

export type HclExpression =
  | { readonly kind: 'string'; readonly value: string; readonly span: Span }
  | { readonly kind: 'number' | 'bool' | 'null'; readonly text: string; readonly span: Span }
  /** A template with at least one interpolation, or a heredoc. `heredoc` keeps the raw text for JSON spans. */
  | {
      readonly kind: 'template';
      readonly parts: readonly HclTemplatePart[];
      readonly heredoc: boolean;
      readonly span: Span;
    }
  | { readonly kind: 'tuple'; readonly items: readonly HclExpression[]; readonly span: Span }
  | { readonly kind: 'object'; readonly entries: readonly HclObjectEntry[]; readonly span: Span }
  | {
      readonly kind: 'call';
      readonly name: string;
      readonly args: readonly HclExpression[];
      readonly expandsFinal: boolean;
      readonly span: Span;
    }
  /** `var.x`, `local.x`, `aws_s3_bucket.b.arn`, `data.t.n.json`, `each.value`, `a.b[0]`; `text` as written. */
  | {
      readonly kind: 'traversal';
      readonly root: string;
      readonly steps: readonly HclTraversalStep[];
      readonly text: string;
      readonly span: Span;
    }
  /** A conditional, operation, `for` expression, splat, template directive…: `what` names it for the user. */
  | { readonly kind: 'unsupported'; readonly what: string; readonly text: string; readonly span: Span };

export interface HclObjectEntry {
  /** The key as written when it is a bare name or a literal string; undefined when it is computed. */
  readonly key: string | undefined;
  readonly keyExpression: HclExpression;
  readonly value: HclExpression;
  readonly span: Span;
}
