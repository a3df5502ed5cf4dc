/**
 * The one place that loads the HCL grammar (tree-sitter's `tree-sitter-hcl`, terraform dialect, through
 * `web-tree-sitter`; README.md in this folder says why this parser). Both .wasm files come from the npm packages,
 * resolved like modules: from sources in node_modules, bundled in dist/node_modules (scripts/bundle.mjs ships them).
 * Nothing is downloaded at run time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

export type { Node as HclSyntaxNode } from 'web-tree-sitter';

const RUNTIME_WASM = 'web-tree-sitter/web-tree-sitter.wasm';
const GRAMMAR_WASM = '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm';

function wasmBytes(specifier: string): Uint8Array {
  return readFileSync(createRequire(import.meta.url).resolve(specifier));
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
