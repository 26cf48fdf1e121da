/**
 * Pages, news and handouts, published and in a stable order (getCollection's order is not guaranteed).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Section } from '../lib/sections.ts';
import { byYear, yearOfCalendarDate } from '../lib/archive.ts';
import { published } from './kinds.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type NewsEntry = CollectionEntry<'news'>;
export type HandoutEntry = CollectionEntry<'handouts'>;

/** The page's URL slug: its file name (folders only organise files). */
export const pageSlug = (entry: PageEntry) => entry.id.split('/').pop() ?? entry.id;

export async function getPages(section?: Section): Promise<PageEntry[]> {
  const pages = published(await getCollection('pages'));
  return pages
    .filter((p) => !section || p.data.section === section)
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Published news, newest first. */
export async function getNews(): Promise<NewsEntry[]> {
  return published(await getCollection('news')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** News by the year of its date, latest year first, newest post first within a year. */
export const newsByYear = (news: NewsEntry[]) => byYear(news, (post) => yearOfCalendarDate(post.data.date));

export async function getHandouts(): Promise<HandoutEntry[]> {
  return published(await getCollection('handouts')).sort((a, b) => a.id.localeCompare(b.id));
}

/** Hotline numbers a handout already shows as <Hotline> cards, so its contact box need not repeat them. */
export function hotlinesShown(handout: HandoutEntry): Set<string> {
  return new Set([...(handout.body ?? '').matchAll(/<Hotline\s+number="([^"]+)"/g)].map((m) => m[1]!));
}
