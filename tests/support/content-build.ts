/**
 * A build of its own from an altered copy of the fixture site (tests/fixtures/site/), or of content/
 * for a suite that replaces what a district replaces (its roster), for suites that need content the
 * fixture site does not have (markup in data fields, years of news, another roster). Builds at the
 * root path with the test suite's fixed SITE_URL and SITE_NOW, so its output can be compared with the
 * main builds of npm test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURE_SITE } from './site-content.ts';

export interface ContentBuild {
  /** The scratch folder holding both. */
  work: string;
  /** The copy to alter before building. */
  content: string;
  /** Where the build is written. */
  dist: string;
  /** The environment the build runs with (for steps after it: PDFs, checks over dist/). */
  env: Record<string, string>;
  /** Runs `astro build` over the copy (PDFs only when asked for): its exit status and everything it printed. */
  build(): { status: number | null; output: string };
  /** Removes the scratch folder. */
  remove(): void;
}

/**
 * `from`: the content to copy (the fixture site unless said). `pdfs: true` for a suite that checks the printouts; the others build with SKIP_PDFS=1 (README
 * "环境变量"), which saves Chromium's time for every handout and notice on each of their builds. `env`:
 * variables that differ from the suite's fixed ones (a site's own SITE_URL and BASE_PATH).
 */
export function contentBuild(
  name: string,
  { pdfs = false, from = FIXTURE_SITE, env: own = {} as Record<string, string> } = {},
): ContentBuild {
  const work = mkdtempSync(path.join(tmpdir(), `${name}-`));
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  cpSync(from, content, { recursive: true });
  const env = {
    CONTENT_DIR: content,
    DIST_DIR: dist,
    BASE_PATH: '/',
    SITE_URL: 'https://wcnrbh.example.gov.cn',
    SITE_NOW: '2026-12-01T08:00:00+08:00',
    ...own,
  };
  return {
    work,
    content,
    dist,
    env,
    build() {
      const result = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
        encoding: 'utf8',
        env: { ...process.env, ...env, ...(pdfs ? {} : { SKIP_PDFS: '1' }) },
      });
      return { status: result.status, output: result.stdout + result.stderr };
    },
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
