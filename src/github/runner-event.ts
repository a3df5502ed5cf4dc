/** The event that started the workflow, as the runner gives it: GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH. */
import * as fs from 'node:fs/promises';
import type { RunnerEvent } from '../inputs.js';

export async function readRunnerEvent(env: Readonly<Record<string, string | undefined>>): Promise<RunnerEvent> {
  const name = env['GITHUB_EVENT_NAME'] ?? '';
  const file = env['GITHUB_EVENT_PATH'];
  if (file === undefined || file === '') return { name, payload: {} };
  const payload: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new Error(`GITHUB_EVENT_PATH (${file}) does not hold a JSON object`);
  }
  return { name, payload: payload as Record<string, unknown> };
}
