export declare const ACTION_DIR: string;
export declare function parseOutputFile(text: string): Record<string, string>;
export interface ActionRun {
  readonly code: number | string;
  readonly ms: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly commands: readonly string[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  /** The parsed JSON report (output `report`), read before RUNNER_TEMP is removed. */
  readonly report?: any;
}
export declare function runAction(run: {
  workspace: string;
  eventName: string;
  event: object;
  inputs?: Record<string, string>;
  sha?: string;
  actionDir?: string;
  timeoutMs?: number;
}): Promise<ActionRun>;
export declare function buildExampleRepository(checkout?: string): { dir: string; base: string; head: string };
export declare function pullRequestEvent(base: string, head: string): object;
