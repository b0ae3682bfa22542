// Lint rules that catch what the compiler cannot: promises left floating, imports repeated, code
// left unused, and the project's layers (only src/sheets may call an Apps Script service).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp',
  'Charts',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'FormApp',
  'Session',
  'Utilities',
  'Logger',
  'CacheService',
  'DriveApp',
  'UrlFetchApp',
].map((name) => ({ name, message: 'Only src/sheets calls Apps Script services: go through its workbook port.' }));

const SHIPPED = {
  group: ['**/emulator', '**/emulator/*', '**/tools', '**/tools/*', '**/test', '**/test/*'],
  message: 'Shipped code never imports the emulator, tools or tests.',
};

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'coverage/', 'node_modules/', 'examples/', 'test/fixtures/', 'test/.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      eqeqeq: ['error', 'always'],
      // Namespaces from @types/google-apps-script are types only: the compiler checks them.
      'no-undef': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/sheets/**'],
    rules: { 'no-restricted-globals': ['error', ...APPS_SCRIPT_SERVICES] },
  },
  // One no-restricted-imports setting per file: a later block replaces an earlier one's, it does not
  // add to it, so each layer's block repeats what every shipped file may not import.
  {
    files: ['src/**/*.ts', 'sidebar/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SHIPPED] }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SHIPPED,
            {
              group: ['**/sheets', '**/sheets/*', '**/actions', '**/actions/*', '**/server', '**/server/*'],
              message: 'src/core is pure: it imports nothing from the edges.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/actions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SHIPPED,
            {
              group: ['**/sheets', '**/sheets/*', '**/server', '**/server/*'],
              message: 'src/actions reach Google through the services ports, and only the server calls them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sheets/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SHIPPED,
            {
              group: ['**/actions', '**/actions/*', '**/server', '**/server/*'],
              message: 'src/sheets sits below the actions and the server.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
);
