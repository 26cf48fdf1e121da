/**
 * Every figure says where it comes from. While the directory is sample data, the home page shows the
 * programme's reported figures from stats.yaml; their source is said once, in text under the group of
 * cards (not once per card, not in a tooltip), with the date stats.yaml gives: 截至 that date, or
 * 截至报道时 and the 转载日期 for a figure known only from a repost. A total counted from the sample
 * lectures says 示例. Values are read straight from the content files, not through the site's own queries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { RSS_ITEMS } from '../../src/lib/archive.ts';
import { published, SITE_CONTENT } from '../support/site-content.ts';

/** A YAML date (read as a Date) or date text, as YYYY-MM-DD. */
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const site = parse(readFileSync(path.join(SITE_CONTENT, 'site.yaml'), 'utf8')) as { sampleDirectory: boolean };
const stats = parse(readFileSync(path.join(SITE_CONTENT, 'stats.yaml'), 'utf8')) as {
  id: string;
  value: number;
  approximate?: boolean;
  source: string;
  asOf: string;
  reposted?: boolean;
}[];

test('every figure on the home page says where it comes from, once for the group, and reported figures are the stats.yaml ones while the directory is sample data', async ({
  page,
}) => {
  await page.goto('./');
  const group = page.locator('section[aria-labelledby="home-figures"]');
  const shown = await group.locator('[data-figure]').evaluateAll((nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute('data-figure') ?? '',
      value: n.querySelector('.key-figure-value')?.firstChild?.textContent ?? '',
      sample: n.hasAttribute('data-sample-figure'),
    })),
  );
  expect(shown.length).toBeGreaterThan(0);
  const source = group.locator('.figure-source');
  await expect(source).toBeVisible();
  await expect(group.locator('.key-figure-note')).toHaveCount(0);
  const note = (await source.textContent()) ?? '';
  const named = ((await source.getAttribute('data-figure-source')) ?? '').split(' ');
  for (const figure of shown) {
    expect(named, figure.id).toContain(figure.id);
    const stat = stats.find((s) => s.id === figure.id);
    if (site.sampleDirectory) expect(stat, `${figure.id} 应当来自 stats.yaml`).toBeDefined();
    if (stat) {
      expect(Number(figure.value.replace(/[^\d]/g, '')), figure.id).toBe(stat.value);
      expect(figure.value.endsWith('余'), figure.id).toBe(Boolean(stat.approximate));
      expect(note.split(stat.source).length - 1, `${figure.id}: 来源只说一次`).toBe(1);
      const [y, m, d] = String(stat.asOf).split('-').map(Number);
      const date = `${y}年${m}月${d}日`;
      expect(note, figure.id).toContain(stat.reposted ? `截至报道时` : `截至${date}`);
      if (stat.reposted) expect(note, figure.id).toContain(`转载日期${date}`);
    } else {
      expect(note).toContain('根据本站数据统计');
      expect(figure.sample).toBe(false);
    }
  }
});

test('lecture totals say 示例 exactly when they are counted from sample data', async ({ page }) => {
  await page.goto('lectures/');
  const totals = page.locator('.lecture-totals');
  if (site.sampleDirectory) {
    await expect(totals).toHaveAttribute('data-sample-figure', '');
    for (const cell of await totals.locator('dd').all())
      await expect(cell.locator('.figure-sample')).toHaveText('示例');
    await expect(page.locator('.lecture-totals + .key-figure-note')).toContainText('示例');
  } else {
    // Real records: the same totals, with no sample mark anywhere on them.
    await expect(totals).not.toHaveAttribute('data-sample-figure', '');
    await expect(totals.locator('.figure-sample')).toHaveCount(0);
    await expect(page.locator('.lecture-totals + .key-figure-note')).not.toContainText('示例');
  }
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
        description: i.querySelector('description')?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.version).toBe('2.0');
  expect(feed.title).toContain('工作动态');
  const posts = published('news', /\.mdx$/);
  expect(feed.items).toHaveLength(Math.min(posts.length, RSS_ITEMS));
  // A reader's feed app shows each post's summary under its title.
  const summaries = new Map(posts.map((p) => [p.data['title'], p.data['summary']]));
  for (const item of feed.items) {
    expect(item.description, item.title).toBe(summaries.get(item.title));
    expect(item.title.length).toBeGreaterThan(0);
    expect(item.link).toMatch(/^https:\/\/wcnrbh\.example\.gov\.cn\/.*news\/.+\/$/);
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
  }
});

test('a post retold from a repost gives the repost’s date as the 转载日期, never as the report’s own', async ({
  page,
}) => {
  const retold = published('news', /\.mdx$/).filter((p) => p.data['source']?.reposted);
  expect(retold.length).toBeGreaterThan(0);
  for (const { file, data } of retold) {
    const [y, m, d] = day(data['source'].date).split('-').map(Number);
    await page.goto(`news/${file.replace(/\.mdx$/, '')}/`);
    await expect(page.locator('.news-source'), file).toContainText(`《${data['source'].title}》`);
    await expect(page.locator('.news-source'), file).toContainText(`转载日期${y}年${m}月${d}日`);
  }
});

test('the news index advertises the feed', async ({ page }) => {
  await page.goto('news/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);
});
