// Lint rules that hold the architecture in place (see README, "How it is built"): core is reached only through its
// public index, core imports no package, and only src/taskpane/excel talks to Excel. Formatting is Prettier's job.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CORE_INTERNALS = {
  group: ['**/core/*', '**/core/**/*', '!**/core/index', '!**/core'],
  message: 'Adapters use core through its public index (src/core/index.ts), not its internals.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters are matched on purpose: hostile text is cleaned of them before it reaches a cell.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(?!\\.)', message: 'src/core is host-free: it imports only other core modules.' }],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'CustomFunctions', 'window', 'document', 'process'],
    },
  },
  {
    files: ['src/functions/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_INTERNALS] }] },
  },
  {
    files: ['src/functions/**/*.ts', 'src/cli/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/excel/**'],
    rules: { 'no-restricted-globals': ['error', { name: 'Excel', message: 'Only src/taskpane/excel calls Excel.' }] },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/taskpane/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.jest, ...globals.browser } },
  },
  prettier,
);
