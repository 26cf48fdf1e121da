/**
 * What the components editors write with (src/components/mdx/) put on the built page, worked out from
 * the content files the site was built from: a figure card gives its unit, a figure in a sentence its
 * value (with 余 when approximate), a figure counted from sample data says 示例 in text, a hotline card
 * gives that hotline's own fields from site.yaml, a service card adds "具体以当地民政部门的要求为准" only
 * to a list of documents, and <District /> prints the district's name. Holds for any valid content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { DIST, decodeEntities, htmlPages } from '../support/built-site.ts';
import { SITE_CONTENT } from '../support/site-content.ts';

const site = parse(readFileSync(path.join(SITE_CONTENT, 'site.yaml'), 'utf8')) as {
  district: { name: string; city: string; province: string };
  hotlines: { number: string; when: string; after: string; hours: string }[];
};
const stats = parse(readFileSync(path.join(SITE_CONTENT, 'stats.yaml'), 'utf8')) as {
  id: string;
  unit: string;
  approximate?: boolean;
}[];
const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, '')).trim();

it('a figure card shows its unit from stats.yaml right after the number', () => {
  let cards = 0;
  for (const { url, html } of htmlPages()) {
    for (const [, id, value] of html.matchAll(
      /<figure class="key-figure" data-figure="([^"]+)"[^>]*>\s*<span class="key-figure-value"[^>]*>([\s\S]*?)<\/span>/g,
    )) {
      const stat = stats.find((s) => s.id === id);
      if (!stat) continue;
      cards++;
      expect(value, `${url}: ${id}`).toMatch(new RegExp(`^[\\d,]+余?<small>${stat.unit}</small>`));
    }
  }
  expect(cards).toBeGreaterThan(0);
});

it('a figure in a sentence shows its value, with 余 after a figure stats.yaml calls approximate', () => {
  let figures = 0;
  for (const { url, html } of htmlPages()) {
    for (const [, value, id, shown] of html.matchAll(
      /<data class="stat" value="(\d+)" data-figure="([^"]+)"[^>]*>([^<]*)<\/data>/g,
    )) {
      const approximate = stats.find((s) => s.id === id)?.approximate === true;
      expect(shown!.replace(/,/g, ''), `${url}: ${id}`).toBe(`${value}${approximate ? '余' : ''}`);
      figures++;
    }
  }
  expect(figures).toBeGreaterThan(0);
});

it('a figure in a sentence counted from sample data says 示例 right after it, in text', () => {
  for (const { url, html } of htmlPages()) {
    for (const [, attrs, after] of html.matchAll(/<data class="stat"([^>]*)>[^<]*<\/data>(.{0,60})/g)) {
      const sample = attrs!.includes('data-sample-figure');
      expect(after!.startsWith('<small class="figure-sample">示例</small>'), `${url}: ${attrs}`).toBe(sample);
    }
  }
});

it('a hotline card says when to call, what happens next and when it answers, for its own number', () => {
  let cards = 0;
  for (const { url, html } of htmlPages()) {
    for (const [, number, body] of html.matchAll(
      /<section class="hotline"[^>]*>[\s\S]*?href="tel:([^"]+)"[\s\S]*?<dl>([\s\S]*?)<\/dl>/g,
    )) {
      const hotline = site.hotlines.find((h) => h.number === number);
      expect(hotline, `${url}: ${number}`).toBeDefined();
      const fields = [...body!.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd>([\s\S]*?)<\/dd>/g)].map((m) => [
        text(m[1]!),
        text(m[2]!),
      ]);
      expect(fields, `${url}: ${number}`).toEqual([
        ['什么时候打', hotline!.when],
        ['打了以后', hotline!.after],
        ['接听时间', hotline!.hours],
      ]);
      cards++;
    }
  }
  expect(cards).toBeGreaterThan(0);
});

it('a service card asks to check its list of documents with the office, and a card with nothing to bring does not', () => {
  const NOTE = '具体以当地民政部门的要求为准';
  let documents = 0;
  let nothing = 0;
  for (const { url, html } of htmlPages()) {
    for (const [card] of html.matchAll(/<section class="service-card"[\s\S]*?<\/section>/g)) {
      const items = [...card.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!));
      if (items.length === 0) continue;
      const needsDocuments = items.some((item) => !item.startsWith('不用带'));
      if (needsDocuments) documents++;
      else nothing++;
      expect(card.includes(NOTE), `${url}: ${items.join('、')}`).toBe(needsDocuments);
    }
  }
  expect(documents + nothing).toBeGreaterThan(0);
});

/** Each published MDX page of content/pages/ with its source and its built page. */
function mdxPages(): { name: string; source: string; html: string }[] {
  const pagesDir = path.join(SITE_CONTENT, 'pages');
  return readdirSync(pagesDir)
    .filter((folder) => /^[a-z-]+$/.test(folder))
    .flatMap((folder) =>
      readdirSync(path.join(pagesDir, folder))
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => ({ name: `${folder}/${file}`, source: readFileSync(path.join(pagesDir, folder, file), 'utf8') }))
        .filter(({ source }) => !/^draft:\s*true/m.test(source))
        .map(({ name, source }) => ({
          name,
          source,
          html: readFileSync(path.join(DIST, name.replace(/\.mdx$/, ''), 'index.html'), 'utf8'),
        })),
    );
}
/** An attribute written on a component tag in MDX: title="…" or level={2}. */
const prop = (tag: string, name: string) =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|\\{(\\d+)\\})`).exec(tag)?.slice(1).find(Boolean);

it('<District /> prints the district’s name from site.yaml, <District part="…" /> its city or province', () => {
  const names = { name: site.district.name, city: site.district.city, province: site.district.province };
  let uses = 0;
  let written = 0;
  for (const { name: file, source, html } of mdxPages()) {
    written += source.split('<District').length - 1;
    const page = text(html);
    // The words after the tag, up to the next markup or punctuation, as the page shows them.
    for (const [, part, after] of source.matchAll(/<District(?:\s+part="(\w+)")?\s*\/>([^<*，。、（）\s]{2,})/g)) {
      const name = names[(part ?? 'name') as keyof typeof names];
      expect(page, file).toContain(`${name}${after}`);
      uses++;
    }
  }
  // Content that never writes <District /> has nothing to check here; content that does is checked.
  if (written > 0) expect(uses).toBeGreaterThan(0);
});

it('a callout keeps the type its editor chose, and is named by its title or else 提示 or 注意', () => {
  let callouts = 0;
  for (const { name, source, html } of mdxPages()) {
    const written = [...source.matchAll(/<Callout\b[^>]*>/g)].map(([tag]) => {
      const type = prop(tag, 'type') ?? 'tip';
      return [type, prop(tag, 'title') ?? (type === 'warning' ? '注意' : '提示')];
    });
    const built = [...html.matchAll(/<aside class="callout" data-type="([^"]*)" aria-label="([^"]*)">/g)].map((m) => [
      m[1],
      decodeEntities(m[2]!),
    ]);
    expect(built, name).toEqual(written);
    callouts += written.length;
  }
  if (mdxPages().some((p) => p.source.includes('<Callout'))) expect(callouts).toBeGreaterThan(0);
});

it('a service card’s heading is at the level its editor chose (3 unless level={2})', () => {
  let cards = 0;
  for (const { name, source, html } of mdxPages()) {
    const written = [...source.matchAll(/<ServiceCard\b[^>]*\/>/g)].map(([tag]) => `h${prop(tag, 'level') ?? 3}`);
    const built = [...html.matchAll(/<section class="service-card"[^>]*><(h\d)>/g)].map((m) => m[1]);
    expect(built, name).toEqual(written);
    cards += written.length;
  }
  if (mdxPages().some((p) => p.source.includes('<ServiceCard'))) expect(cards).toBeGreaterThan(0);
});
