/**
 * Ids for new rows, in the form the schemas ask for: lowercase pinyin, digits and hyphens
 * ("掌政镇" + "塔桥村" → zhangzheng-taqiao). pinyin-pro reads each character in its context, so
 * characters with several readings come out as the place name is said.
 */
import { pinyin } from 'pinyin-pro';

/** What every village or community name ends with, left out of its id as the sample ids do. */
const SUFFIX = /(村民委员会|居民委员会|村委会|居委会|社区|村)$/;

export function pinyinSlug(text: string): string {
  const syllables = pinyin(text.trim(), { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function communitySlug(community: string): string {
  return pinyinSlug(community.replace(SUFFIX, '') || community);
}

/** The id itself, or with -2, -3 … until it is not taken; the id is then marked as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
