/**
 * A catalogue listing (ActionsAnswer) as it crosses postMessage: the actions as their catalogue positions in one
 * transferred Uint32Array instead of thousands of strings cloned one by one (a listing can name most of the
 * 22,000 catalogue actions). Both threads read the same catalogue (knownActions()), so the positions name the same
 * actions; a listing with a name outside the catalogue (none is expected) is sent as strings.
 */
import { knownActions } from '../../../catalog/actions.js';
import type { ActionsAnswer } from '../../query.js';

/** An ActionsAnswer on the wire. */
export type WireActionsAnswer =
  ActionsAnswer | { readonly kind: 'ok-indexed'; readonly indices: Uint32Array; readonly solverCalls: number };

let positions: Map<string, number> | undefined;

/** The answer to post, and the buffers to transfer with it. */
export function actionsToWire(answer: ActionsAnswer): { wire: WireActionsAnswer; transfer: ArrayBuffer[] } {
  if (answer.kind !== 'ok') return { wire: answer, transfer: [] };
  positions ??= new Map(knownActions().map((action, i) => [action, i]));
  const indices = new Uint32Array(answer.actions.length);
  for (let i = 0; i < answer.actions.length; i++) {
    const at = positions.get(answer.actions[i] as string);
    if (at === undefined) return { wire: answer, transfer: [] };
    indices[i] = at;
  }
  return {
    wire: { kind: 'ok-indexed', indices, solverCalls: answer.solverCalls },
    transfer: [indices.buffer as ArrayBuffer],
  };
}

export function actionsFromWire(wire: WireActionsAnswer): ActionsAnswer {
  if (wire.kind !== 'ok-indexed') return wire;
  const catalog = knownActions();
  const actions: string[] = [];
  for (const i of wire.indices) {
    const action = catalog[i];
    if (action === undefined) throw new Error(`internal: catalogue position ${i} out of range`);
    actions.push(action);
  }
  return { kind: 'ok', actions, solverCalls: wire.solverCalls };
}
