/**
 * End-to-end tests against the built dist/, served locally at "/" or under BASE_PATH, in Debian's
 * Chromium (a browser download is impossible here; see README).
 */
import { defineConfig } from '@playwright/test';
import { normalizeBasePath } from './src/lib/env.ts';
import { CHROMIUM_LAUNCH } from './src/integrations/chromium.ts';

const port = Number(process.env['E2E_PORT'] ?? 4322);
const scope = process.env['E2E_SCOPE'];
/** Specs whose subject does not depend on the path the site is served under. */
const PATH_INDEPENDENT = ['a11y-sweep', 'budgets'];
const ROOT_SPECS = [...PATH_INDEPENDENT, 'foundation'];
const spec = (name: string) => `**/${name}.spec.ts`;
const base = normalizeBasePath(process.env['BASE_PATH']);

export default defineConfig({
  testDir: 'tests/e2e',
  // npm test runs the end-to-end tests twice (E2E_SCOPE). Under a portal sub-path ("subpath"), where a
  // wrong address would show, every spec runs but the path-independent ones. At "/" ("root") only
  // ROOT_SPECS run: the accessibility sweep and the byte budgets, the same under any path, and a smoke
  // test of the root; the root build's links, sitemap and HTML are checked without a browser
  // (tests/built/). Without E2E_SCOPE, as in `npm run test:e2e`, every spec runs.
  ...(scope === 'root' ? { testMatch: ROOT_SPECS.map(spec) } : scope === 'subpath' ? { testIgnore: PATH_INDEPENDENT.map(spec) } : {}),
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
