import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { changelogSection, releaseProblems } from '../../scripts/release-notes.mjs';

const read = (file: string) => readFileSync(file, 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  license: string;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
};

describe('release notes and checks', () => {
  const changelog =
    '# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.2.0]\n\n### Fixed\n\n- a bug\n\n## [1.1.0]\n\n- older\n';

  it('takes the section of one version, up to the next', () => {
    expect(changelogSection(changelog, '1.2.0')).toBe('### Fixed\n\n- a bug');
    expect(changelogSection(changelog, '1.1.0')).toBe('- older');
    expect(changelogSection(changelog, '1.3.0')).toBeUndefined();
  });

  it("refuses a version that is not X.Y.Z, not package.json's or the CLI's, or without notes", () => {
    const files = { packageVersion: '1.2.0', toolVersionSource: "export const TOOL_VERSION = '1.2.0';", changelog };
    expect(releaseProblems('1.2.0', files)).toEqual([]);
    expect(releaseProblems('v1.2.0', files)[0]).toContain('is not a version X.Y.Z');
    expect(releaseProblems('1.3.0', files)).toHaveLength(3);
    expect(releaseProblems('1.2.0', { ...files, toolVersionSource: "'1.1.0'" })).toEqual([
      "src/report/tool-version.ts does not say '1.2.0'",
    ]);
  });

  it("the repository's own version is releasable as it stands", () => {
    expect(
      releaseProblems(pkg.version, {
        packageVersion: pkg.version,
        toolVersionSource: read('src/report/tool-version.ts'),
        changelog: read('CHANGELOG.md'),
      }),
    ).toEqual([]);
  });
});

describe('the package', () => {
  it('is MIT with the licence text, packs the CLI it names as bin, and needs Node 22 like its dependencies', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License/);
    for (const bin of Object.values(pkg.bin)) expect(pkg.files.some((f) => bin.startsWith(f))).toBe(true);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/', 'LICENSE', 'README.md', 'action.yml']));
    const contentType = JSON.parse(read('node_modules/content-type/package.json')) as { engines: { node: string } };
    expect(contentType.engines.node).toBe('>=22');
    expect(pkg.engines.node).toBe('>=22');
    expect(read('action.yml')).toMatch(/using: node24/);
  });
});
