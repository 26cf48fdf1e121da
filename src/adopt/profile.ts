/**
 * A district's profile for `npm run adopt`: the keys of content/site.yaml (the site's name, the district
 * with its outline, the footer's identity) and its towns in the form of content/towns.yaml. The sample
 * switches are not in it (adopting turns them off); hotlines may be left out to keep the current ones; a
 * town's id may be left out, and is then made from the pinyin of its name.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { validateYaml } from '../check/check-content.ts';
import type { ContentProblem } from '../check/cross-check.ts';
import { townId, uniqueId } from '../import/pinyin-id.ts';
import { parseYaml } from '../lib/yaml.ts';
import { districtSchema } from '../schemas/district.ts';
import { withAreaCode } from '../schemas/fields.ts';
import { siteSchema, type HotlineInfo, type Site } from '../schemas/site.ts';
import { townSchema, type Town } from '../schemas/town.ts';

// The id last: a town is written name first, and most offices leave the id out.
const profileTownSchema = townSchema.omit({ id: true }).extend({
  id: townSchema.shape.id
    .optional()
    .describe('编号：小写拼音，用在网址里，定下后不要改；不写时按名称的拼音生成（“城关镇”→ chengguan）'),
});

export const profileSchema = siteSchema
  .omit({ sampleDirectory: true, sampleIdentity: true })
  .extend({
    hotlines: siteSchema.shape.hotlines
      .optional()
      .describe('求助热线，按显示顺序；不写时保留现在 site.yaml 里的全国热线（110、12345、12355、120）'),
    towns: z
      .array(profileTownSchema, { error: '街道乡镇应当写成列表，每一项是一个街道或乡镇' })
      .min(1, { error: '至少要写一个街道或乡镇' })
      .describe('本区的街道、乡镇，每个一位儿童督导员，写法与 content/towns.yaml 相同'),
  })
  .describe('换成本区时用的资料：网站身份、本区的名称和轮廓、街道乡镇');

export type Profile = z.infer<typeof profileSchema>;

/** What adopting writes: site.yaml without its hotlines (kept or taken from the profile) and towns.yaml. */
export interface DistrictStart {
  site: Omit<Site, 'hotlines'> & { hotlines?: HotlineInfo[] | undefined };
  towns: Town[];
}

/**
 * The profile file read and checked like a content file: every problem at once, each as file:line field —
 * what is wrong and what to write. Towns without an id get one from the pinyin of their name.
 */
export async function readProfile(file: string): Promise<{ start?: DistrictStart; problems: ContentProblem[] }> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null)
    return {
      problems: [
        {
          file,
          line: 1,
          field: '（文件）',
          message: '找不到这个文件，应当先用 npm run adopt -- template 资料.yaml 生成资料模板，填好后再写它的路径',
        },
      ],
    };
  const parsed = parseYaml(text);
  const { data, problems } = validateYaml(file, parsed, profileSchema);
  // Phone examples in the district's own form, once the profile gives a valid area code.
  const areaCode = districtSchema.shape.areaCode.safeParse(
    (parsed.value as { district?: { areaCode?: unknown } } | null)?.district?.areaCode,
  ).data;
  for (const problem of problems) problem.message = withAreaCode(problem.message, areaCode);
  problems.sort((a, b) => a.line - b.line);
  const profile = data as Profile | null;
  if (!profile || problems.length > 0) return { problems };
  const given = profile.towns.flatMap((t, index) => (t.id ? [{ id: t.id, index }] : []));
  for (const { id, index } of given) {
    const first = given.find((g) => g.id === id)!;
    if (first.index !== index)
      problems.push({
        file,
        line: parsed.lineOf(['towns', index, 'id']),
        field: `towns[${index}].id`,
        message: `街道乡镇编号“${id}”重复了（第 ${parsed.lineOf(['towns', first.index, 'id'])} 行已经用过），应当换一个不重复的编号`,
      });
  }
  if (problems.length > 0) return { problems };
  const { towns: listed, ...site } = profile;
  const taken = new Set(given.map((g) => g.id));
  const towns = listed.map(({ id, ...town }) => ({ id: id ?? uniqueId(townId(town.name), taken), ...town }));
  return { start: { site: { ...site, sampleDirectory: false, sampleIdentity: false }, towns }, problems };
}
