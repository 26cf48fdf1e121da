/**
 * Shared page parts as readers meet them, worked out from the content files the site was built from:
 * a list of news posts gives each post's date and publisher; a map link that searches for an address
 * searches within the district's city (a village name recurs across provinces); the directory's
 * spreadsheet is saved as "儿童之家名录.xlsx", a town's as "<town>儿童之家名录.xlsx". Holds for any valid
 * content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { decodeEntities, htmlPages } from '../support/built-site.ts';
import { published, SITE_CONTENT } from '../support/site-content.ts';

const site = parse(readFileSync(path.join(SITE_CONTENT, 'site.yaml'), 'utf8')) as { district: { city: string } };
const towns = parse(readFileSync(path.join(SITE_CONTENT, 'towns.yaml'), 'utf8')) as { id: string; name: string }[];
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ''));

it('a list of news posts gives each post’s date and publisher', () => {
  const posts = new Map(published('news', /\.mdx$/).map((p) => [p.file.replace(/\.mdx$/, ''), p.data]));
  let cards = 0;
  for (const { url, html } of htmlPages()) {
    for (const [, id, card] of html.matchAll(/<li class="card" data-news-id="([^"]+)">([\s\S]*?)<\/li>/g)) {
      const post = posts.get(id!);
      expect(post, `${url}: ${id}`).toBeDefined();
      const [y, m, d] = day(post!['date']).split('-').map(Number);
      expect(text(card!), `${url}: ${id}`).toContain(`${y}年${m}月${d}日 · ${post!['publisher']}`);
      cards++;
    }
  }
  expect(cards).toBeGreaterThanOrEqual(posts.size);
});

it('a map link that searches for an address searches within the district’s city', () => {
  const city = site.district.city;
  for (const { url, html } of htmlPages()) {
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"[^>]*data-map=/g)) {
      const link = new URL(decodeEntities(href!));
      if (link.href.startsWith('https://uri.amap.com/search'))
        expect(link.searchParams.get('city'), `${url}: ${link.href}`).toBe(city);
      if (link.href.startsWith('https://api.map.baidu.com/place/search'))
        expect(link.searchParams.get('region'), `${url}: ${link.href}`).toBe(city);
    }
  }
});

it('the directory’s spreadsheet is saved under the name of its place', () => {
  let links = 0;
  for (const { url, html } of htmlPages()) {
    for (const [attrs] of html.matchAll(/<a [^>]*data-directory-download[^>]*>/g)) {
      const town = towns.find((t) => url.endsWith(`/towns/${t.id}/`));
      const filename = /\bdownload="([^"]*)"/.exec(attrs)?.[1];
      expect(filename, url).toBe(`${town?.name ?? ''}儿童之家名录.xlsx`);
      links++;
    }
  }
  expect(links).toBeGreaterThan(0);
});
