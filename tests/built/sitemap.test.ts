/**
 * What search engines are told: the sitemap lists every public page and nothing else (no 404, no page
 * marked noindex), robots.txt points to it, and every public page's canonical URL is its own address
 * at SITE_URL under the base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BASE, DIST, htmlPages, SITE_URL, tags, type Page } from '../support/built-site.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!.trim());
const noindex = (page: Page) =>
  tags(page.html).some(
    (t) => t.name === 'meta' && t.attrs.get('name') === 'robots' && /noindex/.test(t.attrs.get('content') ?? ''),
  );
const ownUrl = (page: Page) => SITE_URL + page.url;

function sitemapUrls(): string[] {
  const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = locs(index);
  expect(maps.length).toBeGreaterThan(0);
  return maps.flatMap((loc) => {
    expect(loc.startsWith(`${SITE_URL}${BASE}`), `站点地图 ${loc} 应当在 ${SITE_URL}${BASE} 下`).toBe(true);
    return locs(readFileSync(path.join(DIST, loc.slice(SITE_URL.length + BASE.length)), 'utf8'));
  });
}

test('robots.txt points to the sitemap at SITE_URL', () => {
  const robots = readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
  expect(robots).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap-index.xml`);
  expect(existsSync(path.join(DIST, 'sitemap-index.xml'))).toBe(true);
  expect(robots).not.toMatch(/^Disallow:\s*\/\s*$/m);
});

test('the sitemap lists every public page and nothing else', () => {
  const listed = sitemapUrls();
  expect(new Set(listed).size).toBe(listed.length);
  const pages = htmlPages();
  const notFound = pages.find((p) => p.file === '404.html');
  expect(notFound && noindex(notFound), '404 页面应当标记 noindex').toBe(true);
  const expected = pages
    .filter((p) => !noindex(p))
    .map(ownUrl)
    .sort();
  expect(expected.length).toBeGreaterThan(50);
  expect([...listed].sort()).toEqual(expected);
});

test('every public page has its own canonical URL and og:url at SITE_URL', () => {
  const wrong: string[] = [];
  for (const page of htmlPages().filter((p) => !noindex(p))) {
    const all = tags(page.html);
    const canonical = all
      .filter((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')
      .map((t) => t.attrs.get('href'));
    const ogUrl = all.find((t) => t.name === 'meta' && t.attrs.get('property') === 'og:url')?.attrs.get('content');
    if (canonical.length !== 1 || canonical[0] !== ownUrl(page))
      wrong.push(`${page.file}: canonical ${canonical.join(', ') || '缺失'}，应当是 ${ownUrl(page)}`);
    if (ogUrl !== ownUrl(page)) wrong.push(`${page.file}: og:url ${ogUrl ?? '缺失'}，应当是 ${ownUrl(page)}`);
  }
  expect(wrong, wrong.slice(0, 20).join('\n')).toEqual([]);
});
