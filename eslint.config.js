import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What platform-neutral code (src/core, src/host) may not import. */
const PLATFORM_IMPORTS = [
  'node:*',
  'sharp',
  'fs',
  'path',
  'worker_threads',
  'comlink',
  '**/node/*',
  '**/browser/*',
  '**/cli/*',
  '**/widget/*',
  '**/demo/*',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'scratch/', 'test-images/', 'models/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Pages and scripts that run in the browser.
    files: ['examples/**/*.js', 'tests/browser/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The core runs in browser workers and in Node: no platform APIs, and nothing from the hosts.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...PLATFORM_IMPORTS, '**/host/*', '**/host/**'] }],
    },
  },
  {
    // The host layer is shared by the Node pool and the browser worker: platform-neutral too.
    files: ['src/host/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', { patterns: PLATFORM_IMPORTS }] },
  },
);
