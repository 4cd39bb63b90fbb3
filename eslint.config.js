import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = ['wizard', 'results', 'export', 'share'];

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
  // Features do not import each other; the app shell composes them.
  ...features.map((f) => ({
    files: [`src/features/${f}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: features.filter((o) => o !== f).flatMap((o) => [`@/features/${o}`, `@/features/${o}/*`]),
        },
      ],
    },
  })),
  {
    // The domain and the engine run in tests, the CLI and the browser: no React, no XState there.
    files: ['src/domain/**', 'src/engine/**', 'src/features/*/model/**', 'src/features/export/to-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'react/*',
            'xstate',
            '@xstate/*',
            'recharts',
            '@/features/*',
            '@/app/*',
          ],
        },
      ],
    },
  },
);
