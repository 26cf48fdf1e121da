/**
 * npm test's count (scripts/test.ts): every step and every test runner's tests add up to the last line,
 * "N passed, N failed", and to the exit code CI goes by. Kept apart from the runner so that a count
 * that loses a failure, or an exit code of 0 after one, fails a unit test (tests/unit/test-tally.test.ts).
 */

/** The fields of Vitest's JSON report that the count reads. */
export interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: { status: string; assertionResults?: { status: string }[] }[];
}

/**
 * Passed and failed tests in a Vitest JSON report. A test file that failed with no failed test of its
 * own (it could not load, or a hook around its tests threw) is one failure more: Vitest's report counts
 * it among failed files only.
 */
export const vitestCount = (report: VitestReport): [number, number] => {
  const files = report.testResults ?? [];
  const fileFailures = files.filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return [report.numPassedTests ?? 0, (report.numFailedTests ?? 0) + fileFailures];
};

/** The fields of Playwright's JSON report that the count reads. */
export interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number };
  errors?: unknown[];
}

/**
 * Passed and failed tests in a Playwright JSON report. A flaky test (failed, then passed on retry) counts
 * as failed, and so does an error outside any test (a spec that does not load, a web server that does not start).
 */
export const playwrightCount = (report: PlaywrightReport): [number, number] => [
  report.stats?.expected ?? 0,
  (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0) + (report.errors?.length ?? 0),
];

export class TestTally {
  passed = 0;
  failed = 0;
  /** The labels of the steps and suites that failed, in order. */
  readonly failures: string[] = [];

  /** A step that is one check: one passed or one failed test. */
  step(label: string, ok: boolean): void {
    if (ok) this.passed++;
    else {
      this.failed++;
      this.failures.push(label);
    }
  }

  /**
   * A test runner's run: its report's counts (null when it wrote no report) and whether it exited 0.
   * A runner that failed with no failing test in its report (it stopped before, or crashed after) is
   * one failed test more: a failure is never lost.
   */
  suite(label: string, ok: boolean, counts: [number, number] | null): void {
    if (!counts) {
      this.failed++;
      this.failures.push(`${label}（没有生成测试报告）`);
      return;
    }
    const [passed, failed] = counts;
    this.passed += passed;
    this.failed += failed;
    if (failed > 0 || !ok) this.failures.push(label);
    if (!ok && failed === 0) this.failed++;
  }

  /** The last lines npm test prints: what failed, then "N passed, N failed". */
  summary(): string {
    const list = this.failures.length > 0 ? `\n未通过：\n- ${this.failures.join('\n- ')}\n` : '';
    return `${list}\n${this.passed} passed, ${this.failed} failed`;
  }

  /** 1 when anything failed: CI lands nothing then. */
  exitCode(): 0 | 1 {
    return this.failed > 0 ? 1 : 0;
  }
}
