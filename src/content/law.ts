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
  const article = law?.articles.find((a) => a.number === number);
  // The content check reports an unknown law or article, with what to write instead, before any page is built.
  if (!law || !article) throw new Error(`没有《${lawName}》第 ${number} 条（见内容检查的报告）`);
  return { law, article };
}
