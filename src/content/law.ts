/** Statute articles from content/law/, the single source of every quote on the site. */
import { getCollection } from 'astro:content';
import type { Law, LawArticle } from '../lib/law.ts';

let cache: Promise<Map<string, Law>> | undefined;

export function getLaws(): Promise<Map<string, Law>> {
  cache ??= getCollection('law').then((entries) => new Map(entries.map((e) => [e.id, e.data as Law])));
  return cache;
}

export async function getArticle(lawName: string, number: number): Promise<{ law: Law; article: LawArticle }> {
  const law = (await getLaws()).get(lawName);
  if (!law) throw new Error(`没有名为“${lawName}”的法律，应当写 ${[...(await getLaws()).keys()].join('、')} 之一`);
  const article = law.articles.find((a) => a.number === number);
  if (!article) throw new Error(`《${lawName}》没有第 ${number} 条（共 ${law.articles.length} 条）`);
  return { law, article };
}
