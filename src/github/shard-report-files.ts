/**
 * Merge mode (input `merge-reports`): the shards' JSON reports, found on disk by a glob relative to the workspace
 * (where actions/download-artifact put them). Only regular files are read; symlinks and `.git` are not followed,
 * so the glob cannot reach outside the workspace. Matching is the project's one glob matcher (config/glob.ts).
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { normalizeGlob, pathMatches } from '../config/glob.js';
import type { ShardReportFile } from '../report/merge-shard-reports.js';

/** More reports than shards can exist (256) means the glob is wrong. */
const MAX_REPORTS = 256;

export async function readShardReportFiles(workspace: string, glob: string): Promise<ShardReportFile[]> {
  const pattern = normalizeGlob(glob);
  // Walk only below the part of the glob without wildcards.
  const fixed: string[] = [];
  for (const segment of pattern.split('/').slice(0, -1)) {
    if (/[*?[\]{}()!+@]/.test(segment)) break;
    fixed.push(segment);
  }
  const matches: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(path.join(workspace, relative), { withFileTypes: true });
    } catch {
      return; // the directory does not exist: nothing matches there
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory() && entry.name !== '.git') await walk(child);
      else if (entry.isFile() && pathMatches(child, pattern)) matches.push(child);
    }
  };
  await walk(fixed.join('/'));
  if (matches.length === 0)
    throw new Error(
      `merge-reports: no file matches "${glob}" in the workspace (did the shard jobs upload their reports, and this job download them?)`,
    );
  if (matches.length > MAX_REPORTS)
    throw new Error(
      `merge-reports: "${glob}" matches ${matches.length} files, more than the ${MAX_REPORTS} shards there can be`,
    );
  return Promise.all(
    matches.map(async (source) => {
      const text = await fs.readFile(path.join(workspace, source), 'utf8');
      try {
        return { source, json: JSON.parse(text) as unknown };
      } catch (error) {
        throw new Error(
          `merge-reports: ${source} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        );
      }
    }),
  );
}
