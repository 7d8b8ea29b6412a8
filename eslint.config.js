// Lint with layer rules: each folder is a process (STYLE.md §1).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeOnly = [
  { group: ['electron', 'electron/*'], message: 'Only main/ may use Electron.' },
  { group: ['better-sqlite3'], message: 'Only main/ may touch the database.' },
  { group: ['node:*'], message: 'shared/ and renderer/ must not use Node built-ins.' },
  { group: ['**/main/**', '../main', '../../main'], message: 'Talk to main through the API contract only.' },
  { group: ['pdfkit', 'exceljs'], message: 'Exports are built in main/.' },
]
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream', 'zlib'].map((name) => ({
  name,
  message: 'shared/ and renderer/ must not use Node built-ins.',
}))

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: nodeOnly, paths: nodeBuiltins }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeOnly, { group: ['**/renderer/**', 'react', 'react-dom'], message: 'shared/ is pure TypeScript.' }], paths: nodeBuiltins },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports renderer/.' }] }],
    },
  },
)
