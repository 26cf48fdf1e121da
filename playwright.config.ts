/**
 * End-to-end tests against the built dist/, served locally at "/" or under BASE_PATH, in Debian's
 * Chromium (a browser download is impossible here; see README).
 */
import { defineConfig } from '@playwright/test';
import { normalizeBasePath } from './src/lib/env.ts';
import { CHROMIUM_LAUNCH } from './scripts/chromium.ts';

const port = Number(process.env['E2E_PORT'] ?? 4322);
const base = normalizeBasePath(process.env['BASE_PATH']);

export default defineConfig({
  testDir: 'tests/e2e',
  // The accessibility sweep of every page runs once, in the root-path run: the pages are the same under a
  // sub-path, and it is the longest e2e file.
  testIgnore: base === '/' ? [] : ['**/a11y-sweep.spec.ts'],
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
