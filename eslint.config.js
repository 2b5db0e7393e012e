import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine and the scenario loader are pure TypeScript: they run in Node (CLI, tests,
// benchmarks), in the browser and in a Web Worker. They never import UI code or use the DOM.
const UI_IMPORTS = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/scenario and src/engine never import React.' },
  { group: ['recharts', 'recharts/*'], message: 'src/scenario and src/engine never import Recharts.' },
  { group: ['@xstate/react'], message: 'src/scenario and src/engine never import @xstate/react.' },
  { group: ['**/app/**', '**/cli/**', '**/worker/**'], message: 'Layers point one way: scenario → engine → app/cli.' },
];
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'HTMLElement', 'location', 'alert'].map(
  (name) => ({ name, message: 'src/scenario and src/engine never use DOM APIs.' }),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'scratch/', 'test-results/', 'playwright-report/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/scenario/**/*.ts', 'src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: UI_IMPORTS }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/scenario/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...UI_IMPORTS, { group: ['xstate', 'xstate/*', '**/engine/**'], message: 'src/scenario sits below the engine: no XState, no engine imports.' }] },
      ],
    },
  },
);
