/**
 * The content check runs inside the build: a plain `astro build` over broken content stops before any
 * page is written and prints the same report as `npm run check:content` — every problem, each with its
 * file, line and field. Real builds over scratch copies of the fixture site with broken files laid over it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, type Scratch } from '../support/content-overlay.ts';

const scratches: Scratch[] = [];
afterAll(() => scratches.forEach((s) => s.remove()));

const env = (scratch: Scratch) => ({
  ...process.env,
  CONTENT_DIR: scratch.contentDir,
  SITE_NOW: '2026-12-01T08:00:00+08:00',
  BASE_PATH: '/',
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
});
// Colours, should a terminal ask for them, are not part of the report (ANSI escapes are control characters).
// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

function check(scratch: Scratch): { status: number | null; report: string } {
  const result = spawnSync(process.execPath, ['scripts/check-content.ts'], { encoding: 'utf8', env: env(scratch) });
  return { status: result.status, report: plain(result.stderr).trim() };
}

function build(scratch: Scratch): { status: number | null; output: string; dist: string } {
  const dist = path.join(scratch.root, 'dist');
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', dist], {
    encoding: 'utf8',
    env: env(scratch),
    timeout: 180_000,
  });
  return { status: result.status, output: plain(`${result.stdout}${result.stderr}`), dist };
}

function scratch(...fixtures: string[]): Scratch {
  const s = contentWith(...fixtures);
  scratches.push(s);
  return s;
}

/** A scratch content copy with one more file's text edited. */
function edited(s: Scratch, file: string, edit: (text: string) => string): Scratch {
  const target = path.join(s.contentDir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return s;
}

describe('the content check inside astro build', { timeout: 240_000 }, () => {
  it('stops a plain astro build with the same report as npm run check:content, every problem in it', () => {
    // Mistakes of several kinds at once: YAML syntax in a home, site.yaml and MDX frontmatter, a
    // dangling reference, a lecture's missing fields, an unknown statute article, a news file named as a year.
    const broken = scratch(
      'broken/yaml-syntax',
      'broken/two-broken-files',
      'broken/unknown-statute-article',
      'broken/news-named-as-a-year',
    );
    edited(broken, 'site.yaml', (t) => t.replace(/^hotlines:$/m, 'hotlines: ['));
    edited(broken, 'pages/guide/duties.mdx', (t) => t.replace(/^title: /m, 'title: "'));

    const checked = check(broken);
    expect(checked.status).toBe(1);
    // Paths are relative to the project, so they lead out to the scratch copy: …/content/homes/x.yaml:3.
    const problems = checked.report.split('\n').filter((line) => /^\S+\/content\/\S+:\d+ /.test(line));
    for (const file of [
      'homes/test-yaml-syntax.yaml',
      'site.yaml',
      'pages/guide/duties.mdx',
      'homes/test-first.yaml',
      'lectures/test-second.md',
      'pages/guide/test-law.mdx',
      'news/2027.mdx',
    ]) {
      expect(
        problems.some((p) => p.includes(`/content/${file}:`)),
        file,
      ).toBe(true);
    }

    const built = build(broken);
    expect(built.status).not.toBe(0);
    expect(built.output).toContain(checked.report);
    expect(built.output).toContain(`内容检查发现 ${problems.length} 处问题，构建已停止。`);
    // Stopped before anything was built.
    expect(existsSync(built.dist)).toBe(false);
  });
});
