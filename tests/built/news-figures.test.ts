/**
 * A news post shows every figure from stats.yaml as it stood on the post's date: the newest report
 * (the current one or one kept under `earlier`) dated no later than the post, with that report's date
 * and source, never the figure of a later build; the source note under the post's figures
 * (<FigureSource>) names that report's source, not a later one. Worked out here from the content files
 * themselves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/built-site.ts';
import { frontmatter, published, SITE_CONTENT } from '../support/site-content.ts';

interface Report {
  value: number;
  asOf: string;
  source: string;
}
type Stat = Report & { id: string; earlier?: Report[] };

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const stats = parse(readFileSync(path.join(SITE_CONTENT, 'stats.yaml'), 'utf8')) as Stat[];

/** The report of a figure a post dated `date` shows. */
function reportOn(stat: Stat, date: string): Report | undefined {
  return [stat, ...(stat.earlier ?? [])]
    .map((r) => ({ ...r, asOf: day(r.asOf) }))
    .sort((a, b) => b.asOf.localeCompare(a.asOf))
    .find((r) => r.asOf <= date);
}

/** What a built page shows for each figure: its id, value and note, in page order. */
function shownFigures(html: string): { id: string; value: number; note: string }[] {
  const inline = [...html.matchAll(/<data class="stat" value="(\d+)" data-figure="([^"]+)"[^>]*title="([^"]*)"/g)].map(
    (m) => ({ index: m.index, id: m[2]!, value: Number(m[1]), note: m[3]! }),
  );
  const cards = [
    ...html.matchAll(
      /<figure class="key-figure" data-figure="([^"]+)"[^>]*>[\s\S]*?class="key-figure-value"[^>]*>([\d,]+)[\s\S]*?class="key-figure-note"[^>]*>([^<]*)</g,
    ),
  ].map((m) => ({ index: m.index, id: m[1]!, value: Number(m[2]!.replace(/,/g, '')), note: m[3]! }));
  return [...inline, ...cards].sort((a, b) => a.index - b.index).map(({ id, value, note }) => ({ id, value, note }));
}

const posts = published('news', /\.mdx$/).map(({ file }) => {
  const text = readFileSync(path.join(SITE_CONTENT, 'news', file), 'utf8');
  return {
    id: file.replace(/\.mdx$/, ''),
    date: day(frontmatter(path.join(SITE_CONTENT, 'news', file))['date']),
    cited: [...text.matchAll(/<(?:Stat|KeyFigure)\s+id="([^"]+)"/g)].map((m) => m[1]!),
    sourceNotes: text.split('<FigureSource').length - 1,
  };
});

describe('figures in news posts', () => {
  it('are the figures of the post’s day, with that report’s date and source', () => {
    let checked = 0;
    for (const post of posts) {
      const html = readFileSync(path.join(DIST, 'news', post.id, 'index.html'), 'utf8');
      const shown = shownFigures(html);
      expect(
        shown.map((f) => f.id),
        post.id,
      ).toEqual(post.cited);
      for (const figure of shown) {
        const stat = stats.find((s) => s.id === figure.id);
        if (!stat) continue;
        const report = reportOn(stat, post.date);
        expect(report, `${post.id}: ${figure.id}`).toBeDefined();
        expect(figure.value, `${post.id}: ${figure.id}`).toBe(report!.value);
        expect(figure.note, `${post.id}: ${figure.id}`).toContain(report!.source);
        const [y, m, d] = report!.asOf.split('-').map(Number);
        expect(figure.note, `${post.id}: ${figure.id}`).toContain(`${y}年${m}月${d}日`);
        checked++;
      }
    }
    expect(checked).toBe(posts.flatMap((p) => p.cited).filter((id) => stats.some((s) => s.id === id)).length);
  });

  it('name, in the source note under them, the report of the post’s day and no later one', () => {
    let notes = 0;
    for (const post of posts) {
      const html = readFileSync(path.join(DIST, 'news', post.id, 'index.html'), 'utf8');
      for (const [, ids, note] of html.matchAll(
        /<p class="figure-source" data-figure-source="([^"]+)">([^<]*)<\/p>/g,
      )) {
        notes++;
        for (const id of ids!.split(' ')) {
          const stat = stats.find((s) => s.id === id);
          if (!stat) continue;
          const report = reportOn(stat, post.date)!;
          expect(note, `${post.id}: ${id}`).toContain(report.source);
          if (report.source !== stat.source)
            expect(note, `${post.id}: ${id} 不应是发稿后的数字来源`).not.toContain(stat.source);
        }
      }
    }
    expect(notes).toBe(posts.reduce((sum, p) => sum + p.sourceNotes, 0));
  });
});
