/**
 * Every figure says where it comes from in text every reader gets — on a phone, on paper, read aloud —
 * not only in a tooltip: a figure in a sentence (<Stat>) or a card without its own note is named by a
 * source note on the same page, or the page has a card of the same figure that shows its note. A note
 * for a figure from stats.yaml names the source stats.yaml gives (for a news post, the report of its day).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { decodeEntities, htmlPages } from '../support/built-site.ts';
import { SITE_CONTENT } from '../support/site-content.ts';

const stats = parse(readFileSync(path.join(SITE_CONTENT, 'stats.yaml'), 'utf8')) as {
  id: string;
  source: string;
  earlier?: { source: string }[];
}[];
/** Every source a figure of stats.yaml has had: a news post shows the one of its day. */
const sourcesOf = new Map(stats.map((s) => [s.id, [s.source, ...(s.earlier ?? []).map((e) => e.source)]]));

it('shows the source of every figure on its page in text, not only in a tooltip', () => {
  let figures = 0;
  for (const { url, html } of htmlPages()) {
    const inline = [...html.matchAll(/<data class="stat"[^>]*\bdata-figure="([^"]+)"/g)].map((m) => m[1]!);
    const cards = [...html.matchAll(/<figure class="key-figure" data-figure="([^"]+)"[^>]*>([\s\S]*?)<\/figure>/g)];
    const noted = new Set(cards.filter((c) => c[2]!.includes('key-figure-note')).map((c) => c[1]!));
    const unnoted = cards.filter((c) => !c[2]!.includes('key-figure-note')).map((c) => c[1]!);
    const notes = [...html.matchAll(/<p class="figure-source" data-figure-source="([^"]+)">([\s\S]*?)<\/p>/g)];
    const named = new Set(notes.flatMap((n) => n[1]!.split(' ')));
    for (const id of [...inline, ...unnoted]) {
      figures++;
      expect(named.has(id) || noted.has(id), `${url}: ${id}`).toBe(true);
    }
    for (const [, ids, text] of notes) {
      const note = decodeEntities(text!);
      for (const id of ids!.split(' ').filter((i) => sourcesOf.has(i)))
        expect(
          sourcesOf.get(id)!.some((source) => note.includes(source)),
          `${url}: ${id}`,
        ).toBe(true);
    }
  }
  expect(figures).toBeGreaterThan(0);
});
