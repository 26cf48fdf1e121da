import { defineConfig } from 'vitest/config';

// Checks over a built site, no browser: tests/built/ reads dist/ after each build of npm test (with
// that build's BASE_PATH and SITE_URL); tests/escaping/ makes a build of its own from marked-up content.
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts', 'tests/escaping/**/*.test.ts'],
  },
});
