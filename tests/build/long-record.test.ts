/**
 * A site that has run for years: builds from a copy of the fixture site with each news post copied into
 * earlier years, until there are more posts than any news list or feed holds, and holds the news pages
 * and the RSS feed to their bounds. The fixture site has too few posts to reach them; its lecture
 * schedule reaches its bound as it is (see tests/e2e/archives.spec.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyNews } from '../../bench/synthesize.ts';
import { LATEST_NEWS, RSS_ITEMS } from '../../src/lib/archive.ts';
import { contentBuild } from '../support/content-build.ts';

const site = contentBuild('long-record');
const { content, dist } = site;
const originals = readdirSync(path.join(content, 'news')).filter((f) => f.endsWith('.mdx'));
/** Copies of each post, each a year earlier than the last: enough to pass the longest bound. */
const COPIES = Math.ceil((Math.max(LATEST_NEWS, RSS_ITEMS) + 1) / originals.length);

interface Post {
  id: string;
  date: string;
}
const posts: Post[] = [];

const html = (file: string) => readFileSync(path.join(dist, file), 'utf8');
/** The ids of the posts a news list on a page shows, in order. */
const listed = (file: string) => [...html(file).matchAll(/data-news-id="([^"]+)"/g)].map((m) => m[1]!);
/** Newest first, as the site orders them: by date, then by id. */
const newest = (a: Post, b: Post) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

beforeAll(() => {
  const dir = path.join(content, 'news');
  for (const file of originals) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const id = file.replace(/\.mdx$/, '');
    const dateOf = (t: string) => /^date: (\S+)$/m.exec(t)![1]!;
    posts.push({ id, date: dateOf(text) });
    for (let k = 1; k <= COPIES; k++) {
      const copy = copyNews(text, k);
      writeFileSync(path.join(dir, `${id}-x${k}.mdx`), copy);
      posts.push({ id: `${id}-x${k}`, date: dateOf(copy) });
    }
  }
  posts.sort(newest);
  const build = site.build();
  expect(build.status, build.output).toBe(0);
}, 240_000);

afterAll(() => site.remove());

describe('news over many years', () => {
  it('has more posts than any bound, over several years', () => {
    expect(posts.length).toBeGreaterThan(Math.max(LATEST_NEWS, RSS_ITEMS));
    expect(new Set(posts.map((p) => p.date.slice(0, 4))).size).toBeGreaterThan(1);
  });

  it('shows only the latest posts on /news/, newest first', () => {
    expect(listed('news/index.html')).toEqual(posts.slice(0, LATEST_NEWS).map((p) => p.id));
  });

  it('links every year from /news/, and lists every post once, on the page of its year', () => {
    const years = [...new Set(posts.map((p) => p.date.slice(0, 4)))];
    const front = html('news/index.html');
    for (const year of years) expect(front).toContain(`href="/news/${year}/"`);
    const seen = years.flatMap((year) => {
      const ids = listed(`news/${year}/index.html`);
      expect(ids).toEqual(posts.filter((p) => p.date.startsWith(`${year}-`)).map((p) => p.id));
      return ids;
    });
    expect(seen.sort()).toEqual(posts.map((p) => p.id).sort());
  });

  it('keeps the latest posts in the RSS feed and no more', () => {
    const links = [...html('news/rss.xml').matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links).toEqual(posts.slice(0, RSS_ITEMS).map((p) => `https://wcnrbh.example.gov.cn/news/${p.id}/`));
  });
});
