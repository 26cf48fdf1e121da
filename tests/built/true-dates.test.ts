/**
 * Dates on the built site are true: a page or handout shows the day its file was last committed (or a
 * written `updated` no older than that), never a date shared by every page; a retold news post names
 * the report it is based on with the report's own date; a sample directory shows no verification date,
 * since sample data was never verified. Git's answer is asked here directly, not through the site's code.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SITE_CONTENT } from '../support/site-content.ts';
import { BASE, decodeEntities, htmlPages } from '../support/built-site.ts';

/** The content the built site was made from. */
const CONTENT = SITE_CONTENT;
const pages = new Map(htmlPages().map((page) => [page.url, page.html]));
const frontmatter = (file: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as Record<string, unknown>;
const mdx = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.mdx') && !path.basename(f).startsWith('_'),
  );
/** The "更新日期" a page shows, or undefined. */
const shownUpdated = (html: string) => /更新日期：<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
/**
 * The day in Beijing of the last commit touching the file, straight from git; undefined if none, or if
 * the file is in no repository at all (a fixture site copied to a temporary folder).
 */
function gitDay(file: string): string | undefined {
  let iso: string;
  try {
    iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', path.basename(file)], {
      cwd: path.dirname(path.resolve(file)),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
  if (!iso) return undefined;
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
const isShallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';

/** Every page and handout source with the URL it is built at. */
const sources = [
  ...mdx(path.join(CONTENT, 'pages')).map((f) => {
    const file = path.join(CONTENT, 'pages', f);
    const data = frontmatter(file);
    return { file, data, url: `${BASE}${String(data['section'])}/${path.basename(f, '.mdx')}/` };
  }),
  ...mdx(path.join(CONTENT, 'handouts')).map((f) => {
    const file = path.join(CONTENT, 'handouts', f);
    return { file, data: frontmatter(file), url: `${BASE}handouts/${path.basename(f, '.mdx')}/` };
  }),
].filter((s) => s.data['draft'] !== true);

describe('true dates', () => {
  it('shows on each page and handout the day its file last changed, or a written date no older than that', () => {
    expect(sources.length).toBeGreaterThan(10);
    for (const { file, data, url } of sources) {
      const html = pages.get(url);
      expect(html, url).toBeDefined();
      const shown = shownUpdated(html!);
      const written =
        data['updated'] instanceof Date
          ? data['updated'].toISOString().slice(0, 10)
          : (data['updated'] as string | undefined);
      const committed = gitDay(file);
      if (written) expect(shown, file).toBe(written);
      else if (shown || !isShallow) expect(shown, file).toBe(committed);
      if (written && committed)
        expect(written >= committed, `${file}: updated ${written} is older than its last commit ${committed}`).toBe(
          true,
        );
    }
  });

  it('names the report a retold news post is based on, with the report’s own date', () => {
    const posts = mdx(path.join(CONTENT, 'news')).map((f) => ({
      id: path.basename(f, '.mdx'),
      data: frontmatter(path.join(CONTENT, 'news', f)),
    }));
    const retold = posts.filter((p) => p.data['source']);
    for (const { id, data } of retold) {
      const source = data['source'] as { title: string; date: string | Date };
      const date = source.date instanceof Date ? source.date.toISOString().slice(0, 10) : source.date;
      const [y, m, d] = date.split('-').map(Number);
      const text = decodeEntities(pages.get(`${BASE}news/${id}/`) ?? '');
      expect(text, id).toContain(`本文根据《${source.title}》`);
      expect(text, id).toContain(`${y}年${m}月${d}日`);
    }
  });

  it('shows a verification date on a home’s page only when the directory is not sample data', () => {
    const sample = (parse(readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')) as { sampleDirectory: boolean })
      .sampleDirectory;
    const homes = [...pages].filter(([url]) => new RegExp(`^${BASE}homes/[^/]+/$`).test(url));
    expect(homes.length).toBeGreaterThan(0);
    for (const [url, html] of homes) expect(html.includes('信息核实日期'), url).toBe(!sample);
  });
});
