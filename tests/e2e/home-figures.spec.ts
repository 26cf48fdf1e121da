/**
 * The home page's figures come from data: each one is recounted here straight from the content files
 * (not through the site's own queries) and compared with what the page shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { RSS_ITEMS } from '../../src/lib/archive.ts';

const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');
const homes = readdirSync('content/homes').filter((f) => /^[^_].*\.yaml$/.test(f));
const lectures = readdirSync('content/lectures')
  .filter((f) => /^[^_].*\.mdx?$/.test(f))
  .map((f) => frontmatter(`content/lectures/${f}`))
  .filter((l) => l.status === '已举办' && !l.draft);
const towns = parse(readFileSync('content/towns.yaml', 'utf8')) as unknown[];
const stats = parse(readFileSync('content/stats.yaml', 'utf8')) as { id: string; value: number }[];

const expected: Record<string, number> = {
  homes: homes.length,
  directors: homes.length,
  supervisors: towns.length,
  lecturesHeld: lectures.length,
  leaflets: lectures.reduce((sum, l) => sum + l.leaflets, 0),
  peopleReached: lectures.reduce((sum, l) => sum + l.attendance, 0),
  childrenInDifficulty: stats.find((s) => s.id === 'childrenInDifficulty')!.value,
};

test('every figure on the home page equals the count from the content files', async ({ page }) => {
  await page.goto('./');
  const shown = await page.locator('[data-figure]').evaluateAll((nodes) =>
    nodes.map((n) => [n.getAttribute('data-figure'), n.querySelector('.key-figure-value')?.textContent ?? ''] as const),
  );
  expect(shown.map(([id]) => id).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, text] of shown) {
    expect(Number(text.replace(/[^\d]/g, '')), id ?? '').toBe(expected[id ?? '']);
  }
  // The sample history matches the programme's report: more than 30 lectures and 15,000 leaflets.
  expect(expected['lecturesHeld']).toBeGreaterThan(30);
  expect(expected['leaflets']).toBeGreaterThan(15000);
});

test('the news feed is well-formed RSS 2.0 with the latest posts', async ({ page, request }) => {
  const response = await request.get('news/rss.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  await page.goto('./');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const items = [...doc.querySelectorAll('channel > item')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      version: doc.documentElement.getAttribute('version'),
      title: doc.querySelector('channel > title')?.textContent,
      link: doc.querySelector('channel > link')?.textContent,
      items: items.map((i) => ({
        title: i.querySelector('title')?.textContent ?? '',
        link: i.querySelector('link')?.textContent ?? '',
        pubDate: i.querySelector('pubDate')?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.version).toBe('2.0');
  expect(feed.title).toContain('工作动态');
  const posts = readdirSync('content/news').filter((f) => /^[^_].*\.mdx$/.test(f) && !frontmatter(`content/news/${f}`).draft);
  expect(feed.items).toHaveLength(Math.min(posts.length, RSS_ITEMS));
  for (const item of feed.items) {
    expect(item.title.length).toBeGreaterThan(0);
    expect(item.link).toMatch(/^https:\/\/wcnrbh\.example\.gov\.cn\/.*news\/.+\/$/);
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
  }
});

test('the news index advertises the feed', async ({ page }) => {
  await page.goto('news/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);
});
