/**
 * Text editors type is text, never markup. Builds the site from a copy of the fixture site with markup put
 * into data fields (a home's name and address, a town supervisor's name, a lecture title, a news
 * title, the site tagline) and shows it escaped in every output: HTML, JSON-LD, RSS and iCalendar.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { inlineBlocks, tags, withoutAttributeValues } from '../support/built-site.ts';
import { contentBuild } from '../support/content-build.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
const BREAKOUT = '</script><script>alert(3)</script>';

const site = contentBuild('escaping');
const { work, content, dist } = site;

/** Replaces the first match of `pattern` in a content file, failing loudly if the file changed shape. */
function edit(file: string, pattern: RegExp, replace: string) {
  const full = path.join(content, file);
  const text = readFileSync(full, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file} 里找不到 ${pattern}`);
  writeFileSync(full, text.replace(pattern, replace));
}

const upcoming = readdirSync(path.join(content, 'lectures'))
  .sort()
  .find((f) => /^status: 待举办/m.test(readFileSync(path.join(content, 'lectures', f), 'utf8')))!;
const lectureId =
  /^id: (.+)$/m.exec(readFileSync(path.join(content, 'lectures', upcoming), 'utf8'))?.[1] ??
  upcoming.replace(/\.mdx?$/, '');
const home = readdirSync(path.join(content, 'homes')).sort()[0]!;
const homeId = home.replace(/\.yaml$/, '');
const news = readdirSync(path.join(content, 'news')).sort()[0]!;

/** Every injected value, as the editor typed it; "注入N" marks where each one lands in an output. */
const typed = {
  homeName: `注入1儿童之家${SCRIPT}`,
  homeAddress: `注入2村委会一楼${IMG}`,
  supervisor: `注入3<svg/onload=x>`, // 姓名 is at most 20 characters
  lectureTitle: `注入4家长课${BREAKOUT}`,
  newsTitle: `注入5动态${BREAKOUT}`,
  tagline: `注入6讲清法律${SCRIPT}&amp;`,
};

/** Where a string read back from an output carries an injected value, it carries all of it. */
function expectWhole(strings: string[], where: string) {
  for (const s of strings) {
    for (const [i, value] of Object.values(typed).entries()) {
      if (s.includes(`注入${i + 1}`)) expect(s, where).toContain(value);
    }
  }
}

/** Every string value inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const html = (file: string) => readFileSync(path.join(dist, file), 'utf8');

beforeAll(async () => {
  const q = (s: string) => JSON.stringify(s);
  edit(`homes/${home}`, /^name: .*$/m, `name: ${q(typed.homeName)}`);
  edit(`homes/${home}`, /^address: .*$/m, `address: ${q(typed.homeAddress)}`);
  // The first town's supervisor.
  edit('towns.yaml', /^(\s+role: .*\n\s+)name: .*$/m, `$1name: ${q(typed.supervisor)}`);
  edit(`lectures/${upcoming}`, /^title: .*$/m, `title: ${q(typed.lectureTitle)}`);
  edit(`news/${news}`, /^title: .*$/m, `title: ${q(typed.newsTitle)}`);
  edit('site.yaml', /^tagline: .*$/m, `tagline: ${q(typed.tagline)}`);
  // Markup is not a content error: editors may write "<" and ">" in text.
  const { problems } = await checkContent(work, 'content');
  expect(problems.map(formatProblem)).toEqual([]);
  const build = site.build();
  expect(build.status, build.output).toBe(0);
}, 240_000);

afterAll(() => site.remove());

/** All HTML files of the build, with their text. */
function allHtml(): [string, string][] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f, html(f)]);
}

describe('HTML', () => {
  it('shows every typed value as text on its page', () => {
    const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html(`homes/${homeId}/index.html`)).toContain(escaped(typed.homeName));
    expect(html(`homes/${homeId}/index.html`)).toContain(escaped(typed.homeAddress));
    expect(html(`lectures/${lectureId}/index.html`)).toContain(escaped(typed.lectureTitle));
    expect(html(`news/${news.replace(/\.mdx$/, '')}/index.html`)).toContain(escaped(typed.newsTitle));
    expect(html('index.html')).toContain(escaped(typed.tagline));
    const townPages = readdirSync(path.join(dist, 'towns')).map((t) => html(`towns/${t}/index.html`));
    expect(townPages.some((page) => page.includes(escaped(typed.supervisor)))).toBe(true);
  });

  it('never lets the markup through as markup', () => {
    for (const [file, text] of allHtml()) {
      // Inside a quoted attribute "<" is a plain character (Astro leaves it), so read elements, not text.
      for (const tag of tags(text)) {
        expect(
          [...tag.attrs.keys()].filter((name) => name.startsWith('on')),
          `${file} <${tag.name}>`,
        ).toEqual([]);
        // The site's own inline SVGs (printed QR codes) carry a viewBox; an injected <svg/onload=…> has none.
        expect(
          (tag.name === 'svg' && !tag.attrs.has('viewbox')) || (tag.name === 'img' && tag.attrs.get('src') === 'x'),
          `${file} <${tag.name}>`,
        ).toBe(false);
      }
      // JSON-LD is data that never runs, and holds the typed text on purpose: the next test reads it back.
      const code = withoutAttributeValues(text.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, ''));
      for (const { text: block } of inlineBlocks(code, 'script')) expect(block, file).not.toContain('alert(');
      for (const raw of [SCRIPT, IMG, BREAKOUT]) expect(withoutAttributeValues(text), file).not.toContain(raw);
    }
  });

  it('keeps JSON-LD closed: "</script>" inside it is escaped and the data reads back as typed', () => {
    for (const [file, text] of allHtml()) {
      for (const m of text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(m[1], file).not.toMatch(/<\/script|<!--/i);
        expectWhole(strings(JSON.parse(m[1]!)), file);
      }
    }
  });
});

describe('feeds', () => {
  it('RSS carries the news title and tagline as escaped text', () => {
    const rss = readFileSync(path.join(dist, 'news/rss.xml'), 'utf8');
    expect(rss).not.toContain('<script');
    expect(rss).not.toContain('</script>');
    const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(rss).toContain(`<title>${xmlText(typed.newsTitle)}</title>`);
    expect(rss).toContain(xmlText(typed.tagline));
  });

  it('iCalendar carries the lecture title as plain text that reads back exactly', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ics'));
    // The site-wide calendar and one per upcoming lecture: the lecture with the typed title is upcoming.
    expect(files).toContain('lectures.ics');
    expect(files).toContain(path.join('lectures', `${lectureId}.ics`));
    const summaries = files.flatMap((f) => {
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(dist, f), 'utf8')));
      return calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    });
    expect(summaries).toContain(typed.lectureTitle);
    expectWhole(summaries, 'ics');
  });
});
