/**
 * Options every command shares and the small parsers for option values. node:util parseArgs does the syntax;
 * this file turns strings into checked values, each failure a usage error (exit 64, USAGE_EXIT), never a guess.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { PolicyType } from '../policy/ast.js';
import { DEFAULT_TIMEOUT_MS } from '../checks/check-options.js';

export const COMMON_OPTIONS = {
  format: { type: 'string' },
  'timeout-ms': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The help text of COMMON_OPTIONS, shown by every command's --help. */
export const COMMON_HELP = `Options of every command:
  --format text|json|sarif  text (default) for people; json: the result with diagnostics (line/column);
                            sarif: SARIF 2.1.0 for code scanning (the same log the action writes)
  --timeout-ms N            per solver query (default 10000); past it the verdict is UNKNOWN, never PASS
  --quiet, -q               text: print nothing for a PASS (the exit code says it); batch: no progress line
  --help, -h                this help`;

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CommonSettings {
  readonly format: OutputFormat;
  readonly timeoutMs: number;
  readonly quiet: boolean;
}

/** The exit code of a usage error (BSD sysexits EX_USAGE): distinct from FAIL (2) and UNKNOWN/invalid input (1). */
export const USAGE_EXIT = 64;

export class UsageError extends Error {}

/** A command's --help: its usage, then the options every command takes. */
export function commandHelp(usage: string): string {
  return `${usage}

${COMMON_HELP}
`;
}

export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...options },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function commonSettings(values: {
  format?: string | boolean;
  'timeout-ms'?: string | boolean;
  quiet?: string | boolean;
}): CommonSettings {
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly unknown[]).includes(format))
    throw new UsageError(`--format must be text, json or sarif, not ${String(format)}`);
  const quiet = values.quiet === true;
  const raw = values['timeout-ms'];
  if (raw === undefined) return { format: format as OutputFormat, timeoutMs: DEFAULT_TIMEOUT_MS, quiet };
  const timeoutMs = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || timeoutMs < 1)
    throw new UsageError(`--timeout-ms must be a positive whole number of milliseconds, not ${String(raw)}`);
  return { format: format as OutputFormat, timeoutMs, quiet };
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
  const entries = String(value)
    .split(',')
    .map((entry) => entry.trim());
  if (entries.some((entry) => entry === '')) throw new UsageError(`--${name} has an empty entry: ${String(value)}`);
  return entries;
}

export function accountListOption(value: string | boolean | undefined, name: string): string[] | undefined {
  const accounts = listOption(value, name);
  const bad = accounts?.filter((account) => !/^\d{12}$/.test(account)) ?? [];
  if (bad.length > 0) throw new UsageError(`--${name} takes 12-digit account ids, not ${bad.join(', ')}`);
  return accounts;
}
