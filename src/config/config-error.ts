/** A problem in the configuration file. Collected, not thrown, so that a user sees every problem in one run. */
export interface ConfigError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export function formatConfigError(source: string, error: ConfigError): string {
  return `${source}:${error.line}:${error.column}: ${error.message}`;
}
