#!/usr/bin/env node
/**
 * Builds the playground (playground/README.md) into playground/dist/: the page (index.html, style.css, app.js),
 * its solver worker (solver-boot.js, then solver-worker.js: the project's checks and engine from src/, bundled for
 * the browser), Z3's own files from z3-solver (z3-built.js, loaded as a script as its README requires, and
 * z3-built.wasm), and the service worker for hosts that cannot send COOP/COEP headers (coi-sw.js).
 *
 * The bundle targets the browser: a module of src/ that needs Node fails the build here (esbuild cannot resolve
 * `node:*`), except the catalogue's JSON read, which is given the same file as an import (shim below), and Node's
 * global Buffer, of which src/ uses base-64 decoding only (playground/src/base64-buffer.ts).
 */
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const playground = path.join(root, 'playground');
const dist = path.join(playground, 'dist');
/** The catalogue modules and the JSON file each reads with createRequire (node:module), which a browser has not. */
const catalogModules = new Map([
  [path.join(root, 'src', 'catalog', 'actions.ts'), './actions.json'],
  [path.join(root, 'src', 'catalog', 'action-resources.ts'), './action-resources.json'],
]);

/**
 * Only in those modules, `node:module` becomes a createRequire that returns their JSON, imported (and so inlined) by
 * the bundler.
 */
const catalogJson = {
  name: 'catalog-json',
  setup(b) {
    b.onResolve({ filter: /^node:module$/ }, (args) =>
      catalogModules.has(args.importer) ? { path: args.importer, namespace: 'catalog-json' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'catalog-json' }, (args) => {
      const file = catalogModules.get(args.path);
      return {
        resolveDir: path.dirname(args.path),
        contents: [
          `import catalog from ${JSON.stringify(file)};`,
          `export function createRequire() {`,
          `  return (wanted) => {`,
          `    if (wanted !== ${JSON.stringify(file)}) throw new Error('the playground bundles only ${file}, not ' + wanted);`,
          `    return catalog;`,
          `  };`,
          `}`,
        ].join('\n'),
      };
    });
  },
};

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: { app: 'playground/src/app.ts', 'solver-worker': 'playground/src/solver-worker.ts' },
  outdir: dist,
  bundle: true,
  // Classic scripts: the worker loads z3-built.js with importScripts, which module workers do not have.
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox115', 'safari16.4'],
  // z3-solver's browser entry reads `global.initZ3`; the catalogue passes import.meta.url to the shim, which ignores it.
  define: { global: 'globalThis', 'import.meta.url': '"playground:"' },
  // src/ decodes BinaryEquals values with Node's Buffer: the browser gets the base-64 part of it (base64-buffer.ts).
  inject: ['playground/src/base64-buffer.ts'],
  plugins: [catalogJson],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css', 'coi-sw.js', 'solver-boot.js'])
  fs.copyFileSync(path.join(playground, 'static', file), path.join(dist, file));
const z3Build = path.join(root, 'node_modules', 'z3-solver', 'build');
for (const file of ['z3-built.js', 'z3-built.wasm']) fs.copyFileSync(path.join(z3Build, file), path.join(dist, file));
// GitHub Pages runs Jekyll on the upload unless told not to.
fs.writeFileSync(path.join(dist, '.nojekyll'), '');
const sizes = fs.readdirSync(dist).map((f) => `${f} ${(fs.statSync(path.join(dist, f)).size / 1024).toFixed(0)} KiB`);
console.log(`playground built in ${path.relative(root, dist)}/: ${sizes.join(', ')}`);
