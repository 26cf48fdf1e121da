/**
 * End-to-end tests against the built dist/, served locally at "/" or under BASE_PATH, in Debian's
 * Chromium (a browser download is impossible here; see README).
 */
import { defineConfig } from '@playwright/test';
import { normalizeBasePath } from './src/lib/env.ts';
import { CHROMIUM_LAUNCH } from './src/integrations/chromium.ts';

const port = Number(process.env['E2E_PORT'] ?? 4322);
const scope = process.env['E2E_SCOPE'];
/**
 * Specs that hold for any valid content, run on content/ itself: accessibility and byte budgets.
 * Their subject does not depend on the path either. (Search quality over the site's own pages is
 * checked without a browser, in tests/built/.)
 */
const CONTENT_GUARDS = ['a11y-sweep', 'budgets'];
const ROOT_SPECS = [...CONTENT_GUARDS, 'foundation'];
const spec = (name: string) => `**/${name}.spec.ts`;
const base = normalizeBasePath(process.env['BASE_PATH']);

export default defineConfig({
  testDir: 'tests/e2e',
  // npm test runs the end-to-end tests twice (E2E_SCOPE). "subpath": the build of the fixture site
  // (tests/fixtures/site) under a portal sub-path, where a wrong address would show: every functional
  // spec, on data the tests know (they read it from CONTENT_DIR). "root": the build of content/ at "/":
  // only ROOT_SPECS, which hold for any valid content, and a smoke test of the root; the root build's
  // links, sitemap, HTML and search quality are checked without a browser (tests/built/). Without E2E_SCOPE, as in
  // `npm run test:e2e`, every spec runs.
  ...(scope === 'root'
    ? { testMatch: ROOT_SPECS.map(spec) }
    : scope === 'subpath'
      ? { testIgnore: CONTENT_GUARDS.map(spec) }
      : {}),
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: process.env['PLAYWRIGHT_JSON'] ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: `node scripts/serve-dist.ts ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
