/**
 * Ids for new rows, in the form the schemas ask for: lowercase pinyin, digits and hyphens
 * ("城关镇" + "东关村" → chengguan-dongguan). pinyin-pro reads each character in its context, so
 * characters with several readings come out as the place name is said. An id stays short enough to
 * read and type: at most MAX_ID_LENGTH characters, a long place name cut after whole characters.
 */
import { pinyin } from 'pinyin-pro';
import { shortTownName } from '../search/terms.ts';

/** What every village or community name ends with, left out of its id as the sample ids do. */
const SUFFIX = /(村民委员会|居民委员会|村委会|居委会|社区|村)$/;

/** The longest id the import gives: a web address and a file name people can still read out. */
export const MAX_ID_LENGTH = 40;

/** Room kept for the "-2", "-3" … that tell apart two places whose ids would be the same. */
const NUMBER_ROOM = 3;

/** Characters that end a word naming a place: a cut after one (…小学, …村委会) reads as a place. */
const PLACE_ENDS = new Set('村区会站室馆堂所场院园校学心楼厅部');

export function pinyinSlug(text: string): string {
  const syllables = pinyin(text.trim(), { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A village or community name without 村 / 社区 / 村委会. */
export const communityName = (community: string) => community.replace(SUFFIX, '') || community;

/**
 * The pinyin of a place's name in at most `room` letters: the whole name when it fits, else its first
 * characters, up to the last place word that fits (中心小学多功能厅 → zhongxinxiaoxue), else as many
 * characters as fit; '' when not even one does.
 */
export function placeSlug(name: string, room: number): string {
  const chars = [...name.trim()];
  let cut = '';
  let cutAtPlace = '';
  for (let n = 1; n <= chars.length; n++) {
    const slug = pinyinSlug(chars.slice(0, n).join(''));
    if (slug.length > room) break;
    cut = slug;
    if (PLACE_ENDS.has(chars[n - 1]!)) cutAtPlace = slug;
  }
  return cut === pinyinSlug(name) ? cut : cutAtPlace || cut;
}

/**
 * An id from its leading parts (a date, a town's id) and a place's name, with room for a number after
 * it: "2027-01-09" + "guanting" + "官厅中心小学多功能厅" → 2027-01-09-guanting-zhongxinxiaoxue.
 */
export function placeId(parts: readonly string[], placeName: string): string {
  const head = parts.filter(Boolean).join('-');
  const place = placeSlug(placeName, MAX_ID_LENGTH - NUMBER_ROOM - head.length - 1);
  const id = place ? `${head}-${place}` : head;
  // Its parts are slugs, so no two hyphens stand together: a cut leaves at most one at the end.
  return idFits(id) ? id : id.slice(0, MAX_ID_LENGTH - NUMBER_ROOM).replace(/-$/, '');
}

/** Whether an id leaves room for a number after it within MAX_ID_LENGTH. */
export const idFits = (id: string): boolean => id.length <= MAX_ID_LENGTH - NUMBER_ROOM;

/** A town's id: the pinyin of its name without 街道 / 镇 / 乡 (城关镇 → chengguan). */
export const townId = (name: string): string => pinyinSlug(shortTownName(name));

/** A new home's id: its town's id and its village or community. */
export const homeId = (town: string, community: string): string => placeId([town], communityName(community));

/** The id itself, or with -2, -3 … until it is not taken; the id is then marked as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
