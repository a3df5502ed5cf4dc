#!/usr/bin/env node
/**
 * Builds the committed bundle (design.md §2, §4): dist/index.js (the action), dist/cli.js (the CLI, executable),
 * and dist/solver-worker.js when the Z3 worker entry exists, each with @vercel/ncc. z3-solver is external: its
 * Emscripten glue does not survive bundling into ESM, so the package is shipped next to the bundle in
 * dist/node_modules/ with its runtime dependencies (async-mutex, tslib). So is web-tree-sitter (the HCL parser's
 * runtime, same reason) with the HCL grammar's wasm. Output is deterministic: building twice
 * gives no git diff (check-dist.yml relies on it).
 */
import ncc from '@vercel/ncc';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * `--out <dir>` writes the bundle there instead of dist/ (a scratch build for the e2e tests, with
 * IAM_PROOF_ACTION_DIR pointing at a directory holding action.yml, package.json and that build as dist/; dist/ stays untouched).
 */
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
if (outIndex > 0 && (outDir === undefined || outDir === '')) throw new Error('--out needs a directory');
const dist = outDir === undefined ? path.join(root, 'dist') : path.resolve(outDir);
/**
 * ncc's own TypeScript step, given this tsconfig (module NodeNext) file by file, emits CommonJS `require`s, and
 * @actions/core 3 only exports `import`. So src/ is first transpiled to ES modules here (types are checked by
 * `npm run typecheck`, not by the bundle), inside node_modules so that packages resolve from the project root.
 */
const staging = path.join(
  root,
  'node_modules',
  '.cache',
  outDir === undefined ? 'iam-proof-bundle' : `iam-proof-bundle-${process.pid}`,
);

/**
 * `--from <commit>` builds from that commit's src/ instead of the working tree (what check-dist.yml sees; in a
 * shared checkout, others' uncommitted edits must not end up in a committed dist/).
 */
const fromIndex = process.argv.indexOf('--from');
const fromCommit = fromIndex > 0 ? process.argv[fromIndex + 1] : undefined;

function sourceRoot() {
  if (fromCommit === undefined) return root;
  const snapshot = path.join(
    root,
    'node_modules',
    '.cache',
    outDir === undefined ? 'iam-proof-snapshot' : `iam-proof-snapshot-${process.pid}`,
  );
  fs.rmSync(snapshot, { recursive: true, force: true });
  fs.mkdirSync(snapshot, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', fromCommit, '--', 'src'], {
    cwd: root,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', snapshot], { input: archive });
  return snapshot;
}

const sources = sourceRoot();

function stage() {
  fs.rmSync(staging, { recursive: true, force: true });
  write(path.join(staging, 'package.json'), '{ "type": "module" }\n');
  for (const file of listFiles(path.join(sources, 'src'))) {
    const from = path.join(sources, 'src', file);
    if (file.endsWith('.json')) write(path.join(staging, 'src', file), fs.readFileSync(from));
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const { outputText } = ts.transpileModule(fs.readFileSync(from, 'utf8'), {
      fileName: from,
      compilerOptions: {
        module: ts.ModuleKind.ES2022,
        target: ts.ScriptTarget.ES2022,
        isolatedModules: true,
        sourceMap: false,
      },
    });
    write(path.join(staging, 'src', file.replace(/\.ts$/, '.js')), outputText);
  }
}

const ENTRIES = [
  { source: 'src/index.ts', output: 'index.js' },
  { source: 'src/cli/main.ts', output: 'cli.js', executable: true },
  { source: 'src/semantics/symbolic/solve/solver-worker.ts', output: 'solver-worker.js', optional: true },
];

/**
 * Data files read at run time relative to the module (`createRequire(import.meta.url)('./actions.json')`): ncc
 * leaves such requires alone, so the file is copied next to the bundles that load it.
 */
const DATA_FILES = [
  { source: 'src/catalog/actions.json', output: 'actions.json' },
  { source: 'src/principals/aws-managed-policies.json', output: 'aws-managed-policies.json' },
  { source: 'src/catalog/action-resources.json', output: 'action-resources.json' },
];

/** What of each external package is shipped: runtime JavaScript, the wasm, package.json and the licence. */
const SHIPPED = [
  {
    name: 'z3-solver',
    keep: (f) =>
      f === 'package.json' ||
      /^LICENSE/.test(f) ||
      (f.startsWith('build/') && (f.endsWith('.js') || f === 'build/z3-built.wasm')),
  },
  {
    name: 'async-mutex',
    keep: (f) =>
      f === 'package.json' ||
      /^LICENSE/.test(f) ||
      f === 'index.mjs' ||
      ((f.startsWith('lib/') || f.startsWith('es6/')) && f.endsWith('.js')),
  },
  {
    name: 'tslib',
    keep: (f) =>
      f === 'package.json' ||
      /^LICENSE/.test(f) ||
      /^tslib\.(es6\.)?js$/.test(f) ||
      f === 'tslib.es6.mjs' ||
      (f.startsWith('modules/') && !f.endsWith('.d.ts')),
  },
  // The HCL parser (src/sources/terraform/hcl-parser.ts): ncc rewrites web-tree-sitter's `await import("module")` into
  // something without createRequire, so the package runs as published; the grammar package ships only its wasm.
  {
    name: 'web-tree-sitter',
    keep: (f) =>
      f === 'package.json' ||
      /^LICENSE/.test(f) ||
      f === 'web-tree-sitter.js' ||
      f === 'web-tree-sitter.cjs' ||
      f === 'web-tree-sitter.wasm',
  },
  {
    name: '@tree-sitter-grammars/tree-sitter-hcl',
    keep: (f) => f === 'package.json' || /^LICENSE/.test(f) || f === 'tree-sitter-terraform.wasm',
  },
];

function listFiles(dir, prefix = '') {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    );
}

function write(file, content, mode) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  if (mode !== undefined) fs.chmodSync(file, mode);
}

async function build(entry) {
  const source = path.join(staging, entry.source.replace(/\.ts$/, '.js'));
  if (!fs.existsSync(path.join(sources, entry.source))) {
    if (entry.optional) return false;
    throw new Error(`${entry.source} does not exist`);
  }
  const { code, assets } = await ncc(source, {
    externals: ['z3-solver', 'web-tree-sitter'],
    minify: false,
    sourceMap: false,
    cache: false,
    quiet: true,
    target: 'es2022',
    license: '',
  });
  // ncc turns an unresolvable import into a runtime `require` that throws; a bundle must never ship one.
  const missing = [code, ...Object.values(assets ?? {}).map((a) => String(a.source))]
    .join('\n')
    .match(/@@notfound\.js\?[^\s"']+/g);
  if (missing !== null) throw new Error(`${entry.source}: unresolved imports: ${[...new Set(missing)].join(', ')}`);
  let text = code;
  if (entry.executable) text = `#!/usr/bin/env node\n${text.replace(/^#!.*\n/, '')}`;
  write(path.join(dist, entry.output), text, entry.executable ? 0o755 : 0o644);
  for (const [name, asset] of Object.entries(assets ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    write(path.join(dist, name), asset.source, 0o644);
  }
  return true;
}

function ship(pkg) {
  const from = path.join(root, 'node_modules', pkg.name);
  const to = path.join(dist, 'node_modules', pkg.name);
  for (const file of listFiles(from).filter(pkg.keep)) {
    write(path.join(to, file), fs.readFileSync(path.join(from, file)), 0o644);
  }
}

stage();
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
for (const entry of ENTRIES) {
  const built = await build(entry);
  console.log(
    `${built ? 'built  ' : 'skipped'} dist/${entry.output}${built ? '' : ` (${entry.source} does not exist yet)`}`,
  );
}
for (const file of DATA_FILES)
  write(path.join(dist, file.output), fs.readFileSync(path.join(sources, file.source)), 0o644);
for (const pkg of SHIPPED) ship(pkg);
console.log(`shipped ${SHIPPED.map((p) => p.name).join(', ')} in dist/node_modules/`);
if (outDir !== undefined) {
  fs.rmSync(staging, { recursive: true, force: true });
  if (fromCommit !== undefined) fs.rmSync(sources, { recursive: true, force: true });
}
