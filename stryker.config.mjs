// Mutation testing (npm run mutate; README "变异测试"): StrykerJS plants small bugs in the pure layers,
// one at a time, and runs the unit tests (tests/unit) against each; a bug no test notices "survives".
// The nightly CI job runs it; npm test does not (it takes far longer than the rest of the suite).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    // The unit project's tests only: the other two need builds (see vitest.config.ts).
    configFile: 'vitest.unit.config.ts',
    // Forks, not threads: tests/unit/time.test.ts sets the machine zone (TZ), which only a process has.
    pool: 'forks',
  },
  // The layers that are plain functions of their input: no build, no browser. src/roster/ reads the
  // sheets the import takes (and the directory download writes); src/search/ is the search engine.
  mutate: [
    'src/lib/**/*.ts',
    'src/check/**/*.ts',
    'src/import/**/*.ts',
    'src/roster/**/*.ts',
    'src/preflight/**/*.ts',
    'src/search/**/*.ts',
  ],
  // Only the tests that ran a mutated line run against it.
  coverageAnalysis: 'perTest',
  // A mutant in code that runs once, when its module loads (a table of rules, a regular expression held
  // in a constant), needs every test reloaded: a third of the mutants and nineteen twentieths of the
  // time. They are left out; the tables are pinned by table-driven tests instead (README "变异测试").
  ignoreStatic: true,
  // Under 80% the run fails; the README records the score and what survives.
  thresholds: { high: 90, low: 85, break: 80 },
  // Results kept between runs: a run re-tests only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The sandbox copy needs the sources and tests, not builds or results.
  ignorePatterns: ['dist', 'bench/out', 'bench/results', 'test-results', 'playwright-report', '.astro', 'reports'],
  // A shared CI runner or a busy laptop: let slow tests finish before a mutant counts as an endless loop.
  timeoutMS: 20_000,
  concurrency: 2,
};
