/** The version every report and `iam-proof --version` carries: package.json's (a test keeps the two equal). */
export const TOOL_VERSION = '0.1.0';
