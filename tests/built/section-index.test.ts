/**
 * A section's index lists every page of that section an editor left listed, in the order the editors
 * gave (`order`, smallest first; 100 when not written; then by file), and no other: the policy
 * self-check's question and result pages (`listed: false`) are reached only step by step, and drafts
 * never. Worked out here from the content files the site was built from, so it holds for any content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/lib/sections.ts';
import { BASE, DIST } from '../support/built-site.ts';
import { frontmatter, SITE_CONTENT } from '../support/site-content.ts';

const PAGES = path.join(SITE_CONTENT, 'pages');

/** Every published page file: its id (path without extension), its URL slug (file name) and frontmatter. */
const pages = readdirSync(PAGES, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.mdx?$/.test(f) && !path.basename(f).startsWith('_'))
  .map((f) => ({
    id: f
      .replace(/\.mdx?$/, '')
      .split(path.sep)
      .join('/'),
    slug: path.basename(f).replace(/\.mdx?$/, ''),
    data: frontmatter(path.join(PAGES, f)),
  }))
  .filter((p) => p.data['draft'] !== true);

/** The pages a section's index links to, in order. */
const listedOn = (section: string) =>
  [
    ...readFileSync(path.join(DIST, section, 'index.html'), 'utf8').matchAll(/<li class="card"><h2><a href="([^"]+)"/g),
  ].map((m) => m[1]!);

describe('section indexes', () => {
  it('list the listed pages of their section, in the editors’ order, and nothing else', () => {
    for (const section of SECTIONS) {
      const mine = pages.filter((p) => p.data['section'] === section);
      const expected = mine
        .filter((p) => p.data['listed'] !== false)
        .sort((a, b) => (a.data['order'] ?? 100) - (b.data['order'] ?? 100) || a.id.localeCompare(b.id))
        .map((p) => `${BASE}${section}/${p.slug}/`);
      expect(listedOn(section), section).toEqual(expected);
    }
  });
});
