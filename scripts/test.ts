/**
 * npm test: everything CI checks, layer by layer: the machine made ready (Debian packages), the type
 * check, the unit layer (tests/unit: no build, no browser), the time-zone build comparison; then two
 * builds, each followed by the checks over the built dist/ (tests/built: no browser) and end-to-end tests
 * in Chromium (tests/e2e): the fixture site (tests/fixtures/site) under a portal sub-path (BASE_PATH),
 * where the site's behaviour is tested on data the tests know, and content/ at "/", guarded only by what
 * holds for any valid content (links, HTML, statute quotes, PDFs, accessibility, byte budgets, search
 * quality), so a district's own content keeps the suite green; last the build layer (tests/build:
 * fixture sites built on their own).
 * Every step runs even when an earlier one fails, so one run shows every problem. The last line is
 * the plain summary "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { prepareMachine } from '../src/integrations/prepare-machine.ts';
import { playwrightCount, TestTally, vitestCount } from './test-tally.ts';

const E2E_BASE = '/zt/wcnrbh/';
/** The content the sub-path build is made from: test data in every shape the tests need. */
const FIXTURE_SITE = 'tests/fixtures/site';
// A fixed "now" so which lectures are upcoming does not depend on the day the tests run.
const TEST_NOW = '2026-12-01T08:00:00+08:00';
/** Pages per part of the fixture site's Pagefind index: small enough that its pages make several parts. */
const FIXTURE_PART_PAGES = 40;

const tally = new TestTally();

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check: counts as one passed or failed test. */
function step(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  const ok = run(label, command, args, env);
  tally.step(label, ok);
  return ok;
}

/** A test runner step: counts its own tests from the JSON report it writes. */
function suite(
  label: string,
  command: string,
  args: string[],
  report: string,
  count: (json: any) => [number, number],
  env: Record<string, string> = {},
) {
  rmSync(report, { force: true });
  const ok = run(label, command, args, env);
  tally.suite(label, ok, existsSync(report) ? count(JSON.parse(readFileSync(report, 'utf8'))) : null);
}

// Chromium, the CJK font, nginx and poppler: installed from Debian's packages when missing, or the exact
// command to run is printed and nothing is tested.
if (!prepareMachine('test')) process.exit(1);

mkdirSync('test-results', { recursive: true });
/**
 * One Vitest layer: a project of vitest.config.ts (unit, built, build), which says which files it runs
 * and how. What Vitest cannot say stays here: when each layer runs. The built layer runs after each of
 * the two builds, against the dist/ that build has just written (the second build replaces it), with
 * that build's BASE_PATH, SITE_URL and CONTENT_DIR; Vitest runs its projects in one process and knows
 * of no builds between them. The unit and build layers run once each, before and after the two builds.
 */
const vitestLayer = (project: 'unit' | 'built' | 'build', report: string) => [
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
];

// The house rules a newcomer's editor may not apply: Prettier's formatting and ESLint's findings, zero of each.
step('格式（Prettier）', 'npx', ['prettier', '--check', '.']);
step('代码检查（ESLint）', 'npx', ['eslint', '.']);
step('astro check（类型检查）', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
suite(
  '单元测试（Vitest）',
  'npx',
  vitestLayer('unit', 'test-results/unit.json'),
  'test-results/unit.json',
  vitestCount,
);
// Two builds in other machine zones into temporary folders, compared byte for byte (dist/ is not touched).
step('时区：TZ=UTC 与 TZ=America/Los_Angeles 的构建逐字节相同', 'node', ['scripts/check-timezones.ts'], {
  SITE_NOW: TEST_NOW,
  SITE_URL: 'https://wcnrbh.example.gov.cn',
});

for (const base of [E2E_BASE, '/']) {
  const env = {
    BASE_PATH: base,
    SITE_NOW: TEST_NOW,
    SITE_URL: 'https://wcnrbh.example.gov.cn',
    CONTENT_DIR: base === '/' ? 'content' : FIXTURE_SITE,
    // The fixture site's full-text index in parts of 40 pages, as a district of thousands of pages has
    // it in parts of 1,000: every search test in the browser then runs over merged parts.
    ...(base === '/' ? {} : { SEARCH_PART_PAGES: String(FIXTURE_PART_PAGES) }),
  };
  const where = base === '/' ? '根路径 /，content/' : `子路径 ${base}，${FIXTURE_SITE}`;
  if (step(`构建（${where}）`, 'npm', ['run', 'build'], env)) {
    const distReport = `test-results/dist-${base === '/' ? 'root' : 'base'}.json`;
    suite(
      `构建结果检查：链接、HTML、站点地图、安全、PDF、法条引文（${where}）`,
      'npx',
      vitestLayer('built', distReport),
      distReport,
      vitestCount,
      env,
    );
    const report = `test-results/e2e-${base === '/' ? 'root' : 'base'}.json`;
    // The functional specs under the sub-path on the fixture site; at "/" the ones that hold for any
    // valid content: accessibility sweep, budgets, search quality, a smoke test (see playwright.config.ts).
    suite(`端到端测试（${where}）`, 'npx', ['playwright', 'test'], report, playwrightCount, {
      ...env,
      PLAYWRIGHT_JSON: report,
      E2E_SCOPE: base === '/' ? 'root' : 'subpath',
    });
  }
}

// Once, not per base path: the build layer, fixture sites built on their own (tests/build/): broken
// content stopping a plain astro build, drafts, markup in data fields, years of news, an imported roster.
suite(
  '另行构建的测试站点（tests/build）',
  'npx',
  vitestLayer('build', 'test-results/build-layer.json'),
  'test-results/build-layer.json',
  vitestCount,
);

console.log(tally.summary());
process.exitCode = tally.exitCode();
