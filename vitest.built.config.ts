import { defineConfig } from 'vitest/config';

// Checks over a built site, no browser: tests/built/ reads dist/ after each build of npm test (with
// that build's BASE_PATH and SITE_URL); tests/build/, tests/escaping/ and tests/long-record/ make builds
// of their own from altered copies of content/, and tests/roster/ one whose directory is an imported roster.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/built/**/*.test.ts', 'tests/escaping/**/*.test.ts', 'tests/long-record/**/*.test.ts', 'tests/roster/**/*.test.ts'],
  },
});
