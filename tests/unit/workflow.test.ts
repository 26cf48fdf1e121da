/** The repository host's workflow keeps its promises: test every push and pull request, publish main, rebuild daily, full history. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml.ts';

const parsed = parseYaml(readFileSync('.github/workflows/site.yml', 'utf8'));
const workflow = parsed.value as any;

describe('.github/workflows/site.yml', () => {
  it('is valid YAML', () => expect(parsed.errors).toEqual([]));

  it('runs on every push and pull request, and every day', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'schedule']));
    expect(workflow.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it('tests through .ci/run on a full clone, and deploys only main after the tests pass', () => {
    const steps = (job: string) => workflow.jobs[job].steps as any[];
    expect(steps('test').some((s) => s.run?.includes('bash .ci/run'))).toBe(true);
    for (const job of ['test', 'build'])
      expect(steps(job).find((s) => s.uses?.startsWith('actions/checkout')).with['fetch-depth']).toBe(0);
    expect(workflow.jobs.build.needs).toBe('test');
    expect(workflow.jobs.build.if).toContain("github.ref == 'refs/heads/main'");
    expect(
      steps('build').some((s) => s.uses?.startsWith('actions/upload-pages-artifact') && s.with.path === 'dist/'),
    ).toBe(true);
    expect(steps('deploy').some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('sweeps every page for accessibility on the nightly run, after a build', () => {
    const job = workflow.jobs['a11y-all-pages'];
    expect(job.if).toContain("github.event_name == 'schedule'");
    const runs = (job.steps as any[]).map((s) => s.run ?? '');
    const build = runs.findIndex((r) => r.includes('npm run build'));
    const sweep = (job.steps as any[]).findIndex((s) => s.run?.includes('a11y-sweep') && s.env?.A11Y_SWEEP === 'all');
    expect(build).toBeGreaterThan(-1);
    expect(sweep).toBeGreaterThan(build);
  });

  it('publishes nothing until the launch check passes: preflight runs after the build, before the upload, for the same address', () => {
    const steps = workflow.jobs.build.steps as any[];
    const build = steps.findIndex((s) => s.run === 'npm run build');
    const preflight = steps.findIndex((s) => s.run === 'npm run preflight');
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(build).toBeGreaterThanOrEqual(0);
    expect(preflight).toBeGreaterThan(build);
    expect(upload).toBeGreaterThan(preflight);
    expect(steps[preflight].env.SITE_URL).toBe(steps[build].env.SITE_URL);
    // The PDF part of the check reads the built PDFs with pdftotext.
    expect(steps.some((s) => s.run?.includes('poppler-utils'))).toBe(true);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.preflight).toBeDefined();
  });
  it('runs mutation testing on the nightly run, failing under 80%, and never as part of npm test', async () => {
    const job = workflow.jobs.mutation;
    expect(job.if).toContain("github.event_name == 'schedule'");
    expect((job.steps as any[]).some((s) => s.run === 'npm run mutate')).toBe(true);
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    expect(scripts.mutate).toMatch(/^stryker run\b/);
    expect(readFileSync('scripts/test.ts', 'utf8')).not.toMatch(/stryker|mutate/);
    const { default: stryker } = await import('../../stryker.config.mjs');
    expect(stryker.thresholds?.break).toBe(80);
    expect(stryker.mutate).toEqual(
      expect.arrayContaining([
        'src/lib/**/*.ts',
        'src/check/**/*.ts',
        'src/import/**/*.ts',
        'src/roster/**/*.ts',
        'src/preflight/**/*.ts',
        'src/search/**/*.ts',
      ]),
    );
  });
});
