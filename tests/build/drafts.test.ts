/**
 * What a plain `astro build` does with drafts: they are built into nothing, and nothing links to them.
 * (Bad content stops the build with the content check's report: tests/build/content-check.test.ts.)
 * A real build over a scratch CONTENT_DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, type Scratch } from '../support/content-overlay.ts';

const scratches: Scratch[] = [];
afterAll(() => scratches.forEach((s) => s.remove()));

function build(scratch: Scratch): { status: number | null; output: string; dist: string } {
  scratches.push(scratch);
  const dist = path.join(scratch.root, 'dist');
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', dist], {
    encoding: 'utf8',
    // Drafts leave no page behind; whether the pages print is the main builds' question (README "环境变量").
    env: {
      ...process.env,
      CONTENT_DIR: scratch.contentDir,
      SITE_NOW: '2026-12-01T08:00:00+08:00',
      BASE_PATH: '/',
      ASTRO_TELEMETRY_DISABLED: '1',
      SKIP_PDFS: '1',
    },
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, dist };
}

describe('astro build guards', { timeout: 200_000 }, () => {
  it('publishes no draft of any kind, and still builds the rest', () => {
    const { status, output, dist } = build(contentWith('drafts'));
    expect(status, output).toBe(0);
    expect(existsSync(path.join(dist, 'guide/duties/index.html'))).toBe(true);
    for (const gone of [
      'guide/draft-flag-page',
      'guide/_underscore-page',
      'guide/underscore-page',
      'news/2027-01-03-draft-news',
      'news/_2027-01-04-underscore-news',
      'news/2027-01-04-underscore-news',
      'handouts/draft-handout',
      'lectures/2027-04-10-sangtian-draft',
      'homes/sangtian-draft',
      'homes/sangtian-underscore',
    ]) {
      expect(existsSync(path.join(dist, gone)), gone).toBe(false);
    }
    // Nor does any page link to or mention them (lists, town pages, feeds, sitemap).
    const texts = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? texts(path.join(dir, e.name))
          : /\.(html|xml|ics|txt)$/.test(e.name)
            ? [readFileSync(path.join(dir, e.name), 'utf8')]
            : [],
      );
    const all = texts(dist).join('\n');
    for (const word of ['草稿页面', '草稿动态', '草稿宣传单', '草稿讲座', '草稿村', '下划线村', 'sangtian-draft'])
      expect(all).not.toContain(word);
  });
});
