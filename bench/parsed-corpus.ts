/**
 * Each corpus version parsed once (a version is shared by two pairs and by the critical-action check).
 * A version whose diagnostics contain an error is not checked: its queries count as ERROR, with the reason.
 * The bench releases a version after its last use (engine-run.ts runs a policy's queries together), so the
 * cache holds a couple of versions, not the corpus's 6,194 ASTs and texts; asking for a released version
 * throws rather than parsing it a second time (which would double-count its parse time).
 */
import type { Policy } from '../src/policy/ast.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { documentText, type CorpusVersion } from './corpus.js';

export type ParsedVersion =
  | {
      readonly kind: 'ok';
      readonly policy: Policy;
      readonly text: string;
      readonly parseMs: number;
      readonly warnings: number;
    }
  | { readonly kind: 'error'; readonly reason: string; readonly text: string; readonly parseMs: number };

export class ParsedCorpus {
  private readonly cache = new Map<CorpusVersion, ParsedVersion>();
  private readonly released = new WeakSet<CorpusVersion>();
  totalParseMs = 0;

  get(version: CorpusVersion): ParsedVersion {
    const cached = this.cache.get(version);
    if (cached) return cached;
    if (this.released.has(version))
      throw new Error(`version ${version.versionId} asked for after its release (it would be parsed twice)`);
    const text = documentText(version);
    const started = performance.now();
    let parsed: ParsedVersion;
    try {
      const result = parsePolicy(text);
      const parseMs = performance.now() - started;
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (result.kind === 'policy' && errors.length === 0) {
        parsed = { kind: 'ok', policy: result.policy, text, parseMs, warnings: result.diagnostics.length };
      } else {
        const shown = errors.slice(0, 3).map((d) => `${d.code} at ${d.span.line}:${d.span.column}: ${d.message}`);
        const reason = result.kind === 'policy' ? shown.join('; ') : `${result.kind}: ${shown.join('; ')}`;
        parsed = {
          kind: 'error',
          reason: reason + (errors.length > 3 ? ` (+${errors.length - 3} more)` : ''),
          text,
          parseMs,
        };
      }
    } catch (e) {
      parsed = { kind: 'error', reason: `parsePolicy threw: ${String(e)}`, text, parseMs: performance.now() - started };
    }
    this.totalParseMs += parsed.parseMs;
    this.cache.set(version, parsed);
    return parsed;
  }

  /** Drops the version's AST and text: no query of the run needs it any more. */
  release(version: CorpusVersion): void {
    if (this.cache.delete(version)) this.released.add(version);
  }

  /** Versions parsed and not yet released. */
  get held(): number {
    return this.cache.size;
  }
}
