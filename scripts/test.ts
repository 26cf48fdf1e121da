/**
 * npm test: everything CI checks, in order — type check, content check, unit tests, the time-zone
 * build comparison, then the production build, the checks over the built dist/ and the end-to-end
 * tests, once under a portal sub-path (BASE_PATH) and once at "/".
 * Every step runs even when an earlier one fails, so one run shows every problem. The last line is
 * the plain summary "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { prepareMachine } from './prepare-machine.ts';

const E2E_BASE = '/zt/wcnrbh/';
// A fixed "now" so which lectures are upcoming does not depend on the day the tests run.
const TEST_NOW = '2026-12-01T08:00:00+08:00';

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check: counts as one passed or failed test. */
function step(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  const ok = run(label, command, args, env);
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
  return ok;
}

/** A test runner step: counts its own tests from the JSON report it writes. */
function suite(label: string, command: string, args: string[], report: string, count: (json: any) => [number, number], env: Record<string, string> = {}) {
  rmSync(report, { force: true });
  const ok = run(label, command, args, env);
  if (!existsSync(report)) {
    failed++;
    failures.push(`${label}（没有生成测试报告）`);
    return;
  }
  const [p, f] = count(JSON.parse(readFileSync(report, 'utf8')));
  passed += p;
  failed += f;
  if (f > 0 || !ok) failures.push(label);
  if (!ok && f === 0) failed++;
}

// Chromium, the CJK font, nginx and poppler: installed from Debian's packages when missing, or the exact
// command to run is printed and nothing is tested.
if (!prepareMachine('test')) process.exit(1);

mkdirSync('test-results', { recursive: true });
const vitestCount = (j: any): [number, number] => [j.numPassedTests ?? 0, (j.numFailedTests ?? 0) + (j.numRuntimeErrorTestSuites ?? 0)];
const playwrightCount = (j: any): [number, number] => [j.stats?.expected ?? 0, (j.stats?.unexpected ?? 0) + (j.stats?.flaky ?? 0) + (j.errors?.length ?? 0)];

step('astro check（类型检查）', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
suite('单元测试（Vitest）', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], 'test-results/unit.json', vitestCount);
// Two builds in other machine zones into temporary folders, compared byte for byte (dist/ is not touched).
step('时区：TZ=UTC 与 TZ=America/Los_Angeles 的构建逐字节相同', 'node', ['scripts/check-timezones.ts'], { SITE_NOW: TEST_NOW, SITE_URL: 'https://wcnrbh.example.gov.cn' });

for (const base of [E2E_BASE, '/']) {
  const env = { BASE_PATH: base, SITE_NOW: TEST_NOW, SITE_URL: 'https://wcnrbh.example.gov.cn' };
  const where = base === '/' ? '根路径 /' : `子路径 ${base}`;
  if (step(`构建（${where}）`, 'npm', ['run', 'build'], env)) {
    const distReport = `test-results/dist-${base === '/' ? 'root' : 'base'}.json`;
    suite(`构建结果检查：链接、HTML、站点地图、安全（${where}）`, 'npx', ['vitest', 'run', '--config', 'vitest.built.config.ts', 'tests/built', '--reporter=default', '--reporter=json', `--outputFile=${distReport}`], distReport, vitestCount, env);
    const report = `test-results/e2e-${base === '/' ? 'root' : 'base'}.json`;
    suite(`端到端测试（${where}）`, 'npx', ['playwright', 'test'], report, playwrightCount, { ...env, PLAYWRIGHT_JSON: report });
  }
}

// Once: plain `astro build` over broken content stops with the content check's report.
suite('构建里的内容检查（另行构建）', 'npx', ['vitest', 'run', '--config', 'vitest.built.config.ts', 'tests/build/', '--reporter=default', '--reporter=json', '--outputFile=test-results/build-check.json'], 'test-results/build-check.json', vitestCount);
// Once, not per base path: a build of its own from a copy of content/ with markup in the data fields.
suite('编辑输入的转义（另行构建）', 'npx', ['vitest', 'run', '--config', 'vitest.built.config.ts', 'tests/escaping', '--reporter=default', '--reporter=json', '--outputFile=test-results/escaping.json'], 'test-results/escaping.json', vitestCount);
// Once too: a build of its own from a copy of content/ with years of news, to reach the lists' bounds.
suite('多年积累的动态（另行构建）', 'npx', ['vitest', 'run', '--config', 'vitest.built.config.ts', 'tests/long-record', '--reporter=default', '--reporter=json', '--outputFile=test-results/long-record.json'], 'test-results/long-record.json', vitestCount);

// Once more: a copy of content/ whose towns, homes and lectures are an imported roster of another shape.
suite('导入的名录（另行构建）', 'npx', ['vitest', 'run', '--config', 'vitest.built.config.ts', 'tests/roster', '--reporter=default', '--reporter=json', '--outputFile=test-results/roster.json'], 'test-results/roster.json', vitestCount);

if (failures.length > 0) console.log(`\n未通过：\n- ${failures.join('\n- ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
