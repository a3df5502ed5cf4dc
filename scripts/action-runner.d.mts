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
  /** Node options before the script (e.g. `--cpu-prof`). */
  nodeOptions?: readonly string[];
  /** A command the node process is started under (e.g. `/usr/bin/time -v`); its stderr joins the action's. */
  wrapper?: readonly string[];
  /** Told the process id of what was started (the wrapper's when there is one). */
  onSpawn?: (pid: number) => void;
}): Promise<ActionRun>;
export declare function buildExampleRepository(checkout?: string): { dir: string; base: string; head: string };
export declare function pullRequestEvent(base: string, head: string): object;
