/** init() overrides for a bundle whose Z3 files sit in `directory` (design.md §4 "Bundling with ncc"). */
import path from 'node:path';
import type { InitOverrides } from './z3-instance.js';

export function z3OverridesFor(directory: string | undefined): InitOverrides {
  if (directory === undefined) return undefined;
  return {
    locateFile: (file: string) => path.join(directory, file),
    mainScriptUrlOrBlob: path.join(directory, 'z3-built.js'),
  } as InitOverrides;
}
