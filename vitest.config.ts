import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The three Vitest layers of npm test, one project each: `vitest run --project unit` (npm run test:unit),
 * `--project built`, `--project build`. scripts/test.ts runs them in its order, around the builds they
 * need (see there).
 */
/**
 * Pure functions, schemas and error messages: no build, no browser, and not Astro's Vite config either,
 * whose integrations (the content check among them) would run at every start of Vitest, for every
 * project. The one Astro module a tested file imports stands in as a stub. Mutation testing runs this
 * project alone (vitest.unit.config.ts).
 */
export const unitProject = {
  resolve: {
    alias: { 'astro:content': fileURLToPath(new URL('tests/support/astro-content.ts', import.meta.url)) },
  },
  test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
};

export default defineConfig({
  test: {
    projects: [
      unitProject,
      // The two layers between unit tests and the browser, neither of which opens one. Both read and write
      // whole sites, so a test gets a minute rather than Vitest's default five seconds.
      // tests/built/ checks the dist/ that npm test has just built (with that build's BASE_PATH and
      // SITE_URL): links, HTML, sitemap, security, PDFs, statute quotes.
      { test: { name: 'built', include: ['tests/built/**/*.test.ts'], testTimeout: 60_000 } },
      // tests/build/ makes builds of its own from fixture sites: broken content stopping the build,
      // drafts, markup in data fields, years of news, a directory imported from spreadsheets.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
