/**
 * Every figure says where it comes from. While the directory is sample data, the home page shows the
 * programme's reported figures from stats.yaml, each with its date and source; a total counted from
 * the sample lectures says 示例. Values are read straight from the content files, not through the
 * site's own queries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { RSS_ITEMS } from '../../src/lib/archive.ts';
import { published, SITE_CONTENT } from '../support/site-content.ts';

const site = parse(readFileSync(path.join(SITE_CONTENT, 'site.yaml'), 'utf8')) as { sampleDirectory: boolean };
const stats = parse(readFileSync(path.join(SITE_CONTENT, 'stats.yaml'), 'utf8')) as {
  id: string;
  value: number;
  approximate?: boolean;
  source: string;
}[];

test('every figure on the home page says where it comes from, and reported figures are the stats.yaml ones while the directory is sample data', async ({
  page,
}) => {
  await page.goto('./');
  const shown = await page.locator('[data-figure]').evaluateAll((nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute('data-figure') ?? '',
      value: n.querySelector('.key-figure-value')?.firstChild?.textContent ?? '',
      note: n.querySelector('.key-figure-note')?.textContent ?? '',
      sample: n.hasAttribute('data-sample-figure'),
    })),
  );
  expect(shown.length).toBeGreaterThan(0);
  for (const figure of shown) {
    const stat = stats.find((s) => s.id === figure.id);
    if (site.sampleDirectory) expect(stat, `${figure.id} 应当来自 stats.yaml`).toBeDefined();
    if (stat) {
      expect(Number(figure.value.replace(/[^\d]/g, '')), figure.id).toBe(stat.value);
      expect(figure.value.endsWith('余'), figure.id).toBe(Boolean(stat.approximate));
      expect(figure.note, figure.id).toContain(stat.source);
      expect(figure.note, figure.id).toMatch(/^截至\d{4}年/);
    } else {
      expect(figure.note).toBe('根据本站数据统计');
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
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.version).toBe('2.0');
  expect(feed.title).toContain('工作动态');
  const posts = published('news', /\.mdx$/);
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
