/**
 * The one place that loads the HCL grammar (tree-sitter's `tree-sitter-hcl`, terraform dialect, through
 * `web-tree-sitter`; README.md in this folder says why this parser). Both .wasm files come from the npm packages:
 * from sources they are resolved in node_modules; bundled, scripts/bundle.mjs copies them next to dist/index.js and
 * they are found next to this module's URL. Nothing is downloaded at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

export type { Node as HclSyntaxNode } from 'web-tree-sitter';

const RUNTIME_WASM = 'web-tree-sitter.wasm';
const GRAMMAR_WASM = 'tree-sitter-terraform.wasm';
const PACKAGE_PATHS: Record<string, string> = {
  [RUNTIME_WASM]: 'web-tree-sitter/web-tree-sitter.wasm',
  [GRAMMAR_WASM]: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
};

/** Next to the bundle when bundled, else in node_modules. */
function wasmBytes(name: string): Uint8Array {
  const beside = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (existsSync(beside)) return readFileSync(beside);
  return readFileSync(createRequire(import.meta.url).resolve(PACKAGE_PATHS[name] ?? name));
}

let loading: Promise<Parser> | undefined;

async function load(): Promise<Parser> {
  await Parser.init({ wasmBinary: wasmBytes(RUNTIME_WASM) });
  const language = await Language.load(wasmBytes(GRAMMAR_WASM));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/**
 * Parses HCL text and hands the tree to `read` (the tree is freed afterwards: tree-sitter trees live in WASM memory).
 * Offsets of the tree's nodes are UTF-16 indexes into `text` (web-tree-sitter parses JavaScript strings).
 */
export async function withHclTree<T>(text: string, read: (root: Node) => T): Promise<T> {
  loading ??= load();
  let parser: Parser;
  try {
    parser = await loading;
  } catch (error) {
    loading = undefined;
    throw error;
  }
  const tree: Tree | null = parser.parse(text);
  if (tree === null) throw new Error('the HCL parser returned no tree');
  try {
    return read(tree.rootNode);
  } finally {
    tree.delete();
  }
}
