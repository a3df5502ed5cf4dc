/** Types of scripts/release-notes.mjs for the tests. */
export declare function changelogSection(changelog: string, version: string): string | undefined;
export declare function releaseProblems(version: string, files: { packageVersion: string; toolVersionSource: string; changelog: string }): string[];
