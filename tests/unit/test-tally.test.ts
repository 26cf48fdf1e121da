/**
 * npm test's count: the last line "N passed, N failed" and the exit code CI goes by (scripts/test-tally.ts).
 * A count that loses a failure would let a broken main land.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { playwrightCount, TestTally, vitestCount } from '../../scripts/test-tally.ts';

describe('the tally', () => {
  it('exits 0 and says "N passed, 0 failed" when everything passed', () => {
    const tally = new TestTally();
    tally.step('格式', true);
    tally.suite('单元测试', true, [10, 0]);
    expect(tally.summary()).toBe('\n11 passed, 0 failed');
    expect(tally.exitCode()).toBe(0);
  });

  it('exits 1 after a failed step, listing it', () => {
    const tally = new TestTally();
    tally.step('格式', true);
    tally.step('代码检查', false);
    expect(tally.summary()).toBe('\n未通过：\n- 代码检查\n\n1 passed, 1 failed');
    expect(tally.exitCode()).toBe(1);
  });

  it('adds a suite’s failed tests, and lists the suite once', () => {
    const tally = new TestTally();
    tally.suite('端到端测试', false, [90, 3]);
    expect([tally.passed, tally.failed, tally.failures]).toEqual([90, 3, ['端到端测试']]);
    expect(tally.exitCode()).toBe(1);
  });

  it('counts a suite that wrote no report as failed', () => {
    const tally = new TestTally();
    tally.suite('单元测试', true, null);
    expect([tally.passed, tally.failed, tally.failures]).toEqual([0, 1, ['单元测试（没有生成测试报告）']]);
    expect(tally.exitCode()).toBe(1);
  });

  it('counts a runner that failed with no failing test in its report as one failure', () => {
    const tally = new TestTally();
    tally.suite('构建结果检查', false, [12, 0]);
    expect([tally.passed, tally.failed, tally.failures]).toEqual([12, 1, ['构建结果检查']]);
    expect(tally.exitCode()).toBe(1);
  });
});

describe('reading the runners’ reports', () => {
  it('counts a real Vitest report: failed tests and a file that cannot load are failures', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tally-'));
    try {
      writeFileSync(
        path.join(dir, 'a.test.ts'),
        "import { expect, it } from 'vitest';\nit('passes', () => expect(1).toBe(1));\nit('also passes', () => {});\nit('fails', () => expect(1).toBe(2));\n",
      );
      writeFileSync(path.join(dir, 'b.test.ts'), "throw new Error('cannot load');\n");
      writeFileSync(path.join(dir, 'vitest.config.ts'), 'export default {};\n');
      const report = path.join(dir, 'report.json');
      try {
        execFileSync(
          path.resolve('node_modules/.bin/vitest'),
          ['run', '--root', dir, '--reporter=json', `--outputFile=${report}`],
          { cwd: dir, stdio: 'ignore' },
        );
      } catch {
        // Vitest exits 1: two files failed. The report is what is read.
      }
      expect(vitestCount(JSON.parse(readFileSync(report, 'utf8')))).toEqual([2, 2]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts a Playwright report’s flaky tests and errors outside any test as failures', () => {
    expect(playwrightCount({ stats: { expected: 40, unexpected: 1, flaky: 2 }, errors: [{}] })).toEqual([40, 4]);
    expect(playwrightCount({ stats: { expected: 40, unexpected: 0, flaky: 0 }, errors: [] })).toEqual([40, 0]);
  });
});
