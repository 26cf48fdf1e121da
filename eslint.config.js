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
    rules: { 'no-undef': 'off' },
  },
);
