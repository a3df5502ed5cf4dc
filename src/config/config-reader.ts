/**
 * Typed access to a parsed YAML document that records every problem with its line and column instead of
 * throwing. The schema in parse-config.ts reads through it and never touches `yaml` node classes directly.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';
import type { ConfigError } from './config-error.js';
import type { ConfigText } from './iam-proof-config.js';

export class ConfigReader {
  readonly errors: ConfigError[] = [];

  constructor(
    private readonly text: string,
    private readonly lineCounter: LineCounter,
  ) {}

  position(node: Node | null | undefined): { line: number; column: number } {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  error(node: Node | null | undefined, message: string): void {
    this.errors.push({ ...this.position(node), message });
  }

  /** The entries of a mapping, reporting keys outside `allowed` (a misspelt key must not be silently ignored). */
  mapping(node: Node | null | undefined, what: string, allowed: readonly string[]): Map<string, Node | null> | undefined {
    if (!isMap(node)) {
      this.error(node, `${what} must be a mapping`);
      return undefined;
    }
    const entries = new Map<string, Node | null>();
    for (const pair of (node as YAMLMap<unknown, unknown>).items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.error(key, `${what}: keys must be plain strings`);
        continue;
      }
      if (!allowed.includes(key.value)) {
        this.error(key, `${what}: unknown key "${key.value}" (expected one of: ${allowed.join(', ')})`);
        continue;
      }
      entries.set(key.value, (pair.value as Node | null) ?? null);
    }
    return entries;
  }

  sequence(node: Node | null | undefined, what: string): readonly (Node | null)[] {
    if (!isSeq(node)) {
      this.error(node, `${what} must be a list`);
      return [];
    }
    return node.items as (Node | null)[];
  }

  string(node: Node | null | undefined, what: string): ConfigText | undefined {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      this.error(node, `${what} must be a non-empty string`);
      return undefined;
    }
    return { text: node.value, ...this.position(node) };
  }

  /**
   * The scalar exactly as written. YAML reads `012345678901` as a number and drops the leading zero, so account
   * ids are taken from the source text rather than from the parsed value.
   */
  sourceText(node: Node | null | undefined, what: string): ConfigText | undefined {
    if (!isScalar(node) || node.range === undefined || node.range === null) {
      this.error(node, `${what} must be a single value`);
      return undefined;
    }
    if (typeof node.value === 'string') return { text: node.value, ...this.position(node) };
    return { text: this.text.slice(node.range[0], node.range[1]).trim(), ...this.position(node) };
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
      this.error(node, `${what} must be true or false`);
      return undefined;
    }
    return node.value;
  }

  oneOf<T extends string>(node: Node | null | undefined, what: string, allowed: readonly T[]): T | undefined {
    if (!isScalar(node) || typeof node.value !== 'string' || !(allowed as readonly string[]).includes(node.value)) {
      this.error(node, `${what} must be one of: ${allowed.join(', ')}`);
      return undefined;
    }
    return node.value as T;
  }
}
