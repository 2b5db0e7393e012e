import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

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

// The app's layers (docs/architecture.md): app/ composes features/; a feature never imports another
// feature; components/ are UI only (actions come in as props); lib/ and stores/ sit below features.
const FEATURES = readdirSync(new URL('./src/app/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const ZONES = [
  ...FEATURES.map((feature) => ({
    target: `./src/app/features/${feature}`,
    from: './src/app/features',
    except: [`./${feature}`],
    message: 'Features never import each other: compose them in src/app/app, or move the shared piece to components/ or lib/.',
  })),
  { target: './src/app/components', from: ['./src/app/features', './src/app/stores', './src/app/app'], message: 'components/ are UI only: pass actions in as props.' },
  { target: ['./src/app/features', './src/app/stores', './src/app/lib'], from: './src/app/app', message: 'Only src/app/app composes the app: nothing below it imports it.' },
  { target: ['./src/app/stores', './src/app/lib'], from: './src/app/features', message: 'stores/ and lib/ sit below the features: they never import one.' },
  { target: ['./src/engine', './src/scenario'], from: ['./src/app', './src/cli', './src/server', './src/protocol'], message: 'Layers point one way: scenario → engine → protocol → app/cli/server.' },
  { target: './src/protocol', from: ['./src/app', './src/cli', './src/server'], message: 'The room protocol sits below the server and the app: it imports only the engine and the scenario layer.' },
  { target: './src/server', from: ['./src/app', './src/cli'], message: 'The server runs the engine and the protocol, never the app or the CLI.' },
  { target: './src/app', from: './src/server', message: 'The app reaches the server over the network (src/protocol), never by importing it.' },
  { target: './src/cli', from: ['./src/app', './src/server'], message: 'The CLI calls the engine, never the app or the server.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'scratch/', 'test-results/', 'playwright-report/', 'bench/out/', 'dist-cli/', 'dev-dist/', 'whn-rooms/'] },
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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: ZONES }] },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/scenario/**/*.ts', 'src/engine/**/*.ts', 'src/protocol/**/*.ts'],
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
