// ESLint: typescript-eslint's recommended rules for TypeScript, eslint-plugin-astro's for components.
// Formatting is Prettier's job (.prettierrc.json); nothing here is about layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/out/',
      'reports/',
      '.stryker-tmp/',
      'content/',
      'tests/fixtures/',
      'schemas/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // TypeScript already reports undefined names, in Node and browser code alike.
    rules: {
      'no-undef': 'off',
      // A leading underscore marks a value left unused on purpose (a destructured field left out, an
      // argument a callback must accept).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests read JSON reports and parsed files whose shape is the thing under test; typing every one of
    // them would only restate the assertion.
    files: ['tests/**', 'scripts/test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
