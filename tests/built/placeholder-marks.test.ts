/**
 * A placeholder never reaches a reader unmarked. While site.yaml says the organizer's phone is a
 * placeholder (`sampleIdentity`), every place the built site shows it — web pages and the printed
 * handouts alike — says 示例 right after it, and nothing offers it as a number to call; once it is
 * real, it is a tap-to-call number with no such mark. While the directory is sample data
 * (`sampleDirectory`), the lists of lectures say the lectures are samples. Expectations come from the
 * content the site was built from.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, decodeEntities, distFiles, htmlPages } from '../support/built-site.ts';
import { SITE_CONTENT } from '../support/site-content.ts';

const site = parse(readFileSync(path.join(SITE_CONTENT, 'site.yaml'), 'utf8')) as {
  phone: string;
  sampleIdentity?: boolean;
  sampleDirectory: boolean;
};
const sample = site.sampleIdentity === true;
/** What a reader sees of a page: its text without tags, scripts and styles, and without spaces. */
const visibleText = (html: string) =>
  decodeEntities(html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, '')).replace(
    /\s+/g,
    '',
  );
/** For each time the text shows the phone: whether 示例 follows it. */
const marks = (text: string) =>
  text
    .split(site.phone)
    .slice(1)
    .map((after) => after.startsWith('示例'));

describe('placeholders', () => {
  it('the organizer’s phone says 示例 on every page that shows it while it is a placeholder, and is no number to call', () => {
    let shown = 0;
    for (const page of htmlPages()) {
      const found = marks(visibleText(page.html));
      shown += found.length;
      for (const marked of found) expect(marked, page.url).toBe(sample);
      if (sample) expect(page.html.includes(`tel:${site.phone}`), page.url).toBe(false);
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('the printed handouts say 示例 after the organizer’s phone while it is a placeholder', () => {
    const handouts = distFiles('.pdf').filter((file) => file.startsWith(`handouts${path.sep}`));
    expect(handouts.length).toBeGreaterThan(0);
    for (const file of handouts) {
      const text = execFileSync('pdftotext', [path.join(DIST, file), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      const found = marks(text);
      expect(found.length, file).toBeGreaterThan(0);
      for (const marked of found) expect(marked, file).toBe(sample);
    }
  });

  it('the home page’s next lectures and the schedule say they are samples while the directory is', () => {
    const pages = new Map(htmlPages().map((page) => [page.url, page.html]));
    const home = pages.get(BASE) ?? '';
    const nextLectures = /<section aria-labelledby="home-lectures">([\s\S]*?)<\/section>/.exec(home)?.[1];
    expect(nextLectures).toBeDefined();
    for (const html of [nextLectures!, pages.get(`${BASE}lectures/`) ?? '']) {
      expect(html.includes('data-sample-notice')).toBe(site.sampleDirectory);
      // The notice speaks of the lectures beside it, not of the directory of homes.
      const notice = /<p [^>]*data-sample-notice[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      if (site.sampleDirectory) expect(notice).toContain('讲座');
      expect(notice).not.toContain('儿童之家');
    }
  });
});
