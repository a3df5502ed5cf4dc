/** Terraform fixtures as a repository: a ModuleReader over __tests__/fixtures/sources/terraform. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModuleReader } from '../../../src/sources/terraform/index.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/sources/terraform');

export function fixtureText(file: string): string {
  return readFileSync(path.join(FIXTURES, file), 'utf8');
}

/** Reads and lists files under the fixtures; `withList: false` gives a reader that cannot list directories. */
export function fixtureReader(options: { withList?: boolean } = {}): ModuleReader & { readonly reads: string[] } {
  const reads: string[] = [];
  const read = (file: string): Promise<Uint8Array | undefined> => {
    reads.push(file);
    const full = path.join(FIXTURES, file);
    return Promise.resolve(existsSync(full) && statSync(full).isFile() ? readFileSync(full) : undefined);
  };
  const list = (directory: string): Promise<readonly string[]> => {
    const full = path.join(FIXTURES, directory);
    if (!existsSync(full)) return Promise.resolve([]);
    return Promise.resolve(
      readdirSync(full)
        .filter((n) => statSync(path.join(full, n)).isFile())
        .map((n) => (directory === '' ? n : `${directory}/${n}`)),
    );
  };
  return Object.assign(read, options.withList === false ? { reads } : { list, reads });
}
