/**
 * A step of the post-build pipeline (post-build.ts): writes the search page's first full-text answer
 * (see src/search/shards.ts for what the files hold and why) from the same indexed text that
 * Pagefind gets (indexed-text.ts), into <outDir>/search/grams/ and <outDir>/search/cards/; the plan goes
 * onto the search page's <site-search> element (markSearchPage), which the pipeline holds back until the
 * plan is known. The search page's table comes from /search/terms.json as it renders (handoff.ts).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IndexedEntry } from './indexed-text.ts';
import { gramCounts, indexGrams } from '../search/grams.ts';
import {
  CARDS_PER_BLOCK,
  COMMON_SHARE,
  IN,
  MAX_COMMON,
  POSTINGS_PER_SHARD,
  encodePostings,
  placeFlags,
  planAttributes,
  textStep,
  shardOf,
  tableUrls,
  type Card,
  type ShardPlan,
} from '../search/shards.ts';
import type { SearchTerms } from '../search/terms.ts';
import { escapeAttribute } from 'entities/escape';

/** The longest summary a card keeps: results show a line or two of it. */
const CARD_SUMMARY_CHARS = 60;

const clip = (text: string, max: number) => ([...text].length > max ? [...text].slice(0, max).join('') + '…' : text);

/**
 * Writes the postings and cards into `outDir`; returns the plan for the search page, with the number
 * of parts Pagefind's index was written in (`indexParts`).
 */
export async function writeSearchShards(
  outDir: string,
  indexedEntries: readonly IndexedEntry[],
  terms: SearchTerms,
  indexParts: number,
): Promise<ShardPlan> {
  const numbered = new Map(tableUrls(terms).map((url, i) => [url, i]));
  const tablePages = numbered.size;

  const indexed = indexedEntries.map(({ page, fields }) => ({ url: page.url, fields }));
  // Pages with cards in address order, so the homes of a town, a year's lectures and news stand together.
  const carded = indexed
    .filter((p) => !numbered.has(p.url))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const cards: Card[] = [];
  for (const { url, fields } of carded) {
    numbered.set(url, tablePages + cards.length);
    cards.push([url, fields.title, fields.kind, fields.town, fields.date, clip(fields.summary, CARD_SUMMARY_CHARS)]);
  }

  // Each page's bigram counts are made twice, once for the average length and once for its postings,
  // rather than kept for every page at once: held together they grow with the site, on top of the
  // postings themselves, at the end of the build when its process is largest.
  const averageLength =
    indexed.reduce((n, { fields }) => n + gramCounts(fields.text).length, 0) / (indexed.length || 1);
  const postings = new Map<string, [number, number][]>();
  let total = 0;
  for (const { url, fields } of indexed) {
    const counts = gramCounts(fields.text);
    const page = numbered.get(url)!;
    const places = new Map<string, number>();
    const mark = (text: string, place: number) => {
      for (const gram of indexGrams(text)) places.set(gram, (places.get(gram) ?? 0) | place);
    };
    mark(fields.summary, IN.summary);
    mark(fields.keywords, IN.keywords);
    mark(fields.title, IN.title);
    for (const gram of counts.grams.keys()) places.set(gram, places.get(gram) ?? 0);
    for (const [gram, place] of places) {
      let list = postings.get(gram);
      if (!list) postings.set(gram, (list = []));
      list.push([page, placeFlags(place, textStep(counts.grams.get(gram) ?? 0, counts.length, averageLength))]);
      total++;
    }
  }

  const shards = Math.max(1, Math.ceil(total / POSTINGS_PER_SHARD));
  const files: Record<string, number[]>[] = Array.from({ length: shards }, () => ({}));
  for (const gram of [...postings.keys()].sort()) {
    const list = postings.get(gram)!.sort((a, b) => a[0] - b[0]);
    files[shardOf(gram, shards)]![gram] = encodePostings(list);
  }
  const gramsDir = path.join(outDir, 'search', 'grams');
  const cardsDir = path.join(outDir, 'search', 'cards');
  await Promise.all([gramsDir, cardsDir].map((dir) => rm(dir, { recursive: true, force: true })));
  await Promise.all([mkdir(gramsDir, { recursive: true }), mkdir(cardsDir, { recursive: true })]);
  await Promise.all(files.map((file, i) => writeFile(path.join(gramsDir, `${i}.json`), JSON.stringify(file))));
  const blocks = Math.ceil(cards.length / CARDS_PER_BLOCK);
  await Promise.all(
    Array.from({ length: blocks }, (_, i) =>
      writeFile(
        path.join(cardsDir, `${i}.json`),
        JSON.stringify(cards.slice(i * CARDS_PER_BLOCK, (i + 1) * CARDS_PER_BLOCK)),
      ),
    ),
  );

  const common = [...postings]
    .filter(([, list]) => list.length >= COMMON_SHARE * indexed.length)
    .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))
    .slice(0, MAX_COMMON)
    .map(([gram]) => gram);
  return { shards, block: CARDS_PER_BLOCK, tablePages, pages: indexed.length, common, indexParts };
}

/** Whether a page holds the search element that gets the plan. */
export const isSearchPage = (html: string): boolean => html.includes('<site-search>');

/** The search page with the plan written onto its <site-search> element. */
export function markSearchPage(html: string, plan: ShardPlan): string {
  const attributes = Object.entries(planAttributes(plan))
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  return html.replace('<site-search>', `<site-search ${attributes}>`);
}
