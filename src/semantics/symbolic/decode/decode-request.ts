/**
 * Model → concrete Request (design.md §3.1, §3.2). Region ids become readable strings of their region, reals
 * become decimals or dates in the same cell, bit-vectors become addresses, principal ids become realistic
 * principals (fresh values never collide with the literals the query names).
 */
import ipaddr from 'ipaddr.js';
import type { Principal, Request } from '../../request.js';
import { WILDCARD_ONLY_RESOURCE } from '../../request.js';
import { keyOfTable, keyVars, SHAPE_ABSENT, SHAPE_SINGLE } from '../encode/context-keys.js';
import { decimalInCell, dateText } from './decode-numbers.js';
import { ACTION_TABLE, ACTION_VAR } from '../encode/encode-action.js';
import { P } from '../encode/encode-principal.js';
import { RESOURCE_STAR, RESOURCE_TABLE, RESOURCE_VAR } from '../encode/encode-resource.js';
import type { EncodedQuery } from '../encode/encode-query.js';
import type { ModelValues } from '../solve/lower-to-z3.js';
import { PRINCIPAL_KINDS } from '../encode/principal-universe.js';
import { catalogActionIn, defaultValueOf, readableCandidates, readableWitness } from './readable-strings.js';
import { catalogActionsIn, consistentPair } from './catalog-choice.js';
import type { RegionTables } from '../regions/resolve-regions.js';
import type { Term } from '../term.js';

export interface DecodeInput {
  readonly encoded: EncodedQuery;
  readonly tables: RegionTables;
  readonly model: ModelValues;
  readonly formula: Term;
  /** Strings already chosen for slots of lazy tables (vector-witness.ts), by slot variable. */
  readonly lazyStrings?: ReadonlyMap<string, string>;
}

/** The constants each Real variable is compared with (the cells of decode-numbers.ts). */
function realConstants(term: Term, out = new Map<string, string[]>()): Map<string, string[]> {
  switch (term.kind) {
    case 'real': {
      const list = out.get(term.name) ?? [];
      list.push(term.value);
      out.set(term.name, list);
      break;
    }
    case 'not':
      realConstants(term.operand, out);
      break;
    case 'and':
    case 'or':
      for (const t of term.operands) realConstants(t, out);
      break;
    default:
      break;
  }
  return out;
}

function freshText(taken: readonly string[], make: (i: number) => string): string {
  for (let i = 0; ; i++) {
    const text = make(i);
    if (!taken.includes(text)) return text;
  }
}

export class RequestDecoder {
  private readonly constants: Map<string, string[]>;

  constructor(private readonly input: DecodeInput) {
    this.constants = realConstants(input.formula);
  }

  private int(name: string): number {
    return this.input.model.ints.get(name) ?? 0;
  }

  /** The string of a region variable: catalogue action, readable pattern filling, or shortest witness. */
  stringOf(tableName: string, varName: string): string {
    const chosen = this.input.lazyStrings?.get(varName);
    if (chosen !== undefined) return chosen;
    const table = this.input.tables.get(tableName);
    if (table === undefined) throw new Error(`internal: no string chosen for ${varName}`);
    const region = Math.min(this.int(varName), table.regionCount - 1);
    if (tableName === ACTION_TABLE) {
      const action = catalogActionIn(table, region);
      if (action !== undefined) return action;
    }
    const patterns = this.input.encoded.enc.tables.get(tableName)?.patterns ?? [];
    return readableWitness(table, patterns, region, tableName === RESOURCE_TABLE, keyOfTable(tableName));
  }

  /**
   * The principal. Under principal-outside, aws:PrincipalAccount / aws:PrincipalArn equal the caller's account /
   * ARN (encode-principal-outside.ts): fresh parts then take their text from those keys (`tied`).
   */
  principal(tied: { readonly account?: string; readonly arn?: string } = {}): Principal {
    const u = this.input.encoded.universe;
    const kind = PRINCIPAL_KINDS[this.int(P.kind)] ?? 'anonymous';
    const accountIndex = this.int(P.account);
    const freshAccount = u.accounts[accountIndex] === undefined;
    const freshRole = u.roleNames[this.int(P.role)] === undefined;
    const roleArnText =
      kind === 'role-session' && tied.arn !== undefined && (freshAccount || freshRole) ? tied.arn : undefined;
    // Every tied ARN starts `arn:aws:iam::` or `arn:aws:sts::` (13 characters) and its account runs to the next `:`.
    const accountFromArn =
      tied.arn === undefined
        ? undefined
        : kind === 'root'
          ? tied.arn.slice(13, -':root'.length)
          : tied.arn.slice(13, tied.arn.indexOf(':', 13));
    const account =
      u.accounts[accountIndex] ??
      tied.account ??
      accountFromArn ??
      freshText(u.accounts, (i) => String(999999999999 - i));
    const roleName =
      u.roleNames[this.int(P.role)] ??
      (roleArnText === undefined ? undefined : roleArnText.slice(roleArnText.lastIndexOf('/') + 1)) ??
      freshText(u.roleNames, (i) => `ExampleRole${i || ''}`);
    switch (kind) {
      case 'anonymous':
        return { kind };
      case 'root':
        return { kind, account };
      case 'user': {
        const literal = u.users[this.int(P.user)];
        return {
          kind,
          account,
          arn:
            literal?.arn ??
            tied.arn ??
            freshText(
              u.users.map((x) => x.arn),
              (i) => `arn:aws:iam::${account}:user/example-user${i || ''}`,
            ),
        };
      }
      case 'role-session': {
        const literal = u.sessions[this.int(P.session)];
        const arn =
          literal?.arn ??
          freshText(
            u.sessions.map((x) => x.arn),
            (i) => `arn:aws:sts::${account}:assumed-role/${roleName}/example-session${i || ''}`,
          );
        return {
          kind,
          account,
          arn,
          roleArn:
            roleArnText ??
            (tied.arn !== undefined && !freshAccount && !freshRole
              ? tied.arn
              : `arn:aws:iam::${account}:role/${roleName}`),
        };
      }
      case 'federated-user': {
        const literal = u.federatedUsers[this.int(P.federated)];
        const arn =
          literal?.arn ??
          tied.arn ??
          freshText(
            u.federatedUsers.map((x) => x.arn),
            (i) => `arn:aws:sts::${account}:federated-user/example-user${i || ''}`,
          );
        const parentIndex = this.int(P.parent);
        const parent =
          parentIndex === u.users.length + 1
            ? undefined
            : (u.users[parentIndex]?.arn ??
              freshText(
                u.users.map((x) => x.arn),
                (i) => `arn:aws:iam::${account}:user/example-parent${i || ''}`,
              ));
        return parent === undefined ? { kind, account, arn } : { kind, account, arn, parentUserArn: parent };
      }
      case 'service':
        return {
          kind,
          service: u.services[this.int(P.service)] ?? freshText(u.services, (i) => `example${i || ''}.amazonaws.com`),
        };
      case 'web-identity':
        return {
          kind,
          provider:
            u.providers[this.int(P.provider)] ?? freshText(u.providers, (i) => `accounts.example${i || ''}.com`),
        };
      case 'canonical-user':
        return {
          kind,
          id:
            u.canonicalUsers[this.int(P.canonical)] ??
            freshText(u.canonicalUsers, (i) => (i.toString(16) + 'a'.repeat(64)).slice(0, 64)),
        };
    }
  }

  private slotText(key: string, index: number): string {
    const info = this.input.encoded.keys.get(key);
    const model = this.input.model;
    if (info === undefined) return 'example';
    if (info.views.has('numeric')) {
      if (model.bools.get(keyVars.numOk(key, index)) !== true) return 'not-a-number';
      return decimalInCell(
        model.reals.get(keyVars.num(key, index)) ?? '0',
        this.constants.get(keyVars.num(key, index)) ?? [],
      );
    }
    if (info.views.has('date')) {
      if (model.bools.get(keyVars.dateOk(key, index)) !== true) return 'not-a-date';
      return dateText(
        decimalInCell(
          model.reals.get(keyVars.date(key, index)) ?? '0',
          this.constants.get(keyVars.date(key, index)) ?? [],
        ),
      );
    }
    if (info.views.has('ip')) {
      const family = this.int(keyVars.ipFamily(key, index));
      if (family === 1) return addressText(model.bvs.get(keyVars.ip4(key, index)) ?? 0n, 4);
      if (family === 2) return addressText(model.bvs.get(keyVars.ip6(key, index)) ?? 0n, 16);
      return 'not-an-ip';
    }
    if (info.views.has('string')) return this.stringOf(keyVars.table(key), keyVars.str(key, index));
    return defaultValueOf(key);
  }

  context(): Record<string, string | string[]> {
    const context: Record<string, string | string[]> = {};
    for (const [key, info] of this.input.encoded.keys) {
      const shape = this.int(keyVars.shape(key));
      if (shape === SHAPE_ABSENT) continue;
      if (shape === SHAPE_SINGLE) context[info.text] = this.slotText(key, 0);
      else
        context[info.text] = Array.from({ length: Math.min(this.int(keyVars.size(key)), info.setSize) }, (_, i) =>
          this.slotText(key, i),
        );
    }
    return context;
  }

  /** `tie`: apply the caller-key ties of principal-outside (see principal()); the engine replays both choices. */
  request(tie = true): Request {
    const star = this.input.model.bools.get(RESOURCE_STAR) === true;
    const context = this.context();
    const tiedText = (name: string): string | undefined => {
      if (!tie || !this.input.encoded.callerKeysTied) return undefined;
      const entry = Object.entries(context).find(([k]) => k.toLowerCase() === name);
      return typeof entry?.[1] === 'string' ? entry[1] : undefined;
    };
    const pair = this.catalogPair(star);
    return {
      principal: this.principal({ account: tiedText('aws:principalaccount'), arn: tiedText('aws:principalarn') }),
      action: pair?.action ?? this.stringOf(ACTION_TABLE, ACTION_VAR),
      resource: pair?.resource ?? (star ? WILDCARD_ONLY_RESOURCE : this.stringOf(RESOURCE_TABLE, RESOURCE_VAR)),
      context,
    };
  }

  /**
   * A catalogue action of the model's action region with a resource of its resource region that the action can
   * name (catalog-choice.ts); undefined when the regions hold none (or the action was fixed by a lazy table and
   * does not fit), and decoding falls back to the readable strings of each region alone.
   */
  private catalogPair(star: boolean): { readonly action: string; readonly resource: string } | undefined {
    const fixedAction = this.input.lazyStrings?.get(ACTION_VAR);
    const actionTable = this.input.tables.get(ACTION_TABLE);
    let actions: Iterable<string>;
    if (fixedAction !== undefined) actions = [fixedAction];
    else if (actionTable !== undefined)
      actions = catalogActionsIn(actionTable, Math.min(this.int(ACTION_VAR), actionTable.regionCount - 1));
    else return undefined;
    if (star) return consistentPair(actions, { star: true });
    const fixedResource = this.input.lazyStrings?.get(RESOURCE_VAR);
    if (fixedResource !== undefined) return consistentPair(actions, { star: false, fixed: fixedResource });
    const table = this.input.tables.get(RESOURCE_TABLE);
    if (table === undefined) return undefined;
    const region = Math.min(this.int(RESOURCE_VAR), table.regionCount - 1);
    const patterns = this.input.encoded.enc.tables.get(RESOURCE_TABLE)?.patterns ?? [];
    return consistentPair(actions, {
      star: false,
      table,
      region,
      readable: readableCandidates(table, patterns, region, true),
    });
  }
}

function addressText(bits: bigint, bytes: 4 | 16): string {
  const out: number[] = [];
  for (let i = bytes - 1; i >= 0; i--) out.push(Number((bits >> BigInt(8 * i)) & 0xffn));
  return ipaddr.fromByteArray(out).toString();
}
