import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layersPlugin } from './scripts/eslint-layers.mjs';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'artifacts', 'test-results', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // domain ← engine ← features ← app, features apart, the app through public indexes (scripts/eslint-layers.mjs).
    // Importing an index costs only what is used from it: package.json's sideEffects tells the bundler that
    // nothing but CSS, src/main.tsx and src/domain/zod.ts runs code when imported.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' },
  },
  {
    // The domain and the engine run in tests, the CLI and the browser: no React, no XState there.
    files: ['src/domain/**', 'src/engine/**', 'src/features/*/model/**', 'src/features/export/to-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'react/*', 'xstate', '@xstate/*', 'recharts'] },
      ],
    },
  },
);
