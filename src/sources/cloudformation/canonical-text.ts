/**
 * A compact, deterministic text of a (partly resolved) template value, for naming unknowns that have no simpler
 * name (`Fn::Select(0;Fn::GetAZs())`, an opaque condition). Equal values give equal texts; placeholders of other
 * unknowns show as `<Ref/Env>`. Spans and key order of plain objects do not matter (keys are sorted).
 */
import type { SourceNode } from '../../policy/source-node.js';

const PLACEHOLDER = /\$\{iam-proof:([^}]*)\}/gi;

export function canonicalText(node: SourceNode): string {
  switch (node.kind) {
    case 'string':
      return node.text.replace(PLACEHOLDER, '<$1>');
    case 'number':
    case 'boolean':
    case 'null':
      return node.text;
    case 'array':
      return `[${node.items.map(canonicalText).join(';')}]`;
    case 'object': {
      const only = node.entries.length === 1 ? node.entries[0] : undefined;
      if (only !== undefined && (only.key === 'Ref' || only.key.startsWith('Fn::') || only.key === 'Condition')) {
        const args =
          only.value.kind === 'array' ? only.value.items.map(canonicalText).join(';') : canonicalText(only.value);
        return only.key === 'Ref' ? `Ref/${args}` : `${only.key}(${args})`;
      }
      const entries = [...node.entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return `{${entries.map((e) => `${e.key}=${canonicalText(e.value)}`).join(';')}}`;
    }
  }
}

/** A short stable digest (FNV-1a, 32 bits) of a text, to fold a mapping's contents into an unknown's name. */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
