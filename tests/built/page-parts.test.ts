/**
 * Shared page parts as readers meet them, worked out from the content files the site was built from:
 * a list of news posts gives each post's date and publisher; a map link that searches for an address
 * searches within the district's city (a village name recurs across provinces); the directory's
 * spreadsheet is saved as "儿童之家名录.xlsx", a town's as "<town>儿童之家名录.xlsx"; the lecture totals
 * count 场, 人次 and 份; the home page and the 404 page lead to every section; a tap-to-call link dials
 * the number it shows. Holds for any valid content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { BASE, decodeEntities, DIST, htmlPages } from '../support/built-site.ts';
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

it('the lecture totals count lectures in 场, people in 人次 and leaflets in 份', () => {
  const html = readFileSync(path.join(DIST, 'lectures', 'index.html'), 'utf8');
  const totals = /<dl class="lecture-totals"[\s\S]*?<\/dl>/.exec(html)?.[0];
  // Before the first lecture is held there are no totals to show.
  const held = published('lectures', /\.md$/).some((l) => l.data['status'] === '已举办');
  expect(totals !== undefined).toBe(held);
  if (!held) return;
  const units = [...totals!.matchAll(/<div data-total="(\w+)">[\s\S]*?<small>([^<]+)<\/small>/g)].map((m) => [
    m[1],
    m[2],
  ]);
  expect(units).toEqual([
    ['held', '场'],
    ['attendance', '人次'],
    ['leaflets', '份'],
  ]);
});

it('the home page and the 404 page lead to each of the nine sections', () => {
  const SECTIONS = ['law', 'guide', 'policy', 'homes', 'lectures', 'news', 'help', 'handouts', 'about'];
  for (const file of ['index.html', '404.html']) {
    const html = readFileSync(path.join(DIST, file), 'utf8');
    const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
    const links = new Set([...main.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]));
    for (const section of SECTIONS) expect(links.has(`${BASE}${section}/`), `${file}: ${section}`).toBe(true);
  }
});

it('a tap-to-call link dials the number it shows', () => {
  let links = 0;
  for (const { url, html } of htmlPages()) {
    for (const [, number, label] of html.matchAll(/<a [^>]*href="tel:([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
      expect(number, url).toMatch(/^\d[\d-]*\d$/);
      const shown = text(label!).replace(/\s+/g, '');
      if (/\d/.test(shown)) expect(shown, `${url}: tel:${number}`).toBe(number);
      links++;
    }
  }
  expect(links).toBeGreaterThan(0);
});
