/** The site's identity (content/site.yaml). */
import { getEntry } from 'astro:content';
import type { Site } from '../schemas/site.ts';

export async function getSite(): Promise<Site> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml — 没有读到网站身份信息，应当检查这个文件是否存在');
  return entry.data;
}
