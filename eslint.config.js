import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'build/**', '*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Kysely's migration API is typed on Kysely<any> by design: a migration must not depend on today's schema types.
    files: ['migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Where code may run, by folder: only the Electron shell touches Electron; the renderer never reaches Node or the main process code.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'migrations/**/*.ts', 'test/**/*.ts'],
    ignores: ['electron/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/shell/ may import electron.' }] }] },
  },
  {
    // Test helpers that plain Node loads with --require (the stand-in Electron): CommonJS, not bundled.
    files: ['test/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', setImmediate: 'readonly', Request: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the main process only through api().' }],
          patterns: [
            { group: ['node:*', 'better-sqlite3', 'kysely'], message: 'Renderer and shared code run in the browser: no Node or database modules.' },
            { group: ['**/electron/**'], message: 'The renderer reaches the main process only through api().' },
          ],
        },
      ],
    },
  },
);
