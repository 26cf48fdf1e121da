import { defineConfig } from 'vitest/config';

// Checks over the built dist/ (links, html-validate, sitemap, security), run by npm test after each
// build with that build's BASE_PATH and SITE_URL; no browser.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
  },
});
