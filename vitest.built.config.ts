import { defineConfig } from 'vitest/config';

// The two layers between unit tests and the browser, neither of which opens one:
// - tests/built/ checks the dist/ that npm test has just built (with that build's BASE_PATH and SITE_URL):
//   links, HTML, sitemap, security, PDFs, statute quotes;
// - tests/build/ makes builds of its own from fixture sites: broken content stopping the build, drafts,
//   markup in data fields, years of news, a directory imported from spreadsheets.
// Both read and write whole sites, so a test gets a minute rather than Vitest's default five seconds.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/built/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
