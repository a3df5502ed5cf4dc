/** A listing on the wire (actions-wire.ts): catalogue positions in a transferred buffer, the same names back. */
import { describe, expect, it } from '@jest/globals';
import { knownActions } from '../../../../src/catalog/actions.js';
import { actionsFromWire, actionsToWire } from '../../../../src/semantics/symbolic/solve/actions-wire.js';

describe('actions on the wire', () => {
  it('sends catalogue actions as positions and reads them back as the same names, in order', () => {
    const catalog = knownActions();
    const actions = [catalog[5], catalog[0], catalog[catalog.length - 1], catalog[1234]] as string[];
    const { wire, transfer } = actionsToWire({ kind: 'ok', actions, solverCalls: 3 });
    expect(wire.kind).toBe('ok-indexed');
    expect(transfer).toHaveLength(1);
    // What the receiving thread sees: a structured clone with the buffer transferred.
    const received = structuredClone(wire, { transfer });
    expect(actionsFromWire(received)).toEqual({ kind: 'ok', actions, solverCalls: 3 });
  });

  it('sends a listing with a name outside the catalogue, and an unknown answer, as they are', () => {
    const odd = { kind: 'ok' as const, actions: ['s3:GetObject', 'notaservice:Nothing'], solverCalls: 1 };
    expect(actionsToWire(odd)).toEqual({ wire: odd, transfer: [] });
    expect(actionsFromWire(odd)).toBe(odd);
    const unknown = { kind: 'unknown' as const, reason: 'timeout', solverCalls: 2 };
    expect(actionsToWire(unknown)).toEqual({ wire: unknown, transfer: [] });
  });

  it('refuses a position outside the catalogue', () => {
    const wire = { kind: 'ok-indexed' as const, indices: Uint32Array.of(knownActions().length), solverCalls: 0 };
    expect(() => actionsFromWire(wire)).toThrow(/out of range/);
  });
});
