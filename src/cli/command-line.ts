/**
 * Options every command shares and the small parsers for option values. node:util parseArgs does the syntax;
 * this file turns strings into checked values, each failure a usage error (exit 1), never a guess.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { PolicyType } from '../policy/ast.js';
import { DEFAULT_TIMEOUT_MS } from '../checks/check-options.js';

export const COMMON_OPTIONS = {
  format: { type: 'string' },
  'timeout-ms': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export interface CommonSettings {
  readonly format: 'text' | 'json';
  readonly timeoutMs: number;
}

export class UsageError extends Error {}

export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function commonSettings(values: { format?: string | boolean; 'timeout-ms'?: string | boolean }): CommonSettings {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${String(format)}`);
  const raw = values['timeout-ms'];
  if (raw === undefined) return { format, timeoutMs: DEFAULT_TIMEOUT_MS };
  const timeoutMs = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || timeoutMs < 1) throw new UsageError(`--timeout-ms must be a positive whole number of milliseconds, not ${String(raw)}`);
  return { format, timeoutMs };
}

export function requiredOption(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function policyTypeOption(value: string | boolean | undefined): PolicyType | undefined {
  if (value === undefined) return undefined;
  if (value === 'identity' || value === 'resource') return value;
  throw new UsageError(`--policy-type must be identity or resource, not ${String(value)}`);
}

/** `a,b , c` → ['a', 'b', 'c']; empty entries are a usage error rather than silently dropped. */
export function listOption(value: string | boolean | undefined, name: string): string[] | undefined {
  if (value === undefined) return undefined;
  const entries = String(value).split(',').map((entry) => entry.trim());
  if (entries.some((entry) => entry === '')) throw new UsageError(`--${name} has an empty entry: ${String(value)}`);
  return entries;
}

export function accountListOption(value: string | boolean | undefined, name: string): string[] | undefined {
  const accounts = listOption(value, name);
  const bad = accounts?.filter((account) => !/^\d{12}$/.test(account)) ?? [];
  if (bad.length > 0) throw new UsageError(`--${name} takes 12-digit account ids, not ${bad.join(', ')}`);
  return accounts;
}
