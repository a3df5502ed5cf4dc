#!/usr/bin/env node
/**
 * `node scripts/release-notes.mjs X.Y.Z`: checks that X.Y.Z can be released — a plain semantic version, the version
 * of package.json and of the CLI (src/report/tool-version.ts), with a `## [X.Y.Z]` section in CHANGELOG.md — and
 * prints that section (the release notes). Exits 1 with the reason otherwise. Used by .github/workflows/release.yml.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** The body of the `## [version]` section (up to the next `## `), trimmed; undefined when there is none. */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  return body === '' ? undefined : body;
}

/** Every reason `version` cannot be released from these files (empty ⇒ it can). */
export function releaseProblems(version, files) {
  const problems = [];
  if (!SEMVER.test(version)) problems.push(`"${version}" is not a version X.Y.Z (no leading v, no pre-release suffix)`);
  if (files.packageVersion !== version)
    problems.push(`package.json has version ${files.packageVersion}, not ${version}`);
  if (!files.toolVersionSource.includes(`'${version}'`))
    problems.push(`src/report/tool-version.ts does not say '${version}'`);
  if (changelogSection(files.changelog, version) === undefined)
    problems.push(`CHANGELOG.md has no "## [${version}]" section with notes`);
  return problems;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const version = process.argv[2] ?? '';
  const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');
  const changelog = read('CHANGELOG.md');
  const problems = releaseProblems(version, {
    packageVersion: JSON.parse(read('package.json')).version,
    toolVersionSource: read('src/report/tool-version.ts'),
    changelog,
  });
  if (problems.length > 0) {
    process.stderr.write(`cannot release ${version}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`${changelogSection(changelog, version)}\n`);
  }
}
