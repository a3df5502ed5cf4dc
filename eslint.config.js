/**
 * Lint that keeps the shape (docs/architecture.md): the dependency rule between the layers of src/, as import
 * restrictions. Layers, lowest first: policy ← catalog ← semantics ← checks ← config ← sources ← review ← {local, report} ←
 * {github, cli, main}. A layer may import only the layers below it; z3-solver only in semantics/symbolic; @actions/*
 * only in github/ and the action's entry (main.ts, index.ts).
 */
import tsParser from '@typescript-eslint/parser';

/** Folders of src/ and the folders each may NOT import from. */
const FORBIDDEN = {
  policy: [
    'catalog',
    'semantics',
    'config',
    'checks',
    'sources',
    'principals',
    'review',
    'report',
    'local',
    'github',
    'cli',
  ],
  catalog: ['semantics', 'config', 'checks', 'sources', 'principals', 'review', 'report', 'local', 'github', 'cli'],
  semantics: ['config', 'checks', 'sources', 'principals', 'review', 'report', 'local', 'github', 'cli'],
  config: ['sources', 'principals', 'review', 'report', 'local', 'github', 'cli'],
  checks: ['config', 'sources', 'principals', 'review', 'report', 'local', 'github', 'cli'],
  sources: ['checks', 'principals', 'review', 'report', 'local', 'github', 'cli'],
  principals: ['review', 'report', 'local', 'github', 'cli'],
  review: ['report', 'local', 'github', 'cli'],
  report: ['github', 'cli'],
  local: ['report', 'github', 'cli'],
  github: ['cli'],
  cli: ['github'],
};

const importOf = (folder) => ({
  regex: `(^|/)(\\.\\./)*${folder}/`,
  message: `the dependency rule (docs/architecture.md) forbids this import`,
});

export default [
  { ignores: ['dist/**', 'node_modules/**', 'playground/dist/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  ...Object.entries(FORBIDDEN).map(([folder, forbidden]) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...(folder === 'github'
              ? []
              : [
                  { name: '@actions/core', message: 'only github/ and main.ts touch @actions/*' },
                  { name: '@actions/github', message: 'only github/ and main.ts touch @actions/*' },
                ]),
          ],
          patterns: [
            // inputs.ts is the action's input adapter, beside github/; main.ts and index.ts are above everything.
            {
              regex: `^(\\.\\./)+(main|index${folder === 'github' ? '' : '|inputs'})\\.js$`,
              message: 'the entry points are above every layer',
            },
            ...forbidden.map(importOf),
            ...(folder === 'semantics'
              ? []
              : [{ regex: '^z3-solver', message: 'only semantics/symbolic imports z3-solver' }]),
          ],
        },
      ],
    },
  })),
  {
    files: ['src/semantics/concrete/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            importOf('symbolic'),
            { regex: '^z3-solver', message: 'only semantics/symbolic imports z3-solver' },
            ...FORBIDDEN.semantics.map(importOf),
          ],
        },
      ],
    },
  },
];
