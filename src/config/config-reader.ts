/**
 * Typed access to a parsed YAML document that records every problem with its line and column instead of
 * throwing. The schema in parse-config.ts reads through it and never touches `yaml` node classes directly.
 */
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { SourceText } from '../policy/source-text.js';
import type { Span } from '../policy/span.js';
import { configError, type ConfigError } from './config-error.js';
import type { ConfigText } from './iam-proof-config.js';

export class ConfigReader {
  readonly errors: ConfigError[] = [];

  constructor(private readonly source: SourceText) {}

  position(node: Node | null | undefined): { line: number; column: number } {
    const { line, column } = this.spanOf(node);
    return { line, column };
  }

  spanOf(node: Node | null | undefined): Span {
    const range = node?.range ?? [0, 0];
    return this.source.spanOf(range[0], range[1]);
  }

  /** An error at a value read earlier (its span). */
  errorAt(value: ConfigText, code: ConfigError['code'], message: string): void {
    this.errors.push(configError(code, message, value.span ?? this.source.spanOf(0, 0)));
  }

  error(node: Node | null | undefined, code: ConfigError['code'], message: string): void {
    this.errors.push(configError(code, message, this.spanOf(node)));
  }

  /**
   * The entries of a mapping, reporting keys outside `allowed` (a misspelt key must not be silently ignored);
   * `allowed` undefined: any key (a mapping of names to values, e.g. `parameters`).
   */
  mapping(
    node: Node | null | undefined,
    what: string,
    allowed: readonly string[] | undefined,
  ): Map<string, Node | null> | undefined {
    if (!isMap(node)) {
      this.error(node, 'config-wrong-type', `${what} must be a mapping`);
      return undefined;
    }
    const entries = new Map<string, Node | null>();
    for (const pair of (node as YAMLMap<unknown, unknown>).items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.error(key, 'config-wrong-type', `${what}: keys must be plain strings`);
        continue;
      }
      if (allowed !== undefined && !allowed.includes(key.value)) {
        this.error(
          key,
          'config-unknown-key',
          `${what}: unknown key "${key.value}" (expected one of: ${allowed.join(', ')})`,
        );
        continue;
      }
      entries.set(key.value, (pair.value as Node | null) ?? null);
    }
    return entries;
  }

  sequence(node: Node | null | undefined, what: string): readonly (Node | null)[] {
    if (!isSeq(node)) {
      this.error(node, 'config-wrong-type', `${what} must be a list`);
      return [];
    }
    return node.items as (Node | null)[];
  }

  string(node: Node | null | undefined, what: string): ConfigText | undefined {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      this.error(node, 'config-wrong-type', `${what} must be a non-empty string`);
      return undefined;
    }
    return { text: node.value, ...this.position(node), span: this.spanOf(node) };
  }

  /**
   * The scalar exactly as written. YAML reads `012345678901` as a number and drops the leading zero, so account
   * ids are taken from the source text rather than from the parsed value.
   */
  sourceText(node: Node | null | undefined, what: string): ConfigText | undefined {
    if (!isScalar(node) || node.range === undefined || node.range === null) {
      this.error(node, 'config-wrong-type', `${what} must be a single value`);
      return undefined;
    }
    if (typeof node.value === 'string') return { text: node.value, ...this.position(node), span: this.spanOf(node) };
    return {
      text: this.source.text.slice(node.range[0], node.range[1]).trim(),
      ...this.position(node),
      span: this.spanOf(node),
    };
  }

  /** A string or a list of strings (IAM accepts both forms for Action and Resource; so does this file). */
  stringList(node: Node | null | undefined, what: string): ConfigText[] {
    if (isScalar(node)) {
      const one = this.string(node, what);
      return one === undefined ? [] : [one];
    }
    const out: ConfigText[] = [];
    for (const item of this.sequence(node, what)) {
      const one = this.string(item, `each entry of ${what}`);
      if (one !== undefined) out.push(one);
    }
    return out;
  }

  boolean(node: Node | null | undefined, what: string): boolean | undefined {
    if (!isScalar(node) || typeof node.value !== 'boolean') {
      this.error(node, 'config-wrong-type', `${what} must be true or false`);
      return undefined;
    }
    return node.value;
  }

  oneOf<T extends string>(node: Node | null | undefined, what: string, allowed: readonly T[]): T | undefined {
    if (!isScalar(node) || typeof node.value !== 'string' || !(allowed as readonly string[]).includes(node.value)) {
      this.error(node, 'config-invalid-value', `${what} must be one of: ${allowed.join(', ')}`);
      return undefined;
    }
    return node.value as T;
  }
}
